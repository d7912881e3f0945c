import type { Migration } from '../migrate';

/**
 * What a 正版化 inspection counts by (issue 16): a product's inspection category and domestic (信创) flag, the
 * proof held for an OEM licence, per-core minimums and an edition's rank; an entitlement's edition downgrade
 * rights. Every new column has a default that means "not recorded", so existing rows keep their meaning.
 * And position snapshots, to follow the rate and the domestic (信创) share over time.
 * Self-contained (no import of the contract), so its number can be moved if another branch takes it.
 */
export const migration014SamInspectionFields: Migration = {
  version: 14,
  name: 'sam-inspection-fields',
  up(db) {
    db.exec(`
      ALTER TABLE sam_products ADD COLUMN inspection_category TEXT NOT NULL DEFAULT ''
        CHECK (inspection_category IN ('', 'os', 'office', 'security', 'industrial', 'professional', 'database', 'middleware', 'other'));
      ALTER TABLE sam_products ADD COLUMN domestic INTEGER NOT NULL DEFAULT 0 CHECK (domestic IN (0, 1));
      ALTER TABLE sam_products ADD COLUMN oem_proof TEXT NOT NULL DEFAULT '';
      ALTER TABLE sam_products ADD COLUMN min_cores_per_processor INTEGER CHECK (min_cores_per_processor IS NULL OR min_cores_per_processor > 0);
      ALTER TABLE sam_products ADD COLUMN min_cores_per_server INTEGER CHECK (min_cores_per_server IS NULL OR min_cores_per_server > 0);
      ALTER TABLE sam_products ADD COLUMN edition_rank INTEGER CHECK (edition_rank IS NULL OR edition_rank >= 0);
      ALTER TABLE sam_entitlements ADD COLUMN edition_downgrade_rights INTEGER NOT NULL DEFAULT 0 CHECK (edition_downgrade_rights IN (0, 1));

      -- Position snapshots: the rate and the domestic share over time (body: the snapshot's JSON).
      CREATE TABLE sam_position_snapshots (
        id INTEGER PRIMARY KEY,
        taken_at TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body))
      ) STRICT;
    `);
  },
};
