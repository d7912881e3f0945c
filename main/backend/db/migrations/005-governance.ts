import type { Migration } from '../migrate';

/**
 * Governance (CIO, IT department, IT performance: points 2 and 3 of the 2009 opinion) and declarations
 * (points 6–12). The three governance records are single rows (id fixed at 1) with their lists in child
 * tables kept in the user's order (`ordinal`). A declaration's values are JSON: their shape is the form
 * definition's, which is data, not schema. Imported form definitions are stored as JSON by (id, version).
 */
export const migration005Governance: Migration = {
  version: 5,
  name: 'governance',
  up(db) {
    db.exec(`
      CREATE TABLE governance_cio (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        appointed INTEGER NOT NULL CHECK (appointed IN (0, 1)),
        name TEXT NOT NULL,
        position TEXT NOT NULL,
        appointed_on TEXT,
        concurrent INTEGER NOT NULL CHECK (concurrent IN (0, 1)),
        right_decision INTEGER NOT NULL CHECK (right_decision IN (0, 1)),
        right_approval INTEGER NOT NULL CHECK (right_approval IN (0, 1)),
        right_consulted INTEGER NOT NULL CHECK (right_consulted IN (0, 1)),
        rights_document TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_cio_duties (
        duty TEXT PRIMARY KEY,
        assigned INTEGER NOT NULL CHECK (assigned IN (0, 1)),
        document TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_cio_trainings (
        ordinal INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        organizer TEXT NOT NULL,
        attended_on TEXT NOT NULL,
        hours REAL CHECK (hours IS NULL OR hours >= 0)
      ) STRICT;

      CREATE TABLE governance_department (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        established_on TEXT,
        staff_count INTEGER NOT NULL CHECK (staff_count >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- 机构, 职能, 人员, 责任
      CREATE TABLE governance_implementations (
        implementation TEXT PRIMARY KEY CHECK (implementation IN ('organization', 'functions', 'staff', 'responsibility')),
        status TEXT NOT NULL CHECK (status IN ('done', 'in-progress', 'not-started')),
        evidence TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_roster (
        ordinal INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        position TEXT NOT NULL,
        duties TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_performance (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        established INTEGER NOT NULL CHECK (established IN (0, 1)),
        established_on TEXT,
        document TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_kpis (
        id TEXT PRIMARY KEY,
        ordinal INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        owner_unit TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('leadership', 'unit', 'employee')),
        target TEXT NOT NULL
      ) STRICT;

      CREATE TABLE governance_kpi_areas (
        kpi_id TEXT NOT NULL REFERENCES governance_kpis (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        area TEXT NOT NULL CHECK (area IN ('construction', 'application', 'maintenance', 'upgrade', 'optimization')),
        PRIMARY KEY (kpi_id, ordinal),
        UNIQUE (kpi_id, area)
      ) STRICT;

      CREATE TABLE governance_kpi_actuals (
        kpi_id TEXT NOT NULL REFERENCES governance_kpis (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        period TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (kpi_id, ordinal),
        UNIQUE (kpi_id, period)
      ) STRICT;

      CREATE TABLE declaration_forms (
        form_id TEXT NOT NULL,
        version TEXT NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        imported_at TEXT NOT NULL,
        PRIMARY KEY (form_id, version)
      ) STRICT;

      CREATE TABLE declarations (
        id TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'completed', 'ready')),
        field_values TEXT NOT NULL CHECK (json_valid(field_values)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX declarations_form ON declarations (form_id, form_version);
    `);
  },
};
