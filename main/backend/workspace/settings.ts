import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/contract/workspace/schemas';

type SettingKey = keyof Settings;

/** A stored setting this build cannot read: its value is not JSON, or the schema refuses it. */
export interface UnreadableSetting {
  key: string;
  detail: string;
}

interface StoredSettings {
  readable: Partial<Settings>;
  unreadable: UnreadableSetting[];
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingsSchema.shape, key);
}

/** Every stored setting this build knows, each read on its own: one bad value never hides the others. */
function readStored(db: Database.Database): StoredSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: unknown }[];
  const readable: Partial<Record<SettingKey, unknown>> = {};
  const unreadable: UnreadableSetting[] = [];
  for (const { key, value } of rows) {
    // A key a later version added means nothing here; that version's backups are refused by their schema version.
    if (!isSettingKey(key)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(value));
    } catch (error) {
      unreadable.push({ key, detail: (error as Error).message });
      continue;
    }
    const checked = settingsSchema.shape[key].safeParse(parsed);
    if (checked.success) readable[key] = checked.data;
    else unreadable.push({ key, detail: checked.error.issues[0]?.message ?? 'invalid' });
  }
  return { readable: readable as Partial<Settings>, unreadable };
}

/**
 * The workspace's settings. A value this build cannot read falls back to its default, so a damaged or
 * foreign value never stops every command (each call reads the settings first).
 */
export function readSettings(db: Database.Database): Settings {
  return { ...DEFAULT_SETTINGS, ...readStored(db).readable };
}

/** The settings readSettings would silently replace by defaults: a restore refuses a backup that has any. */
export function unreadableSettings(db: Database.Database): UnreadableSetting[] {
  return readStored(db).unreadable;
}

export function writeSettings(db: Database.Database, patch: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
  return readSettings(db);
}
