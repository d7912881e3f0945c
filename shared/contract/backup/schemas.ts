import { z } from 'zod';

/** Why a backup was written. Automatic kinds rotate; manual ones stay until the user removes them. */
export const BACKUP_KINDS = ['manual', 'daily', 'pre-migration', 'pre-import', 'pre-restore'] as const;
export const backupKindSchema = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof backupKindSchema>;

export const backupInfoSchema = z.object({
  /** File name inside the workspace's backups folder (or the file written with --out). */
  name: z.string(),
  path: z.string(),
  kind: backupKindSchema,
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
  /** PRAGMA user_version of the copy; null when the file cannot be read as a database. */
  schemaVersion: z.number().int().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The backup of the state the restore replaced. */
  safetyBackup: backupInfoSchema,
  /** Schema version of the restored copy before it was brought up to date. */
  fromSchemaVersion: z.number().int(),
  schemaVersion: z.number().int(),
});
