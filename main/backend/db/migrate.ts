import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyDatabaseSync, newBackupPath } from '../backup/files';
import { AppError } from '../errors';

export interface Migration {
  /** Numbered upward from 1; the database records the last one applied in PRAGMA user_version. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export interface OpenResult {
  db: Database.Database;
  /** The backup written before migrating an existing database, if any. */
  backupFile: string | null;
  fromVersion: number;
  toVersion: number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Reads user_version without changing a byte of the file (no WAL switch, no journal). */
function peekSchemaVersion(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } finally {
    probe.close();
  }
}

/**
 * Opens the workspace database and brings its schema up to date.
 * A database written by a newer version is refused before anything touches it. An existing database is
 * copied into backups/ before the first pending migration runs. The copy is made with VACUUM INTO, not
 * SQLite's online backup API that other backups use: better-sqlite3's backup() is asynchronous (it steps
 * through pages on the event loop), while opening must stay synchronous for createBackend() in every door.
 * VACUUM INTO gives the same consistent snapshot (WAL content included) in one synchronous statement.
 */
export function openDatabase(file: string, migrations: readonly Migration[]): OpenResult {
  const supported = latestVersion(migrations);
  let found: number;
  try {
    found = peekSchemaVersion(file);
  } catch (error) {
    throw new AppError('error.db.openFailed', { file, detail: (error as Error).message }, { file });
  }
  if (found > supported) throw new AppError('error.db.newerVersion', { found, supported }, { file });

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync stays consistent after power loss; only the last commits may roll back.
  db.pragma('synchronous = NORMAL');

  const pending = [...migrations].filter((m) => m.version > found).sort((a, b) => a.version - b.version);
  let backupFile: string | null = null;
  if (pending.length > 0 && found > 0) {
    backupFile = newBackupPath(path.dirname(file), 'pre-migration', new Date());
    copyDatabaseSync(db, backupFile);
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { db, backupFile, fromVersion: found, toVersion: supported };
}
