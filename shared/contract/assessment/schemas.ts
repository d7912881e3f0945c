/**
 * Informatization self-assessment (信息化水平自评): indicator templates, answers and score results.
 *
 * Weights, declared once for the whole template in `weightsSum` (e.g. 100):
 * - the element weights of a template sum to `weightsSum`;
 * - the indicator weights inside each element also sum to `weightsSum`: an indicator's weight is its share of
 *   its element, so changing an element's weight never forces the indicators to be re-weighted.
 * An element scores 0–100 from its indicators; the total is the element scores weighted by element weight.
 * The rules that go beyond one field (sums, ordering, unique ids, bands) live in shared/domain/assessment.
 */
import { z } from 'zod';

/** Grades from best to worst, as the 2008 evaluation measures name them. */
export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export const gradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof gradeSchema>;

const id = z.string().trim().min(1);
const text = z.string().trim().min(1);
const weight = z.number().finite().nonnegative();
const points = z.number().finite().nonnegative();

export const yesNoRuleSchema = z.object({
  kind: z.literal('yesno'),
  /** Points for "yes"; "no" scores 0. */
  yesPoints: z.number().finite().positive(),
});

export const scaleAnchorSchema = z.object({ zh: text, en: text });
export const scaleRuleSchema = z.object({
  kind: z.literal('scale'),
  /** One description per point, index 0 to 5: the answer is the point whose description fits best. */
  anchors: z.tuple([scaleAnchorSchema, scaleAnchorSchema, scaleAnchorSchema, scaleAnchorSchema, scaleAnchorSchema, scaleAnchorSchema]),
});
/** The 0–5 scale's top point. */
export const SCALE_MAX = 5;

export const numericBandSchema = z.object({
  /** Inclusive lower bound. */
  min: z.number().finite(),
  /** Exclusive upper bound; omitted on the last band means "and above". */
  max: z.number().finite().optional(),
  points,
});
export const numericRuleSchema = z.object({
  kind: z.literal('numeric'),
  unitZh: z.string().optional(),
  unitEn: z.string().optional(),
  /** The range an answer must fall in (inclusive); no maxValue means no upper limit. */
  minValue: z.number().finite(),
  maxValue: z.number().finite().optional(),
  integer: z.boolean().optional(),
  /** Bands in ascending order that together cover [minValue, maxValue] with no overlap and no gap. */
  bands: z.array(numericBandSchema).min(1),
});

