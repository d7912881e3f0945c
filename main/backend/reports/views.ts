/**
 * What reports show beyond the data itself, computed from ReportSources by the domains' own pure rules
 * (shared/domain): the current grade and trend of the finalized assessments, the plan's rule check and overdue
 * milestones, and the twelve-point readiness. The per-object mlps projection (grading, schedule, gap score,
 * filing form) is made in sources.ts. Nothing here decides a rule of its own.
 */
import type { Grade } from '../../../shared/contract/assessment/schemas';
import type { Plan, PlanPolicy, PlanRecord, PlanRuleResult } from '../../../shared/contract/plan/schemas';
import type { ReadinessReport } from '../../../shared/contract/governance/readiness';
import { mlpsPolicy } from '../../../shared/catalogs/mlps/policy';
import { computeReadiness, summarizeSecurity } from '../../../shared/domain/governance';
import type { Finding } from '../../../shared/contract/core';
import { checkPlan, deadlineWarnings, overdueMilestones, planReadiness, type OverdueMilestone } from '../../../shared/domain/plan';
import type { FinalizedAssessment, MlpsSource, ReportSources } from './sources';

// ── assessment ────────────────────────────────────────────────────────────────────────────────────────

export interface AssessmentView {
  /** The latest finalized assessment (the current grade). */
  latest: FinalizedAssessment;
  /** Finalized assessments, one per year, oldest first: the trend. */
  byYear: FinalizedAssessment[];
}

export function assessmentView(sources: ReportSources): AssessmentView | null {
  const latest = sources.assessments.at(-1);
  return latest ? { latest, byYear: sources.assessments } : null;
}

// ── plan ──────────────────────────────────────────────────────────────────────────────────────────────

export interface PlanView {
  record: PlanRecord;
  plan: Plan;
  /** Null when the plan names a cycle this workspace does not know. */
  policy: PlanPolicy | null;
  /** Missed deadlines of the plan's cycle (its filing deadline, while the plan is not ready). */
  warnings: Finding[];
  currentGrade: Grade | null;
  /** The rules checked as of the report's day, against the current grade. */
  rules: PlanRuleResult[];
  /** Every rule passes today. */
  rulesPass: boolean;
  /** Indicator names of the template the plan is checked against, by id. */
  indicatorNames: ReadonlyMap<string, { nameZh: string; nameEn: string }>;
  overdue: OverdueMilestone[];
  milestonesDone: number;
}

export function planView(sources: ReportSources, assessment: AssessmentView | null): PlanView | null {
  const record = sources.plan;
  if (!record) return null;
  const { plan } = record;
  const policy = sources.planPolicy;
  const currentGrade = assessment?.latest.score.grade ?? null;
  const indicators = assessment?.latest.template?.elements.flatMap((element) => element.indicators);
  const indicatorIds = indicators?.map((indicator) => indicator.id);
  const rules = policy ? checkPlan(plan, { currentGrade, today: sources.asOf, policy, ...(indicatorIds ? { indicatorIds } : {}) }) : [];
  return {
    record,
    plan,
    policy,
    warnings: policy ? deadlineWarnings(policy, sources.asOf, record.status === 'ready') : [],
    currentGrade,
    rules,
    rulesPass: policy !== null && planReadiness(rules).ready,
    indicatorNames: new Map((indicators ?? []).map((indicator) => [indicator.id, indicator])),
    overdue: overdueMilestones(plan.milestones, sources.asOf),
    milestonesDone: plan.milestones.filter((milestone) => milestone.status === 'done').length,
  };
}

// ── readiness (the twelve points) ─────────────────────────────────────────────────────────────────────

export function readinessView(
  sources: ReportSources,
  assessment: AssessmentView | null,
  plan: PlanView | null,
  mlps: MlpsSource | null,
): ReadinessReport {
  const objects = mlps?.objects ?? [];
  const { mechanisms } = sources;
  return computeReadiness({
    asOf: sources.asOf,
    assessment: { latestFinalizedGrade: assessment?.latest.score.grade ?? null },
    // As the readiness page reads it: the status the plan was marked with.
    plan: { exists: plan !== null, ready: plan?.record.status === 'ready' },
    governance: sources.governance,
    sam: {
      products: sources.sam?.counts.products ?? 0,
      entitlements: sources.sam?.counts.entitlements ?? 0,
      genuineRate: sources.sam?.position.summary.genuineRate ?? null,
    },
    mlps: summarizeSecurity(
      {
        objects: objects.map((o) => ({
          level: o.level,
          filed: o.filing !== null,
          assessed: (o.filing?.assessments.length ?? 0) > 0,
          assessmentOverdue: o.schedule.items.some((item) => item.kind === 'assessment' && item.status === 'overdue'),
          hasRecovery: o.recovery !== null,
        })),
        risks: mechanisms.risks,
        majorHiddenRisks: mechanisms.majorHiddenRisks.filter((risk) => !risk.remediated).length,
        highRiskItems: objects.reduce(
          (sum, o) => sum + (o.gap?.items.filter((item) => item.risk === 'high' && item.status !== 'compliant').length ?? 0),
          0,
        ),
        emergencyPlans: mechanisms.emergencyPlans.length,
        drillDates: mechanisms.drills.map((drill) => drill.heldOn),
        infoProtection: mechanisms.infoProtection.length,
        duties: mechanisms.duties,
      },
      sources.asOf,
      mlpsPolicy.filingFromLevel,
    ),
    declarations: sources.declarations.map(({ declaration }) => ({ formId: declaration.formId, status: declaration.status })),
  });
}

// ── all of them, computed once per report ─────────────────────────────────────────────────────────────

export interface ReportViews {
  sources: ReportSources;
  assessment: AssessmentView | null;
  plan: PlanView | null;
  mlps: MlpsSource | null;
  readiness: ReadinessReport;
}

export function computeViews(sources: ReportSources): ReportViews {
  const assessment = assessmentView(sources);
  const plan = planView(sources, assessment);
  const mlps = sources.mlps;
  return { sources, assessment, plan, mlps, readiness: readinessView(sources, assessment, plan, mlps) };
}
