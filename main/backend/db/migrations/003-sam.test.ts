import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration003Sam } from './003-sam';

describe('migration 003 sam', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('upgrades a version-1 workspace, keeping its data, and adds the SAM registers with unique natural keys', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const v1 = openDatabase(file, [migration001Core]);
    v1.db.prepare("INSERT INTO settings VALUES ('locale', '\"zh-CN\"')").run();
    v1.db.close();

    const { db, backupFile, fromVersion, toVersion } = openDatabase(file, [migration001Core, migration003Sam]);
    expect([fromVersion, toVersion]).toEqual([1, 3]);
    expect(backupFile).not.toBeNull();
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"zh-CN"');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sam_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['sam_devices', 'sam_entitlements', 'sam_installations', 'sam_mapping_profiles', 'sam_products', 'sam_users']);

    const insert =
      db.prepare(`INSERT INTO sam_installations (nkey, publisher, name, version, edition, device, user, department, subsidiary, install_date, cores, source)
      VALUES (?, 'Microsoft', 'Office', '', '', ?, '', '', '', NULL, NULL, 'manual')`);
    insert.run('k1', 'PC-1');
    expect(() => insert.run('k1', 'PC-2')).toThrow(/UNIQUE/);
    expect(() => insert.run('k2', '')).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM sam_installations WHERE nkey = 'k1'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('sam_installations_nkey');
    db.close();
  });

  it('refuses an entitlement that ends before it starts, or a negative quantity', () => {
    dir = makeTempDir();
    const { db } = openDatabase(path.join(dir, 'w.sqlite'), [migration001Core, migration003Sam]);
    const insert =
      db.prepare(`INSERT INTO sam_entitlements (nkey, publisher, name, version, edition, metric, quantity, scope_kind, scope_name, term, start, end,
      unit_cost, total_cost, currency, purchase_order, contract, vendor, asset_number, downgrade_rights)
      VALUES (?, 'Microsoft', 'Office', '', '', 'per-device', ?, 'enterprise', '', 'subscription', '2025-01-01', ?, NULL, NULL, 'CNY', '', '', '', '', 0)`);
    expect(() => insert.run('a', 1, '2024-12-31')).toThrow(/CHECK/);
    expect(() => insert.run('b', -1, '2025-12-31')).toThrow(/CHECK/);
    insert.run('c', 1, '2025-12-31');
    db.close();
  });
});
