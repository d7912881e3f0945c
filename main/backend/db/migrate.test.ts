import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/workspace';
import { AppError } from '../errors';
import { openDatabase, type Migration } from './migrate';
import { migrations } from './migrations';

const hashFile = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a new database in WAL mode with foreign keys, at the latest schema version, without a backup', () => {
    dir = makeTempDir();
    const { db, backupFile, toVersion } = openDatabase(path.join(dir, 'w.sqlite'), migrations);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(toVersion);
    expect(backupFile).toBeNull();
    db.close();
  });

  it('backs up an existing database before running a pending migration, and the backup holds the old data', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v1: Migration = { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE notes (text TEXT)') };
    const v2: Migration = { version: 2, name: 'notes-date', up: (db) => db.exec('ALTER TABLE notes ADD COLUMN date TEXT') };
    const first = openDatabase(file, [v1]);
    first.db.prepare('INSERT INTO notes VALUES (?)').run('登高');
    first.db.close();

    const second = openDatabase(file, [v1, v2]);
    expect(second.fromVersion).toBe(1);
    expect(second.backupFile).not.toBeNull();
    const backup = new Database(second.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT text FROM notes').pluck().all()).toEqual(['登高']);
    backup.close();
    expect(second.db.prepare('SELECT text, date FROM notes').all()).toEqual([{ text: '登高', date: null }]);
    second.db.close();
  });

  it('rolls back a migration that fails, leaving the previous version in place', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v1: Migration = { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (x)') };
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE b (x)');
        throw new Error('boom');
      },
    };
    openDatabase(file, [v1]).db.close();
    expect(() => openDatabase(file, [v1, broken])).toThrow('boom');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version and does not change a byte of it', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma('user_version = 999');
    newer.close();
    const before = hashFile(file);
    const entriesBefore = fs.readdirSync(dir).sort();

    let caught: unknown;
    try {
      openDatabase(file, migrations);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('error.db.newerVersion');
    expect((caught as AppError).params).toMatchObject({ found: 999 });
    expect(hashFile(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(entriesBefore);
  });
});

describe('openDatabase: the record of applied migrations', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const table = (name: string, version: number): Migration => ({ version, name, up: (db) => db.exec(`CREATE TABLE ${name} (x)`) });
  const tables = (db: Database.Database) =>
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name").pluck().all();

  it('runs a lower-numbered migration the database has not had, once, after a higher one ran first', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    // a build from another branch knew 1 and 3; this build also has 2
    openDatabase(file, [table('t1', 1), table('t3', 3)]).db.close();
    const opened = openDatabase(file, [table('t1', 1), table('t2', 2), table('t3', 3)]);
    expect(tables(opened.db)).toEqual(['t1', 't2', 't3']);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(3);
    expect(opened.backupFile).not.toBeNull();
    opened.db.close();
    const again = openDatabase(file, [table('t1', 1), table('t2', 2), table('t3', 3)]);
    expect(again.backupFile).toBeNull(); // nothing pending: nothing ran twice
    again.db.close();
  });

  it('takes a database from before the record as having had every migration up to its user_version', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE t1 (x)');
    old.pragma('user_version = 1');
    old.close();
    const opened = openDatabase(file, [table('t1', 1), table('t2', 2)]);
    expect(tables(opened.db)).toEqual(['t1', 't2']);
    expect(opened.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 't1' },
      { version: 2, name: 't2' },
    ]);
    opened.db.close();
  });

  it('refuses, unchanged, a database that had a migration this build does not know', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    openDatabase(file, [table('t1', 1), table('t2', 2)]).db.close();
    const before = hashFile(file);
    let caught: unknown;
    try {
      openDatabase(file, [table('t1', 1), table('t3', 3)]);
    } catch (error) {
      caught = error;
    }
    expect((caught as AppError).code).toBe('error.db.unknownMigrations');
    expect((caught as AppError).params).toEqual({ versions: '2' });
    expect(hashFile(file)).toBe(before);
  });
});
