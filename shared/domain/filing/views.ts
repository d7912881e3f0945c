/**
 * The receiver's consolidation views, pure: the backend adds up each enterprise's current filing in SQL into
 * sums (per grade pair, or per value of a dimension); these functions turn sums into figures by the same
 * rules as the consolidated view — 正版化率 pooled over installations, plan progress a mean over the
 * enterprises with a plan — and compare two periods.
 */
import { GRADES } from '../../contract/assessment/schemas';
import { MLPS_LEVEL_KEYS, type MetricChange } from '../../contract/filing/receiver';
import type { Breakdown, BreakdownRow, RankingRow, Tier, ViewGrade, ViewTotals } from '../../contract/filing/views';
import { changeOf, percentOfRate, round1 } from './summary';

export interface LevelSums {
  objects: number;
  filed: number;
  notFiled: number;
}

/** Sums over a set of current filings; counts of enterprises say how many filed each section. */
export interface FactsSums {
  enterprises: number;
  assessed: number;
  totalSum: number;
  planEnterprises: number;
  milestones: number;
  done: number;
  overdue: number;
  percentSum: number;
  licenceEnterprises: number;
  installations: number;
  covered: number;
  shortfallUnits: number;
  objects: number;
  ungraded: number;
  notFiled: number;
  levels: LevelSums[];
  /** Enterprises with an overdue milestone or an object that must file and has not. */
  enterprisesOverdue: number;
}

export const GRADE_ROWS: readonly ViewGrade[] = [...GRADES, 'none'];

const meanOf = (total: number, count: number) => (count === 0 ? null : round1(total / count));
// Pooled over all installations, not a mean of rates: a large estate weighs as much as it is large.
export const genuineRateOf = (covered: number, installations: number) => (installations === 0 ? null : covered / installations);

function added(a: FactsSums, b: FactsSums): FactsSums {
  const sum = { ...a };
  for (const key of Object.keys(a) as Array<keyof FactsSums>) if (key !== 'levels') sum[key] = a[key] + b[key];
  sum.levels = a.levels.map((level, index) => ({
    objects: level.objects + b.levels[index]!.objects,
    filed: level.filed + b.levels[index]!.filed,
    notFiled: level.notFiled + b.levels[index]!.notFiled,
  }));
  return sum;
}

export const NO_SUMS: FactsSums = {
  enterprises: 0,
  assessed: 0,
  totalSum: 0,
  planEnterprises: 0,
  milestones: 0,
  done: 0,
  overdue: 0,
  percentSum: 0,
  licenceEnterprises: 0,
  installations: 0,
  covered: 0,
  shortfallUnits: 0,
  objects: 0,
  ungraded: 0,
  notFiled: 0,
  levels: MLPS_LEVEL_KEYS.map(() => ({ objects: 0, filed: 0, notFiled: 0 })),
  enterprisesOverdue: 0,
};

/** The figures of a set of enterprises, from its sums per pair of assessed grade and plan target. */
export function totalsOf(pairs: ReadonlyArray<FactsSums & { grade: ViewGrade; target: ViewGrade }>): ViewTotals {
  const all = pairs.reduce(added, NO_SUMS);
  const order = (grade: ViewGrade) => GRADE_ROWS.indexOf(grade);
  return {
    enterprises: all.enterprises,
    byGrade: GRADE_ROWS.map((grade) => ({
      grade,
      count: pairs.filter((pair) => pair.grade === grade).reduce((total, pair) => total + pair.enterprises, 0),
    })),
    gradeTargets: pairs
      .filter((pair) => pair.enterprises > 0)
      .map((pair) => ({ grade: pair.grade, target: pair.target, count: pair.enterprises }))
      .sort((a, b) => order(a.grade) - order(b.grade) || order(a.target) - order(b.target)),
    meanTotal: meanOf(all.totalSum, all.assessed),
    plan: {
      enterprises: all.planEnterprises,
      milestones: all.milestones,
      done: all.done,
      overdue: all.overdue,
      percentComplete: meanOf(all.percentSum, all.planEnterprises),
    },
    licences: {
      enterprises: all.licenceEnterprises,
      installations: all.installations,
      covered: all.covered,
      genuineRate: genuineRateOf(all.covered, all.installations),
      shortfallUnits: all.shortfallUnits,
    },
    objects: {
      total: all.objects,
      ungraded: all.ungraded,
      levels: MLPS_LEVEL_KEYS.map((level, index) => ({ level, ...all.levels[index]! })),
    },
    overdue: { milestones: all.overdue, objectsNotFiled: all.notFiled, enterprises: all.enterprisesOverdue },
  };
}

