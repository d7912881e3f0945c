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
    const broken: Migration = { version: 2, name: 'broken', up: (db) => { db.exec('CREATE TABLE b (x)'); throw new Error('boom'); } };
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
