import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration004Mlps } from './004-mlps';

describe('migration 004 mlps', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function open() {
    dir = makeTempDir();
    return openDatabase(path.join(dir, 'w.sqlite'), [migration001Core, migration004Mlps]).db;
  }
  const insertObject = (db: ReturnType<typeof open>, id: string, number = '', hostedOn: string | null = null) =>
    db
      .prepare(
        `INSERT INTO mlps_objects VALUES (?, 'n', ?, 'information-system', '', '', '', '', '', '', '', NULL, 0, 0, '', ?, '[]', '[]', 0)`,
      )
      .run(id, number, hostedOn);

  it('upgrades a core workspace to version 4 with the graded-protection tables', () => {
    const db = open();
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'mlps_%' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'mlps_active_catalog',
      'mlps_catalogs',
      'mlps_completed_assessments',
      'mlps_control_points',
      'mlps_drills',
      'mlps_due',
      'mlps_duties',
      'mlps_emergency_plans',
      'mlps_filings',
      'mlps_gradings',
      'mlps_info_protection',
      'mlps_item_statuses',
      'mlps_objects',
      'mlps_recovery',
      'mlps_remediation',
      'mlps_risks',
      'mlps_scores',
    ]);
    db.close();
  });

  it('keeps object numbers unique when given, refuses a malformed filing number and a level outside 1–5', () => {
    const db = open();
    insertObject(db, 'a', '');
    insertObject(db, 'b', '');
    insertObject(db, 'c', 'SYS-1');
    expect(() => insertObject(db, 'd', 'SYS-1')).toThrow(/UNIQUE/);
    const filing = db.prepare(`INSERT INTO mlps_filings VALUES (?, ?, '公安局', '2025-01-01', NULL)`);
    filing.run('a', '11010512345');
    expect(() => filing.run('b', '1101051234X')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO mlps_gradings VALUES ('b', 'citizen', 'general', 'citizen', 'general', 1, 1, 6, '2025-01-01', NULL, NULL, NULL, NULL)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('lets a transaction insert a system before its platform, but not commit a dangling platform', () => {
    const db = open();
    db.transaction(() => {
      insertObject(db, 'system', '', 'platform');
      insertObject(db, 'platform');
    })();
    expect(() => db.transaction(() => insertObject(db, 'orphan', '', 'missing'))()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM mlps_objects').pluck().get()).toBe(2);
    db.close();
  });

  it("drops an object's statuses, scores and tasks with it", () => {
    const db = open();
    insertObject(db, 'a');
    db.prepare(`INSERT INTO mlps_item_statuses VALUES ('a', 'L3-CES1-01', 'compliant', NULL, '')`).run();
    db.prepare(`INSERT INTO mlps_remediation VALUES ('t', 'a', 'L3-CES1-01', 'fix', '', NULL, 'open', NULL, '')`).run();
    db.prepare(`DELETE FROM mlps_objects WHERE id = 'a'`).run();
    expect(db.prepare('SELECT count(*) FROM mlps_item_statuses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM mlps_remediation').pluck().get()).toBe(0);
    db.close();
  });
});
