/** What the assessment handlers share: loading a record with its template, scoring it, its evidence. */
import type Database from 'better-sqlite3';
import type { AssessmentDetail } from '../../../shared/contract/assessment/methods';
import {
  EVIDENCE_DOMAIN,
  type Answer,
  type AssessmentRecord,
  type AssessmentScore,
  type AssessmentSummary,
  type Template,
} from '../../../shared/contract/assessment/schemas';
import type { Attachment } from '../../../shared/contract/files/schemas';
import { scoreAssessment } from '../../../shared/domain/assessment';
import { AppError } from '../errors';
import { listAttachmentsByOwnerPrefix } from '../files';
import { readAssessment } from './repository';
import { requireTemplate } from './templates';

export function requireAssessment(db: Database.Database, id: string): AssessmentRecord {
  const record = readAssessment(db, id);
  if (!record) throw new AppError('assessment.notFound', { id }, { field: 'id' });
  return record;
}

export function requireDraft(record: AssessmentRecord): void {
  if (record.status !== 'draft') throw new AppError('assessment.locked', { year: record.year, revision: record.revision }, { field: 'id' });
}

export function templateOf(db: Database.Database, record: AssessmentRecord): Template {
  return requireTemplate(db, record.templateId, record.templateVersion);
}

/** Answers that carry a value, as the scoring rules take them. */
export function givenAnswers(record: { answers: readonly AssessmentRecord['answers'][number][] }): Answer[] {
  return record.answers.flatMap((answer) => (answer.value === null ? [] : [{ indicatorId: answer.indicatorId, value: answer.value }]));
}

/** A finalized assessment keeps the score it was finalized with; a draft is scored now. */
export function scoreOf(record: AssessmentRecord, template: Template): AssessmentScore {
  return record.finalization?.score ?? scoreAssessment(template, givenAnswers(record));
}

export function evidenceOf(db: Database.Database, assessmentId: string): Attachment[] {
  return listAttachmentsByOwnerPrefix(db, EVIDENCE_DOMAIN, `${assessmentId}/`);
}

export function detailOf(db: Database.Database, record: AssessmentRecord): AssessmentDetail {
  const template = templateOf(db, record);
  return { assessment: record, template, score: scoreOf(record, template), evidence: evidenceOf(db, record.id) };
}

export function summaryOf(db: Database.Database, record: AssessmentRecord): AssessmentSummary {
  const score = scoreOf(record, templateOf(db, record));
  return {
    id: record.id,
    year: record.year,
    revision: record.revision,
    status: record.status,
    templateId: record.templateId,
    templateVersion: record.templateVersion,
    supersededBy: record.supersededBy,
    total: score.total,
    grade: score.grade,
    completion: score.completion,
    finalizedAt: record.finalization?.at ?? null,
    finalizedBy: record.finalization?.by ?? null,
  };
}
