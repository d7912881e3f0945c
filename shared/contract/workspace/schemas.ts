import { z } from 'zod';
import { LOCALES } from '../../i18n/define';

export const settingsSchema = z.object({
  locale: z.enum(LOCALES),
  /** The name recorded as the actor of changes (audit log, finalizations). */
  actorName: z.string().trim().max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export const workspaceInfoSchema = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
