import type { AppErrorData, Result } from '../../../shared/contract/core';
import type { CallOptionsWithLocale } from '..';

/** Messages between a door's thread and the backend worker thread. */
export type ToWorker = { type: 'call'; id: number; method: string; input: unknown; options?: CallOptionsWithLocale } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; error: AppErrorData }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'closed' };

export interface WorkerData {
  dataDir: string;
}
