import { runCli } from '../../main/cli/run';

/** Runs the CLI in process, as `denggao ARGS` in `cwd`, and captures what it prints and its exit code. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr };
}
