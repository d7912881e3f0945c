import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration002AssessmentPlan } from './002-assessment-plan';
import { migration010PlanCycles } from './010-plan-cycles';

describe('migration 010 plan cycles', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives plans of 2009–2010 the 2009 round and later plans the current cycle, keeping the rest of the plan', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(file, [migration001Core, migration002AssessmentPlan]).db;
    const insert = before.prepare("INSERT INTO plans (id, year, body, status, updated_at) VALUES (?, ?, ?, 'draft', 'x')");
    for (const year of [2009, 2010, 2026])
      insert.run(`p${year}`, year, JSON.stringify({ id: `p${year}`, year, targetGrade: 'C', policyId: 'sasac-2009', tasks: [] }));
    before.close();

    const { db } = openDatabase(file, [migration001Core, migration002AssessmentPlan, migration010PlanCycles]);
    const bodies = (db.prepare('SELECT body FROM plans ORDER BY year').pluck().all() as string[]).map(
      (body) => JSON.parse(body) as Record<string, unknown>,
    );
    expect(bodies.map((body) => [body.year, body.cycleId, 'policyId' in body, body.targetGrade])).toEqual([
      [2009, 'sasac-2009', false, 'C'],
      [2010, 'sasac-2009', false, 'C'],
      [2026, 'current', false, 'C'],
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'plan_policies'").pluck().get()).toBe(1);
    db.close();
  });
});
