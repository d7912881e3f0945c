import path from 'node:path';
import { isMethodName, methods, type MethodInput, type MethodName, type MethodOutput } from '../../shared/contract';
import type { CallOptions, EventMap, EventName, Result } from '../../shared/contract/core';
import type { Locale } from '../../shared/i18n';
import type { HandlerContext, Handlers } from './context';
import { openDatabase } from './db/migrate';
import { migrations as defaultMigrations } from './db/migrations';
import { dataSections, domainHandlers } from './domains';
import { AppError, toErrorData, validationError } from './errors';
import { createWorkspaceHandlers } from './workspace';
import { readSettings } from './workspace/settings';

export interface BackendOptions {
  dataDir: string;
  /** Tests pin the clock; everything else gets the real one. */
  now?: () => Date;
  migrations?: typeof defaultMigrations;
}

export interface CallOptionsWithLocale extends CallOptions {
  /** The caller's language for error messages; defaults to the workspace setting. */
  locale?: Locale;
}

export type Listener<E extends EventName> = (payload: EventMap[E]) => void;

export interface Backend {
  call<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallOptionsWithLocale): Promise<Result<MethodOutput<M>>>;
  /** For doors that receive the method name as data (IPC, HTTP, CLI): unknown names get a clear error. */
  callByName(method: string, input: unknown, options?: CallOptionsWithLocale): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  close(): void;
  readonly databaseFile: string;
  readonly migrationBackupFile: string | null;
}

export const DATABASE_FILE_NAME = 'denggao.sqlite';

export function createBackend(options: BackendOptions): Backend {
  const migrations = options.migrations ?? defaultMigrations;
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const { db, backupFile } = openDatabase(databaseFile, migrations);
  const now = options.now ?? (() => new Date());
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const runningJobs = new Map<string, AbortController>();

  const handlers: Handlers = {
    ...createWorkspaceHandlers({
      sections: dataSections,
      migrations,
      databaseFile,
      cancelJob(jobId) {
        const job = runningJobs.get(jobId);
        job?.abort();
        return job !== undefined;
      },
    }),
    ...domainHandlers,
  };

  function emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  }

  async function callByName(method: string, rawInput: unknown, callOptions: CallOptionsWithLocale = {}): Promise<Result<unknown>> {
    const settings = readSettings(db);
    const locale = callOptions.locale ?? settings.locale;
    if (!isMethodName(method)) return { ok: false, error: toErrorData(new AppError('error.method.unknown', { method }), locale) };
    const spec = methods[method];
    const parsedInput = spec.input.safeParse(rawInput ?? {}, { reportInput: true }); // so messages can name the refused value
    if (!parsedInput.success) return { ok: false, error: validationError(parsedInput.error, locale) };

    const jobId = callOptions.jobId ?? `${method}-${Math.random().toString(36).slice(2)}`;
    const controller = new AbortController();
    runningJobs.set(jobId, controller);
    const ctx: HandlerContext = {
      db,
      dataDir: options.dataDir,
      locale,
      actor: settings.actorName,
      signal: controller.signal,
      progress: (phase, done, total) => emit('progress', { jobId, method, phase, done, total }),
      emit,
      now,
    };
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const output = await handler(parsedInput.data, ctx);
      const parsedOutput = spec.output.safeParse(output);
      if (!parsedOutput.success) {
        return { ok: false, error: toErrorData(new AppError('error.output.invalid', { method }), locale) };
      }
      if (spec.kind === 'write') emit('changed', { domain: method.split('.')[0]!, method });
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, error: toErrorData(new AppError('error.cancelled'), locale) };
      return { ok: false, error: toErrorData(error, locale) };
    } finally {
      runningJobs.delete(jobId);
    }
  }

  return {
    databaseFile,
    migrationBackupFile: backupFile,
    call: (method, input, callOptions) => callByName(method, input, callOptions) as never,
    callByName,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    close() {
      for (const job of runningJobs.values()) job.abort();
      db.close();
    },
  };
}
