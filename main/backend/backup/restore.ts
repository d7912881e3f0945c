/**
 * Checking a copy before it may replace the workspace. The copy is taken (with its -wal, if it has one)
 * into the data folder under a temporary name and checked there, so the user's file is never touched and
 * the final step is a rename on the same disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RESTORE_TEMP_PREFIX } from '../db/connection';
import { AppError } from '../errors';

export interface PreparedRestore {
  /** A checked, self-contained copy beside the workspace file, ready to be renamed over it. */
  temp: string;
  schemaVersion: number;
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Refuses a file that is missing, not a database, damaged, not a Denggao workspace, or from a newer version. */
export function prepareRestore(source: string, workspaceFile: string, supportedVersion: number): PreparedRestore {
  const file = path.resolve(source);
  if (file === path.resolve(workspaceFile)) throw new AppError('backup.restore.sameFile', { file }, { file });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('error.file.read', { file, detail: 'ENOENT' }, { file });

  const temp = path.join(path.dirname(workspaceFile), `${RESTORE_TEMP_PREFIX}${crypto.randomUUID()}.sqlite`);
  try {
    fs.copyFileSync(file, temp);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${temp}-wal`);
    const schemaVersion = checkCopy(temp, file, supportedVersion);
    return { temp, schemaVersion };
  } catch (error) {
    removeWithSideFiles(temp);
    throw error;
  }
}

function checkCopy(temp: string, file: string, supportedVersion: number): number {
  let db: Database.Database;
  try {
    db = new Database(temp, { fileMustExist: true });
  } catch (error) {
    throw new AppError('backup.restore.notDatabase', { file, detail: (error as Error).message }, { file });
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).flatMap((row) => row.integrity_check.split('\n'));
    } catch (error) {
      throw new AppError('backup.restore.notDatabase', { file, detail: (error as Error).message }, { file });
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      // The first few of what can be thousands of lines are enough to tell damage from a wrong file.
      const detail = problems.filter((line) => !line.startsWith('***')).slice(0, 2).join('; ');
      throw new AppError('backup.restore.damaged', { file, detail }, { file });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > supportedVersion) throw new AppError('backup.restore.newerVersion', { file, found: version, supported: supportedVersion }, { file });
    const hasSettings = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'settings'").pluck().get() === 1;
    if (version < 1 || !hasSettings) throw new AppError('backup.restore.notWorkspace', { file }, { file });
    // Fold any WAL content into the file, so the rename moves one complete database.
    db.pragma('journal_mode = DELETE');
    return version;
  } finally {
    db.close();
  }
}

export function discardPrepared(prepared: PreparedRestore): void {
  removeWithSideFiles(prepared.temp);
}
