import type { Migration } from '../migrate';

/**
 * Graded protection: the register of protected objects with their gradings and filings, gap assessments with a
 * per-object score cache for the dashboard, remediation, the enterprise mechanisms, and imported catalogs.
 */
export const migration004Mlps: Migration = {
  version: 4,
  name: 'mlps',
  up(db) {
    db.exec(`
      CREATE TABLE mlps_objects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        number TEXT NOT NULL,
        kind TEXT NOT NULL,
        business_type TEXT NOT NULL,
        business_description TEXT NOT NULL,
        service_scope TEXT NOT NULL,
        service_users TEXT NOT NULL,
        network_coverage TEXT NOT NULL,
        interconnections TEXT NOT NULL,
        key_products TEXT NOT NULL,
        go_live_on TEXT,
        new_system INTEGER NOT NULL CHECK (new_system IN (0, 1)),
        subsystem INTEGER NOT NULL CHECK (subsystem IN (0, 1)),
        owner_department TEXT NOT NULL,
        -- Deferred so a data import may insert a system before the platform it runs on.
        hosted_on TEXT REFERENCES mlps_objects (id) DEFERRABLE INITIALLY DEFERRED,
        -- Small lists owned by the object and never queried across objects: JSON arrays.
        extensions TEXT NOT NULL,
        data_categories TEXT NOT NULL,
        processes_much_personal_info INTEGER NOT NULL CHECK (processes_much_personal_info IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX mlps_objects_number ON mlps_objects (number) WHERE number <> '';
      CREATE INDEX mlps_objects_hosted_on ON mlps_objects (hosted_on);

      CREATE TABLE mlps_gradings (
        object_id TEXT PRIMARY KEY REFERENCES mlps_objects (id) ON DELETE CASCADE,
        business_object TEXT NOT NULL CHECK (business_object IN ('citizen', 'society', 'nation')),
        business_degree TEXT NOT NULL CHECK (business_degree IN ('general', 'serious', 'especially-serious')),
        service_object TEXT NOT NULL CHECK (service_object IN ('citizen', 'society', 'nation')),
        service_degree TEXT NOT NULL CHECK (service_degree IN ('general', 'serious', 'especially-serious')),
        business_level INTEGER NOT NULL CHECK (business_level BETWEEN 1 AND 5),
        service_level INTEGER NOT NULL CHECK (service_level BETWEEN 1 AND 5),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        graded_on TEXT NOT NULL,
        expert_review_on TEXT,
        expert_review_by TEXT,
        approval_on TEXT,
        approval_by TEXT
      ) STRICT;
      CREATE INDEX mlps_gradings_level ON mlps_gradings (level);

      CREATE TABLE mlps_filings (
        object_id TEXT PRIMARY KEY REFERENCES mlps_objects (id) ON DELETE CASCADE,
        filing_number TEXT CHECK (filing_number IS NULL OR (length(filing_number) = 11 AND filing_number NOT GLOB '*[^0-9]*')),
        authority TEXT NOT NULL,
        filed_on TEXT NOT NULL,
        certificate_on TEXT
      ) STRICT;

      CREATE TABLE mlps_completed_assessments (
        id INTEGER PRIMARY KEY,
        object_id TEXT NOT NULL REFERENCES mlps_filings (object_id) ON DELETE CASCADE,
        completed_on TEXT NOT NULL,
        agency TEXT NOT NULL,
        conclusion TEXT CHECK (conclusion IN ('compliant', 'basically-compliant', 'noncompliant')),
        score REAL
      ) STRICT;
      CREATE INDEX mlps_completed_assessments_object ON mlps_completed_assessments (object_id, completed_on);

      -- Derived from register, grading and filing on every write (never exported): the dashboard selects the
      -- items due soon instead of computing every object's schedule on each view.
      CREATE TABLE mlps_due (
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('filing', 'certificate', 'certificateExpiry', 'assessment')),
        due TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        PRIMARY KEY (object_id, kind)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX mlps_due_open ON mlps_due (done, due);

      CREATE TABLE mlps_item_statuses (
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('compliant', 'partial', 'noncompliant')),
        risk TEXT CHECK (risk IN ('high', 'medium', 'low')),
        note TEXT NOT NULL,
        PRIMARY KEY (object_id, item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE mlps_control_points (
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        control_point_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('applicable', 'na')),
        note TEXT NOT NULL,
        PRIMARY KEY (object_id, control_point_id)
      ) STRICT, WITHOUT ROWID;

      -- Derived from the statuses on every write (never exported): lets the dashboard show scores without
      -- scoring every object on each view.
      CREATE TABLE mlps_scores (
        object_id TEXT PRIMARY KEY REFERENCES mlps_objects (id) ON DELETE CASCADE,
        score REAL,
        result_2021 TEXT,
        compliance_rate REAL,
        conclusion_2025 TEXT,
        assessed INTEGER NOT NULL,
        total INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX mlps_scores_score ON mlps_scores (score);

      CREATE TABLE mlps_remediation (
        id TEXT PRIMARY KEY,
        object_id TEXT NOT NULL REFERENCES mlps_objects (id) ON DELETE CASCADE,
        item_id TEXT,
        title TEXT NOT NULL,
        owner TEXT NOT NULL,
        due_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
        cost REAL CHECK (cost IS NULL OR cost >= 0),
        notes TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mlps_remediation_object ON mlps_remediation (object_id);
      CREATE INDEX mlps_remediation_status_due ON mlps_remediation (status, due_on);

      CREATE TABLE mlps_recovery (
        object_id TEXT PRIMARY KEY REFERENCES mlps_objects (id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
        target_rto_minutes REAL,
        target_rpo_minutes REAL,
        tested_rto_minutes REAL,
        tested_rpo_minutes REAL,
        last_drill_on TEXT,
        notes TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mlps_emergency_plans (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        scope TEXT NOT NULL,
        version TEXT NOT NULL,
        owner TEXT NOT NULL,
        approved_on TEXT,
        reviewed_on TEXT,
        notes TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mlps_drills (
        id TEXT PRIMARY KEY,
        plan_id TEXT REFERENCES mlps_emergency_plans (id) ON DELETE SET NULL,
        held_on TEXT NOT NULL,
        scenario TEXT NOT NULL,
        participants TEXT NOT NULL,
        findings TEXT NOT NULL,
        improvements TEXT NOT NULL
      ) STRICT;

      CREATE TABLE mlps_risks (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        object_id TEXT REFERENCES mlps_objects (id) ON DELETE SET NULL,
        description TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('high', 'medium', 'low')),
        owner TEXT NOT NULL,
        measures TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'mitigating', 'accepted', 'closed')),
        identified_on TEXT,
        reviewed_on TEXT
      ) STRICT;

      CREATE TABLE mlps_info_protection (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        object_id TEXT REFERENCES mlps_objects (id) ON DELETE SET NULL,
        data_class TEXT NOT NULL CHECK (data_class IN ('general', 'important', 'core')),
        holder TEXT NOT NULL,
        measures TEXT NOT NULL,
        reviewed_on TEXT
      ) STRICT;

      CREATE TABLE mlps_duties (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        title TEXT NOT NULL,
        person TEXT NOT NULL,
        object_id TEXT REFERENCES mlps_objects (id) ON DELETE CASCADE,
        department TEXT NOT NULL,
        appointed_on TEXT,
        notes TEXT NOT NULL
      ) STRICT;

      -- Imported catalogs (e.g. a licensed full-text one), kept whole as validated JSON.
      CREATE TABLE mlps_catalogs (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      -- The catalog assessments use; no row means the built-in one.
      CREATE TABLE mlps_active_catalog (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        catalog_id TEXT NOT NULL,
        catalog_version TEXT NOT NULL,
        FOREIGN KEY (catalog_id, catalog_version) REFERENCES mlps_catalogs (id, version) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
