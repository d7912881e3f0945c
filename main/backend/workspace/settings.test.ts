import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/contract/workspace/schemas';
import { expectOk, tempBackend } from '../../../test/support/workspace';
import { readSettings, unreadableSettings } from './settings';

describe('settings', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  afterEach(() => db.exec('DELETE FROM settings'));

  it('reads each value on its own: one unreadable value falls back to its default and names itself, the others stay', () => {
    db.prepare(
      "INSERT INTO settings VALUES ('actorName', '\"李晓华\"'), ('backupKeepCount', 'not json'), ('backupKeepDays', '0'), ('laterSetting', '{')",
    ).run();
    expect(readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, actorName: '李晓华' });
    expect(unreadableSettings(db).map((bad) => bad.key)).toEqual(['backupKeepCount', 'backupKeepDays']);
  });

  it('a workspace with an unreadable setting still answers every call', async () => {
    const b = tempBackend();
    try {
      const raw = new Database(b.databaseFile);
      raw.prepare("INSERT INTO settings VALUES ('locale', 'zh-CN')").run(); // not JSON: quotes missing
      raw.close();
      expect(expectOk(await b.call('workspace.getSettings', {})).locale).toBe(DEFAULT_SETTINGS.locale);
      expectOk(await b.call('profile.get', {}));
    } finally {
      b.dispose();
    }
  });
});
