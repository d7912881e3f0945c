/**
 * What reports show, computed from ReportSources by the domains' own pure rules (shared/domain): the
 * assessment scores and trend, the plan's rule check and overdue milestones, each protected object's grading,
 * schedule and gap score, and the twelve-point readiness. Nothing here decides a rule of its own.
 */
import type { AssessmentScore, Grade, Template } from '../../../shared/contract/assessment/schemas';
import type { Plan, PlanPolicy, PlanRuleResult } from '../../../shared/contract/plan/schemas';
import type { GradingResult, MlpsLevel } from '../../../shared/contract/mlps/schemas';
import type { ReadinessReport } from '../../../shared/contract/governance/readiness';
import type { Finding } from '../../../shared/contract/core';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import { gbt22239Catalog } from '../../../shared/catalogs/mlps/gbt22239-2019';
import { findPolicy } from '../../../shared/catalogs/plan/policies';
import { scoreAssessment } from '../../../shared/domain/assessment';
import { computeReadiness } from '../../../shared/domain/governance';
import { checkGrading, computeSchedule, gradeObject, scoreGapAssessment, type Schedule, type ScoreReport } from '../../../shared/domain/mlps';
import { checkPlan, overdueMilestones, planReadiness, type OverdueMilestone } from '../../../shared/domain/plan';
import type { AssessmentRecord, MlpsObject, ReportSources } from './sources';

// ── assessment ────────────────────────────────────────────────────────────────────────────────────────

export interface ScoredAssessment {
  record: AssessmentRecord;
  template: Template;
  score: AssessmentScore;
}

export interface AssessmentView {
  /** The latest finalized assessment (the current grade), or null. */
  latest: ScoredAssessment | null;
  /** Finalized assessments, one per year (the newest revision), oldest first: the trend. */
  byYear: ScoredAssessment[];
  /** Assessments whose template is not in the workspace: they cannot be scored. */
  unscorable: AssessmentRecord[];
}

export function assessmentView(sources: ReportSources): AssessmentView | null {
  const section = sources.assessment;
  if (!section || section.assessments.length === 0) return null;
  const templates = [...section.templates, DEFAULT_TEMPLATE];
  const findTemplate = (record: AssessmentRecord) => templates.find((t) => t.id === record.templateId && t.version === record.templateVersion);
  const unscorable: AssessmentRecord[] = [];
  const byYear = new Map<number, ScoredAssessment>();
  for (const record of section.assessments) {
    if (record.status !== 'finalized' || record.supersededBy) continue;
    const template = findTemplate(record);
    if (!template) {
      unscorable.push(record);
      continue;
    }
    const previous = byYear.get(record.year);
    // Of two finalized assessments of one year, the later finalized counts (the other should be superseded).
    if (previous && (previous.record.finalizedAt ?? '') > (record.finalizedAt ?? '')) continue;
    byYear.set(record.year, { record, template, score: scoreAssessment(template, record.answers) });
  }
  const trend = [...byYear.values()].sort((a, b) => a.record.year - b.record.year);
  return { latest: trend.at(-1) ?? null, byYear: trend, unscorable };
}

// ── plan ──────────────────────────────────────────────────────────────────────────────────────────────

export interface PlanView {
  plan: Plan;
  /** Null when the plan names a policy this version does not know. */
  policy: PlanPolicy | null;
  currentGrade: Grade | null;
  rules: PlanRuleResult[];
  ready: boolean;
  overdue: OverdueMilestone[];
  milestonesDone: number;
}

export function planView(sources: ReportSources, assessment: AssessmentView | null): PlanView | null {
  const plan = sources.plan;
  if (!plan) return null;
  const policy = findPolicy(plan.policyId) ?? null;
  const currentGrade = assessment?.latest?.score.grade ?? null;
  const indicatorIds = assessment?.latest?.template.elements.flatMap((element) => element.indicators.map((indicator) => indicator.id));
  const rules = policy ? checkPlan(plan, { currentGrade, today: sources.asOf, policy, ...(indicatorIds ? { indicatorIds } : {}) }) : [];
  return {
    plan,
    policy,
    currentGrade,
    rules,
    ready: policy !== null && planReadiness(rules).ready,
    overdue: overdueMilestones(plan.milestones, sources.asOf),
    milestonesDone: plan.milestones.filter((milestone) => milestone.status === 'done').length,
  };
}

