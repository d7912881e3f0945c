/**
 * Work a workspace may need after it opens: derived data that a migration asked to rebuild, or that a new
 * build's rules made stale. Whether any is due is a few SQL lookups, made as the file opens; the work itself
 * loads its domain's code (and with it the contract's schemas), so a start pays for that only when there is
 * something to do. The connection runs what is due before the first call it lets through (see
 * WorkspaceConnection), in one transaction: no call ever reads what the work is about to rewrite.
 */
import type Database from 'better-sqlite3';
import { SUMMARY_VERSION } from '../../shared/domain/filing/summary-version';

export interface OpenMaintenance {
  /** What it rebuilds, for a message should the work fail. */
  name: string;
  isDue(db: Database.Database): boolean;
  /** The work, loaded when due; it runs inside a transaction the connection holds. */
  load(): Promise<(db: Database.Database) => void>;
}

/** A workspace opened with fewer migrations (some tests) may lack the tables a check reads: nothing is due there. */
const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

export const openMaintenance: readonly OpenMaintenance[] = [
  {
    name: 'graded-protection due dates',
    isDue: (db) => hasTable(db, 'mlps_due_rebuild') && db.prepare('SELECT 1 FROM mlps_due_rebuild').get() !== undefined,
    load: async () => (await import('./mlps/objects')).rebuildDueIfPending,
  },
  {
    name: 'received filings’ summaries and consolidation facts',
    isDue: (db) =>
      hasTable(db, 'received_filing_facts') &&
      (db.prepare('SELECT 1 FROM received_filings WHERE summary_version <> ?').get(SUMMARY_VERSION) !== undefined ||
        db.prepare('SELECT 1 FROM received_filing_facts WHERE summary_version <> ?').get(SUMMARY_VERSION) !== undefined),
    load: async () => (await import('./filing/views')).refreshStaleFacts,
  },
];
