import type { Migration } from '../migrate';

/**
 * Tier-by-tier roll-up (issue 18). A received filing keeps the package file it came in, byte for byte, so a
 * receiver that is itself a sender can pass it on unchanged and still signed; and a filing that arrived inside
 * another's roll-up names that filing, so consolidation can drill down group → second tier → unit.
 * Self-contained, so its number can be moved if another branch takes it.
 */
export const migration017FilingRollup: Migration = {
  version: 17,
  name: 'filing-rollup',
  up(db) {
    db.exec(`
      -- The package as received, relative to the workspace folder; null for filings imported before it was kept.
      ALTER TABLE received_filings ADD COLUMN package_file TEXT;
      -- SHA-256 of that file, to refuse passing on a kept package that changed on disk.
      ALTER TABLE received_filings ADD COLUMN package_sha256 TEXT CHECK (package_sha256 IS NULL OR length(package_sha256) = 64);
      -- The roll-up filing that carried this one; null for a filing received directly.
      ALTER TABLE received_filings ADD COLUMN parent_filing_id TEXT REFERENCES received_filings (id);
      CREATE INDEX received_filings_parent ON received_filings (parent_filing_id);
    `);
  },
};
