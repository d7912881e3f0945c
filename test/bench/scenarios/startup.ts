/**
 * Start-up of the two processes a user waits on for every command: the CLI and the backend worker (which
 * the desktop app and the bridge start before the first call). Whole processes are timed, paired with a
 * bare `node -e 0` in the same run; the target is the issue's: within 3× a bare node start.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../../support/workspace';
import { WORKER_CACHE_DELAY_MS } from '../../../main/common/code-cache';
import { median, type Scenario } from '../harness';
// @ts-expect-error -- a plain .mjs helper shared with scripts/start.mjs
import { installedElectronBinary } from '../../../scripts/electron-binary.mjs';

const STARTS = 21;
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'bin', 'denggao.cjs');
const WORKER = path.join(ROOT, 'dist', 'main', 'backend-worker.cjs');
const BARE_NODE = ['-e', '0'];

/** Wall time of a node process started with these arguments, which must succeed. */
function processMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/**
 * Medians of the process and of bare node, started in pairs (in alternating order) so that both see the
 * same machine: on a machine others share, timing all of one and then all of the other compares two loads.
 * A `floor` (what the process costs with none of our code) is timed in the same rounds.
 */
function pairedStarts(args: string[], floorArgs?: string[]) {
  const figures: number[] = [];
  const baselines: number[] = [];
  const ratios: number[] = [];
  const floorRatios: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    let baseline: number;
    let figure: number;
    if (i % 2 === 0) {
      baseline = processMs(BARE_NODE);
      figure = processMs(args);
    } else {
      figure = processMs(args);
      baseline = processMs(BARE_NODE);
    }
    baselines.push(baseline);
    figures.push(figure);
    ratios.push(figure / baseline);
    if (floorArgs) floorRatios.push(processMs(floorArgs) / baseline);
  }
  return {
    figure: median(figures),
    baseline: median(baselines),
    pairedRatio: median(ratios),
    floorRatio: floorArgs ? median(floorRatios) : undefined,
  };
}

/**
 * A node process that starts the backend worker on a workspace, waits for it to be ready, and leaves —
 * after `lingerMs`, for the warm-up start that lets the worker write its code cache (main/common/code-cache.ts).
 */
const workerStart = (dataDir: string, lingerMs = 0) => `
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(${JSON.stringify(WORKER)}, { workerData: { dataDir: ${JSON.stringify(dataDir)} } });
  worker.on('message', (m) => { if (m.type === 'ready') setTimeout(() => process.exit(0), ${lingerMs}); if (m.type === 'fatal') process.exit(1); });
  worker.on('error', () => process.exit(1));`;

/** The worker scenario's floor: a node process that starts a worker thread running nothing and waits for it. */
const EMPTY_WORKER_START = `
  const { Worker } = require('node:worker_threads');
  const worker = new Worker("require('node:worker_threads').parentPort.postMessage('ready')", { eval: true });
  worker.on('message', () => process.exit(0));
  worker.on('error', () => process.exit(1));`;

interface Floor {
  label: string;
  args: string[];
}

function startupScenario(name: string, args: (dataDir: string) => string[], floor?: Floor): Scenario {
  return {
    name,
    async run() {
      const dataDir = makeTempDir('denggao-bench-start-');
      // The workspace exists and is migrated, as on every start but the first.
      const first = spawnSync(process.execPath, [CLI, 'info', '--data-dir', dataDir], { encoding: 'utf8' });
      if (first.status !== 0) throw new Error(`denggao info failed: ${first.stderr}`);
      // As on every start but the first after a build, the code caches exist (the CLI wrote its one above).
      spawnSync(process.execPath, ['-e', workerStart(dataDir, 2 * WORKER_CACHE_DELAY_MS)], { encoding: 'utf8' });
      const { figure, baseline, pairedRatio, floorRatio } = pairedStarts(args(dataDir), floor?.args);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return {
        figure,
        baseline,
        unit: 'ms (median, whole process)',
        baselineLabel: 'bare node -e 0',
        targetRatio: 3,
        extra: {
          'median of paired ratios': `${pairedRatio.toFixed(2)}×`,
          pairs: STARTS,
          ...(floor && floorRatio !== undefined ? { [floor.label]: `${floorRatio.toFixed(2)}× bare node` } : {}),
        },
      };
    },
  };
}

const ELECTRON_STARTS = 5;
const ELECTRON_TIMEOUT_MS = 60_000;

/** An Electron app that only opens an empty window: the desktop baseline, as `node -e 0` is the CLI's. */
const EMPTY_WINDOW_APP = `
  const { app, BrowserWindow } = require('electron');
  app.whenReady().then(() => {
    const window = new BrowserWindow({ show: false });
    window.webContents.once('did-finish-load', () => { process.stdout.write('first-content\\n'); app.quit(); });
    window.loadURL('data:text/html,<nav>Denggao</nav>');
  });`;

/** Milliseconds from spawning Electron until it prints its first-content line (the app's probe, or the baseline's). */
function timeToFirstContent(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(binary, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => child.kill(), ELECTRON_TIMEOUT_MS);
    let seen = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (seen || !chunk.toString().includes('first-content')) return;
      seen = true;
      resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!seen) reject(new Error(`electron ${args.join(' ')} ended (${code}) before showing content`));
    });
  });
}

async function medianFirstContent(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < ELECTRON_STARTS; i++) samples.push(await timeToFirstContent(binary, args, env));
  return median(samples);
}

/** The desktop app's time to first window content, where an Electron binary is installed (it cannot be downloaded here). */
const desktopFirstContent: Scenario = {
  name: 'desktop app: time to first window content',
  async run() {
    const binary = (installedElectronBinary as () => string | null)();
    if (!binary) return { skipped: 'no Electron binary is installed on this machine' };
    const dataDir = makeTempDir('denggao-bench-electron-');
    const appDir = makeTempDir('denggao-bench-empty-app-');
    fs.writeFileSync(path.join(appDir, 'main.js'), EMPTY_WINDOW_APP);
    fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'empty-window', main: 'main.js' }));
    try {
      const env = { DENGGAO_DATA_DIR: dataDir, DENGGAO_PROBE_FIRST_CONTENT: '1' };
      await timeToFirstContent(binary, ['.'], env); // the first start migrates the new workspace
      const figure = await medianFirstContent(binary, ['.'], env);
      const baseline = await medianFirstContent(binary, [appDir], {});
      return { figure, baseline, unit: 'ms (median, spawn to content)', baselineLabel: 'Electron with an empty window', targetRatio: 3 };
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(appDir, { recursive: true, force: true });
    }
  },
};

export const startupScenarios: Scenario[] = [
  startupScenario('CLI start-up: denggao profile show --json', (dataDir) => [CLI, 'profile', 'show', '--json', '--data-dir', dataDir]),
  startupScenario('backend worker start-up (until ready)', (dataDir) => ['-e', workerStart(dataDir)], {
    label: 'floor, an empty worker thread',
    args: ['-e', EMPTY_WORKER_START],
  }),
  desktopFirstContent,
];