export const choiceOptionSchema = z.object({ id, labelZh: text, labelEn: text, points });
export const singleChoiceRuleSchema = z.object({
  kind: z.literal('single'),
  options: z.array(choiceOptionSchema).min(2),
});
export const multiChoiceRuleSchema = z.object({
  kind: z.literal('multi'),
  options: z.array(choiceOptionSchema).min(2),
  /** The sum of the chosen options' points is capped here; the cap is the indicator's full score. */
  cap: z.number().finite().positive(),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  yesNoRuleSchema,
  scaleRuleSchema,
  numericRuleSchema,
  singleChoiceRuleSchema,
  multiChoiceRuleSchema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type NumericRule = z.infer<typeof numericRuleSchema>;
export type NumericBand = z.infer<typeof numericBandSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const indicatorSchema = z.object({
  id,
  nameZh: text,
  nameEn: text,
  description: z.object({ zh: text, en: text }),
  /** Share of its element; an element's indicator weights sum to the template's weightsSum. */
  weight,
  /** Whether an answer must be backed by an attached document (policy text, report, screenshot…). */
  evidenceRequired: z.boolean(),
  rule: ruleSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const elementSchema = z.object({
  id,
  nameZh: text,
  nameEn: text,
  /** Share of the total; the element weights sum to the template's weightsSum. */
  weight,
  indicators: z.array(indicatorSchema).min(1),
});

/** Minimum total score (0–100) for each grade; strictly descending from A to E, and E is 0. */
export const gradeThresholdsSchema = z.object({
  A: z.number().min(0).max(100),
  B: z.number().min(0).max(100),
  C: z.number().min(0).max(100),
  D: z.number().min(0).max(100),
  E: z.number().min(0).max(100),
});
export type GradeThresholds = z.infer<typeof gradeThresholdsSchema>;

export const templateSchema = z.object({
  id,
  version: id,
  nameZh: text,
  nameEn: text,
  /** Where the template's weights and thresholds come from, shown beside every score. */
  notesZh: z.string(),
  notesEn: z.string(),
  weightsSum: z.number().finite().positive(),
  elements: z.array(elementSchema).min(1),
  gradeThresholds: gradeThresholdsSchema,
});
export type Template = z.infer<typeof templateSchema>;

/** yes/no → boolean; scale and numeric → number; single → option id; multi → option ids. */
export const answerValueSchema = z.union([z.boolean(), z.number().finite(), z.string(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  indicatorId: id,
  value: answerValueSchema,
  note: z.string().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

// ---- Score results (computed by shared/domain/assessment, stored and shown by the backend and renderer) ----

export const indicatorScoreSchema = z.object({
  indicatorId: z.string(),
  elementId: z.string(),
  /** An answer was given and it is valid for the indicator's rule. */
  answered: z.boolean(),
  points: z.number(),
  maxPoints: z.number(),
  /** points / maxPoints, 0–1. */
  ratio: z.number(),
});

/** How many indicators carry a valid answer, out of how many. */
export const completionSchema = z.object({ answered: z.number().int(), total: z.number().int() });

export const elementScoreSchema = z.object({
  elementId: z.string(),
  weight: z.number(),
  /** 0–100, rounded to 2 decimals. */
  score: z.number(),
  completion: completionSchema,
});

export const formulaSchema = z.object({
  /** Stable id of the formula, recorded with every score so a later change of formula is visible. */
  id: z.string(),
  /** i18n key of the sentence that explains it; `params` fill its placeholders. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  weightsSum: z.number(),
  elementWeights: z.array(z.object({ elementId: z.string(), weight: z.number() })),
});
export type Formula = z.infer<typeof formulaSchema>;

export const assessmentScoreSchema = z.object({
  templateId: z.string(),
  templateVersion: z.string(),
  elements: z.array(elementScoreSchema),
  indicators: z.array(indicatorScoreSchema),
  /** 0–100, rounded to 2 decimals; the grade is read from this rounded value. */
  total: z.number(),
  grade: gradeSchema,
  completion: completionSchema,
  /** Every indicator carries a valid answer. */
  complete: z.boolean(),
  formula: formulaSchema,
});
export type AssessmentScore = z.infer<typeof assessmentScoreSchema>;

export const indicatorMoveSchema = z.object({
  indicatorId: z.string(),
  elementId: z.string(),
  /** Score rates in percent (ratio × 100) before and after. */
  before: z.number(),
  after: z.number(),
  delta: z.number(),
  direction: z.enum(['up', 'down']),
});
export type IndicatorMove = z.infer<typeof indicatorMoveSchema>;

export const assessmentComparisonSchema = z.object({
  moved: z.array(indicatorMoveSchema),
  /** Indicators only one of the two assessments' templates has. */
  onlyBefore: z.array(z.string()),
  onlyAfter: z.array(z.string()),
  elements: z.array(
    z.object({ elementId: z.string(), before: z.number().nullable(), after: z.number().nullable(), delta: z.number().nullable() }),
  ),
  total: z.object({ before: z.number(), after: z.number(), delta: z.number() }),
  grade: z.object({ before: gradeSchema, after: gradeSchema }),
});
export type AssessmentComparison = z.infer<typeof assessmentComparisonSchema>;

// ---- Stored records: what the workspace keeps, what methods return and what the data JSON carries ----

export const ASSESSMENT_STATUSES = ['draft', 'finalized'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

/** Assessment years: the 2007 baseline onward, any year a person might type by mistake refused. */
export const assessmentYearSchema = z
  .number()
  .int()
  .min(2000, { message: 'assessment.year.invalid' })
  .max(2100, { message: 'assessment.year.invalid' });

/** A stored answer: `value` null means the indicator has only a note so far and counts as unanswered. */
export const storedAnswerSchema = z.object({
  indicatorId: id,
  value: answerValueSchema.nullable(),
  note: z.string(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Recorded once, when an assessment is finalized; the score is kept as computed then. */
export const finalizationSchema = z.object({
  at: z.string(),
  by: z.string().min(1),
  /** SHA-256 of the assessment's canonical content (see main/backend/assessment/content-hash.ts). */
  contentHash: sha256Hex,
  score: assessmentScoreSchema,
});
export type Finalization = z.infer<typeof finalizationSchema>;

export const assessmentRecordSchema = z.object({
  id,
  year: assessmentYearSchema,
  /** 1 for the first assessment of a year; a revision supersedes the finalized one before it. */
  revision: z.number().int().min(1),
  templateId: id,
  templateVersion: id,
  status: assessmentStatusSchema,
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finalization: finalizationSchema.nullable(),
  answers: z.array(storedAnswerSchema),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const assessmentSummarySchema = z.object({
  id: z.string(),
  year: z.number().int(),
  revision: z.number().int(),
  status: assessmentStatusSchema,
  templateId: z.string(),
  templateVersion: z.string(),
  supersededBy: z.string().nullable(),
  total: z.number(),
  grade: gradeSchema,
  completion: completionSchema,
  finalizedAt: z.string().nullable(),
  finalizedBy: z.string().nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** Shipped with Denggao: never changed in the workspace; copy it to edit. */
  builtin: z.boolean(),
  /** A finalized assessment uses it: never changed in place. */
  locked: z.boolean(),
  indicatorCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** Evidence files of an answer are attachments owned by `assessment` / `<assessment id>/<indicator id>`. */
export const EVIDENCE_DOMAIN = 'assessment';
export function evidenceOwner(assessmentId: string, indicatorId: string): { domain: string; entityId: string } {
  return { domain: EVIDENCE_DOMAIN, entityId: `${assessmentId}/${indicatorId}` };
}
