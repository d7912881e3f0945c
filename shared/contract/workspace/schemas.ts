import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/define';

export const settingsSchema = z.object({
  locale: z.enum(LOCALES),
  /** The name recorded as the actor of changes (audit log, finalizations). */
  actorName: z.string().trim().max(100),
  /** Automatic backups kept: at most this many … */
  backupKeepCount: z.number().int().min(1).max(1000),
  /** … and none older than this many days (the newest is always kept). */
  backupKeepDays: z.number().int().min(1).max(3650),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What a new workspace starts with, and what a setting falls back to when its stored value is unreadable. */
export const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE, actorName: '', backupKeepCount: 20, backupKeepDays: 30 };

export const workspaceInfoSchema = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
