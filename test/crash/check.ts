/**
 * What must hold after any crash: the database opens, PRAGMA integrity_check says ok, the last import is
 * wholly there (never a part of one), every import committed left exactly one audit entry and the chain is
 * whole, every attachment row has its content file, and the newest backup is itself a sound database.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyStoredAuditChain } from '../../main/backend/audit';
import { listBackups } from '../../main/backend/backup/files';
import { attachmentPath } from '../../main/backend/files/workspace-files';
import { generationOf, IMPORT_OWNER, rowsFor } from './plan';

export interface CrashCheck {
  opened: boolean;
  integrityOk: boolean;
  /** The import rows are exactly those of the generation the profile names (none before the first import). */
  importWhole: boolean;
  generation: number;
  /** One workspace.importData audit entry per committed generation, and the chain verifies. */
  auditOk: boolean;
  /** Every attachment added by an edit has its content in the store. */
  attachmentsOk: boolean;
  newestBackupOk: boolean;
  problem?: string;
}

export function checkWorkspace(dataDir: string): CrashCheck {
  const result: CrashCheck = {
    opened: false,
    integrityOk: false,
    importWhole: false,
    generation: 0,
    auditOk: false,
    attachmentsOk: false,
    newestBackupOk: false,
  };
  let db: Database.Database;
  try {
    // Read-write, as the app opens it: this is what replays the WAL after a crash.
    db = new Database(path.join(dataDir, 'denggao.sqlite'), { fileMustExist: true });
    result.opened = true;
  } catch (error) {
    return { ...result, problem: `open: ${(error as Error).message}` };
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    result.integrityOk = integrity === 'ok';
    if (!result.integrityOk) return { ...result, problem: `integrity: ${String(integrity)}` };

    const name = db.prepare('SELECT name FROM profile').pluck().get() as string | undefined;
    result.generation = generationOf(name);
    const ids = db.prepare('SELECT id FROM attachments WHERE owner_domain = ?').pluck().all(IMPORT_OWNER) as string[];
    const expected = result.generation === 0 ? 0 : rowsFor(result.generation);
    result.importWhole = ids.length === expected && ids.every((id) => id.startsWith(`${result.generation}-`));
    if (!result.importWhole)
      return { ...result, problem: `import: generation ${result.generation} expects ${expected} rows, found ${ids.length}` };

    const imports = db.prepare("SELECT count(*) FROM audit_log WHERE method = 'workspace.importData'").pluck().get() as number;
    const chain = verifyStoredAuditChain(db);
    result.auditOk = chain.ok && imports === result.generation;
    if (!result.auditOk)
      return {
        ...result,
        problem: `audit: chain ${JSON.stringify(chain.firstBroken ?? 'ok')}, ${imports} import entries for generation ${result.generation}`,
      };

    const edits = db.prepare('SELECT sha256 FROM attachments WHERE owner_domain <> ?').pluck().all(IMPORT_OWNER) as string[];
    result.attachmentsOk = edits.every((sha) => fs.existsSync(attachmentPath(dataDir, sha)));
    if (!result.attachmentsOk) return { ...result, problem: 'attachments: a row without its content file' };
  } finally {
    db.close();
  }
  const newest = listBackups(dataDir)[0];
  if (!newest) result.newestBackupOk = true;
  else {
    const copy = new Database(newest.path, { readonly: true, fileMustExist: true });
    try {
      result.newestBackupOk = copy.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
    if (!result.newestBackupOk) result.problem = `backup ${newest.name} is damaged`;
  }
  return result;
}
