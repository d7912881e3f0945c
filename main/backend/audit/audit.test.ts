import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, auditEntryHash, verifyAuditChain } from '../../../shared/domain/audit';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { exportAuditChain } from '.';
import { auditChainFileBytes, writeAuditChainFile } from './log';

describe('audit log', () => {
  const backends: ReturnType<typeof tempBackend>[] = [];
  afterEach(() => backends.splice(0).forEach((b) => b.dispose()));
  const open = () => {
    const b = tempBackend({ now: () => new Date('2025-03-01T08:00:00Z') });
    backends.push(b);
    return b;
  };

  it('records each successful write with the actor, the method, the entity and the values before and after', async () => {
    const b = open();
    expectOk(await b.call('workspace.saveSettings', { actorName: '李晓华' }));
    expectOk(await b.call('profile.save', sampleProfile()));
    expectOk(await b.call('profile.save', { ...sampleProfile(), department: '数字化部' }));
    expectOk(await b.call('profile.get', {}));

    const { total, entries } = expectOk(await b.call('audit.list', {}));
    expect(total).toBe(3);
    expect(entries.map((e) => e.method)).toEqual(['profile.save', 'profile.save', 'workspace.saveSettings']);
    const [latest, first] = entries;
    expect(latest).toMatchObject({ seq: 3, actor: '李晓华', entity: 'profile', at: '2025-03-01T08:00:00.000Z' });
    expect(latest!.before).toMatchObject({ department: sampleProfile().department });
    expect(latest!.after).toMatchObject({ department: '数字化部' });
    expect(first!.before).toBeNull();
    // Default entry: the validated input and the output.
    expect(entries[2]!.after).toMatchObject({ input: { actorName: '李晓华' }, output: { actorName: '李晓华' } });
    expect(expectOk(await b.call('audit.verify', {}))).toEqual({
      ok: true,
      entries: 3,
      head: latest!.hash,
      backupAnchors: { checked: 0, contradicted: [] },
    });
  });

  it('records nothing for a write that failed, so the log holds only what happened', async () => {
    const b = open();
    const bad = await b.call('profile.save', { ...sampleProfile(), uscc: '91110000100017643X' });
    expect(bad.ok).toBe(false);
    const missing = await b.call('attachments.add', {
      path: path.join(b.dataDir, 'nope.pdf'),
      owner: { domain: 'profile', entityId: '1' },
    });
    expect(missing.ok).toBe(false);
    expect(expectOk(await b.call('audit.list', {})).total).toBe(0);
  });

  it('records an import with the name of the backup written before it', async () => {
    const b = open();
    expectOk(await b.call('workspace.importData', { formatVersion: 1, profile: sampleProfile() }));
    const [entry] = expectOk(await b.call('audit.list', { method: 'workspace.importData' })).entries;
    expect(entry!.before).toEqual({ backup: expect.stringMatching(/^pre-import-\d{8}T\d{9}Z-h\d+-[0-9a-f]{16}\.sqlite$/) });
    expect(entry!.after).toMatchObject({ output: { imported: { profile: 1, attachments: 0 } } });
  });

  it('keeps a value larger than the limit as its size and SHA-256', async () => {
    const b = open();
    const attachments = Array.from({ length: 400 }, (_, i) => ({
      id: `a${i}`,
      name: `证明材料-${i}.pdf`,
      size: 1,
      sha256: 'a'.repeat(64),
      owner: { domain: 'profile', entityId: '1' },
      addedAt: '2025-01-01',
      addedBy: '',
    }));
    expectOk(await b.call('workspace.importData', { formatVersion: 1, profile: null, attachments }));
    const [entry] = expectOk(await b.call('audit.list', {})).entries;
    expect((entry!.after as { input: unknown }).input).toEqual({
      omitted: true,
      bytes: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('pages newest first', async () => {
    const b = open();
    for (let i = 0; i < 7; i++) expectOk(await b.call('workspace.saveSettings', { actorName: `p${i}` }));
    const page = expectOk(await b.call('audit.list', { offset: 2, limit: 3 }));
    expect(page.total).toBe(7);
    expect(page.entries.map((e) => e.seq)).toEqual([5, 4, 3]);
  });

  it('exports the chain oldest first for a filing package, and the pure verifier accepts it', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    expectOk(await b.call('workspace.saveSettings', { locale: 'en-US' }));
    b.close();
    const db = new Database(b.databaseFile, { readonly: true });
    const chain = exportAuditChain(db);
    db.close();
    expect(chain.map((e) => e.seq)).toEqual([1, 2]);
    expect(verifyAuditChain(chain).ok).toBe(true);
  });

  it('writes the chain to a file a piece at a time, byte for byte the JSON of the whole array, and measures it the same', async () => {
    const b = open();
    for (let i = 0; i < 5; i++) expectOk(await b.call('profile.save', { ...sampleProfile(), department: `部门 ${i}` }));
    const db = new Database(b.databaseFile, { readonly: true });
    const file = path.join(b.dataDir, 'audit-log.json');
    const size = writeAuditChainFile(db, file);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${JSON.stringify(exportAuditChain(db))}\n`);
    expect([size, auditChainFileBytes(db)]).toEqual([fs.statSync(file).size, fs.statSync(file).size]);
    db.close();
  });

  it('finds history edited behind the program’s back and names the first broken entry', async () => {
    const b = open();
    for (let i = 0; i < 4; i++) expectOk(await b.call('workspace.saveSettings', { actorName: `p${i}` }));
    b.close();
    const db = new Database(b.databaseFile);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = '伪造' WHERE seq = 3").run();
    db.close();
    const reopened = tempBackend({ dataDir: b.dataDir });
    backends.splice(backends.indexOf(b), 1, reopened);
    const result = expectOk(await reopened.call('audit.verify', {}));
    expect(result).toMatchObject({ ok: false, entries: 4, firstBroken: { seq: 3, reason: 'content' } });
  });

  describe('held to the heads the backups’ names recorded', () => {
    /** Edits the log behind the program's back, then reopens the workspace. */
    async function tamper(b: ReturnType<typeof tempBackend>, edit: (db: Database.Database) => void) {
      b.close();
      const db = new Database(b.databaseFile);
      db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
      edit(db);
      db.close();
      const reopened = tempBackend({ dataDir: b.dataDir, now: () => new Date('2025-03-01T09:00:00Z') });
      backends.splice(backends.indexOf(b), 1, reopened);
      return reopened;
    }

    async function withBackupAfterFiveWrites() {
      const b = open();
      for (let i = 0; i < 5; i++) expectOk(await b.call('workspace.saveSettings', { actorName: `p${i}` }));
      const backup = expectOk(await b.call('backup.create', {}));
      expect(backup.name).toMatch(/-h5-[0-9a-f]{16}\.sqlite$/);
      return { b, backup };
    }

    it('finds the newest entries cut off, which the chain alone passes', async () => {
      const { b, backup } = await withBackupAfterFiveWrites();
      const cut = await tamper(b, (db) => db.exec('DELETE FROM audit_log WHERE seq >= 4'));
      const result = expectOk(await cut.call('audit.verify', {}));
      expect(result.firstBroken).toBeUndefined(); // 1…3 is a valid chain
      expect(result).toMatchObject({ ok: false, backupAnchors: { checked: 1, contradicted: [{ backup: backup.name, seq: 5 }] } });
    });

    it('finds the whole chain re-hashed after an edit, which the chain alone passes', async () => {
      const { b } = await withBackupAfterFiveWrites();
      const rehashed = await tamper(b, (db) => {
        const entries = exportAuditChain(db).map((entry) => (entry.seq === 2 ? { ...entry, actor: '伪造' } : entry));
        const update = db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?');
        let prevHash = AUDIT_GENESIS_HASH;
        for (const entry of entries) {
          const hash = auditEntryHash(prevHash, entry);
          update.run(entry.actor, prevHash, hash, entry.seq);
          prevHash = hash;
        }
      });
      const result = expectOk(await rehashed.call('audit.verify', {}));
      expect(result.firstBroken).toBeUndefined();
      expect(result.ok).toBe(false);
      expect(result.backupAnchors.contradicted.map((c) => c.seq)).toEqual([5]);
    });

    it('passes an untouched log, and after a restore holds only the backups taken since', async () => {
      const { b, backup } = await withBackupAfterFiveWrites();
      expect(expectOk(await b.call('audit.verify', {}))).toMatchObject({ ok: true, backupAnchors: { checked: 1, contradicted: [] } });
      expectOk(await b.call('workspace.saveSettings', { actorName: 'later' }));
      expectOk(await b.call('backup.restore', { path: backup.path }));
      expect(expectOk(await b.call('audit.verify', {})).ok).toBe(true);
    });
  });
});
