import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration004Mlps } from './004-mlps';
import { migration009MlpsMajorHiddenRisks } from './009-mlps-major-hidden-risks';

describe('migration 009 major hidden risks', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("adds the register to a version-4 workspace, keeping its objects, and removes an object's risks with it", () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v4 = openDatabase(file, [migration001Core, migration004Mlps]).db;
    v4.prepare(
      `INSERT INTO mlps_objects (id, name, number, kind, business_type, business_description, service_scope, service_users,
         network_coverage, interconnections, key_products, new_system, subsystem, owner_department, extensions, data_categories,
         processes_much_personal_info)
       VALUES ('o1', '财务系统', '', 'information-system', '', '', '', '', '', '', '', 0, 0, '', '[]', '[]', 0)`,
    ).run();
    v4.close();

    const { db } = openDatabase(file, [migration001Core, migration004Mlps, migration009MlpsMajorHiddenRisks]);
    expect(db.prepare('SELECT name FROM mlps_objects').pluck().get()).toBe('财务系统');
    const insert = db.prepare('INSERT INTO mlps_major_hidden_risks VALUES (?, ?, ?, ?, ?, ?, NULL, ?)');
    insert.run('r1', 'o1', '外网可直达核心数据库', '["L3-ABS1-01"]', '["severity"]', 0, '');
    expect(() => insert.run('r2', 'o1', 'no findings', '[]', '["severity"]', 0, '')).toThrow(/CHECK constraint/);
    expect(() => insert.run('r3', 'o1', 'no principle', '["L3-ABS1-01"]', '[]', 0, '')).toThrow(/CHECK constraint/);
    expect(() => insert.run('r4', 'nobody', 't', '["L3-ABS1-01"]', '["severity"]', 0, '')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM mlps_objects WHERE id = 'o1'").run();
    expect(db.prepare('SELECT count(*) FROM mlps_major_hidden_risks').pluck().get()).toBe(0);
    db.close();
  });
});
