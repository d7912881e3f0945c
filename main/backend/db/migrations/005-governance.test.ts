import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration005Governance } from './005-governance';

describe('migration 005 governance and declarations', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function open() {
    dir = makeTempDir();
    return openDatabase(path.join(dir, 'w.sqlite'), [migration001Core, migration005Governance]).db;
  }

  it('upgrades a version-1 workspace, keeping its profile', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v1 = openDatabase(file, [migration001Core]).db;
    v1.prepare(`INSERT INTO profile VALUES (1, 'n', 'u', '', '110000', '', 'other', 'headquarters', '', '', '', '', '', '', '', '')`).run();
    v1.close();
    const { db, backupFile } = openDatabase(file, [migration001Core, migration005Governance]);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(backupFile).not.toBeNull();
    expect(db.prepare('SELECT name FROM profile').pluck().get()).toBe('n');
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'governance%' OR name LIKE 'declaration%') ORDER BY name",
      )
      .pluck()
      .all();
    expect(tables).toEqual([
      'declaration_forms',
      'declarations',
      'governance_cio',
      'governance_cio_duties',
      'governance_cio_trainings',
      'governance_department',
      'governance_implementations',
      'governance_kpi_actuals',
      'governance_kpi_areas',
      'governance_kpis',
      'governance_performance',
      'governance_roster',
    ]);
    db.close();
  });

  it('refuses a negative staff count, an unknown status and a second department row', () => {
    const db = open();
    const department = db.prepare(`INSERT INTO governance_department VALUES (?, '信息部', NULL, ?, 'now')`);
    expect(() => department.run(1, -1)).toThrow(/CHECK constraint/);
    department.run(1, 3);
    expect(() => department.run(2, 3)).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`INSERT INTO governance_implementations VALUES ('staff', 'finished', '')`).run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare(`INSERT INTO declarations VALUES ('d1', 'f', '1', 'draft', '{not json', 'now', 'now')`).run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });

  it('removes a KPI’s areas and actuals with the KPI, and refuses a period twice', () => {
    const db = open();
    db.prepare(`INSERT INTO governance_kpis VALUES ('k1', 0, 'ERP', '信息部', 'unit', '90%')`).run();
    db.prepare(`INSERT INTO governance_kpi_areas VALUES ('k1', 0, 'construction')`).run();
    const actual = db.prepare(`INSERT INTO governance_kpi_actuals VALUES ('k1', ?, '2009', '80%')`);
    actual.run(0);
    expect(() => actual.run(1)).toThrow(/UNIQUE constraint/);
    db.prepare(`DELETE FROM governance_kpis`).run();
    expect(db.prepare('SELECT count(*) FROM governance_kpi_areas').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM governance_kpi_actuals').pluck().get()).toBe(0);
    db.close();
  });
});
