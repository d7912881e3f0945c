import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migrations } from '.';

describe('migration 016 major risk found-on date', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the risks recorded before it, with no date', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(
      file,
      migrations.filter((migration) => migration.version < 16),
    ).db;
    before
      .prepare(
        `INSERT INTO mlps_objects (id, name, number, kind, business_type, business_description, service_scope, service_users,
         network_coverage, interconnections, key_products, new_system, subsystem, owner_department, extensions, data_categories,
         processes_much_personal_info)
       VALUES ('o1', '财务系统', '', 'information-system', '', '', '', '', '', '', '', 0, 0, '', '[]', '[]', 0)`,
      )
      .run();
    before
      .prepare(
        `INSERT INTO mlps_major_hidden_risks (id, object_id, title, item_ids, principles, remediated, remediated_on, note)
      VALUES ('r1', 'o1', '外网可直达核心数据库', '["L3-ABS1-01"]', '["severity"]', 1, '2025-03-01', '')`,
      )
      .run();
    before.close();

    const { db } = openDatabase(file, migrations);
    expect(db.prepare('SELECT title, remediated_on, identified_on FROM mlps_major_hidden_risks').get()).toEqual({
      title: '外网可直达核心数据库',
      remediated_on: '2025-03-01',
      identified_on: null,
    });
  });
});
