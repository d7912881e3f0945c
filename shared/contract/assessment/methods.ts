import { z } from 'zod';
import { method } from '../core';
import { pathField } from '../path-fields';
import { attachmentSchema } from '../files/schemas';
import {
  answerValueSchema,
  assessmentComparisonSchema,
  assessmentRecordSchema,
  assessmentScoreSchema,
  assessmentSummarySchema,
  assessmentYearSchema,
  templateSchema,
  templateSummarySchema,
} from './schemas';

const id = z.string().trim().min(1);
const templateRef = z.object({ id, version: id.optional() });

/** An assessment with what the page needs to show it: its template, its score and the evidence files. */
export const assessmentDetailSchema = z.object({
  assessment: assessmentRecordSchema,
  template: templateSchema,
  /** Live for a draft; as recorded at finalization for a finalized one. */
  score: assessmentScoreSchema,
  evidence: z.array(attachmentSchema),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const answerInputSchema = z.object({
  indicatorId: id,
  /** null clears the answer (the note may stay). */
  value: answerValueSchema.nullable(),
  note: z.string().max(2000, { message: 'validation.tooLong' }).optional(),
});

export const trendPointSchema = z.object({
  year: z.number().int(),
  assessmentId: z.string(),
  revision: z.number().int(),
  status: z.enum(['draft', 'finalized']),
  total: z.number(),
  grade: assessmentSummarySchema.shape.grade,
  elements: z.array(z.object({ elementId: z.string(), score: z.number() })),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const assessmentMethods = {
  'assessment.templates.list': method({ kind: 'read', input: z.object({}), output: z.array(templateSummarySchema) }),
  /** Without a version: the highest version of that id. */
  'assessment.templates.get': method({ kind: 'read', input: templateRef, output: templateSchema }),
  /** A template JSON file; every problem is reported with the path of the field at fault, and nothing is stored. */
  'assessment.templates.import': method({
    kind: 'write',
    backupBefore: false,
    input: z.object({ path: pathField('read') }),
    output: templateSummarySchema,
  }),
  'assessment.templates.export': method({
    kind: 'read',
    consistency: 'committed',
    input: z.object({ id, version: id, path: pathField('write') }),
    output: z.object({ path: z.string() }),
  }),
  /** An editable copy under a new id (version 1), e.g. to change the default template's weights. */
  'assessment.templates.copy': method({
    kind: 'write',
    input: z.object({ id, version: id, newId: id.optional(), nameZh: id.optional(), nameEn: id.optional() }),
    output: templateSummarySchema,
  }),
  /** Replaces a template that is neither built in nor used by a finalized assessment, or adds a new one. */
  'assessment.templates.save': method({ kind: 'write', input: templateSchema, output: templateSummarySchema }),

  'assessment.list': method({ kind: 'read', input: z.object({}), output: z.array(assessmentSummarySchema) }),
  'assessment.create': method({
    kind: 'write',
    input: z.object({ year: assessmentYearSchema, templateId: id.optional(), templateVersion: id.optional() }),
    output: assessmentDetailSchema,
  }),
  'assessment.get': method({ kind: 'read', input: z.object({ id }), output: assessmentDetailSchema }),
  /** Merges the given answers into a draft; one refused answer refuses them all, naming each indicator. */
  'assessment.saveAnswers': method({
    kind: 'write',
    input: z.object({ id, answers: z.array(answerInputSchema) }),
    output: assessmentDetailSchema,
  }),
  /** By id, or the current assessment of a year, or (neither) of the latest year. */
  'assessment.score': method({
    kind: 'read',
    input: z.object({ id: id.optional(), year: assessmentYearSchema.optional() }),
    output: assessmentScoreSchema.extend({
      assessmentId: z.string(),
      year: z.number().int(),
      revision: z.number().int(),
      status: z.enum(['draft', 'finalized']),
    }),
  }),
  /** Locks a complete draft: who (the workspace's actor name), when, and the SHA-256 of its content. */
  'assessment.finalize': method({ kind: 'write', input: z.object({ id }), output: assessmentDetailSchema }),
  /** A new draft revision that supersedes a finalized assessment, starting from its answers and evidence. */
  'assessment.revise': method({ kind: 'write', input: z.object({ id }), output: assessmentDetailSchema }),
  /** The current revision of each year, oldest year first. */
  'assessment.trend': method({ kind: 'read', input: z.object({}), output: z.array(trendPointSchema) }),
  'assessment.compare': method({
    kind: 'read',
    input: z.object({ beforeId: id, afterId: id }),
    output: assessmentComparisonSchema.extend({ beforeId: z.string(), afterId: z.string() }),
  }),
};
