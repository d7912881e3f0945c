import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { createBackend } from '..';
import { openDatabase } from '../db/migrate';
import { migration001Core } from '../db/migrations/001-core';
import { migrations } from '../db/migrations';
import { rotateBackups } from './files';

/** The schema this build brings a workspace to: the highest migration, whichever branch added it. */
const LATEST = Math.max(...migrations.map((migration) => migration.version));

const day = (iso: string) => () => new Date(iso);

describe('backups', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const open = (now = day('2025-03-01T08:00:00Z')) => {
    const b = tempBackend({ now });
    cleanups.push(() => b.dispose());
    return b;
  };

  it('writes a consistent, self-contained copy and lists it', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    const info = expectOk(await b.call('backup.create', {}));
    expect(info).toMatchObject({ kind: 'manual', createdAt: '2025-03-01T08:00:00.000Z', schemaVersion: LATEST });
    expect(fs.existsSync(`${info.path}-wal`)).toBe(false);
    const copy = new Database(info.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM profile').pluck().get()).toBe(sampleProfile().name);
    copy.close();
    expect(expectOk(await b.call('backup.list', {})).map((x) => x.name)).toEqual([info.name]);
  });

  it('backs up before every import, and the backup holds the data the import replaced', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    expectOk(await b.call('workspace.importData', { formatVersion: 1, profile: null }));
    const [backup] = expectOk(await b.call('backup.list', {}));
    expect(backup!.kind).toBe('pre-import');
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM profile').pluck().get()).toBe(1);
    copy.close();
  });

  it('writes the daily backup once per day', async () => {
    let now = new Date('2025-03-01T08:00:00Z');
    const b = open(() => now);
    expect((await b.dailyBackup())?.kind).toBe('daily');
    now = new Date('2025-03-01T09:00:00Z');
    expect(await b.dailyBackup()).toBeNull();
    now = new Date('2025-03-03T09:00:00Z');
    expect((await b.dailyBackup())?.kind).toBe('daily');
  });

  it('rotates automatic backups by count and age, keeping manual ones and always the newest', async () => {
    const dir = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'backups');
    fs.mkdirSync(folder);
    const names = ['daily-20250101T000000000Z.sqlite', 'pre-import-20250220T000000000Z.sqlite', 'pre-import-20250225T000000000Z.sqlite', 'daily-20250228T000000000Z.sqlite', 'manual-20240101T000000000Z.sqlite', 'daily-20250101T000000000Z.sqlite.1234abcd.partial'];
    for (const name of names) fs.writeFileSync(path.join(folder, name), '');
    const old = new Date('2025-01-01T00:00:00Z');
    fs.utimesSync(path.join(folder, names[5]!), old, old);

    const removed = rotateBackups(dir, { keepCount: 2, keepDays: 30 }, new Date('2025-03-01T00:00:00Z'));
    expect(removed.sort()).toEqual(['daily-20250101T000000000Z.sqlite', 'pre-import-20250220T000000000Z.sqlite']);
    expect(fs.readdirSync(folder).sort()).toEqual(['daily-20250228T000000000Z.sqlite', 'manual-20240101T000000000Z.sqlite', 'pre-import-20250225T000000000Z.sqlite']);
    // Even past every limit, the newest automatic backup stays.
    rotateBackups(dir, { keepCount: 1, keepDays: 1 }, new Date('2026-01-01T00:00:00Z'));
    expect(fs.readdirSync(folder).sort()).toEqual(['daily-20250228T000000000Z.sqlite', 'manual-20240101T000000000Z.sqlite']);
  });

  it('keeps as many automatic backups as the settings say', async () => {
    let tick = Date.parse('2025-03-01T08:00:00Z');
    const b = open(() => new Date((tick += 1000)));
    expectOk(await b.call('workspace.saveSettings', { backupKeepCount: 3 }));
    for (let i = 0; i < 6; i++) expectOk(await b.call('workspace.importData', { formatVersion: 1, profile: null }));
    expect(expectOk(await b.call('backup.list', {}))).toHaveLength(3);
  });
});

