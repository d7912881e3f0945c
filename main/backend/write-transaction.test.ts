/**
 * A write's transaction has one holder, the one its spec declares: by default the backend's edge, which a
 * handler must never try to share by opening its own; with `transaction: 'handler'`, the handler alone.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method, type MethodSpec } from '../../shared/contract/core';
import { expectOk, sampleProfile, tempBackend } from '../../test/support/workspace';
import { runWrite, type WriteCall } from './write-transaction';

const io = { input: z.object({}), output: z.unknown() };
const edgeOwned: MethodSpec = method({ kind: 'write', ...io });
const handlerOwned: MethodSpec = method({ kind: 'write', transaction: 'handler', ...io });

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE rows (value TEXT); CREATE TABLE entries (method TEXT)');
});
afterEach(() => db.close());

const insert = (value: string) => db.prepare('INSERT INTO rows (value) VALUES (?)').run(value);
const rows = () => db.prepare('SELECT value FROM rows ORDER BY rowid').pluck().all();
const entries = () => db.prepare('SELECT method FROM entries').pluck().all();

/** A write call whose handler is `run`; its default entry goes into `entries`, as the audit log's would. */
function writeCall(run: () => unknown): WriteCall {
  return {
    method: 'test.write',
    run,
    checkOutput: (output) => output,
    recordDefault: () => void db.prepare("INSERT INTO entries (method) VALUES ('test.write')").run(),
  };
}

describe('a write the edge holds (the default)', () => {
  it('runs its handler inside the transaction, and commits its rows with their entry', async () => {
    let inTransaction: boolean | undefined;
    await runWrite(
      { db },
      edgeOwned,
      writeCall(() => {
        inTransaction = db.inTransaction;
        insert('a');
      }),
    );
    expect(inTransaction).toBe(true);
    expect({ rows: rows(), entries: entries(), open: db.inTransaction }).toEqual({ rows: ['a'], entries: ['test.write'], open: false });
  });

  it('leaves nothing behind when its handler fails after an await', async () => {
    const failing = writeCall(async () => {
      insert('a');
      await Promise.resolve();
      throw new Error('refused');
    });
    await expect(runWrite({ db }, edgeOwned, failing)).rejects.toThrow('refused');
    expect({ rows: rows(), entries: entries() }).toEqual({ rows: [], entries: [] });
  });

  it('fails a handler that opens a transaction of its own, naming the method, and commits nothing', async () => {
    const nested = writeCall(() => {
      insert('before');
      db.transaction(() => insert('nested'))();
    });
    await expect(runWrite({ db }, edgeOwned, nested)).rejects.toThrow(/test\.write runs inside the backend's transaction/);
    expect({ rows: rows(), entries: entries() }).toEqual({ rows: [], entries: [] });
  });

  it('fails a helper the handler calls after an await just the same', async () => {
    const helperWithItsOwn = () => db.transaction(() => insert('nested'))();
    const nested = writeCall(async () => {
      await Promise.resolve();
      helperWithItsOwn();
    });
    await expect(runWrite({ db }, edgeOwned, nested)).rejects.toThrow(/test\.write/);
    expect(rows()).toEqual([]);
  });

  it('lifts the refusal once the write ends, whether it committed or failed', async () => {
    await runWrite(
      { db },
      edgeOwned,
      writeCall(() => insert('a')),
    );
    await expect(
      runWrite(
        { db },
        edgeOwned,
        writeCall(() => db.transaction(() => undefined)()),
      ),
    ).rejects.toThrow();
    db.transaction(() => insert('outside any write'))();
    expect(rows()).toEqual(['a', 'outside any write']);
  });
});

describe("a write whose spec declares transaction: 'handler'", () => {
  it('runs its handler with no transaction open, so the handler may open and commit its own', async () => {
    let inTransaction: boolean | undefined;
    await runWrite(
      { db },
      handlerOwned,
      writeCall(() => {
        inTransaction = db.inTransaction;
        db.transaction(() => insert('own'))();
      }),
    );
    expect(inTransaction).toBe(false);
    expect({ rows: rows(), entries: entries() }).toEqual({ rows: ['own'], entries: ['test.write'] });
  });

  it('keeps what the handler committed when it fails afterwards: the edge did not wrap it', async () => {
    const commitsThenFails = writeCall(() => {
      db.transaction(() => insert('committed by the handler'))();
      throw new Error('after its commit');
    });
    await expect(runWrite({ db }, handlerOwned, commitsThenFails)).rejects.toThrow('after its commit');
    expect({ rows: rows(), entries: entries() }).toEqual({ rows: ['committed by the handler'], entries: [] });
  });

  it('records its default entry in the connection it has after the handler ran (a restore swaps it)', async () => {
    const swapped = new Database(':memory:');
    swapped.exec('CREATE TABLE entries (method TEXT)');
    const connection = { db };
    const call: WriteCall = {
      method: 'test.restore',
      run: () => void (connection.db = swapped),
      checkOutput: (output) => output,
      recordDefault: () => void connection.db.prepare("INSERT INTO entries (method) VALUES ('test.restore')").run(),
    };
    await runWrite(connection, handlerOwned, call);
    expect(swapped.prepare('SELECT method FROM entries').pluck().all()).toEqual(['test.restore']);
    expect(entries()).toEqual([]);
    swapped.close();
  });
});

describe('a backup before a write, as its spec declares', () => {
  let backend: ReturnType<typeof tempBackend>;
  beforeEach(() => {
    backend = tempBackend();
  });
  afterEach(() => backend.dispose());

  const preImportBackups = async () => expectOk(await backend.call('backup.list', {})).filter((backup) => backup.kind === 'pre-import');

  it('comes before a write that declares backupBefore (workspace.importData)', async () => {
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expectOk(await backend.call('workspace.importData', data));
    expect(await preImportBackups()).toHaveLength(1);
  });

  it('never comes before one that does not, even one named import', async () => {
    expectOk(await backend.call('profile.save', sampleProfile()));
    // The backup would come before the handler runs, so a template file that is not there still shows it.
    expect(await backend.call('assessment.templates.import', { path: '/nonexistent/template.json' })).toMatchObject({ ok: false });
    expect(await preImportBackups()).toEqual([]);
  });
});
