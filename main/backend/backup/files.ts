/**
 * The backups folder: names that say what and when, writing a copy safely, listing, rotation.
 * A copy is written under a `.partial` name and renamed when complete, so a crash mid-backup never leaves a
 * file that looks like a backup; copies are switched out of WAL mode so they are single, self-contained files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../../../shared/contract/backup/schemas';

export const BACKUPS_FOLDER = 'backups';
/** kind-stamp[-h<seq>-<16 hex of the audit head's hash>][-n].sqlite; names without the head are from before it was added. */
const NAME_PATTERN = new RegExp(`^(${BACKUP_KINDS.join('|')})-(\\d{8}T\\d{9}Z)(?:-h(\\d+)-([0-9a-f]{16}))?(?:-\\d+)?\\.sqlite$`);
const ANCHOR_HASH_CHARS = 16;
const PARTIAL_SUFFIX = '.partial';
/** A `.partial` file older than this belongs to a backup that crashed, not one still running. */
const STALE_PARTIAL_MS = 15 * 60 * 1000;

export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/** `20250301T081500123Z`: sortable, and free of characters Windows refuses in file names. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

/**
 * A fresh file name in the backups folder for a backup of this kind at this time. With the audit chain's head,
 * the name carries it: a record of the history outside the database, which `audit verify` holds the log to.
 */
export function newBackupPath(dataDir: string, kind: BackupKind, now: Date, auditHead?: { seq: number; hash: string }): string {
  const folder = backupsFolder(dataDir);
  fs.mkdirSync(folder, { recursive: true });
  const anchor = auditHead ? `-h${auditHead.seq}-${auditHead.hash.slice(0, ANCHOR_HASH_CHARS)}` : '';
  const base = `${kind}-${stamp(now)}${anchor}`;
  let candidate = path.join(folder, `${base}.sqlite`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, `${base}-${n}.sqlite`);
  return candidate;
}

/** user_version of a database file, read without changing it; null if it is not a readable database. */
export function peekSchemaVersion(file: string): number | null {
  try {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch {
    return null;
  }
}

export function describeBackup(file: string, kind: BackupKind, createdAt: Date): BackupInfo {
  return {
    name: path.basename(file),
    path: file,
    kind,
    createdAt: createdAt.toISOString(),
    size: fs.statSync(file).size,
    schemaVersion: peekSchemaVersion(file),
  };
}

/** A file of the backups folder whose name is one of ours: what, when, and the audit head it recorded. */
interface BackupName {
  name: string;
  kind: BackupKind;
  createdAt: Date;
  anchor: { seq: number; hashPrefix: string } | null;
}

function backupNames(dataDir: string): BackupName[] {
  const folder = backupsFolder(dataDir);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).flatMap((name) => {
    const m = NAME_PATTERN.exec(name);
    if (!m) return [];
    const anchor = m[3] && m[4] ? { seq: Number(m[3]), hashPrefix: m[4] } : null;
    return [{ name, kind: m[1] as BackupKind, createdAt: parseStamp(m[2]!), anchor }];
  });
}

/** Every backup in the folder, newest first. Files that are not ours (or half-written) are not listed. */
export function listBackups(dataDir: string): BackupInfo[] {
  const found = backupNames(dataDir).map(({ name, kind, createdAt }) =>
    describeBackup(path.join(backupsFolder(dataDir), name), kind, createdAt),
  );
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** A backup's name's record of the audit head when it was taken. */
export interface BackupAnchor {
  backup: string;
  createdAt: string;
  seq: number;
  hashPrefix: string;
}

/** The audit heads the backups' names recorded, oldest first. */
export function backupAnchors(dataDir: string): BackupAnchor[] {
  return backupNames(dataDir)
    .flatMap(({ name, createdAt, anchor }) => (anchor ? [{ backup: name, createdAt: createdAt.toISOString(), ...anchor }] : []))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Turns a finished copy into one self-contained file (no -wal beside it) and makes it durable. */
function sealCopy(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync a folder so a rename in it survives power loss (a no-op where folders cannot be opened, e.g. Windows). */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function writeThenRename(target: string, write: (partial: string) => Promise<void> | void): Promise<void> {
  const partial = `${target}.${crypto.randomUUID().slice(0, 8)}${PARTIAL_SUFFIX}`;
  try {
    await write(partial);
    sealCopy(partial);
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** A consistent copy through SQLite's online backup API: other work on the connection may go on meanwhile. */
export async function copyDatabase(db: Database.Database, target: string): Promise<void> {
  // Measured: better-sqlite3's backup() from a connection inside a transaction writes an empty database and
  // reports success. A backup is only ever taken between writes; this makes a mistake loud.
  if (db.inTransaction) throw new Error('copyDatabase: a backup cannot be taken inside an open transaction');
  await writeThenRename(target, async (partial) => {
    await db.backup(partial);
  });
}

/**
 * The same copy, synchronously (VACUUM INTO): for the one caller that cannot wait, opening the database
 * before a migration, which happens inside the synchronous createBackend().
 */
export function copyDatabaseSync(db: Database.Database, target: string): void {
  const partial = `${target}.${crypto.randomUUID().slice(0, 8)}${PARTIAL_SUFFIX}`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    sealCopy(partial);
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export interface RotationPolicy {
  keepCount: number;
  keepDays: number;
}

/**
 * Removes automatic backups beyond the newest `keepCount` or older than `keepDays`, counted for each kind on
 * its own — so twenty imports never rotate out the backup taken before a restore or a migration — and never
 * the newest of a kind; manual backups are the user's to remove. Also clears `.partial` files a crashed
 * backup left behind. Returns the names removed.
 */
export function rotateBackups(dataDir: string, policy: RotationPolicy, now: Date): string[] {
  const folder = backupsFolder(dataDir);
  if (!fs.existsSync(folder)) return [];
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (name.endsWith(PARTIAL_SUFFIX) && now.getTime() - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
  }
  const oldest = now.getTime() - policy.keepDays * 24 * 3600 * 1000;
  const removed: string[] = [];
  const all = listBackups(dataDir);
  for (const kind of BACKUP_KINDS) {
    if (kind === 'manual') continue;
    all
      .filter((backup) => backup.kind === kind)
      .forEach((backup, index) => {
        if (index === 0) return;
        if (index >= policy.keepCount || Date.parse(backup.createdAt) < oldest) {
          fs.rmSync(backup.path, { force: true });
          removed.push(backup.name);
        }
      });
  }
  return removed;
}

/** Whether a backup was written on the same local calendar day as `now`. */
export function hasBackupOn(dataDir: string, now: Date): boolean {
  const day = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  return listBackups(dataDir).some((b) => day(new Date(b.createdAt)) === day(now));
}
