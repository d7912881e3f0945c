/**
 * Who holds a write's transaction, as its spec declares (MethodSpec.transaction), and the rule that keeps it
 * to one holder: while the edge holds it, nothing the handler calls may open another.
 */
import type Database from 'better-sqlite3';
import type { MethodSpec } from '../../shared/contract/core';

/** The steps of one write call, from the backend's edge. */
export interface WriteCall {
  method: string;
  /** Runs the handler. */
  run: () => unknown;
  /** The output as the contract parses it; throws when it is not a valid output. */
  checkOutput: (output: unknown) => unknown;
  /** Records the default audit entry, unless the handler recorded its own. */
  recordDefault: (output: unknown) => void;
}

/**
 * Runs a write where its spec says its transaction lives. `connection.db` is read when needed: a restore
 * (which holds its own transaction) swaps the file, and its entry then belongs in the new one.
 */
export function runWrite(connection: { readonly db: Database.Database }, spec: MethodSpec, call: WriteCall): Promise<unknown> {
  return spec.transaction === 'handler' ? runOwnTransaction(connection, call) : runInTransaction(connection.db, call);
}

/**
 * A write and its audit entry commit together: the handler — across its awaits; no other write runs
 * meanwhile (the backend's write lock) — its output check and its entry run in one transaction, so a handler
 * that throws or returns a bad output, or an entry that cannot be written, leaves nothing behind.
 */
async function runInTransaction(db: Database.Database, call: WriteCall): Promise<unknown> {
  db.exec('BEGIN IMMEDIATE');
  const allowTransactions = refuseNestedTransactions(db, call.method);
  try {
    const value = call.checkOutput(await call.run());
    call.recordDefault(value);
    db.exec('COMMIT');
    return value;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    allowTransactions();
  }
}

/**
 * A write whose handler holds its own transaction: it records its entry inside the transaction that commits
 * its rows (ctx.audit, ctx.auditResult). A call that committed nothing (a SAM file refused row by row) is
 * recorded when it returns.
 */
async function runOwnTransaction(connection: { readonly db: Database.Database }, call: WriteCall): Promise<unknown> {
  const value = call.checkOutput(await call.run());
  connection.db.transaction(() => call.recordDefault(value))();
  return value;
}

/**
 * While the edge holds a write's transaction the connection refuses `transaction()`, naming the method:
 * better-sqlite3 would quietly make it a savepoint whose "commit" commits nothing until the edge's does, and
 * a write would have two owners. A helper that writes leaves the transaction to its caller. The refusal sits
 * on the connection itself, not on a stand-in handed to the handler, so caches keyed by the connection (its
 * prepared statements, the SAM estate) still find it. Returns what lifts the refusal.
 */
function refuseNestedTransactions(db: Database.Database, method: string): () => void {
  db.transaction = (() => {
    throw new Error(
      `${method} runs inside the backend's transaction and must not open its own (db.transaction); a write that must hold its own declares transaction: 'handler' in its spec`,
    );
  }) as Database.Database['transaction'];
  return () => {
    delete (db as Partial<Pick<Database.Database, 'transaction'>>).transaction;
  };
}
