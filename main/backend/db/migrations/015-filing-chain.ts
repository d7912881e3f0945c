import type { Migration } from '../migrate';

/**
 * The filing chain (issue 18). Receiver side: each received filing gets a decision (received → accepted or
 * returned) and the package id it amends; every receipt it signs is kept with its accession number, unique
 * per receiver; a review (复评) per filing. Sender side: the packages this workspace signed, and the receipts
 * that came back for them. Self-contained, so its number can be moved if another branch takes it.
 */
export const migration015FilingChain: Migration = {
  version: 15,
  name: 'filing-chain',
  up(db) {
    db.exec(`
      ALTER TABLE received_filings ADD COLUMN status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'returned'));
      ALTER TABLE received_filings ADD COLUMN amends_package_id TEXT;
      -- SHA-256 of manifest.json as signed, which a receipt names; older rows read it from the kept file.
      ALTER TABLE received_filings ADD COLUMN manifest_sha256 TEXT;

      CREATE TABLE issued_receipts (
        receipt_id TEXT PRIMARY KEY,
        accession_number TEXT NOT NULL UNIQUE,
        accession_year INTEGER NOT NULL,
        accession_seq INTEGER NOT NULL CHECK (accession_seq > 0),
        package_id TEXT NOT NULL,
        -- Null for a refused package: it was never imported.
        filing_id TEXT REFERENCES received_filings (id),
        uscc TEXT NOT NULL,
        enterprise_name TEXT NOT NULL,
        period TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('accepted', 'returned', 'refused')),
        receipt_json TEXT NOT NULL,
        -- The workspace's own copy of the signed file, relative to the workspace folder.
        file TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        UNIQUE (accession_year, accession_seq)
      ) STRICT;
      CREATE INDEX issued_receipts_package ON issued_receipts (package_id);

      CREATE TABLE filing_reviews (
        filing_id TEXT PRIMARY KEY REFERENCES received_filings (id),
        review_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sent_packages (
        package_id TEXT PRIMARY KEY,
        uscc TEXT NOT NULL,
        period TEXT NOT NULL,
        created_at TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
        path TEXT NOT NULL,
        amends_package_id TEXT REFERENCES sent_packages (package_id)
      ) STRICT;

      CREATE TABLE sent_receipts (
        receipt_id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL REFERENCES sent_packages (package_id),
        accession_number TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('accepted', 'returned', 'refused')),
        issued_at TEXT NOT NULL,
        receipt_json TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sent_receipts_package ON sent_receipts (package_id, issued_at);
    `);
  },
};
