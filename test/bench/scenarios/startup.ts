/**
 * Start-up of the two processes a user waits on for every command: the CLI and the backend worker (which
 * the desktop app and the bridge start before the first call). Whole processes are timed, paired with a
 * bare `node -e 0` in the same run; the target is the issue's: within 3× a bare node start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../support/workspace';
import { median, type Scenario } from '../harness';

const STARTS = 11;
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'bin', 'denggao.cjs');
const WORKER = path.join(ROOT, 'dist', 'main', 'backend-worker.cjs');

/** Median wall time of a node process started with these arguments, which must succeed. */
function medianProcessMs(args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  }
  return median(samples);
}

/** A node process that starts the backend worker on a workspace, waits for it to be ready, and leaves. */
const workerStart = (dataDir: string) => `
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(${JSON.stringify(WORKER)}, { workerData: { dataDir: ${JSON.stringify(dataDir)} } });
  worker.on('message', (m) => { if (m.type === 'ready') process.exit(0); if (m.type === 'fatal') process.exit(1); });
  worker.on('error', () => process.exit(1));`;

function startupScenario(name: string, args: (dataDir: string) => string[]): Scenario {
  return {
    name,
    async run() {
      const dataDir = makeTempDir('denggao-bench-start-');
      // The workspace exists and is migrated, as on every start but the first.
      const first = spawnSync(process.execPath, [CLI, 'info', '--data-dir', dataDir], { encoding: 'utf8' });
      if (first.status !== 0) throw new Error(`denggao info failed: ${first.stderr}`);
      const baseline = medianProcessMs(['-e', '0']);
      const figure = medianProcessMs(args(dataDir));
      fs.rmSync(dataDir, { recursive: true, force: true });
      return { figure, baseline, unit: 'ms (median, whole process)', baselineLabel: 'bare node -e 0', targetRatio: 3 };
    },
  };
}

export const startupScenarios: Scenario[] = [
  startupScenario('CLI start-up: denggao profile show --json', (dataDir) => [CLI, 'profile', 'show', '--json', '--data-dir', dataDir]),
  startupScenario('backend worker start-up (until ready)', (dataDir) => ['-e', workerStart(dataDir)]),
];
