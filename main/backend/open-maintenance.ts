/**
 * Work a workspace may need after it opens: derived data that a migration asked to rebuild, or that a new
 * build's rules made stale. Whether any is due is a few SQL lookups, made as the file opens; the work itself
 * loads its domain's code (and with it the contract's schemas), so a start pays for that only when there is
 * something to do. The connection runs what is due before the first call it lets through (see
 * WorkspaceConnection), in one transaction: no call ever reads what the work is about to rewrite.
 */
import type Database from 'better-sqlite3';
import { hasTable } from './db/tables';
import { staleFactsIds, staleSummaryIds } from './filing/facts';
import { dueRebuildAsked } from './mlps/due-rebuild';

export interface OpenMaintenance {
  isDue(db: Database.Database): boolean;
  /** The work, loaded when due; it runs inside a transaction the connection holds. */
  load(): Promise<(db: Database.Database) => void>;
}

export const openMaintenance: readonly OpenMaintenance[] = [
  // Graded-protection due dates a migration asked to rebuild.
  {
    isDue: dueRebuildAsked,
    load: async () => (await import('./mlps/objects')).rebuildDueIfPending,
  },
  // Received filings' summaries and consolidation facts made under older summary rules. As refreshStaleFacts
  // reads it: a workspace without the facts table (fewer migrations) has nothing due.
  {
    isDue: (db) => hasTable(db, 'received_filing_facts') && (staleSummaryIds(db).length > 0 || staleFactsIds(db).length > 0),
    load: async () => (await import('./filing/views')).refreshStaleFacts,
  },
];
