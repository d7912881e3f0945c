import type { Migration } from '../migrate';

/**
 * The receiver's consolidation facts: one narrow row per received filing with the figures its summary holds
 * and the enterprise's tier, group, region and industry as its profile filed them. The views over tens of
 * thousands of filings (ranking, filters, two periods) read only these rows, never the wide data JSON of
 * received_filings, whose overflow pages a scan would otherwise read in full.
 *
 * Rows of filings held before this migration are written with summary_version 0: the first view recomputes
 * them from the stored data with the same code that writes new ones (main/backend/filing/facts.ts).
 */
export const migration018FilingFacts: Migration = {
  version: 18,
  name: 'filing-facts',
  up(db) {
    const levelColumns = [1, 2, 3, 4, 5]
      .map((level) => `level${level}_objects INTEGER, level${level}_filed INTEGER, level${level}_not_filed INTEGER`)
      .join(',\n        ');
    db.exec(`
      CREATE TABLE received_filing_facts (
        filing_id TEXT PRIMARY KEY REFERENCES received_filings (id),
        -- received_filings' rowid: "received last" decides which filing of an enterprise and period is current.
        seq INTEGER NOT NULL,
        uscc TEXT NOT NULL,
        enterprise_name TEXT NOT NULL,
        period TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- Kept equal to received_filings.status by setFilingStatus.
        status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'returned')),
        -- 1 for the filing of its enterprise and period that is consolidated; kept by facts.ts on every write.
        is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
        role TEXT NOT NULL,
        group_uscc TEXT NOT NULL,
        group_name TEXT NOT NULL,
        region_code TEXT NOT NULL,
        industry TEXT NOT NULL,
        grade TEXT,
        target_grade TEXT,
        assessment_total REAL,
        plan_milestones INTEGER,
        plan_done INTEGER,
        plan_overdue INTEGER,
        plan_percent REAL,
        objects_total INTEGER,
        objects_ungraded INTEGER,
        objects_not_filed INTEGER,
        ${levelColumns},
        gap_assessed INTEGER,
        gap_noncompliant INTEGER,
        gap_high_risks INTEGER,
        installations INTEGER,
        covered INTEGER,
        shortfall_units REAL,
        summary_version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX received_filing_facts_current ON received_filing_facts (period, is_current);
      CREATE INDEX received_filing_facts_enterprise ON received_filing_facts (uscc, period);
      CREATE INDEX received_filing_facts_group ON received_filing_facts (group_uscc, period, is_current);
      CREATE INDEX received_filing_facts_version ON received_filing_facts (summary_version);
      INSERT INTO received_filing_facts (filing_id, seq, uscc, enterprise_name, period, created_at, status, role, group_uscc, group_name, region_code, industry, summary_version)
        SELECT id, rowid, uscc, enterprise_name, period, created_at, status, '', '', '', '', '', 0 FROM received_filings;
    `);
  },
};
