import type Database from 'better-sqlite3';
import { hasTable } from '../db/tables';

/**
 * Whether a migration asked for every object's due dates to be rebuilt (mlps_due_rebuild holds a row). On its
 * own, without the rebuild (./objects.ts), so that the look a workspace takes as it opens loads no mlps code.
 */
export function dueRebuildAsked(db: Database.Database): boolean {
  return hasTable(db, 'mlps_due_rebuild') && db.prepare('SELECT 1 FROM mlps_due_rebuild').get() !== undefined;
}
