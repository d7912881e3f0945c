import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration008Audit } from './008-audit';

describe('migration 008 audit', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds an append-only audit_log to a version-1 workspace, keeping its data', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v1 = openDatabase(file, [migration001Core]);
    v1.db.prepare("INSERT INTO settings VALUES ('actorName', '\"李晓华\"')").run();
    v1.db.close();

    const { db, fromVersion, toVersion } = openDatabase(file, [migration001Core, migration008Audit]);
    expect([fromVersion, toVersion]).toEqual([1, 8]);
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"李晓华"');
    const insert = db.prepare("INSERT INTO audit_log VALUES (?, '2025-01-01T00:00:00Z', 'a', 'profile.save', NULL, 'null', 'null', ?, ?)");
    insert.run(1, '0'.repeat(64), 'a'.repeat(64));
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => insert.run(0, 'x', 'b'.repeat(64))).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    db.close();
  });
});
