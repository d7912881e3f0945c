import type { Migration } from '../migrate';

/**
 * Climbing-plan cycles (issue 15). Loaded cycle policies are stored by (cycle, version), so a new version
 * never rewrites an older one. Every stored plan gets a cycle in place of the old `policyId`, decided by the
 * plan's own year: a plan written for 2009–2010 belongs to the 2009 round, any later one to the current
 * cycle (before, every plan was judged by the 2009 round, which a plan written today can never pass).
 * Self-contained (no import of the catalog), so its number can be moved if another branch takes it.
 */
export const migration010PlanCycles: Migration = {
  version: 10,
  name: 'plan-cycles',
  up(db) {
    db.exec(`
      CREATE TABLE plan_policies (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        body TEXT NOT NULL,
        loaded_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      UPDATE plans SET body = json_remove(
        json_set(body, '$.cycleId', CASE WHEN year <= 2010 THEN 'sasac-2009' ELSE 'current' END),
        '$.policyId'
      ) WHERE json_extract(body, '$.cycleId') IS NULL;
    `);
  },
};
