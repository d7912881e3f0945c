/** Entry point of the `denggao` command (bundled to dist/main/cli.cjs). */
import { runCli } from './run';
import { readSecretFromTerminal } from './secret';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  ...(process.stdin.isTTY ? { readSecret: (prompt: string) => readSecretFromTerminal(prompt) } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`denggao: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
