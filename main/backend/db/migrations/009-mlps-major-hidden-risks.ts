import type { Migration } from '../migrate';

/**
 * The register of 重大风险隐患 (major hidden risks) per protected object. The 2025 report template judges them on
 * their own — one may stem from several findings of any rating — so they are rows of their own, not a flag on an
 * item status. Self-contained: it only needs mlps_objects (migration 004).
 */
export const migration009MlpsMajorHiddenRisks: Migration = {
  version: 9,
  name: 'mlps-major-hidden-risks',
  up(db) {
    db.exec(`
      CREATE TABLE mlps_major_hidden_risks (
        id TEXT PRIMARY KEY,
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        -- The findings it stems from and the principles it was judged by: small lists owned by the row.
        item_ids TEXT NOT NULL CHECK (json_valid(item_ids) AND json_array_length(item_ids) >= 1),
        principles TEXT NOT NULL CHECK (json_valid(principles) AND json_array_length(principles) >= 1),
        remediated INTEGER NOT NULL CHECK (remediated IN (0, 1)),
        remediated_on TEXT,
        note TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mlps_major_hidden_risks_object ON mlps_major_hidden_risks (object_id, remediated);
    `);
  },
};