describe('restore', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const open = () => {
    const b = tempBackend();
    cleanups.push(() => b.dispose());
    return b;
  };

  it('puts a backup back, backs up the replaced state first, and keeps working on the restored file', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    const backup = expectOk(await b.call('backup.create', {}));
    expectOk(await b.call('profile.save', { ...sampleProfile(), name: '改名后的公司' }));

    const result = expectOk(await b.call('backup.restore', { path: backup.path }));
    expect(result).toMatchObject({ restoredFrom: backup.path, fromSchemaVersion: LATEST, schemaVersion: LATEST, safetyBackup: { kind: 'pre-restore' } });
    expect(expectOk(await b.call('profile.get', {}))?.name).toBe(sampleProfile().name);
    const safety = new Database(result.safetyBackup.path, { readonly: true });
    expect(safety.prepare('SELECT name FROM profile').pluck().get()).toBe('改名后的公司');
    safety.close();

    // The restored history says who put it back and what it replaced; the chain is whole.
    const [latest] = expectOk(await b.call('audit.list', {})).entries;
    expect(latest).toMatchObject({ method: 'backup.restore', after: { restoredFrom: backup.path } });
    expect(expectOk(await b.call('audit.verify', {})).ok).toBe(true);
    expectOk(await b.call('profile.save', { ...sampleProfile(), department: '恢复后修改' }));
    b.close();
    const reopened = createBackend({ dataDir: b.dataDir });
    expect(expectOk(await reopened.call('profile.get', {}))?.department).toBe('恢复后修改');
    reopened.close();
  });

  it('restores an older workspace and brings it up to date', async () => {
    const b = open();
    const v1File = path.join(b.dataDir, 'v1.sqlite');
    const v1 = openDatabase(v1File, [migration001Core]).db;
    v1.prepare("INSERT INTO settings VALUES ('actorName', '\"老用户\"')").run();
    v1.close();

    const result = expectOk(await b.call('backup.restore', { path: v1File }));
    expect(result).toMatchObject({ fromSchemaVersion: 1, schemaVersion: LATEST });
    expect(expectOk(await b.call('workspace.getSettings', {})).actorName).toBe('老用户');
  });

  const refusals: [string, (dir: string) => string, string][] = [
    ['a missing file', (dir) => path.join(dir, 'missing.sqlite'), 'error.file.read'],
    ['a file that is not a database', (dir) => write(dir, 'notes.sqlite', 'not a database at all, just text'.repeat(100)), 'backup.restore.notDatabase'],
    ['a damaged database', (dir) => damaged(dir), 'backup.restore.damaged'],
    ['a database from a newer version', (dir) => database(dir, 'newer.sqlite', 99), 'backup.restore.newerVersion'],
    ['a database that is not a workspace', (dir) => database(dir, 'other.sqlite', 3, 'CREATE TABLE notes (x)'), 'backup.restore.notWorkspace'],
  ];

  it.each(refusals)('refuses %s, names it, and changes nothing', async (_label, make, code) => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    const candidate = make(b.dataDir);
    const before = fs.readdirSync(b.dataDir).sort();
    const result = await b.call('backup.restore', { path: candidate });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.details?.file).toBe(candidate);
    expect(result.error.message).toContain(candidate);
    expect(result.error.message.split('\n').length).toBeLessThanOrEqual(4);
    expect(fs.readdirSync(b.dataDir).sort()).toEqual(before);
    expect(expectOk(await b.call('backup.list', {}))).toEqual([]);
    expect(expectOk(await b.call('profile.get', {}))?.name).toBe(sampleProfile().name);
  });

  it('waits for a write that is still running (writes take turns), and holds new calls back while it runs', async () => {
    const b = open();
    const backup = expectOk(await b.call('backup.create', {}));
    const owner = { domain: 'profile', entityId: '1' };
    const slow = b.call('attachments.add', { path: write(b.dataDir, 'big.bin', Buffer.alloc(8 * 1024 * 1024)), owner });
    const waiting = b.call('backup.restore', { path: backup.path });
    expectOk(await slow);
    expectOk(await waiting);
    // The restore ran after the write, not in the middle of it: the restored state predates the attachment.
    expect(expectOk(await b.call('attachments.list', { owner }))).toEqual([]);

    const restoring = b.call('backup.restore', { path: backup.path });
    const during = b.call('profile.get', {});
    expectOk(await restoring);
    expect(expectOk(await during)).toBeNull();
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function database(dir: string, name: string, version: number, sql = 'CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)'): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.exec(sql);
  db.pragma(`user_version = ${version}`);
  db.close();
  return file;
}

/** A workspace-looking database whose table b-tree has one page overwritten with garbage. */
function damaged(dir: string): string {
  const file = path.join(dir, 'damaged.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE t (x TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
  })();
  db.pragma('user_version = 1');
  db.close();
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0x5a, pageSize * 5 + 8, pageSize * 6);
  fs.writeFileSync(file, bytes);
  return file;
}
