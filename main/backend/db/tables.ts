import type Database from 'better-sqlite3';

/**
 * Whether the database has this table. A workspace opened with fewer migrations (some tests, an older file
 * before it is migrated, a backup under check) may lack a table the code reads.
 */
export function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
