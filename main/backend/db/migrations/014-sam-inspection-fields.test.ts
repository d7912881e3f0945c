import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration003Sam } from './003-sam';
import { migration014SamInspectionFields } from './014-sam-inspection-fields';

describe('migration 014 SAM inspection fields', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps existing products and licences, marking the new facts "not recorded", and refuses values outside their rules', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(file, [migration001Core, migration003Sam]).db;
    before
      .prepare(
        "INSERT INTO sam_products (nkey, publisher, name, version, edition, category, licence_type, licence_name, swid_tag_id) VALUES ('k', '微软', 'Windows', '11', '专业版', '操作系统', 'oem', '', '')",
      )
      .run();
    before
      .prepare(
        `INSERT INTO sam_entitlements (nkey, publisher, name, version, edition, metric, quantity, scope_kind, scope_name, term, currency, purchase_order, contract, vendor, asset_number, downgrade_rights)
         VALUES ('e', '微软', 'Windows', '11', '企业版', 'per-device', 5, 'enterprise', '', 'perpetual', 'CNY', '', '', '', '', 1)`,
      )
      .run();
    before.close();

    const { db } = openDatabase(file, [migration001Core, migration003Sam, migration014SamInspectionFields]);
    expect(
      db
        .prepare(
          'SELECT category, licence_type, inspection_category, domestic, oem_proof, min_cores_per_processor, min_cores_per_server, edition_rank FROM sam_products',
        )
        .get(),
    ).toEqual({
      category: '操作系统',
      licence_type: 'oem',
      inspection_category: '',
      domestic: 0,
      oem_proof: '',
      min_cores_per_processor: null,
      min_cores_per_server: null,
      edition_rank: null,
    });
    expect(db.prepare('SELECT downgrade_rights, edition_downgrade_rights FROM sam_entitlements').get()).toEqual({
      downgrade_rights: 1,
      edition_downgrade_rights: 0,
    });
    expect(() => db.prepare("UPDATE sam_products SET inspection_category = 'games'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare('UPDATE sam_products SET min_cores_per_server = 0').run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare('UPDATE sam_entitlements SET edition_downgrade_rights = 2').run()).toThrow(/CHECK constraint/);
    db.prepare("INSERT INTO sam_position_snapshots (taken_at, body) VALUES ('2025-01-01T00:00:00Z', '{}')").run();
    expect(() => db.prepare("INSERT INTO sam_position_snapshots (taken_at, body) VALUES ('x', 'not json')").run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });
});
