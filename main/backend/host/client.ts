import { Worker } from 'node:worker_threads';
import type { AppErrorData, EventName, Result } from '../../../shared/contract/core';
import { DEFAULT_LOCALE, translate } from '../../../shared/i18n';
import type { CallOptionsWithLocale } from '..';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

export interface RemoteBackend {
  /** Resolves when the database is open and migrated; rejects with the error the user must see otherwise. */
  ready: Promise<void>;
  callByName(method: string, input: unknown, options?: CallOptionsWithLocale): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  close(): Promise<void>;
}

export class BackendStartError extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}

/** Starts the backend in a worker thread and speaks to it by messages. */
export function startBackendWorker(options: { dataDir: string; workerFile: string }): RemoteBackend {
  const worker = new Worker(options.workerFile, { workerData: { dataDir: options.dataDir } satisfies WorkerData });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let fatal: AppErrorData | undefined;
  const send = (message: ToWorker) => worker.postMessage(message);

  let markReady!: () => void;
  let markFailed!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => undefined); // observed by whoever awaits it; never an unhandled rejection

  const failAll = (error: AppErrorData) => {
    fatal = error;
    markFailed(new BackendStartError(error));
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  };

  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ready') markReady();
    else if (message.type === 'fatal') failAll(message.error);
    else if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.type === 'event') for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  });
  worker.on('error', (error) => failAll({ code: 'error.internal', message: error.message }));
  worker.on('exit', (code) => {
    if (pending.size > 0 || !fatal) failAll({ code: 'error.internal', message: `backend worker exited (${code})` });
  });

  return {
    ready,
    callByName(method, input, callOptions) {
      if (fatal) return Promise.resolve({ ok: false, error: fatal });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          send({ type: 'call', id, method, input, ...(callOptions ? { options: callOptions } : {}) });
        } catch (error) {
          pending.delete(id);
          if (!(error instanceof RangeError)) throw error;
          // Structured cloning recurses: an input nested tens of thousands deep overflows the stack here,
          // before the backend could validate it. A named refusal, not an internal error.
          resolve({
            ok: false,
            error: { code: 'error.input.tooDeep', message: translate(callOptions?.locale ?? DEFAULT_LOCALE, 'error.input.tooDeep') },
          });
        }
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    async close() {
      fatal ??= { code: 'error.internal', message: 'backend closed' };
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        send({ type: 'close' });
        setTimeout(() => void worker.terminate(), 5000).unref();
      });
    },
  };
}
