/**
 * What a receiver reads out of one filing's data JSON. The document is parsed with the workspace's own
 * schema (shared/contract/data.ts), so every figure comes from the real, typed sections and the domains'
 * own rules: the current finalized assessment and its stored score, the latest plan's progress, protected
 * objects per level and whether they are filed, gap-assessment conclusions scored as the mlps backend
 * scores them, and the licence position over the software-asset registers.
 *
 * A section the sender left out parses to its empty default; a section with no records is "not reported"
 * (null), never a row of zeros, so the consolidated view does not count it (docs/filing-package.md,
 * "Consolidation").
 */
import type { z } from 'zod';
import { workspaceDataSchema } from '../../contract/data';
import type { CatalogRef } from '../../contract/filing/schemas';
import { MLPS_LEVEL_KEYS, type FilingSummary, type LevelCount, type MetricChange } from '../../contract/filing/receiver';
import { mlpsPolicy } from '../../catalogs/mlps/policy';
import { currentFinalizedAssessment } from '../assessment/current';
import { gradeObject } from '../mlps/grading';
import { assessableLevel, catalogInUse, scoreObjectGap } from '../mlps/object-score';
import { isMilestoneOverdue } from '../plan/schedule';
import { computeLicencePosition } from '../sam/position';

export { SUMMARY_VERSION } from './summary-version';

/**
 * A filed data JSON: the workspace's document, in which the sender may have left out any section — the
 * profile too, which a whole-workspace import requires.
 */
export const filedDataSchema = workspaceDataSchema.partial({ profile: true });
export type FiledData = z.output<typeof filedDataSchema>;

/** Keys of the data JSON that are its envelope, not a section. */
const ENVELOPE_KEYS = new Set(['formatVersion', 'generator', 'exportedAt']);

type RawData = Record<string, unknown>;

/** The sections the document itself carries (not the defaults parsing fills in). */
export function sectionsOf(data: RawData): string[] {
  return Object.keys(data).filter((key) => !ENVELOPE_KEYS.has(key));
}

/** The filed data parsed with the workspace's schema; a receiver refuses a package whose data does not parse. */
export function parseFiledData(raw: unknown) {
  return filedDataSchema.safeParse(raw);
}

// ── Assessment ────────────────────────────────────────────────────────────────────────────────────────

function summarizeAssessment(data: FiledData): FilingSummary['assessment'] {
  const current = currentFinalizedAssessment(data.assessments);
  if (!current) return null;
  const { score } = current.finalization;
  return {
    year: current.year,
    revision: current.revision,
    total: score.total,
    grade: score.grade,
    finalizedAt: current.finalization.at,
    templateId: score.templateId,
    templateVersion: score.templateVersion,
  };
}

// ── Plan ──────────────────────────────────────────────────────────────────────────────────────────────

function summarizePlan(data: FiledData, asOf: string): FilingSummary['plan'] {
  const record = [...data.plans].sort((a, b) => b.plan.year - a.plan.year)[0];
  if (!record) return null;
  const { plan } = record;
  const open = plan.milestones.filter((milestone) => milestone.status !== 'cancelled');
  const percent = open.length === 0 ? 0 : open.reduce((sum, milestone) => sum + milestone.percentComplete, 0) / open.length;
  return {
    year: plan.year,
    status: record.status,
    targetGrade: plan.targetGrade,
    targetDate: plan.targetDate,
    milestones: open.length,
    done: open.filter((milestone) => milestone.status === 'done').length,
    overdue: open.filter((milestone) => isMilestoneOverdue(milestone, asOf)).length,
    percentComplete: round1(percent),
  };
}

// ── Graded protection ─────────────────────────────────────────────────────────────────────────────────

type StoredObject = FiledData['mlps']['objects'][number];

const levelOf = (object: StoredObject) => (object.grading ? gradeObject(object.grading).level : null);

function summarizeProtectedObjects(data: FiledData): FilingSummary['protectedObjects'] {
  const objects = data.mlps.objects;
  if (objects.length === 0) return null;
  const levels: LevelCount[] = MLPS_LEVEL_KEYS.map((level) => ({ level, objects: 0, filed: 0, notFiled: 0 }));
  let ungraded = 0;
  for (const object of objects) {
    const level = levelOf(object);
    if (level === null) {
      ungraded++;
      continue;
    }
    const row = levels[level - 1]!;
    row.objects++;
    if (object.filing) row.filed++;
    else if (level >= mlpsPolicy.filingFromLevel) row.notFiled++;
  }
  return { total: objects.length, ungraded, levels };
}

