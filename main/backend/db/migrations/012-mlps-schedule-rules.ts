import type { Migration } from '../migrate';

/**
 * Graded protection as the 2025 regime schedules and grades it:
 * - self-inspections (自查) and 保护工作方案 recorded per object, so their due items can be satisfied;
 * - mlps_due takes the new kinds; its rows are a cache of the schedule, so they are dropped here and rebuilt by
 *   the backend when it opens the workspace (the marker row below asks for it: the rule lives in shared/domain,
 *   not in SQL);
 * - a platform serving the public (graded in principle at level 3+) and the last material change of the register,
 *   which asks for expert review again;
 * - 是否有主管部门 on the grading (table 3): NULL while not answered;
 * - the level each GB/T 20988 element meets, on the disaster-recovery record ('{}' = none judged yet).
 */
export const migration012MlpsScheduleRules: Migration = {
  version: 12,
  name: 'mlps-schedule-rules',
  up(db) {
    db.exec(`
      CREATE TABLE mlps_schedule_records (
        id TEXT PRIMARY KEY,
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('selfInspection', 'protectionPlan')),
        done_on TEXT NOT NULL,
        note TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mlps_schedule_records_object ON mlps_schedule_records (object_id, kind, done_on);

      DROP TABLE mlps_due;
      CREATE TABLE mlps_due (
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('filing', 'certificate', 'certificateExpiry', 'assessment', 'selfInspection', 'protectionPlan')),
        due TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        PRIMARY KEY (object_id, kind)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX mlps_due_open ON mlps_due (done, due);
      -- One row while mlps_due must be rebuilt from the registers.
      CREATE TABLE mlps_due_rebuild (pending INTEGER PRIMARY KEY CHECK (pending = 1)) STRICT;
      INSERT INTO mlps_due_rebuild VALUES (1);

      ALTER TABLE mlps_objects ADD COLUMN serves_public INTEGER NOT NULL DEFAULT 0 CHECK (serves_public IN (0, 1));
      ALTER TABLE mlps_objects ADD COLUMN material_change_on TEXT;
      ALTER TABLE mlps_objects ADD COLUMN material_change_fields TEXT CHECK (material_change_fields IS NULL OR json_valid(material_change_fields));
      ALTER TABLE mlps_gradings ADD COLUMN has_competent_department INTEGER CHECK (has_competent_department IN (0, 1));
      ALTER TABLE mlps_recovery ADD COLUMN elements TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(elements));
    `);
  },
};
