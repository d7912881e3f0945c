/**
 * The backend in its own thread (bundled to dist/main/backend-worker.cjs). SQLite work and long jobs run
 * here, so the thread that owns the window or the HTTP socket never waits on them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../../../shared/contract/core';
import { createBackend, type Backend } from '..';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import { toErrorData } from '../errors';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/** How often the worker looks whether today's backup is due (it is written once per calendar day). */
const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

let backend: Backend | undefined;
let dailyTimer: NodeJS.Timeout | undefined;
try {
  backend = createBackend({ dataDir: (workerData as WorkerData).dataDir });
  for (const event of ['progress', 'changed'] as const) backend.on(event, (payload) => send({ type: 'event', event, payload }));
  send({ type: 'ready' });
  dailyTimer = startDailyBackups(backend);
} catch (error) {
  send({ type: 'fatal', error: toErrorData(error, DEFAULT_LOCALE) });
}

/** The daily backup now (the first start of a day) and then hourly while the app runs, in case it runs past midnight. */
function startDailyBackups(running: Backend): NodeJS.Timeout {
  const check = () => {
    // A failed backup (disk full, folder locked) must not take the app down; the next check tries again.
    running.dailyBackup().catch((error: unknown) => console.error('daily backup failed:', error));
  };
  check();
  return setInterval(check, DAILY_BACKUP_CHECK_MS).unref();
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    clearInterval(dailyTimer);
    // A daily backup begun at start may still be copying: the close waits for it rather than cut it off.
    void (backend?.closeAfterWrites() ?? Promise.resolve()).finally(() => {
      send({ type: 'closed' });
      port.close();
    });
    return;
  }
  if (!backend) return;
  void answer(backend, message);
});

/**
 * Every call gets an answer, whatever it carried: a rejection left unhandled would end this thread, and the
 * door would then fail every later call until the app restarts.
 */
async function answer(running: Backend, call: Extract<ToWorker, { type: 'call' }>): Promise<void> {
  let result: Result<unknown>;
  try {
    result = await running.callByName(call.method, call.input, call.options);
  } catch (error) {
    result = { ok: false, error: toErrorData(error, DEFAULT_LOCALE) };
  }
  send({ type: 'result', id: call.id, result });
}
