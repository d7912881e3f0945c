import type { Migration } from '../migrate';

/**
 * The receiving side of filing packages: the certificates this workspace trusts, and the filings it has
 * imported. A filing keeps its manifest, its data JSON and the summary computed from it; its files
 * (reports, attachments) stay in the folder it was extracted to. Package ids are unique: a replay is refused.
 */
export const migration006Filing: Migration = {
  version: 6,
  name: 'filing',
  up(db) {
    db.exec(`
      CREATE TABLE filing_trust (
        id TEXT PRIMARY KEY,
        fingerprint_sha256 TEXT NOT NULL UNIQUE CHECK (length(fingerprint_sha256) = 64),
        certificate_pem TEXT NOT NULL,
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        is_ca INTEGER NOT NULL CHECK (is_ca IN (0, 1)),
        label TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE received_filings (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL UNIQUE,
        uscc TEXT NOT NULL,
        enterprise_name TEXT NOT NULL,
        period TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        signer_fingerprint TEXT NOT NULL,
        signer_subject TEXT NOT NULL,
        signer_json TEXT NOT NULL,
        manifest_json TEXT NOT NULL,
        data_json TEXT NOT NULL,
        summary_json TEXT NOT NULL,
        -- The summary rules' version it was computed with; an older one is recomputed on read.
        summary_version INTEGER NOT NULL,
        -- Where the package's files were extracted, relative to the workspace folder.
        folder TEXT NOT NULL,
        file_count INTEGER NOT NULL CHECK (file_count >= 0),
        total_bytes INTEGER NOT NULL CHECK (total_bytes >= 0)
      ) STRICT;
      CREATE INDEX received_filings_enterprise_period ON received_filings (uscc, period, created_at);
    `);
  },
};