// ── mlps ──────────────────────────────────────────────────────────────────────────────────────────────

export interface ObjectView {
  object: MlpsObject;
  /** From the grading judgements when recorded; else only the stored level is known. */
  grading: GradingResult | null;
  level: MlpsLevel | null;
  schedule: Schedule | null;
  /** The gap assessment's score; null when the object has none. */
  score: ScoreReport | null;
  /** Grading checks about this object (a host graded lower, a missing expert review …). */
  findings: Finding[];
}

export interface MlpsView {
  objects: ObjectView[];
  catalog: { id: string; version: string; name: string };
}

export function mlpsView(sources: ReportSources): MlpsView | null {
  const objects = sources.mlps?.objects ?? [];
  if (objects.length === 0) return null;
  const levels = objects.map((object) => (object.grading ? gradeObject(object.grading).level : (object.level ?? null)));
  const gradingFindings = checkGrading(objects.map((object, i) => ({ ...object, level: levels[i] ?? undefined })));
  return {
    catalog: { id: gbt22239Catalog.id, version: gbt22239Catalog.version, name: gbt22239Catalog.name },
    objects: objects.map((object, row) => {
      const level = levels[row] ?? null;
      return {
        object,
        grading: object.grading ? gradeObject(object.grading) : null,
        level,
        schedule: level === null ? null : computeSchedule(scheduleInput(object, level), { today: sources.asOf }),
        score: object.gap ? scoreGapAssessment(gbt22239Catalog, object.gap) : null,
        findings: gradingFindings.filter((finding) => finding.row === row),
      };
    }),
  };
}

function scheduleInput(object: MlpsObject, level: MlpsLevel) {
  return {
    level,
    newSystem: object.newSystem ?? false,
    assessmentsCompletedOn: object.assessmentsCompletedOn,
    ...(object.grading?.gradedOn ? { gradedOn: object.grading.gradedOn } : {}),
    ...(object.goLiveOn ? { goLiveOn: object.goLiveOn } : {}),
    ...(object.filing?.filedOn ? { filedOn: object.filing.filedOn } : {}),
    ...(object.filing?.certificateOn ? { certificateOn: object.filing.certificateOn } : {}),
  };
}

// ── readiness (the twelve points) ─────────────────────────────────────────────────────────────────────

export function readinessView(sources: ReportSources, assessment: AssessmentView | null, plan: PlanView | null, mlps: MlpsView | null): ReadinessReport {
  const objects = mlps?.objects ?? [];
  const needingFiling = objects.filter((o) => o.level !== null && o.level >= 2);
  return computeReadiness({
    asOf: sources.asOf,
    assessment: { latestFinalizedGrade: assessment?.latest?.score.grade ?? null },
    plan: { exists: plan !== null, ready: plan?.ready ?? false },
    governance: sources.governance ?? { cio: null, department: null, performance: null },
    sam: {
      products: sources.sam?.counts.products ?? 0,
      entitlements: sources.sam?.counts.entitlements ?? 0,
      genuineRate: sources.sam?.position.summary.genuineRate ?? null,
    },
    mlps: {
      objects: objects.length,
      graded: objects.filter((o) => o.level !== null).length,
      needingFiling: needingFiling.length,
      filed: needingFiling.filter((o) => o.object.filing?.filedOn).length,
    },
    declarations: (sources.declarations ?? []).map((d) => ({ formId: d.formId, status: d.status })),
  });
}

// ── all of them, computed once per report ─────────────────────────────────────────────────────────────

export interface ReportViews {
  sources: ReportSources;
  assessment: AssessmentView | null;
  plan: PlanView | null;
  mlps: MlpsView | null;
  readiness: ReadinessReport;
}

export function computeViews(sources: ReportSources): ReportViews {
  const assessment = assessmentView(sources);
  const plan = planView(sources, assessment);
  const mlps = mlpsView(sources);
  return { sources, assessment, plan, mlps, readiness: readinessView(sources, assessment, plan, mlps) };
}
