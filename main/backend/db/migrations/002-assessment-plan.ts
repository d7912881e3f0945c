import type { Migration } from '../migrate';

/**
 * Self-assessment templates, assessments with their answers, climbing plans with their progress snapshots.
 *
 * A finalized assessment is immutable, and the database itself enforces it, whatever code path writes:
 * its row, its answers and its evidence files cannot be changed, and a template a finalized assessment uses
 * cannot be changed in place. The triggers raise an i18n key, which the backend's edge puts into words.
 * (Deleting a finalized assessment is left possible: replacing the whole workspace by a data import clears it.)
 */
export const migration002AssessmentPlan: Migration = {
  version: 2,
  name: 'assessment-plan',
  up(db) {
    db.exec(`
      -- Imported and copied templates; built-in ones live in shared/catalogs and are never stored here.
      CREATE TABLE assessment_templates (
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        body TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'finalized')),
        supersedes TEXT REFERENCES assessments (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finalized_at TEXT,
        finalized_by TEXT,
        content_hash TEXT,
        score TEXT,
        UNIQUE (year, revision),
        CHECK ((status = 'finalized') = (finalized_at IS NOT NULL AND finalized_by IS NOT NULL AND content_hash IS NOT NULL AND score IS NOT NULL))
      ) STRICT;
      -- One assessment per year: at most one draft, and a finalized one is superseded at most once.
      CREATE UNIQUE INDEX assessments_one_draft_per_year ON assessments (year) WHERE status = 'draft';
      CREATE UNIQUE INDEX assessments_superseded_once ON assessments (supersedes) WHERE supersedes IS NOT NULL;

      CREATE TABLE assessment_answers (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        value TEXT,
        note TEXT NOT NULL,
        PRIMARY KEY (assessment_id, indicator_id)
      ) STRICT;

      CREATE TRIGGER assessments_finalized_immutable BEFORE UPDATE ON assessments
      WHEN OLD.status = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'assessment.locked'); END;

      CREATE TRIGGER assessment_answers_locked_insert BEFORE INSERT ON assessment_answers
      WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'assessment.locked'); END;

      CREATE TRIGGER assessment_answers_locked_update BEFORE UPDATE ON assessment_answers
      WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'assessment.locked'); END;

      -- Evidence is an attachment owned by 'assessment' / '<assessment id>/<indicator id>'.
      CREATE TRIGGER assessment_evidence_locked_insert BEFORE INSERT ON attachments
      WHEN NEW.owner_domain = 'assessment'
        AND (SELECT status FROM assessments WHERE id = substr(NEW.owner_entity, 1, instr(NEW.owner_entity, '/') - 1)) = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'assessment.locked'); END;

      CREATE TRIGGER assessment_evidence_locked_delete BEFORE DELETE ON attachments
      WHEN OLD.owner_domain = 'assessment'
        AND (SELECT status FROM assessments WHERE id = substr(OLD.owner_entity, 1, instr(OLD.owner_entity, '/') - 1)) = 'finalized'
      BEGIN SELECT RAISE(ABORT, 'assessment.locked'); END;

      CREATE TRIGGER assessment_templates_locked_update BEFORE UPDATE ON assessment_templates
      WHEN EXISTS (SELECT 1 FROM assessments WHERE template_id = OLD.id AND template_version = OLD.version AND status = 'finalized')
      BEGIN SELECT RAISE(ABORT, 'assessment.template.locked'); END;

      CREATE TRIGGER assessment_templates_locked_delete BEFORE DELETE ON assessment_templates
      WHEN EXISTS (SELECT 1 FROM assessments WHERE template_id = OLD.id AND template_version = OLD.version AND status = 'finalized')
      BEGIN SELECT RAISE(ABORT, 'assessment.template.locked'); END;

      -- One climbing plan per filing year; tasks, milestones and benchmarks are kept as the plan's JSON.
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'ready')),
        ready_at TEXT,
        ready_by TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'ready') = (ready_at IS NOT NULL AND ready_by IS NOT NULL))
      ) STRICT;

      CREATE TABLE plan_snapshots (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        milestones TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_snapshots_plan ON plan_snapshots (plan_id, date);
    `);
  },
};
