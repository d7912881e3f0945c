import type Database from 'better-sqlite3';
import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { EventMap, EventName } from '../../shared/contract/core';
import type { WorkspaceData } from '../../shared/contract/data';
import type { Locale } from '../../shared/i18n';

export interface HandlerContext {
  db: Database.Database;
  dataDir: string;
  locale: Locale;
  /** The person recorded as the author of a change (workspace setting). */
  actor: string;
  /** Aborted when the caller cancels this job. */
  signal: AbortSignal;
  progress(phase: string, done: number, total: number | null): void;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  now(): Date;
  /**
   * Records this write in the audit log with precise values. Call it inside the write's own transaction so
   * both commit together; a write method that never calls it is recorded with its input and output.
   * `into`: the database the entry belongs to when it is not the workspace's current one — a restore writes
   * its entry into the copy it is about to swap in, so the restored file never arrives without it.
   */
  audit(record: { entity?: string | null; before?: unknown; after?: unknown }, target?: { into: Database.Database }): void;
  /**
   * Records this write with its input and `output` (the default entry), now: for a handler that holds its
   * own transaction (MethodSpec.transaction 'handler'), just before its COMMIT, so rows never commit without it.
   */
  auditResult(output: unknown): void;
  /**
   * Writes the automatic backup before an import, for a method whose spec says backupBefore 'whenChecked':
   * call it once the input has passed its checks and before the first write, outside any transaction.
   */
  backupBeforeWriting(): Promise<void>;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** The handlers of one domain: exactly the methods whose names start with `<domain>.`. */
export type DomainHandlers<Domain extends string> = {
  [M in MethodName as M extends `${Domain}.${string}` ? M : never]: Handler<M>;
};

type DataKey = Exclude<keyof WorkspaceData, 'formatVersion' | 'generator' | 'exportedAt'>;

/**
 * A domain's part of the canonical data JSON. Import runs inside the caller's transaction after every
 * domain's `clear`, in the order of the registry, so a domain may refer to rows an earlier one imported.
 */
export interface DataSection<K extends DataKey = DataKey> {
  key: K;
  exportData(db: Database.Database): WorkspaceData[K];
  /** Returns how many records it wrote. */
  importData(db: Database.Database, value: WorkspaceData[K]): number;
  clear(db: Database.Database): void;
}
