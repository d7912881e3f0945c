/**
 * The backend in its own thread (bundled to dist/main/backend-worker.cjs). SQLite work and long jobs run
 * here, so the thread that owns the window or the HTTP socket never waits on them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBackend, type Backend } from '..';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import { toErrorData } from '../errors';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

let backend: Backend | undefined;
try {
  backend = createBackend({ dataDir: (workerData as WorkerData).dataDir });
  for (const event of ['progress', 'changed'] as const) backend.on(event, (payload) => send({ type: 'event', event, payload }));
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', error: toErrorData(error, DEFAULT_LOCALE) });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    backend?.close();
    send({ type: 'closed' });
    port.close();
    return;
  }
  if (!backend) return;
  void backend.callByName(message.method, message.input, message.options).then((result) => send({ type: 'result', id: message.id, result }));
});
