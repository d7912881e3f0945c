import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../../shared/contract/backup/schemas';
import type { DomainHandlers } from '../context';
import { SwapRolledBack, type WorkspaceConnection } from '../db/connection';
import type { Migration } from '../db/migrate';
import { AppError } from '../errors';
import { auditChainHead } from '../audit/log';
import { readSettings } from '../workspace/settings';
import { copyDatabase, describeBackup, hasBackupOn, listBackups, newBackupPath, rotateBackups } from './files';
import { discardPrepared, prepareRestore, refuseUnusable } from './restore';

export interface BackupDeps {
  connection: WorkspaceConnection;
  dataDir: string;
  migrations: readonly Migration[];
  now(): Date;
}

function rotationPolicy(db: Database.Database) {
  const settings = readSettings(db);
  return { keepCount: settings.backupKeepCount, keepDays: settings.backupKeepDays };
}

/** An automatic backup into the backups folder, then rotation by the workspace's settings. */
export async function writeAutomaticBackup(deps: BackupDeps, kind: Exclude<BackupKind, 'manual'>): Promise<BackupInfo> {
  const now = deps.now();
  const target = newBackupPath(deps.dataDir, kind, now, auditChainHead(deps.connection.db));
  await copyDatabase(deps.connection.db, target);
  rotateBackups(deps.dataDir, rotationPolicy(deps.connection.db), now);
  return describeBackup(target, kind, now);
}

/** A manual backup written to a file the user named (the CLI's --out); replaces that file only when complete. */
export async function writeBackupTo(deps: BackupDeps, out: string): Promise<BackupInfo> {
  const now = deps.now();
  const target = path.resolve(out);
  try {
    await copyDatabase(deps.connection.db, target);
  } catch (error) {
    throw new AppError('error.file.write', { file: target, detail: (error as Error).message }, { file: target });
  }
  return describeBackup(target, 'manual', now);
}

/** The daily backup: written unless some backup already exists from today. */
export async function writeDailyBackupIfDue(deps: BackupDeps): Promise<BackupInfo | null> {
  if (hasBackupOn(deps.dataDir, deps.now())) return null;
  return writeAutomaticBackup(deps, 'daily');
}

export function createBackupHandlers(deps: BackupDeps): DomainHandlers<'backup'> {
  return {
    'backup.create': async (_input, { db }) => {
      const now = deps.now();
      const target = newBackupPath(deps.dataDir, 'manual', now, auditChainHead(db));
      await copyDatabase(db, target);
      return describeBackup(target, 'manual', now);
    },
    'backup.list': () => listBackups(deps.dataDir),
    'backup.restore': async ({ path: source }, ctx) =>
      deps.connection.exclusive(async () => {
        const restoredFrom = path.resolve(source);
        const prepared = prepareRestore(source, deps.connection.file, deps.migrations);
        let safetyBackup: BackupInfo;
        try {
          safetyBackup = await writeAutomaticBackup(deps, 'pre-restore');
        } catch (error) {
          discardPrepared(prepared);
          throw error;
        }
        const replacedHead = auditChainHead(deps.connection.db);
        let toVersion: number;
        try {
          // Recorded in the restored history — who put it back, from where, what it replaced — before the swap,
          // so the file arrives with its entry: a crash right after the rename cannot leave it unrecorded.
          recordInto(prepared.temp, (db) =>
            ctx.audit(
              {
                entity: restoredFrom,
                before: { safetyBackup: safetyBackup.name, auditHead: replacedHead },
                after: { restoredFrom, schemaVersion: prepared.schemaVersion },
              },
              { into: db },
            ),
          );
          ({ toVersion } = swapInOrRollBack(deps, prepared.temp, restoredFrom));
        } catch (error) {
          // Nothing was restored: the safety copy of the unchanged workspace would only be clutter.
          discardPrepared(prepared);
          fs.rmSync(safetyBackup.path, { force: true });
          throw error;
        }
        return { restoredFrom, safetyBackup, fromSchemaVersion: prepared.schemaVersion, schemaVersion: toVersion };
      }),
  };
}

/** Appends to the prepared copy in one transaction and leaves it one self-contained file again. */
function recordInto(file: string, append: (db: Database.Database) => void): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.transaction(() => append(db))();
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** The swap, checking the reopened database as the copy was checked; a failure leaves the workspace as it was. */
function swapInOrRollBack(deps: BackupDeps, temp: string, restoredFrom: string): { toVersion: number } {
  try {
    return deps.connection.swapIn(temp, (db) => refuseUnusable(db, restoredFrom, deps.migrations));
  } catch (error) {
    if (!(error instanceof SwapRolledBack)) throw error;
    const reason = error.reason instanceof AppError ? error.reason.code : (error.reason as Error).message;
    throw new AppError('backup.restore.rolledBack', { file: restoredFrom, detail: reason }, { file: restoredFrom });
  }
}
