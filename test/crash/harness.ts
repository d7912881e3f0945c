/**
 * Kills the workload child with SIGKILL at random moments, again and again on one workspace, and checks
 * the workspace after each kill. Everything random follows from one seed, printed so a failure can be replayed
 * (the kill moments also depend on timing, so a replay is close, not exact).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkWorkspace, type CrashCheck } from './check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CrashOptions {
  kills: number;
  seed: number;
  /** Longest wait after the child is ready before the kill; long enough to land inside several imports. */
  maxDelayMs?: number;
  onKill?(index: number, phase: string, check: CrashCheck): void;
}

export interface CrashCounts {
  seed: number;
  kills: number;
  opens: number;
  integrityOk: number;
  partialImports: number;
  auditOk: number;
  attachmentsOk: number;
  backupsOk: number;
  /** What the child was doing when killed: `import`, `edit profile`, `add attachment`… */
  killedDuring: Record<string, number>;
  generations: number;
  failures: { kill: number; phase: string; problem: string }[];
}

/** Bundles the workload once into dist/ (beside node_modules, so better-sqlite3 resolves). */
async function bundleWorkload(): Promise<string> {
  const outfile = path.join(root, 'dist', 'test', 'crash-workload.cjs');
  await build({
    entryPoints: [path.join(root, 'test/crash/workload.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    // As scripts/build-main.mjs does for the app's bundles: the backend reads import.meta.url (heavy-modules.ts,
    // module-dir.ts), which a CommonJS bundle must be given.
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: 'var __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  return outfile;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the child, waits for it to be ready, lets it work for `delayMs`, kills it; resolves with what it was doing. */
function runAndKill(workload: string, dataDir: string, seed: number, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workload, dataDir, String(seed), path.join(root, 'test/fixtures/profile.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let phase = 'starting';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('error')) reject(new Error(`workload failed: ${line}\n${stderr}`));
        phase = line.replace(/ \d+$/, '');
        if (line === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(phase);
      else reject(new Error(`workload exited by itself (${code ?? signal}): ${stderr}`));
    });
  });
}

export async function runCrashTest(options: CrashOptions): Promise<CrashCounts> {
  const workload = await bundleWorkload();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-crash-'));
  const random = mulberry32(options.seed);
  const maxDelay = options.maxDelayMs ?? 1000;
  const counts: CrashCounts = {
    seed: options.seed,
    kills: 0,
    opens: 0,
    integrityOk: 0,
    partialImports: 0,
    auditOk: 0,
    attachmentsOk: 0,
    backupsOk: 0,
    killedDuring: {},
    generations: 0,
    failures: [],
  };
  try {
    for (let kill = 1; kill <= options.kills; kill++) {
      const phase = await runAndKill(workload, dataDir, Math.floor(random() * 2 ** 31), Math.floor(random() * maxDelay));
      counts.kills++;
      counts.killedDuring[phase] = (counts.killedDuring[phase] ?? 0) + 1;
      const check = checkWorkspace(dataDir);
      if (check.opened) counts.opens++;
      if (check.integrityOk) counts.integrityOk++;
      if (check.integrityOk && !check.importWhole) counts.partialImports++;
      if (check.auditOk) counts.auditOk++;
      if (check.attachmentsOk) counts.attachmentsOk++;
      if (check.newestBackupOk) counts.backupsOk++;
      counts.generations = check.generation;
      if (check.problem) counts.failures.push({ kill, phase, problem: check.problem });
      options.onKill?.(kill, phase, check);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return counts;
}

export function formatCounts(c: CrashCounts): string {
  const during = Object.entries(c.killedDuring)
    .map(([phase, n]) => `${phase}: ${n}`)
    .join(', ');
  return [
    `seed ${c.seed}`,
    `kills ${c.kills}, database opened ${c.opens}, integrity ok ${c.integrityOk}, partial imports ${c.partialImports}`,
    `audit chain whole with one entry per import ${c.auditOk}, attachment rows with content ${c.attachmentsOk}, newest backup sound ${c.backupsOk}`,
    `imports committed ${c.generations}; killed during — ${during}`,
    ...c.failures.map((f) => `FAILED after kill ${f.kill} (during ${f.phase}): ${f.problem}`),
  ].join('\n');
}
