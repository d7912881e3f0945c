import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, sampleProfile, tempBackend } from '../support/workspace';
import { checkWorkspace } from './check';
import { importDocument, rowsFor } from './plan';

/** The checker must be able to fail, or the crash test proves nothing. */
describe('crash checker', () => {
  const backends: ReturnType<typeof tempBackend>[] = [];
  afterEach(() => backends.splice(0).forEach((b) => b.dispose()));

  async function workspaceAtGeneration(generation: number) {
    const b = tempBackend();
    backends.push(b);
    for (let g = 1; g <= generation; g++)
      expectOk(await b.call('workspace.importData', importDocument(g, { ...sampleProfile() }) as never));
    b.close();
    return b;
  }

  it('passes a workspace whose imports all committed', async () => {
    const b = await workspaceAtGeneration(2);
    expect(checkWorkspace(b.dataDir)).toMatchObject({
      opened: true,
      integrityOk: true,
      importWhole: true,
      generation: 2,
      auditOk: true,
      attachmentsOk: true,
      newestBackupOk: true,
    });
  });

  it('catches a partial import', async () => {
    const b = await workspaceAtGeneration(1);
    const db = new Database(b.databaseFile);
    db.prepare("DELETE FROM attachments WHERE id = '1-7'").run();
    db.close();
    const check = checkWorkspace(b.dataDir);
    expect(check.importWhole).toBe(false);
    expect(check.problem).toContain(`expects ${rowsFor(1)} rows, found ${rowsFor(1) - 1}`);
  });

  it('catches an import committed without its audit entry, or the entry without the import', async () => {
    const b = await workspaceAtGeneration(1);
    const db = new Database(b.databaseFile);
    // Generation 2's data, as if its import committed but left no audit entry.
    db.transaction(() => {
      db.prepare("UPDATE profile SET name = 'crash-2'").run();
      db.prepare('DELETE FROM attachments').run();
      const insert = db.prepare("INSERT INTO attachments VALUES (?, 'n', 0, ?, 'crash-import', 'e', 'at', 'by')");
      for (let i = 0; i < rowsFor(2); i++) insert.run(`2-${i}`, 'a'.repeat(64));
    })();
    db.close();
    const check = checkWorkspace(b.dataDir);
    expect(check).toMatchObject({ importWhole: true, auditOk: false });
  });

  it('catches an attachment row whose content is missing, and a damaged database', async () => {
    const b = await workspaceAtGeneration(0);
    const reopened = tempBackend({ dataDir: b.dataDir });
    backends.push(reopened);
    const file = path.join(b.dataDir, 'e.txt');
    fs.writeFileSync(file, 'evidence');
    const added = expectOk(await reopened.call('attachments.add', { path: file, owner: { domain: 'crash-edit', entityId: '1' } }));
    reopened.close();
    fs.rmSync(path.join(b.dataDir, 'attachments', added.sha256.slice(0, 2), added.sha256));
    expect(checkWorkspace(b.dataDir)).toMatchObject({ attachmentsOk: false });

    const bytes = fs.readFileSync(b.databaseFile);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    fs.writeFileSync(b.databaseFile, bytes);
    expect(checkWorkspace(b.dataDir).integrityOk).toBe(false);
  });
});
