/**
 * A received filing as migration 006 stored it (its 18 columns, in order), for the migration tests that
 * start from an older receiver and check what a later migration makes of its rows. Later migrations' columns
 * follow as `laterColumns`.
 */
import type Database from 'better-sqlite3';

const FILING_AS_006_STORED = [
  'f1', // id
  'p1', // package_id
  '91110000100000000R', // uscc
  '示例', // enterprise_name
  '2025', // period
  'c', // created_at
  'i', // imported_at
  'u', // imported_by
  'a'.repeat(64), // signer_fingerprint
  's', // signer_subject
  '{}', // signer_json
  '{}', // manifest_json
  '{}', // data_json
  '{}', // summary_json
  1, // summary_version
  'filings/p1', // folder
  1, // file_count
  1, // total_bytes
] as const;

export function insertOldFiling(db: Database.Database, laterColumns: readonly unknown[] = []): void {
  const values = [...FILING_AS_006_STORED, ...laterColumns];
  db.prepare(`INSERT INTO received_filings VALUES (${values.map(() => '?').join(', ')})`).run(...values);
}
