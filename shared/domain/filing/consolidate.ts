/**
 * The receiver's consolidated view over many enterprises' filings, and the comparison of two filings of one
 * enterprise. Pure: the backend picks the filings (each enterprise's current one for a period) and stores
 * their summaries; these functions only add them up.
 */
import { GRADES } from '../../contract/assessment/schemas';
import {
  MLPS_LEVEL_KEYS,
  type Consolidated,
  type FilingSummary,
  type GradeOrNone,
  type MetricChange,
  type ReceivedFiling,
} from '../../contract/filing/receiver';
import type { Review } from '../../contract/filing/receipt';
import { changeOf, percentOfRate, round1 } from './summary';

const GRADE_ROWS: readonly GradeOrNone[] = [...GRADES, 'none'];

export interface FilingWithSummary {
  filing: ReceivedFiling;
  summary: FilingSummary;
  /** The receiver's review (复评), shown beside the self-assessed figures; it changes no total here. */
  review?: Review | null;
}

export function consolidate(entries: readonly FilingWithSummary[], period: string | null, periods: readonly string[]): Consolidated {
  const summaries = entries.map((entry) => entry.summary);
  return {
    period,
    periods: [...periods],
    enterprises: [...entries]
      .map((entry) => ({ ...entry, review: entry.review ?? null }))
      .sort((a, b) => a.filing.enterprise.name.localeCompare(b.filing.enterprise.name, 'zh-CN')),
    ...gradesOf(summaries),
    planProgress: planProgressOf(summaries),
    protectedObjects: protectedObjectsOf(summaries),
    gap: gapsOf(summaries),
    licences: licencesOf(summaries),
  };
}

function gradesOf(summaries: readonly FilingSummary[]): Pick<Consolidated, 'gradeTargets' | 'byGrade'> {
  const pairs = new Map<string, number>();
  const byGrade = new Map<GradeOrNone, number>(GRADE_ROWS.map((grade) => [grade, 0]));
  for (const summary of summaries) {
    const grade: GradeOrNone = summary.assessment?.grade ?? 'none';
    const target: GradeOrNone = summary.plan?.targetGrade ?? 'none';
    byGrade.set(grade, (byGrade.get(grade) ?? 0) + 1);
    pairs.set(`${grade}/${target}`, (pairs.get(`${grade}/${target}`) ?? 0) + 1);
  }
  const gradeTargets = GRADE_ROWS.flatMap((grade) =>
    GRADE_ROWS.flatMap((target) => {
      const count = pairs.get(`${grade}/${target}`) ?? 0;
      return count > 0 ? [{ grade, target, count }] : [];
    }),
  );
  return { gradeTargets, byGrade: GRADE_ROWS.map((grade) => ({ grade, count: byGrade.get(grade) ?? 0 })) };
}

function planProgressOf(summaries: readonly FilingSummary[]): Consolidated['planProgress'] {
  const plans = summaries.flatMap((summary) => (summary.plan ? [summary.plan] : []));
  return {
    enterprises: plans.length,
    milestones: sum(plans.map((plan) => plan.milestones)),
    done: sum(plans.map((plan) => plan.done)),
    overdue: sum(plans.map((plan) => plan.overdue)),
    percentComplete: plans.length === 0 ? null : round1(sum(plans.map((plan) => plan.percentComplete)) / plans.length),
  };
}

function protectedObjectsOf(summaries: readonly FilingSummary[]): Consolidated['protectedObjects'] {
  const levels = MLPS_LEVEL_KEYS.map((level) => ({ level, objects: 0, filed: 0, notFiled: 0 }));
  let total = 0;
  let ungraded = 0;
  for (const summary of summaries) {
    if (!summary.protectedObjects) continue;
    total += summary.protectedObjects.total;
    ungraded += summary.protectedObjects.ungraded;
    for (const row of summary.protectedObjects.levels) {
      const target = levels[row.level - 1]!;
      target.objects += row.objects;
      target.filed += row.filed;
      target.notFiled += row.notFiled;
    }
  }
  return { total, ungraded, levels };
}

function gapsOf(summaries: readonly FilingSummary[]): Consolidated['gap'] {
  const gaps = summaries.flatMap((summary) => (summary.gap && summary.gap.assessed > 0 ? [summary.gap] : []));
  return {
    enterprises: gaps.length,
    assessed: sum(gaps.map((gap) => gap.assessed)),
    compliant: sum(gaps.map((gap) => gap.compliant)),
    basicallyCompliant: sum(gaps.map((gap) => gap.basicallyCompliant)),
    noncompliant: sum(gaps.map((gap) => gap.noncompliant)),
    highRisks: sum(gaps.map((gap) => gap.highRisks)),
    provisional: sum(gaps.map((gap) => gap.provisional)),
    majorHiddenRisks: sum(gaps.map((gap) => gap.majorHiddenRisks)),
    majorHiddenRisksRemediated: sum(gaps.map((gap) => gap.majorHiddenRisksRemediated)),
  };
}

function licencesOf(summaries: readonly FilingSummary[]): Consolidated['licences'] {
  const licences = summaries.flatMap((summary) => (summary.licences ? [summary.licences] : []));
  const installations = sum(licences.map((licence) => licence.installations));
  const covered = sum(licences.map((licence) => licence.covered));
  return {
    enterprises: licences.length,
    installations,
    covered,
    // Pooled over all installations, not a mean of rates: a large estate weighs as much as it is large.
    genuineRate: installations === 0 ? null : covered / installations,
    shortfallUnits: sum(licences.map((licence) => licence.shortfallUnits)),
    enterprisesWithShortfall: licences.filter((licence) => licence.shortfallUnits > 0).length,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

// ── Compare ───────────────────────────────────────────────────────────────────────────────────────────

type Figure = number | string | null;

/** The figures compared between two filings, by i18n key. */
const METRICS: ReadonlyArray<[string, (summary: FilingSummary) => Figure]> = [
  ['filing.metric.assessmentTotal', (s) => s.assessment?.total ?? null],
  ['filing.metric.assessmentGrade', (s) => s.assessment?.grade ?? null],
  ['filing.metric.targetGrade', (s) => s.plan?.targetGrade ?? null],
  ['filing.metric.milestonesDone', (s) => s.plan?.done ?? null],
  ['filing.metric.milestonesOverdue', (s) => s.plan?.overdue ?? null],
  ['filing.metric.planPercent', (s) => s.plan?.percentComplete ?? null],
  ['filing.metric.protectedObjects', (s) => s.protectedObjects?.total ?? null],
  ['filing.metric.objectsNotFiled', (s) => (s.protectedObjects ? sum(s.protectedObjects.levels.map((l) => l.notFiled)) : null)],
  ['filing.metric.gapNoncompliant', (s) => s.gap?.noncompliant ?? null],
  ['filing.metric.gapHighRisks', (s) => s.gap?.highRisks ?? null],
  ['filing.metric.genuineRate', (s) => percentOfRate(s.licences?.genuineRate)],
  ['filing.metric.shortfallUnits', (s) => s.licences?.shortfallUnits ?? null],
];

/** Every figure of both filings with its change; a figure neither filing has is left out. */
export function compareSummaries(before: FilingSummary, after: FilingSummary): MetricChange[] {
  return METRICS.map(([metric, read]) => changeOf(metric, read, before, after)).filter(
    (change) => change.before !== null || change.after !== null,
  );
}
