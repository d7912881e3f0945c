import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';

describe('migration 001 core', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates settings, the attachment index and a single-row profile table', () => {
    dir = makeTempDir();
    const { db } = openDatabase(path.join(dir, 'w.sqlite'), [migration001Core]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['attachments', 'profile', 'schema_migrations', 'settings']);
    const insert = db.prepare(
      `INSERT INTO profile VALUES (?, 'n', 'u', '', '110000', '', 'other', 'headquarters', '', '', '', '', '', '', '', '')`,
    );
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/CHECK constraint/);
    db.close();
  });
});
