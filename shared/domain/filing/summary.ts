/**
 * What a receiver reads out of one filing's data JSON, with the domains' own pure rules: the assessment's
 * grade, the plan's progress, protected objects per level and filing status, gap results, and the licence
 * position. The data JSON comes from another program version, possibly with sections missing or shaped
 * differently: every reader tolerates absence (→ null) and skips records it cannot parse, never throws.
 *
 * Where each section is looked for is listed in SECTION_PATHS (one place, documented in
 * docs/filing-package.md, "Consolidation").
 */
import { z } from 'zod';
import { assessmentScoreSchema, type AssessmentScore } from '../../contract/assessment/schemas';
import { gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import { mlpsPolicy } from '../../catalogs/mlps/policy';
import type { CatalogRef } from '../../contract/filing/schemas';
import { MLPS_LEVEL_KEYS, type FilingSummary, type LevelCount } from '../../contract/filing/receiver';
import { gapAssessmentSchema, mlpsLevelSchema } from '../../contract/mlps/schemas';
import { planSchema, type Plan } from '../../contract/plan/schemas';
import { entitlementSchema, installationSchema, productSchema } from '../../contract/sam/schemas';
import { scoreGapAssessment } from '../mlps/scoring';
import { isMilestoneOverdue } from '../plan/schedule';
import { computeLicencePosition } from '../sam/position';

/** Bump when a summary would come out differently for the same data: stored summaries are then recomputed. */
export const SUMMARY_VERSION = 1;

/** Keys of the data JSON that are its envelope, not a section. */
const ENVELOPE_KEYS = new Set(['formatVersion', 'generator', 'exportedAt']);

/** Candidate locations of each section, first match wins (dotted paths into the data JSON). */
export const SECTION_PATHS = {
  assessments: ['assessments', 'assessment.assessments', 'assessment'],
  plan: ['plan.plan', 'plan', 'plans'],
  protectedObjects: ['mlps.objects', 'mlps.protectedObjects', 'mlps'],
  sam: ['sam'],
} as const;

type Data = Record<string, unknown>;

export function sectionsOf(data: Data): string[] {
  return Object.keys(data).filter((key) => !ENVELOPE_KEYS.has(key));
}

function at(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function firstPresent(data: Data, paths: readonly string[], accept: (value: unknown) => boolean): unknown {
  for (const path of paths) {
    const value = at(data, path);
    if (value !== undefined && value !== null && accept(value)) return value;
  }
  return undefined;
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parsedRows<T>(rows: unknown, schema: z.ZodType<T>): T[] {
  if (!isArray(rows)) return [];
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

// ── Assessment ────────────────────────────────────────────────────────────────────────────────────────

const assessmentRecordLike = z.object({
  year: z.number().int().optional(),
  revision: z.number().int().optional(),
  status: z.string().optional(),
  supersededBy: z.string().nullable().optional(),
  finalization: z.object({ score: assessmentScoreSchema }).nullable().optional(),
  score: assessmentScoreSchema.optional(),
});
type AssessmentRecordLike = z.infer<typeof assessmentRecordLike>;

const scoreOf = (record: AssessmentRecordLike): AssessmentScore | undefined => record.finalization?.score ?? record.score;

/** The assessment the enterprise stands on: finalized before draft, then the latest year and revision. */
function currentAssessment(data: Data): { record: AssessmentRecordLike; score: AssessmentScore } | null {
  const rows = firstPresent(data, SECTION_PATHS.assessments, isArray);
  const candidates = parsedRows(rows, assessmentRecordLike)
    .filter((record) => !record.supersededBy && scoreOf(record))
    .sort((a, b) => Number(Boolean(b.finalization)) - Number(Boolean(a.finalization)) || (b.year ?? 0) - (a.year ?? 0) || (b.revision ?? 0) - (a.revision ?? 0));
  const record = candidates[0];
  return record ? { record, score: scoreOf(record)! } : null;
}

export function currentAssessmentScore(data: Data): AssessmentScore | null {
  return currentAssessment(data)?.score ?? null;
}

function summarizeAssessment(data: Data): FilingSummary['assessment'] {
  const current = currentAssessment(data);
  if (!current) return null;
  const { record, score } = current;
  return {
    year: record.year ?? null,
    total: score.total,
    grade: score.grade,
    finalized: Boolean(record.finalization),
    templateId: score.templateId,
    templateVersion: score.templateVersion,
  };
}

// ── Plan ──────────────────────────────────────────────────────────────────────────────────────────────

function currentPlan(data: Data): Plan | null {
  const found = firstPresent(data, SECTION_PATHS.plan, (value) => isObject(value) || isArray(value));
  const plans = isArray(found) ? parsedRows(found.map((row) => (isObject(row) && isObject(row.plan) ? row.plan : row)), planSchema) : parsedRows([found], planSchema);
  return plans.sort((a, b) => b.year - a.year)[0] ?? null;
}

function summarizePlan(data: Data, asOf: string): FilingSummary['plan'] {
  const plan = currentPlan(data);
  if (!plan) return null;
  const open = plan.milestones.filter((milestone) => milestone.status !== 'cancelled');
  const percent = open.length === 0 ? 0 : open.reduce((sum, milestone) => sum + milestone.percentComplete, 0) / open.length;
  return {
    year: plan.year,
    targetGrade: plan.targetGrade,
    targetDate: plan.targetDate,
    milestones: open.length,
    done: open.filter((milestone) => milestone.status === 'done').length,
    overdue: open.filter((milestone) => isMilestoneOverdue(milestone, asOf)).length,
    percentComplete: round1(percent),
  };
}

// ── Graded protection ─────────────────────────────────────────────────────────────────────────────────

const protectedObjectLike = z.object({
  level: mlpsLevelSchema.nullable().optional(),
  filedOn: z.string().nullable().optional(),
  filingNumber: z.string().nullable().optional(),
  filing: z
    .object({ filedOn: z.string().nullable().optional(), number: z.string().nullable().optional(), filingNumber: z.string().nullable().optional() })
    .nullable()
    .optional(),
  gapAssessment: z.unknown().optional(),
  gap: z.unknown().optional(),
});
type ProtectedObjectLike = z.infer<typeof protectedObjectLike>;

function isFiled(object: ProtectedObjectLike): boolean {
  const marks = [object.filedOn, object.filingNumber, object.filing?.filedOn, object.filing?.number, object.filing?.filingNumber];
  return marks.some((mark) => typeof mark === 'string' && mark.trim() !== '');
}

function protectedObjects(data: Data): ProtectedObjectLike[] | null {
  const rows = firstPresent(data, SECTION_PATHS.protectedObjects, isArray);
  return rows === undefined ? null : parsedRows(rows, protectedObjectLike);
}

function summarizeProtectedObjects(objects: ProtectedObjectLike[] | null): FilingSummary['protectedObjects'] {
  if (!objects) return null;
  const levels: LevelCount[] = MLPS_LEVEL_KEYS.map((level) => ({ level, objects: 0, filed: 0, notFiled: 0 }));
  let ungraded = 0;
  for (const object of objects) {
    const level = object.level ?? null;
    const row = level === null ? undefined : levels[level - 1];
    if (!row) {
      ungraded++;
      continue;
    }
    row.objects++;
    if (isFiled(object)) row.filed++;
    else if (row.level >= mlpsPolicy.filingFromLevel) row.notFiled++;
  }
  return { total: objects.length, ungraded, levels };
}

function summarizeGaps(objects: ProtectedObjectLike[] | null): FilingSummary['gap'] {
  if (!objects) return null;
  const gap = { assessed: 0, compliant: 0, basicallyCompliant: 0, noncompliant: 0, highRisks: 0 };
  for (const object of objects) {
    const parsed = gapAssessmentSchema.safeParse(object.gapAssessment ?? object.gap);
    if (!parsed.success || parsed.data.items.length === 0) continue;
    const report = scoreGapAssessment(gbt22239Catalog, parsed.data);
    if (!report.compliance2025) continue;
    gap.assessed++;
    gap.highRisks += report.risks.high;
    const conclusion = report.compliance2025.conclusion;
    if (conclusion === 'compliant') gap.compliant++;
    else if (conclusion === 'basically-compliant') gap.basicallyCompliant++;
    else gap.noncompliant++;
  }
  return gap;
}

// ── Software assets ───────────────────────────────────────────────────────────────────────────────────

function summarizeLicences(data: Data, asOf: string): FilingSummary['licences'] {
  const sam = firstPresent(data, SECTION_PATHS.sam, isObject) as Record<string, unknown> | undefined;
  if (!sam) return null;
  const position = computeLicencePosition({
    products: parsedRows(sam.products, productSchema),
    entitlements: parsedRows(sam.entitlements, entitlementSchema),
    installations: parsedRows(sam.installations, installationSchema),
    today: asOf,
  });
  return {
    installations: position.summary.installations,
    covered: position.summary.coveredInstallations,
    genuineRate: position.summary.genuineRate,
    shortfallUnits: position.rows.reduce((sum, row) => sum + row.shortfall, 0),
    shortfallRows: position.summary.shortfallRows,
  };
}

// ── Summary ───────────────────────────────────────────────────────────────────────────────────────────

/** The summary of one filing, as of `asOf` (YYYY-MM-DD, the day it was signed). */
export function summarizeFiling(data: Data, asOf: string): FilingSummary {
  const objects = protectedObjects(data);
  return {
    sections: sectionsOf(data),
    assessment: summarizeAssessment(data),
    plan: summarizePlan(data, asOf),
    protectedObjects: summarizeProtectedObjects(objects),
    gap: summarizeGaps(objects),
    licences: summarizeLicences(data, asOf),
  };
}

/**
 * The templates and catalogs the data names, for the manifest: every `{ templateId, templateVersion }` and
 * `{ catalogId, catalogVersion }` pair anywhere in the data, plus the data format itself.
 */
export function catalogsUsed(data: Data): CatalogRef[] {
  const found = new Map<string, CatalogRef>();
  const add = (id: unknown, version: unknown) => {
    if (typeof id === 'string' && id !== '' && (typeof version === 'string' || typeof version === 'number') && !found.has(id)) {
      found.set(id, { id: id.slice(0, 200), version: String(version).slice(0, 100) });
    }
  };
  add('denggao-data', String(data.formatVersion ?? 1));
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    add(record.templateId, record.templateVersion);
    add(record.catalogId, record.catalogVersion);
    for (const child of Object.values(record)) if (typeof child === 'object') visit(child, depth + 1);
  };
  for (const key of sectionsOf(data)) visit(data[key], 0);
  return [...found.values()].slice(0, 1000);
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
