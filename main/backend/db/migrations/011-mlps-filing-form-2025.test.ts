import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration004Mlps } from './004-mlps';
import { migration011MlpsFilingForm2025 } from './011-mlps-filing-form-2025';

describe('migration 011 the 2025 filing form', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const workspaceWithFilings = (numbers: Array<[string, string | null, string]>) => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v4 = openDatabase(file, [migration001Core, migration004Mlps]).db;
    const object = v4.prepare(
      `INSERT INTO mlps_objects (id, name, number, kind, business_type, business_description, service_scope, service_users,
         network_coverage, interconnections, key_products, new_system, subsystem, owner_department, extensions, data_categories,
         processes_much_personal_info)
       VALUES (?, ?, '', 'information-system', '', '', '', '', '', '', '', 0, 0, '', '[]', '[]', 0)`,
    );
    const filing = v4.prepare("INSERT INTO mlps_filings VALUES (?, ?, '北京市公安局', ?, NULL)");
    for (const [id, number, filedOn] of numbers) {
      object.run(id, `系统${id}`);
      filing.run(id, number, filedOn);
    }
    v4.prepare("INSERT INTO mlps_completed_assessments (object_id, completed_on, agency) VALUES ('a', '2025-05-01', '测评中心')").run();
    v4.close();
    return openDatabase(file, [migration001Core, migration004Mlps, migration011MlpsFilingForm2025]).db;
  };

  it('moves the number the systems shared to the unit as its 备案表编号 and frees the column for certificate numbers', () => {
    const db = workspaceWithFilings([
      ['a', '11010243001', '2024-03-01'],
      ['b', '11010243001', '2025-02-01'],
      ['c', null, '2025-02-01'],
    ]);
    expect(db.prepare('SELECT form_number FROM mlps_unit WHERE id = 1').pluck().get()).toBe('11010243001');
    expect(db.prepare('SELECT object_id, form_number, certificate_number FROM mlps_filings ORDER BY object_id').raw().all()).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['c', null, null],
    ]);
    db.prepare("UPDATE mlps_filings SET certificate_number = '11010243001-26001' WHERE object_id = 'a'").run();
    expect(db.prepare("SELECT certificate_number FROM mlps_filings WHERE object_id = 'a'").pluck().get()).toBe('11010243001-26001');
    // The completed assessments still hang on their filing.
    expect(db.prepare('SELECT agency FROM mlps_completed_assessments').pluck().all()).toEqual(['测评中心']);
    expect(() => db.prepare("INSERT INTO mlps_unit VALUES (2, NULL, '{}')").run()).toThrow(/CHECK constraint/);
    db.close();
  });

  it('keeps a differing number with its system, as the number it was filed under', () => {
    const db = workspaceWithFilings([
      ['a', '11010243001', '2024-03-01'],
      ['b', '11010243001', '2024-05-01'],
      ['c', '31010500007', '2025-02-01'],
    ]);
    expect(db.prepare('SELECT form_number FROM mlps_unit').pluck().get()).toBe('11010243001');
    expect(db.prepare('SELECT object_id, form_number FROM mlps_filings WHERE form_number IS NOT NULL').raw().all()).toEqual([
      ['c', '31010500007'],
    ]);
    db.close();
  });

  it('adds no unit record when no system had a number', () => {
    const db = workspaceWithFilings([['a', null, '2025-02-01']]);
    expect(db.prepare('SELECT count(*) FROM mlps_unit').pluck().get()).toBe(0);
    db.close();
  });
});
