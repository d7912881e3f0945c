import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration002AssessmentPlan } from './002-assessment-plan';

const insertAssessment = (db: Database.Database, id: string, status: 'draft' | 'finalized', revision = 1) =>
  db
    .prepare(
      `INSERT INTO assessments (id, year, revision, template_id, template_version, status, supersedes, created_at, updated_at,
         finalized_at, finalized_by, content_hash, score)
       VALUES (?, 2024, ?, 't', '1', ?, NULL, 'x', 'x', ?, ?, ?, ?)`,
    )
    .run(id, revision, status, ...(status === 'finalized' ? ['x', '张三', 'a'.repeat(64), '{}'] : [null, null, null, null]));

describe('migration 002 assessment and plan', () => {
  let dir: string;
  let db: Database.Database;
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function open(): Database.Database {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    openDatabase(file, [migration001Core]).db.close();
    const opened = openDatabase(file, [migration001Core, migration002AssessmentPlan]);
    expect(opened.fromVersion).toBe(1);
    expect(opened.backupFile).not.toBeNull();
    return opened.db;
  }

  it('upgrades a version-1 workspace with the assessment and plan tables', () => {
    db = open();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'assessment_answers',
      'assessment_templates',
      'assessments',
      'attachments',
      'plan_snapshots',
      'plans',
      'profile',
      'schema_migrations',
      'settings',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('allows one draft per year, and a finalized row only with who, when, hash and score', () => {
    db = open();
    insertAssessment(db, 'a', 'draft');
    expect(() => insertAssessment(db, 'b', 'draft', 2)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO assessments (id, year, revision, template_id, template_version, status, created_at, updated_at) VALUES ('c', 2024, 3, 't', '1', 'finalized', 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('refuses any change to a finalized assessment, its answers or its evidence, and to the template it uses', () => {
    db = open();
    db.prepare("INSERT INTO assessment_templates VALUES ('t', '1', '{}', 'x')").run();
    insertAssessment(db, 'draft', 'draft', 1);
    db.prepare("INSERT INTO assessment_answers VALUES ('draft', 'L1', 'true', '')").run();
    db.prepare("UPDATE assessment_templates SET body = '{\"edited\":1}' WHERE id = 't'").run();
    db.prepare(
      "UPDATE assessments SET status = 'finalized', finalized_at = 'x', finalized_by = '张三', content_hash = ?, score = '{}' WHERE id = 'draft'",
    ).run('b'.repeat(64));

    expect(() => db.prepare("UPDATE assessments SET updated_at = 'y' WHERE id = 'draft'").run()).toThrow('assessment.locked');
    expect(() => db.prepare("UPDATE assessment_answers SET value = 'false' WHERE assessment_id = 'draft'").run()).toThrow(
      'assessment.locked',
    );
    expect(() => db.prepare("INSERT INTO assessment_answers VALUES ('draft', 'L2', '1', '')").run()).toThrow('assessment.locked');
    const attach = db.prepare("INSERT INTO attachments VALUES (?, 'a.pdf', 1, ?, 'assessment', ?, 'x', 'x')");
    expect(() => attach.run('e1', 'c'.repeat(64), 'draft/L1')).toThrow('assessment.locked');
    expect(() => db.prepare("UPDATE assessment_templates SET body = '{}' WHERE id = 't'").run()).toThrow('assessment.template.locked');
    // Other owners are not affected.
    attach.run('e2', 'c'.repeat(64), 'other/L1');
  });

  it('keeps one plan per year and drops its snapshots with it', () => {
    db = open();
    const plan = db.prepare("INSERT INTO plans VALUES (?, 2024, '{}', 'draft', NULL, NULL, 'x')");
    plan.run('p1');
    expect(() => plan.run('p2')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO plan_snapshots VALUES ('s1', 'p1', '2024-06-30', '进展', '[]', 'x', '张三')").run();
    db.prepare("DELETE FROM plans WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM plan_snapshots').pluck().get()).toBe(0);
  });
});
