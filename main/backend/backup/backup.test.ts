import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { createBackend, type Backend } from '..';
import { SwapRolledBack, WorkspaceConnection } from '../db/connection';
import { migrations } from '../db/migrations';
import { openDatabase } from '../db/migrate';
import { migration001Core } from '../db/migrations/001-core';
import { rotateBackups } from './files';

/** The schema version this build migrates to: the highest migration, so a new migration does not break these tests. */
const LATEST = migrations.at(-1)!.version;

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

  it('rotates automatic backups by count and age within each kind, keeping manual ones and always the newest of a kind', async () => {
    const dir = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'backups');
    fs.mkdirSync(folder);
    const names = [
      'daily-20250101T000000000Z.sqlite',
      'pre-import-20250220T000000000Z.sqlite',
      'pre-import-20250225T000000000Z.sqlite',
      'pre-import-20250226T000000000Z.sqlite',
      'daily-20250228T000000000Z.sqlite',
      'pre-restore-20250210T000000000Z.sqlite',
      'manual-20240101T000000000Z.sqlite',
      'daily-20250101T000000000Z.sqlite.1234abcd.partial',
    ];
    for (const name of names) fs.writeFileSync(path.join(folder, name), '');
    const old = new Date('2025-01-01T00:00:00Z');
    fs.utimesSync(path.join(folder, names[7]!), old, old);

    const removed = rotateBackups(dir, { keepCount: 2, keepDays: 30 }, new Date('2025-03-01T00:00:00Z'));
    expect(removed.sort()).toEqual(['daily-20250101T000000000Z.sqlite', 'pre-import-20250220T000000000Z.sqlite']);
    expect(fs.readdirSync(folder).sort()).toEqual([
      'daily-20250228T000000000Z.sqlite',
      'manual-20240101T000000000Z.sqlite',
      'pre-import-20250225T000000000Z.sqlite',
      'pre-import-20250226T000000000Z.sqlite',
      'pre-restore-20250210T000000000Z.sqlite',
    ]);
    // Even past every limit, the newest backup of each kind stays.
    rotateBackups(dir, { keepCount: 1, keepDays: 1 }, new Date('2026-01-01T00:00:00Z'));
    expect(fs.readdirSync(folder).sort()).toEqual([
      'daily-20250228T000000000Z.sqlite',
      'manual-20240101T000000000Z.sqlite',
      'pre-import-20250226T000000000Z.sqlite',
      'pre-restore-20250210T000000000Z.sqlite',
    ]);
  });

  it('keeps the backup taken before a restore however many imports follow', async () => {
    let tick = Date.parse('2025-03-01T08:00:00Z');
    const b = open(() => new Date((tick += 1000)));
    expectOk(await b.call('profile.save', sampleProfile()));
    const restored = expectOk(await b.call('backup.restore', { path: expectOk(await b.call('backup.create', {})).path }));
    for (let i = 0; i < 21; i++) expectOk(await b.call('workspace.importData', { formatVersion: 1, profile: null }));
    const kept = expectOk(await b.call('backup.list', {}));
    expect(kept.map((backup) => backup.name)).toContain(restored.safetyBackup.name);
    expect(kept.filter((backup) => backup.kind === 'pre-import')).toHaveLength(20);
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
    expect(result).toMatchObject({
      restoredFrom: backup.path,
      fromSchemaVersion: LATEST,
      schemaVersion: LATEST,
      safetyBackup: { kind: 'pre-restore' },
    });
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
    [
      'a file that is not a database',
      (dir) => write(dir, 'notes.sqlite', 'not a database at all, just text'.repeat(100)),
      'backup.restore.notDatabase',
    ],
    ['a damaged database', (dir) => damaged(dir), 'backup.restore.damaged'],
    ['a database from a newer version', (dir) => database(dir, 'newer.sqlite', 99), 'backup.restore.newerVersion'],
    [
      'a database that is not a workspace',
      (dir) => database(dir, 'other.sqlite', 3, 'CREATE TABLE notes (x)'),
      'backup.restore.notWorkspace',
    ],
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

  /** A real backup of `b`, copied and then changed by `edit`: what a user might be handed as a backup. */
  async function editedBackup(b: ReturnType<typeof open>, name: string, edit: (db: Database.Database) => void): Promise<string> {
    const backup = expectOk(await b.call('backup.create', {}));
    const file = path.join(b.dataDir, name);
    fs.copyFileSync(backup.path, file);
    fs.rmSync(backup.path);
    const db = new Database(file);
    edit(db);
    db.close();
    return file;
  }

  const unusable: [string, (b: ReturnType<typeof open>) => Promise<string>, string][] = [
    [
      'a backup with a migration this build does not know',
      (b) =>
        editedBackup(b, 'other-branch.sqlite', (db) =>
          db.prepare("INSERT INTO schema_migrations VALUES (42, 'from-another-branch', NULL)").run(),
        ),
      'backup.restore.unknownMigrations',
    ],
    ['a minimal file with only a settings table', async (b) => database(b.dataDir, 'minimal.sqlite', LATEST), 'backup.restore.incomplete'],
    [
      'a minimal file with only a settings table, claiming an older schema the migrations cannot bring up',
      async (b) => database(b.dataDir, 'minimal-old.sqlite', 8),
      'backup.restore.migrationFailed',
    ],
    [
      'a real backup with one setting that is not JSON',
      (b) =>
        editedBackup(b, 'bad-setting.sqlite', (db) => db.prepare("INSERT OR REPLACE INTO settings VALUES ('actorName', '李晓华')").run()),
      'backup.restore.badSettings',
    ],
    [
      'a real backup missing one column',
      (b) => editedBackup(b, 'no-column.sqlite', (db) => db.exec('ALTER TABLE profile DROP COLUMN department')),
      'backup.restore.incomplete',
    ],
  ];

  it.each(unusable)('refuses %s with a named code; the workspace is unchanged and answers every command', async (_label, make, code) => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    const good = expectOk(await b.call('backup.create', {}));
    const candidate = await make(b);
    const files = fs.readdirSync(b.dataDir).sort();
    const backups = expectOk(await b.call('backup.list', {}));

    const result = await b.call('backup.restore', { path: candidate });
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.details?.file).toBe(candidate);
    expect(fs.readdirSync(b.dataDir).sort()).toEqual(files);
    expect(expectOk(await b.call('backup.list', {}))).toEqual(backups);
    await expectAnswersEveryDomain(b);
    expect(expectOk(await b.call('backup.restore', { path: good.path })).restoredFrom).toBe(good.path);
  });

  it('writes its audit entry into the restored file before the swap: if the entry cannot be written, nothing is restored', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    // As a crash right after the swap would leave it: the restored file without the entry saying it was restored.
    const candidate = await editedBackup(b, 'refuses-entries.sqlite', (db) => {
      db.prepare('UPDATE profile SET name = ?').run('备份里的名称');
      db.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'simulated crash before the entry'); END");
    });
    const files = fs.readdirSync(b.dataDir).sort();
    const backups = expectOk(await b.call('backup.list', {}));
    expect((await b.call('backup.restore', { path: candidate })).ok).toBe(false);
    expect(expectOk(await b.call('backup.list', {}))).toEqual(backups);
    expect(expectOk(await b.call('profile.get', {}))?.name).toBe(sampleProfile().name);
    expect(expectOk(await b.call('audit.list', {})).entries.map((entry) => entry.method)).not.toContain('backup.restore');
    expect(fs.readdirSync(b.dataDir).filter((name) => !files.includes(name))).toEqual([]);
  });

  it('says the workspace is unchanged when the restored database fails after the swap — and it is', async () => {
    const b = open();
    expectOk(await b.call('profile.save', sampleProfile()));
    const backup = expectOk(await b.call('backup.create', {}));
    expectOk(await b.call('profile.save', { ...sampleProfile(), name: '恢复前的名称' }));
    const backups = expectOk(await b.call('backup.list', {}));
    const swapIn = WorkspaceConnection.prototype.swapIn;
    // The copy passed every check; the reopened file then fails (as a disk error would make it).
    const failing = vi.spyOn(WorkspaceConnection.prototype, 'swapIn').mockImplementation(function (
      this: WorkspaceConnection,
      replacement: string,
    ) {
      return swapIn.call(this, replacement, () => {
        throw new Error('disk I/O error');
      });
    });
    try {
      const result = await b.call('backup.restore', { path: backup.path });
      expect(!result.ok && [result.error.code, result.error.details?.file]).toEqual(['backup.restore.rolledBack', backup.path]);
      expect(!result.ok && result.error.message).toContain('disk I/O error');
    } finally {
      failing.mockRestore();
    }
    expect(expectOk(await b.call('profile.get', {}))?.name).toBe('恢复前的名称');
    expect(expectOk(await b.call('backup.list', {}))).toEqual(backups);
    expect(expectOk(await b.call('audit.list', {})).entries.map((entry) => entry.method)).not.toContain('backup.restore');
    expect(fs.readdirSync(b.dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    expectOk(await b.call('backup.restore', { path: backup.path }));
    expect(expectOk(await b.call('profile.get', {}))?.name).toBe(sampleProfile().name);
  });

  it('puts the previous database back when the swapped-in file cannot be opened, and says the workspace is unchanged', async () => {
    const dir = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'denggao.sqlite');
    const connection = new WorkspaceConnection(file, migrations);
    cleanups.push(() => connection.close());
    connection.db.prepare("INSERT INTO settings VALUES ('actorName', '\"原来的人\"')").run();
    const newer = database(dir, 'newer.sqlite', 99);

    expect(() => connection.swapIn(newer)).toThrow(SwapRolledBack);
    expect(connection.db.prepare("SELECT value FROM settings WHERE key = 'actorName'").pluck().get()).toBe('"原来的人"');
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    // The reopened database is the workspace file itself, not a handle on a file that is gone.
    connection.db.prepare("INSERT OR REPLACE INTO settings VALUES ('actorName', '\"之后\"')").run();
    connection.close();
    const reread = new Database(file, { readonly: true });
    expect(reread.prepare("SELECT value FROM settings WHERE key = 'actorName'").pluck().get()).toBe('"之后"');
    reread.close();
  });

  it('puts the previous database back when the reopened one fails its check', async () => {
    const dir = makeTempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const connection = new WorkspaceConnection(path.join(dir, 'denggao.sqlite'), migrations);
    cleanups.push(() => connection.close());
    connection.db.prepare("INSERT INTO settings VALUES ('actorName', '\"原来的人\"')").run();
    const other = path.join(dir, 'other.sqlite');
    openDatabase(other, migrations).db.close();

    expect(() =>
      connection.swapIn(other, () => {
        throw new Error('refused');
      }),
    ).toThrow(SwapRolledBack);
    expect(connection.db.prepare("SELECT value FROM settings WHERE key = 'actorName'").pluck().get()).toBe('"原来的人"');
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

/** One call per domain, reads and a write: a workspace left unusable fails them all (each call reads the settings first). */
async function expectAnswersEveryDomain(b: Backend): Promise<void> {
  expect(expectOk(await b.call('profile.get', {}))?.name).toBe(sampleProfile().name);
  expectOk(await b.call('workspace.getSettings', {}));
  expect(expectOk(await b.call('audit.verify', {})).ok).toBe(true);
  expectOk(await b.call('sam.list', { register: 'products' }));
  expectOk(await b.call('filing.filings.list', {}));
  expectOk(await b.call('workspace.exportData', {}));
  expectOk(await b.call('profile.save', { ...sampleProfile(), department: '恢复失败之后' }));
}

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function database(
  dir: string,
  name: string,
  version: number,
  sql = 'CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
): string {
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
