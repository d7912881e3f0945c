/**
 * Checking a copy before it may replace the workspace. The copy is taken (with its -wal, if it has one)
 * into the data folder under a temporary name, checked, brought up to date and checked again there, so the
 * user's file is never touched, the final step is a rename on the same disk, and what is renamed in is a
 * database this build has already opened and found complete.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RESTORE_TEMP_PREFIX } from '../db/connection';
import { latestVersion, openDatabase, type Migration } from '../db/migrate';
import { missingSchema } from '../db/schema-check';
import { AppError } from '../errors';
import { unreadableSettings } from '../workspace/settings';
import { hasTable } from '../db/tables';

export interface PreparedRestore {
  /** A checked, self-contained, up-to-date copy beside the workspace file, ready to be renamed over it. */
  temp: string;
  /** The copy's schema version before it was brought up to date. */
  schemaVersion: number;
}

/** How many missing tables or columns an error names before it says how many more. */
const MISSING_NAMED = 5;

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Refuses a file that is missing, not a database, damaged, not a Denggao workspace, from a newer version or
 * another build, incomplete, or with settings this build cannot read.
 */
export function prepareRestore(source: string, workspaceFile: string, migrations: readonly Migration[]): PreparedRestore {
  const file = path.resolve(source);
  if (file === path.resolve(workspaceFile)) throw new AppError('backup.restore.sameFile', { file }, { file });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('error.file.read', { file, detail: 'ENOENT' }, { file });

  const temp = path.join(path.dirname(workspaceFile), `${RESTORE_TEMP_PREFIX}${crypto.randomUUID()}.sqlite`);
  try {
    fs.copyFileSync(file, temp);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${temp}-wal`);
    const schemaVersion = checkCopy(temp, file, migrations);
    bringUpToDate(temp, file, migrations);
    return { temp, schemaVersion };
  } catch (error) {
    removeWithSideFiles(temp);
    throw error;
  }
}

/**
 * What a restored database must pass to be usable, on the prepared copy and again once it is the workspace:
 * every table and column the migrations build, and settings the backend can read.
 */
export function refuseUnusable(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  const missing = missingSchema(db, migrations);
  if (missing.length > 0) {
    const more = missing.length > MISSING_NAMED ? ` (+${missing.length - MISSING_NAMED})` : '';
    throw new AppError('backup.restore.incomplete', { file, missing: `${missing.slice(0, MISSING_NAMED).join(', ')}${more}` }, { file });
  }
  const [unreadable] = unreadableSettings(db);
  if (unreadable) throw new AppError('backup.restore.badSettings', { file, key: unreadable.key, detail: unreadable.detail }, { file });
}

function checkCopy(temp: string, file: string, migrations: readonly Migration[]): number {
  let db: Database.Database;
  try {
    db = new Database(temp, { fileMustExist: true });
  } catch (error) {
    throw new AppError('backup.restore.notDatabase', { file, detail: (error as Error).message }, { file });
  }
  try {
    refuseDamaged(db, file);
    const version = db.pragma('user_version', { simple: true }) as number;
    const supported = latestVersion(migrations);
    if (version > supported) throw new AppError('backup.restore.newerVersion', { file, found: version, supported }, { file });
    if (version < 1 || !hasTable(db, 'settings')) throw new AppError('backup.restore.notWorkspace', { file }, { file });
    refuseUnknownMigrations(db, file, migrations);
    // Fold any WAL content into the file, so the rename moves one complete database.
    db.pragma('journal_mode = DELETE');
    return version;
  } finally {
    db.close();
  }
}

function refuseDamaged(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('integrity_check') as { integrity_check: string }[]).flatMap((row) => row.integrity_check.split('\n'));
  } catch (error) {
    throw new AppError('backup.restore.notDatabase', { file, detail: (error as Error).message }, { file });
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    // The first few of what can be thousands of lines are enough to tell damage from a wrong file.
    const detail = problems
      .filter((line) => !line.startsWith('***'))
      .slice(0, 2)
      .join('; ');
    throw new AppError('backup.restore.damaged', { file, detail }, { file });
  }
}

/** A backup that had a migration this build does not know (another branch's build wrote it) is refused. */
function refuseUnknownMigrations(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  if (!hasTable(db, 'schema_migrations')) return;
  const recorded = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
  const unknown = recorded.filter((version) => !migrations.some((m) => m.version === version));
  if (unknown.length > 0) throw new AppError('backup.restore.unknownMigrations', { file, versions: unknown.join(', ') }, { file });
}

/** Runs the migrations the copy has not had, checks the result, and leaves it one self-contained file. */
function bringUpToDate(temp: string, file: string, migrations: readonly Migration[]): void {
  let db: Database.Database;
  try {
    db = openDatabase(temp, migrations, { backupBeforeMigrating: false }).db;
  } catch (error) {
    throw new AppError(
      'backup.restore.migrationFailed',
      { file, detail: error instanceof AppError ? error.code : (error as Error).message },
      { file },
    );
  }
  try {
    refuseUnusable(db, file, migrations);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export function discardPrepared(prepared: PreparedRestore): void {
  removeWithSideFiles(prepared.temp);
}
