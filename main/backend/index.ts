import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { BackupInfo } from '../../shared/contract/backup/schemas';
import { needsBackupBefore, waitsForWrites, type EventMap, type EventName, type Result } from '../../shared/contract/core';
import { appendAuditEntry, boundedAuditValue } from './audit/log';
import { areValidCallOptions, type CallOptionsWithLocale } from './call-options';
import { writeAutomaticBackup, writeBackupTo, writeDailyBackupIfDue, type BackupDeps } from './backup';
import type { HandlerContext } from './context';
import { WorkspaceConnection } from './db/connection';
import { migrations as defaultMigrations } from './db/migrations';
import { handlerLoaders } from './domains';
import { createMethodLookup } from './method-lookup';
import { AppError, toErrorData, validationError } from './errors';
import { openMaintenance } from './open-maintenance';
import { pagePathRefusal } from './page-paths';
import { readSettings } from './workspace/settings';
import { runWrite } from './write-transaction';

export interface BackendOptions {
  dataDir: string;
  /** Tests pin the clock; everything else gets the real one. */
  now?: () => Date;
  migrations?: typeof defaultMigrations;
  /** Only for measuring the audit log's cost (test/bench/scenarios/audit.ts): no door turns it off. */
  audit?: boolean;
}

export type { CallOptionsWithLocale } from './call-options';

export type Listener<E extends EventName> = (payload: EventMap[E]) => void;

export interface Backend {
  call<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallOptionsWithLocale): Promise<Result<MethodOutput<M>>>;
  /** For doors that receive the method name as data (IPC, HTTP, CLI): unknown names get a clear error. */
  callByName(method: string, input: unknown, options?: CallOptionsWithLocale): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  /** The daily backup, unless one was written today; the hosts call it on a timer. */
  dailyBackup(): Promise<BackupInfo | null>;
  /**
   * A backup written to any file: for in-process doors acting with the user's authority (the CLI's --out).
   * Not a contract method, so the page (IPC, bridge) can never make the backend write outside the workspace.
   */
  backupTo(file: string): Promise<BackupInfo>;
  close(): void;
  /**
   * Closes once the writes already under way or queued have ended (running jobs are cancelled first), so a
   * host that ends never cuts a write or a backup off half-way. For the hosts; the in-process doors close at once.
   */
  closeAfterWrites(): Promise<void>;
  readonly databaseFile: string;
  readonly migrationBackupFile: string | null;
}

export const DATABASE_FILE_NAME = 'denggao.sqlite';

type AuditRecordInput = Parameters<HandlerContext['audit']>[0];

