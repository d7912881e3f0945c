/** SQL for assessments and their answers. Writes run inside the caller's transaction. */
import { currentFinalizedAssessment } from '../../../shared/domain/assessment/current';
import type Database from 'better-sqlite3';
import type { AssessmentRecord, Finalization, StoredAnswer } from '../../../shared/contract/assessment/schemas';

interface AssessmentRow {
  id: string;
  year: number;
  revision: number;
  template_id: string;
  template_version: string;
  status: AssessmentRecord['status'];
  supersedes: string | null;
  superseded_by: string | null;
  created_at: string;
  updated_at: string;
  finalized_at: string | null;
  finalized_by: string | null;
  content_hash: string | null;
  score: string | null;
}

interface AnswerRow {
  indicator_id: string;
  value: string | null;
  note: string;
}

const SELECT_ASSESSMENTS = `
  SELECT a.*, (SELECT s.id FROM assessments s WHERE s.supersedes = a.id) AS superseded_by
  FROM assessments a`;

function readAnswers(db: Database.Database, assessmentId: string): StoredAnswer[] {
  const rows = db
    .prepare('SELECT indicator_id, value, note FROM assessment_answers WHERE assessment_id = ? ORDER BY indicator_id')
    .all(assessmentId) as AnswerRow[];
  return rows.map((row) => ({
    indicatorId: row.indicator_id,
    value: row.value === null ? null : (JSON.parse(row.value) as StoredAnswer['value']),
    note: row.note,
  }));
}

function toRecord(db: Database.Database, row: AssessmentRow): AssessmentRecord {
  const finalization: Finalization | null =
    row.status === 'finalized'
      ? {
          at: row.finalized_at!,
          by: row.finalized_by!,
          contentHash: row.content_hash!,
          score: JSON.parse(row.score!) as Finalization['score'],
        }
      : null;
  return {
    id: row.id,
    year: row.year,
    revision: row.revision,
    templateId: row.template_id,
    templateVersion: row.template_version,
    status: row.status,
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalization,
    answers: readAnswers(db, row.id),
  };
}

export function readAssessment(db: Database.Database, id: string): AssessmentRecord | undefined {
  const row = db.prepare(`${SELECT_ASSESSMENTS} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
  return row && toRecord(db, row);
}

/** Every revision of every year, oldest first. */
export function listAssessments(db: Database.Database): AssessmentRecord[] {
  return (db.prepare(`${SELECT_ASSESSMENTS} ORDER BY a.year, a.revision`).all() as AssessmentRow[]).map((row) => toRecord(db, row));
}

/** The year's highest revision: the one that counts for that year. */
export function currentOfYear(db: Database.Database, year: number): AssessmentRecord | undefined {
  const row = db.prepare(`${SELECT_ASSESSMENTS} WHERE a.year = ? ORDER BY a.revision DESC LIMIT 1`).get(year) as AssessmentRow | undefined;
  return row && toRecord(db, row);
}

export function latestYear(db: Database.Database): number | undefined {
  return (db.prepare('SELECT MAX(year) FROM assessments').pluck().get() as number | null) ?? undefined;
}

/** The latest finalized assessment no revision has superseded: where the current grade comes from. */
export function latestFinalized(db: Database.Database): AssessmentRecord | undefined {
  // One rule for the workspace and for filed data JSON (shared/domain/assessment/current.ts); an enterprise
  // holds a handful of assessments, so reading them all costs nothing.
  return currentFinalizedAssessment(listAssessments(db)) ?? undefined;
}

/** Inserts a draft with its answers; a finalized record is then locked with `finalizeAssessment`. */
export function insertDraft(db: Database.Database, record: Omit<AssessmentRecord, 'status' | 'finalization' | 'supersededBy'>): void {
  db.prepare(
    `INSERT INTO assessments (id, year, revision, template_id, template_version, status, supersedes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
  ).run(
    record.id,
    record.year,
    record.revision,
    record.templateId,
    record.templateVersion,
    record.supersedes,
    record.createdAt,
    record.updatedAt,
  );
  upsertAnswers(db, record.id, record.answers);
}

/** Writes answers; one with no value and no note is removed. */
export function upsertAnswers(db: Database.Database, assessmentId: string, answers: readonly StoredAnswer[]): void {
  const upsert = db.prepare(
    `INSERT INTO assessment_answers (assessment_id, indicator_id, value, note) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET value = excluded.value, note = excluded.note`,
  );
  const remove = db.prepare('DELETE FROM assessment_answers WHERE assessment_id = ? AND indicator_id = ?');
  for (const answer of answers) {
    if (answer.value === null && answer.note === '') remove.run(assessmentId, answer.indicatorId);
    else upsert.run(assessmentId, answer.indicatorId, answer.value === null ? null : JSON.stringify(answer.value), answer.note);
  }
}

export function touchAssessment(db: Database.Database, id: string, at: Date): void {
  db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?').run(at.toISOString(), id);
}

export function finalizeAssessment(db: Database.Database, id: string, finalization: Finalization): void {
  db.prepare(
    `UPDATE assessments SET status = 'finalized', updated_at = @at, finalized_at = @at, finalized_by = @by, content_hash = @hash, score = @score
     WHERE id = @id AND status = 'draft'`,
  ).run({ id, at: finalization.at, by: finalization.by, hash: finalization.contentHash, score: JSON.stringify(finalization.score) });
}

export function nextRevision(db: Database.Database, year: number): number {
  return ((db.prepare('SELECT MAX(revision) FROM assessments WHERE year = ?').pluck().get(year) as number | null) ?? 0) + 1;
}