function summarizeGaps(data: FiledData): FilingSummary['gap'] {
  const catalog = catalogInUse(data.mlps);
  const objects = new Map(data.mlps.objects.map((object) => [object.id, object]));
  const gap = {
    assessed: 0,
    compliant: 0,
    basicallyCompliant: 0,
    noncompliant: 0,
    highRisks: 0,
    provisional: 0,
    majorHiddenRisks: 0,
    majorHiddenRisksRemediated: 0,
  };
  for (const assessment of data.mlps.assessments) {
    const object = objects.get(assessment.objectId);
    const level = object ? assessableLevel(catalog, levelOf(object)) : null;
    if (!object || level === null || assessment.items.length === 0) continue;
    const majorHiddenRisks = data.mlps.majorHiddenRisks.filter((risk) => risk.objectId === object.id);
    const report = scoreObjectGap(catalog, {
      level,
      extensions: object.extensions,
      items: assessment.items,
      controlPoints: assessment.controlPoints,
      majorHiddenRisks,
    });
    if (!report.compliance2025) continue;
    gap.assessed++;
    gap.highRisks += report.risks.high;
    if (report.provisional) gap.provisional++;
    gap.majorHiddenRisks += report.majorHiddenRisks.recorded;
    gap.majorHiddenRisksRemediated += report.majorHiddenRisks.remediated;
    const conclusion = report.compliance2025.conclusion;
    if (conclusion === 'compliant') gap.compliant++;
    else if (conclusion === 'basically-compliant') gap.basicallyCompliant++;
    else gap.noncompliant++;
  }
  return gap.assessed === 0 ? null : gap;
}

// ── Software assets ───────────────────────────────────────────────────────────────────────────────────

function summarizeLicences(data: FiledData, asOf: string): FilingSummary['licences'] {
  const { products, entitlements, installations } = data.sam;
  // Nothing installed and nothing bought: the enterprise did not report its estate, it does not have 0 %.
  if (installations.length === 0 && entitlements.length === 0) return null;
  const position = computeLicencePosition({ products, entitlements, installations, today: asOf });
  return {
    installations: position.summary.installations,
    covered: position.summary.coveredInstallations,
    genuineRate: position.summary.genuineRate,
    shortfallUnits: position.rows.reduce((sum, row) => sum + row.shortfall, 0),
    shortfallRows: position.summary.shortfallRows,
  };
}

// ── Summary ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * The summary of one filing's data JSON as filed, as of `asOf` (YYYY-MM-DD, the day it was signed). Data
 * that does not parse (import refuses it; only a filing stored by an older version could hold it) reports
 * nothing but its sections.
 */
export function summarizeFiling(raw: RawData, asOf: string): FilingSummary {
  const sections = sectionsOf(raw);
  const parsed = parseFiledData(raw);
  if (!parsed.success) return { sections, assessment: null, plan: null, protectedObjects: null, gap: null, licences: null };
  const data = parsed.data;
  return {
    sections,
    assessment: summarizeAssessment(data),
    plan: summarizePlan(data, asOf),
    protectedObjects: summarizeProtectedObjects(data),
    gap: summarizeGaps(data),
    licences: summarizeLicences(data, asOf),
  };
}

/** The stored score of the filing's current finalized assessment, for comparing two filings indicator by indicator. */
export function currentAssessmentScore(raw: RawData) {
  const parsed = parseFiledData(raw);
  return parsed.success ? (currentFinalizedAssessment(parsed.data.assessments)?.finalization.score ?? null) : null;
}

/**
 * The templates and catalogs the data names, for the manifest: every `{ templateId, templateVersion }` and
 * `{ catalogId, catalogVersion }` pair anywhere in the data, plus the data format itself.
 */
export function catalogsUsed(data: RawData): CatalogRef[] {
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

/** A rate (0–1) as the percentage figures show and compare, to one place; null stays null. */
export function percentOfRate(rate: number | null | undefined): number | null {
  return rate == null ? null : round1(rate * 100);
}

/** A figure read from two sides (two filings, two periods) with its change, to one place, where both have a number. */
export function changeOf<Side>(metric: string, read: (side: Side) => number | string | null, before: Side, after: Side): MetricChange {
  const a = read(before);
  const b = read(after);
  return { metric, before: a, after: b, delta: typeof a === 'number' && typeof b === 'number' ? round1(b - a) : null };
}
