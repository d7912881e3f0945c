import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { createBackend } from '../..';
import { openDatabase } from '../migrate';
import { migrations } from '.';

// The workspace as version 10 left it (011, the filing form, adds a column to mlps_filings).
const before012 = migrations.filter((migration) => migration.version < 11);

describe('migration 012 schedule rules', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A version-10 workspace with one filed level-3 object and its disaster-recovery record. */
  function olderWorkspace(): string {
    dir = makeTempDir();
    const file = path.join(dir, 'denggao.sqlite');
    const { db } = openDatabase(file, before012);
    db.prepare(
      `INSERT INTO mlps_objects (id, name, number, kind, business_type, business_description, service_scope, service_users,
         network_coverage, interconnections, key_products, new_system, subsystem, owner_department, extensions, data_categories,
         processes_much_personal_info)
       VALUES ('o1', '财务系统', '', 'information-system', '', '', '', '', '', '', '', 0, 0, '', '[]', '[]', 0)`,
    ).run();
    db.prepare(
      `INSERT INTO mlps_gradings VALUES ('o1', 'society', 'serious', 'citizen', 'general', 3, 1, 3, '2024-01-10', '2024-01-20', '专家组', NULL, NULL)`,
    ).run();
    db.prepare(`INSERT INTO mlps_filings VALUES ('o1', NULL, '公安机关', '2024-02-01', NULL)`).run();
    db.prepare(`INSERT INTO mlps_due VALUES ('o1', 'filing', '2024-02-09', 1)`).run();
    db.prepare(`INSERT INTO mlps_recovery VALUES ('o1', 4, 240, 30, NULL, NULL, NULL, '')`).run();
    db.close();
    return file;
  }

  it('keeps the records, answers "not yet" for the new fields, and takes the new kinds of due item', () => {
    const file = olderWorkspace();
    const { db } = openDatabase(file, migrations);
    expect(db.prepare('SELECT serves_public, material_change_on FROM mlps_objects').get()).toEqual({
      serves_public: 0,
      material_change_on: null,
    });
    expect(db.prepare('SELECT has_competent_department FROM mlps_gradings').pluck().get()).toBeNull();
    expect(db.prepare('SELECT elements FROM mlps_recovery').pluck().get()).toBe('{}');
    // The cache is emptied and a rebuild is asked for; the new kinds are accepted, others refused.
    expect(db.prepare('SELECT count(*) FROM mlps_due').pluck().get()).toBe(0);
    expect(db.prepare('SELECT pending FROM mlps_due_rebuild').pluck().get()).toBe(1);
    db.prepare(`INSERT INTO mlps_due VALUES ('o1', 'selfInspection', '2025-02-01', 0)`).run();
    expect(() => db.prepare(`INSERT INTO mlps_due VALUES ('o1', 'party', '2025-02-01', 0)`).run()).toThrow(/CHECK constraint/);
    const insert = db.prepare('INSERT INTO mlps_schedule_records VALUES (?, ?, ?, ?, ?)');
    insert.run('s1', 'o1', 'selfInspection', '2025-01-15', '');
    expect(() => insert.run('s2', 'o1', 'audit', '2025-01-15', '')).toThrow(/CHECK constraint/);
    expect(() => insert.run('s3', 'nobody', 'selfInspection', '2025-01-15', '')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM mlps_objects WHERE id = 'o1'").run();
    expect(db.prepare('SELECT count(*) FROM mlps_schedule_records').pluck().get()).toBe(0);
    db.close();
  });

  it('the backend rebuilds the due dates on opening the migrated workspace, self-inspection included', async () => {
    olderWorkspace();
    const backend = createBackend({ dataDir: dir, now: () => new Date('2025-06-01T08:00:00Z') });
    try {
      const due = await backend.call('mlps.dashboard', {});
      expect(due.ok).toBe(true);
      if (!due.ok) return;
      // Filed 2024-02-01 at level 3, never self-inspected: due 2025-02-01, overdue on the home card.
      expect(due.value.overdue.map((entry) => `${entry.kind} ${entry.due}`)).toContain('selfInspection 2025-02-01');
      const view = await backend.call('mlps.getObject', { id: 'o1' });
      expect(view.ok && view.value.findings.map((finding) => finding.code)).toContain('mlps.grading.competentDepartmentUnanswered');
    } finally {
      backend.close();
    }
  });
});
