import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyDatabaseSync, newBackupPath } from '../backup/files';
import { AppError } from '../errors';
import { hasTable } from './tables';

export interface Migration {
  /**
   * Numbered upward from 1. The database records each migration it has had in `schema_migrations`, and
   * the highest number in PRAGMA user_version (what a newer-version check reads without opening for write).
   */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Which migrations a database has had, one row each. */
const APPLIED_TABLE = 'schema_migrations';

function hasAppliedRecord(db: Database.Database): boolean {
  return hasTable(db, APPLIED_TABLE);
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

interface SchemaState {
  userVersion: number;
  /** The versions the database's record lists; null for a database from before the record (or a new file). */
  recorded: number[] | null;
}

/** Reads what the schema has had without changing a byte of the file (no WAL switch, no journal). */
function peekSchema(file: string): SchemaState {
  if (!fs.existsSync(file)) return { userVersion: 0, recorded: null };
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const userVersion = probe.pragma('user_version', { simple: true }) as number;
    const recorded = hasAppliedRecord(probe) ? (probe.prepare(`SELECT version FROM ${APPLIED_TABLE}`).pluck().all() as number[]) : null;
    return { userVersion, recorded };
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
export function openDatabase(
  file: string,
  migrations: readonly Migration[],
  options: { backupBeforeMigrating?: boolean } = {},
): OpenResult {
  const supported = latestVersion(migrations);
  let schema: SchemaState;
  try {
    schema = peekSchema(file);
  } catch (error) {
    throw new AppError('error.db.openFailed', { file, detail: (error as Error).message }, { file });
  }
  const found = schema.userVersion;
  if (found > supported) throw new AppError('error.db.newerVersion', { found, supported }, { file });
  // A database from before the record had every migration up to its user_version (the rule it was migrated by).
  const applied = new Set(schema.recorded ?? migrations.filter((m) => m.version <= found).map((m) => m.version));
  const unknown = [...applied].filter((version) => !migrations.some((m) => m.version === version));
  if (unknown.length > 0) throw new AppError('error.db.unknownMigrations', { versions: unknown.join(', ') }, { file });

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync stays consistent after power loss; only the last commits may roll back.
  db.pragma('synchronous = NORMAL');

  // Every migration the database has not had, lower numbers too: a build from a parallel branch may have
  // applied a higher number first. Each runs once; the record says which ran.
  const pending = migrations.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
  let backupFile: string | null = null;
  // A restore migrates its temporary copy of a backup: that copy needs no backup of its own.
  if (pending.length > 0 && found > 0 && options.backupBeforeMigrating !== false) {
    backupFile = newBackupPath(path.dirname(file), 'pre-migration', new Date());
    copyDatabaseSync(db, backupFile);
  }
  recordAppliedVersions(db, migrations, applied);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.prepare(`INSERT INTO ${APPLIED_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`).run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${Math.max(migration.version, db.pragma('user_version', { simple: true }) as number)}`);
    })();
  }
  return { db, backupFile, fromVersion: found, toVersion: supported };
}

/** Creates the record if the database has none yet, listing what it had already. */
function recordAppliedVersions(db: Database.Database, migrations: readonly Migration[], applied: ReadonlySet<number>): void {
  db.transaction(() => {
    if (hasAppliedRecord(db)) return;
    db.exec(`CREATE TABLE ${APPLIED_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)`);
    const insert = db.prepare(`INSERT INTO ${APPLIED_TABLE} (version, name, applied_at) VALUES (?, ?, NULL)`);
    for (const migration of migrations) if (applied.has(migration.version)) insert.run(migration.version, migration.name);
  })();
}
