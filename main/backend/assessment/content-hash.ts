/**
 * The content hash recorded when an assessment is finalized: SHA-256 (hex) of a canonical JSON document —
 * object keys sorted, no whitespace, arrays in a fixed order — holding exactly what was assessed:
 *
 *   { format: 'denggao.assessment-content.v1', year, revision, template: { id, version, sha256 },
 *     answers: [{ indicatorId, value, note }] sorted by indicatorId (answers with no value left out),
 *     evidence: [{ indicatorId, sha256 }] sorted by indicatorId then sha256 }
 *
 * The template's own hash binds the assessment to the exact weights and thresholds it was scored with; who
 * finalized it and when are recorded beside the hash, not inside it. Anyone can recompute it from the data
 * JSON and the attachment files.
 */
import crypto from 'node:crypto';
import type { AssessmentRecord, Template } from '../../../shared/contract/assessment/schemas';
import type { Attachment } from '../../../shared/contract/files/schemas';
import { indicatorOfEvidence } from '../../../shared/domain/assessment';

export const CONTENT_FORMAT = 'denggao.assessment-content.v1';

/** JSON with object keys in code-point order and no whitespace; undefined properties are left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

export function templateHash(template: Template): string {
  return sha256Hex(canonicalJson(template));
}

/** `evidence` are the assessment's attachments; their owner's entity id ends in the indicator id. */
export function assessmentContentHash(
  record: Pick<AssessmentRecord, 'year' | 'revision' | 'answers'>,
  template: Template,
  evidence: readonly Attachment[],
): string {
  const byIndicator = (a: { indicatorId: string }, b: { indicatorId: string }) =>
    a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0;
  const answers = record.answers
    .filter((answer) => answer.value !== null)
    .map(({ indicatorId, value, note }) => ({ indicatorId, value, note }))
    .sort(byIndicator);
  const files = evidence
    .map((attachment) => ({ indicatorId: indicatorOfEvidence(attachment.owner.entityId), sha256: attachment.sha256 }))
    .sort((a, b) => byIndicator(a, b) || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  return sha256Hex(
    canonicalJson({
      format: CONTENT_FORMAT,
      year: record.year,
      revision: record.revision,
      template: { id: template.id, version: template.version, sha256: templateHash(template) },
      answers,
      evidence: files,
    }),
  );
}
