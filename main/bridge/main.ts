/**
 * `node dist/main/bridge.cjs [--data-dir DIR] [--port N]`: serves the built renderer and the backend (in a
 * worker thread, as in the desktop app) on 127.0.0.1. Used by `npm start` without an Electron runtime and
 * by the end-to-end tests. It prints a one-time launch URL: the browser that opens it gets the session.
 * DENGGAO_BRIDGE_LAUNCH_CODE chooses the code (Playwright's setup, which must know it); an environment
 * variable, not an argument, because other local users can read a process's arguments.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../backend/paths';
import { BackendStartError, startBackendWorker } from '../backend/host/client';
import { startBridge, type BridgeBackend } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const backend = startBackendWorker({ dataDir, workerFile: path.join(__dirname, 'backend-worker.cjs') });
  try {
    await backend.ready;
  } catch (error) {
    process.stderr.write(`denggao: ${error instanceof BackendStartError ? error.error.message : String(error)}\n`);
    process.exit(1);
  }
  const bridge = await startBridge({
    backend: backend as unknown as BridgeBackend,
    staticDir: path.join(__dirname, '..', 'renderer'),
    port: values.port ? Number(values.port) : 0,
    ...(process.env.DENGGAO_BRIDGE_LAUNCH_CODE ? { launchCode: process.env.DENGGAO_BRIDGE_LAUNCH_CODE } : {}),
  });
  process.stdout.write(
    `Denggao is running. Open this address once, in the browser you will use (it works one time only):\n  ${bridge.launchUrl}\n` +
      `请在要使用的浏览器中打开上面的地址（仅可使用一次）。\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`,
  );
  const stop = () =>
    void bridge
      .close()
      .then(() => backend.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