export function createBackend(options: BackendOptions): Backend {
  const migrations = options.migrations ?? defaultMigrations;
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  // On every open: a migration may ask for the graded-protection due-date cache to be rebuilt, and a receiver's
  // consolidation facts written under older summary rules are rewritten.
  const connection = new WorkspaceConnection(databaseFile, migrations, openMaintenance);
  const now = options.now ?? (() => new Date());
  const auditEnabled = options.audit ?? true;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const runningJobs = new Map<string, AbortController>();
  const backupDeps: BackupDeps = { connection, dataDir: options.dataDir, migrations, now };
  const oneWriteAtATime = createWriteLock();

  const methodsByDomain = createMethodLookup(
    handlerLoaders({
      workspace: { migrations, databaseFile },
      cancelJob(jobId) {
        const job = runningJobs.get(jobId);
        job?.abort();
        return job !== undefined;
      },
      backup: backupDeps,
    }),
  );
  // A cancel must take effect at once, not wait for its table to load while the job runs on.
  methodsByDomain.load('jobs.cancel').catch(() => undefined); // should it fail, the first cancel tries again
  let callsAwaitingLoad = 0;
  let lastArrival: Promise<unknown> = Promise.resolve();

  function emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  }

  /**
   * Calls keep their order of arrival — writes take turns in it — across the loading of a domain: while any
   * call waits for its domain, later calls queue behind it, even to a domain already loaded.
   */
  function callByName(method: string, rawInput: unknown, callOptions: CallOptionsWithLocale = {}): Promise<Result<unknown>> {
    const run = () => connection.run(() => callNow(method, rawInput, callOptions));
    if (callsAwaitingLoad === 0 && methodsByDomain.isReady(method)) return run();
    callsAwaitingLoad++;
    const loaded = lastArrival.then(() => methodsByDomain.load(method));
    lastArrival = loaded.catch(() => undefined);
    // The count drops in the same step that starts the call, so no call arriving in between can overtake it.
    return loaded.then(
      () => {
        callsAwaitingLoad--;
        return run();
      },
      (error: unknown): Result<unknown> => {
        callsAwaitingLoad--;
        return { ok: false, error: toErrorData(error, readSettings(connection.db).locale) }; // a domain that cannot load: a broken install
      },
    );
  }

  async function callNow(method: string, rawInput: unknown, callOptions: CallOptionsWithLocale): Promise<Result<unknown>> {
    const settings = readSettings(connection.db);
    if (!areValidCallOptions(callOptions)) return { ok: false, error: toErrorData(new AppError('error.call.badOptions'), settings.locale) };
    const locale = callOptions.locale ?? settings.locale;
    const found = methodsByDomain.find(method);
    if (!found) return { ok: false, error: toErrorData(new AppError('error.method.unknown', { method }), locale) };
    const { spec, handler } = found;
    const parsedInput = spec.input.safeParse(rawInput ?? {}, { reportInput: true }); // so messages can name the refused value
    if (!parsedInput.success) return { ok: false, error: validationError(parsedInput.error, locale) };
    const pathRefusal = callOptions.door === 'page' ? pagePathRefusal(spec.input, parsedInput.data, options.dataDir) : null;
    if (pathRefusal) return { ok: false, error: toErrorData(pathRefusal, locale) };

    const jobId = callOptions.jobId ?? `${method}-${Math.random().toString(36).slice(2)}`;
    const controller = new AbortController();
    runningJobs.set(jobId, controller);
    let audited = false;
    let backupBefore: BackupInfo | null = null;
    const record = (entry: AuditRecordInput, target?: { into: Database.Database }) => {
      audited = true;
      if (!auditEnabled) return;
      appendAuditEntry(target?.into ?? connection.db, {
        at: now().toISOString(),
        actor: settings.actorName,
        method,
        entity: entry.entity ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      });
    };
    const checkOutput = (output: unknown) => {
      const parsed = spec.output.safeParse(output);
      if (!parsed.success) throw new AppError('error.output.invalid', { method });
      return parsed.data;
    };
    const recordDefault = (output: unknown) => {
      if (!audited)
        record({
          entity: defaultEntity(method, parsedInput.data),
          before: backupBefore ? { backup: backupBefore.name } : null,
          after: { input: boundedAuditValue(parsedInput.data).value, output },
        });
    };
    const ctx: HandlerContext = {
      // Read when the handler runs, not when the call arrived: a write queued behind a restore works on the restored file.
      get db() {
        return connection.db;
      },
      dataDir: options.dataDir,
      locale,
      actor: settings.actorName,
      signal: controller.signal,
      progress: (phase, done, total) => emit('progress', { jobId, method, phase, done, total }),
      emit,
      now,
      audit: record,
      auditResult: (output) => recordDefault(checkOutput(output)),
      async backupBeforeWriting() {
        if (spec.backupBefore !== 'whenChecked')
          throw new Error(`${method}: backupBeforeWriting is for a spec with backupBefore: 'whenChecked'`);
        backupBefore ??= await writeAutomaticBackup(backupDeps, 'pre-import');
      },
    };
    const run = () => handler(parsedInput.data, ctx);
    try {
      if (!waitsForWrites(spec)) return { ok: true, value: checkOutput(await run()) };
      const value = await connection.queued((begin) =>
        oneWriteAtATime(async () => {
          begin();
          if (controller.signal.aborted) throw new AppError('error.cancelled'); // cancelled while it waited its turn
          if (spec.kind === 'read') return checkOutput(await run());
          if (needsBackupBefore(spec)) backupBefore = await writeAutomaticBackup(backupDeps, 'pre-import');
          return runWrite(connection, spec, { method, run, checkOutput, recordDefault });
        }),
      );
      if (spec.kind === 'write') emit('changed', { domain: method.split('.')[0]!, method });
      return { ok: true, value };
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, error: toErrorData(new AppError('error.cancelled'), locale) };
      return { ok: false, error: toErrorData(error, locale) };
    } finally {
      runningJobs.delete(jobId);
    }
  }

  return {
    databaseFile,
    get migrationBackupFile() {
      return connection.migrationBackupFile;
    },
    call: (method, input, callOptions) => callByName(method, input, callOptions) as never,
    callByName,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
    // A backup copies through the same connection: never while a write holds a transaction open.
    dailyBackup: () => connection.run(() => oneWriteAtATime(() => writeDailyBackupIfDue(backupDeps))),
    backupTo: (file) => connection.run(() => oneWriteAtATime(() => writeBackupTo(backupDeps, file))),
    close() {
      for (const job of runningJobs.values()) job.abort();
      connection.close();
    },
    async closeAfterWrites() {
      for (const job of runningJobs.values()) job.abort();
      await oneWriteAtATime(async () => undefined);
      connection.close();
    },
  };
}

/**
 * Write methods run one at a time, in the order they arrive. The workspace has one better-sqlite3
 * connection, and a long write (an import) keeps its transaction open while it awaits the file: a second
 * write running meanwhile would join that transaction — and be rolled back with it when the import is
 * cancelled. Plain reads are not held back and see such a write's rows so far (the same connection); a read
 * whose spec asks for committed state (MethodSpec.consistency) takes its turn here like a write.
 */
function createWriteLock(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const turn = last.then(work);
    last = turn.catch(() => undefined);
    return turn;
  };
}

/** The record a write concerns when its handler does not say: the domain, and the input's id if it has one. */
function defaultEntity(method: string, input: unknown): string {
  const domain = method.split('.')[0]!;
  const id = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${domain}:${id}` : domain;
}