/** The sums a breakdown row needs (a narrower pass than the totals'). */
export type BreakdownSums = Pick<
  FactsSums,
  'enterprises' | 'assessed' | 'totalSum' | 'planEnterprises' | 'percentSum' | 'installations' | 'covered' | 'overdue' | 'notFiled'
>;

/** One row per value of a dimension, best mean assessment total first. */
export function breakdownRows(rows: ReadonlyArray<BreakdownSums & { key: string; label: string }>): BreakdownRow[] {
  return rows
    .map((row) => ({
      key: row.key,
      label: row.label,
      enterprises: row.enterprises,
      meanTotal: meanOf(row.totalSum, row.assessed),
      planPercent: meanOf(row.percentSum, row.planEnterprises),
      genuineRate: genuineRateOf(row.covered, row.installations),
      overdue: row.overdue,
      notFiled: row.notFiled,
    }))
    .sort((a, b) => (b.meanTotal ?? -1) - (a.meanTotal ?? -1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const provinceOf = (regionCode: string) => regionCode.slice(0, 2);
export const tierOf = (role: string): Tier | null => (role === 'headquarters' || role === 'subsidiary' ? role : null);

/** A ranked enterprise from its facts. */
export function rankingRow(
  row: Omit<RankingRow, 'genuineRate' | 'province' | 'tier'> & {
    regionCode: string;
    role: string;
    covered: number | null;
    installations: number | null;
  },
): RankingRow {
  const { regionCode, role, covered, installations, ...rest } = row;
  return {
    ...rest,
    tier: tierOf(role),
    province: provinceOf(regionCode),
    genuineRate: installations === null ? null : genuineRateOf(covered ?? 0, installations),
  };
}

// ── Two periods ───────────────────────────────────────────────────────────────────────────────────────

type Figure = number | null;

/** The figures compared between two periods, by i18n key. */
const PERIOD_METRICS: ReadonlyArray<[string, (totals: ViewTotals) => Figure]> = [
  ['filing.views.metric.enterprises', (t) => t.enterprises],
  ['filing.views.metric.meanTotal', (t) => t.meanTotal],
  ...GRADES.map((grade): [string, (totals: ViewTotals) => Figure] => [
    `filing.views.metric.grade${grade}`,
    (t) => t.byGrade.find((row) => row.grade === grade)?.count ?? 0,
  ]),
  ['filing.views.metric.planPercent', (t) => t.plan.percentComplete],
  ['filing.views.metric.milestonesDone', (t) => t.plan.done],
  ['filing.views.metric.milestonesOverdue', (t) => t.plan.overdue],
  ['filing.views.metric.genuineRate', (t) => percentOfRate(t.licences.genuineRate)],
  ['filing.views.metric.shortfallUnits', (t) => t.licences.shortfallUnits],
  ['filing.views.metric.objects', (t) => t.objects.total],
  [
    'filing.views.metric.level3Objects',
    (t) => t.objects.levels.filter((level) => level.level >= 3).reduce((total, level) => total + level.objects, 0),
  ],
  ['filing.views.metric.objectsNotFiled', (t) => t.overdue.objectsNotFiled],
];

export function comparePeriodTotals(before: ViewTotals, after: ViewTotals): MetricChange[] {
  return PERIOD_METRICS.map(([metric, read]) => changeOf(metric, read, before, after));
}

// ── Labels ────────────────────────────────────────────────────────────────────────────────────────────

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What a dimension's value reads as: a tier, a province (GB/T 2260 name), an industry or a group's name. */
export function dimensionLabel(t: Translate, hasMessage: (key: string) => boolean, by: Breakdown, key: string, label = ''): string {
  switch (by) {
    case 'tier':
      return t(`filing.views.tier.${tierOf(key) ?? 'none'}`);
    case 'province':
      return hasMessage(`filing.views.province.${key}`)
        ? t(`filing.views.province.${key}`)
        : t('filing.views.province.other', { code: key });
    case 'industry':
      return key || t('filing.views.industry.none');
    case 'group':
      return label || key || t('filing.views.group.none');
  }
}
