import type { Migration } from '../migrate';

/** Settings, the enterprise profile, and the attachment store's index. */
export const migration001Core: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One enterprise per workspace: a single row, id fixed at 1.
      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        uscc TEXT NOT NULL,
        address TEXT NOT NULL,
        region_code TEXT NOT NULL,
        industry TEXT NOT NULL,
        unit_type TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('headquarters', 'subsidiary')),
        group_name TEXT NOT NULL,
        group_uscc TEXT NOT NULL,
        legal_representative TEXT NOT NULL,
        department TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Evidence files: content stored once under attachments/ by SHA-256, linked to a record of a domain.
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        owner_domain TEXT NOT NULL,
        owner_entity TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_owner ON attachments (owner_domain, owner_entity);
    `);
  },
};
