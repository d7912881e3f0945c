/**
 * The posture charts: one definition for the home page (drawn in the browser) and the summary report (drawn
 * to SVG for the PDF). Each is an echarts option as plain data, its title, the one-line figure it stands for
 * and the page it links to. Printed charts cannot be hovered, so every value is written on its bar or slice;
 * value axes count whole things (minInterval 1).
 */
import type { Grade } from '../contract/assessment/schemas';
import { GRADES } from '../contract/assessment/schemas';
import { READINESS_STATUSES } from '../contract/governance/readiness';
import { PAGES } from '../contract/governance/pages';
import { MILESTONE_STATUSES } from '../contract/plan/schemas';
import type { Posture } from '../contract/reports/posture';
import { formatMoney, formatPercent } from '../i18n/formats';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export const POSTURE_CHART_IDS = ['grade', 'plan', 'sam', 'objects', 'due', 'readiness'] as const;
export type PostureChartId = (typeof POSTURE_CHART_IDS)[number];

export interface PostureChart {
  id: PostureChartId;
  /** The route of the page that holds the chart's data. */
  page: string;
  title: string;
  /** The chart's key figure in words: its caption, and what a reader who cannot see it is told. */
  figure: string;
  /** An echarts option: plain data but for label formatters. */
  option: Record<string, unknown>;
}

/** Colours that stay apart when printed in grey. */
export const CHART_PALETTE = ['#2f5597', '#c55a11', '#548235', '#7030a0', '#bf9000', '#0e7c86', '#843c0c', '#7f7f7f'];

/**
 * Labels without echarts' white halo: the SVG-to-PDF step paints the halo over the text (it does not know
 * SVG paint-order) and the label vanishes.
 */
const LABEL = { show: true, textBorderWidth: 0, color: '#222222' };
const COUNT_AXIS = { type: 'value', minInterval: 1 };
const GRID = { left: 8, right: 16, top: 24, bottom: 8, containLabel: true };

interface Bars {
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  stacked?: boolean;
}

/** Bars that count things, one colour per series; a legend when there is more than one. */
function countBars({ categories, series, stacked = false }: Bars): Record<string, unknown> {
  return {
    ...(series.length > 1 ? { legend: { bottom: 0 } } : {}),
    grid: { ...GRID, bottom: series.length > 1 ? 32 : GRID.bottom },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0 } },
    yAxis: COUNT_AXIS,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      ...(stacked ? { stack: 'total' } : {}),
      // A stacked 0 would print a stray "0" on the axis: only the pieces that are there get a label.
      label: {
        ...LABEL,
        position: stacked ? 'inside' : 'top',
        ...(stacked ? { color: '#ffffff', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') } : {}),
      },
    })),
  };
}

/** A grade as a height: E is 1, A is 5, so climbing goes up. */
const gradeRank = (grade: Grade | null) => (grade === null ? null : GRADES.length - GRADES.indexOf(grade));
const gradeAtRank = (rank: number) => GRADES[GRADES.length - rank] ?? '';

function gradeChart(posture: Posture, t: Translate): PostureChart {
  const { current, target, targetDate } = posture.grade;
  const name = (grade: Grade | null) => (grade ? t(`assessment.grade.${grade}`) : t('posture.grade.none'));
  const params = { current: name(current), target: name(target) };
  return {
    id: 'grade',
    page: PAGES.assessment,
    title: t('posture.grade.title'),
    figure: targetDate ? t('posture.grade.figureTargetDate', { ...params, date: targetDate }) : t('posture.grade.figure', params),
    option: {
      grid: GRID,
      xAxis: { type: 'category', data: [t('posture.grade.current'), t('posture.grade.target')] },
      yAxis: { type: 'value', min: 0, max: GRADES.length, interval: 1, axisLabel: { formatter: (rank: number) => gradeAtRank(rank) } },
      series: [
        {
          type: 'bar',
          data: [gradeRank(current), gradeRank(target)],
          label: { ...LABEL, position: 'top', formatter: (p: { value: number }) => gradeAtRank(p.value) },
        },
      ],
    },
  };
}

function planChart(posture: Posture, t: Translate): PostureChart {
  const milestones = posture.plan?.milestones;
  const total = milestones ? Object.values(milestones).reduce((sum, n) => sum + n, 0) : 0;
  return {
    id: 'plan',
    page: PAGES.plan,
    title: t('posture.plan.title'),
    figure: posture.plan
      ? t('posture.plan.figure', { done: posture.plan.milestones.done, total, overdue: posture.plan.overdue })
      : t('posture.plan.none'),
    option: countBars({
      categories: MILESTONE_STATUSES.map((status) => t(`plan.milestone.status.${status}`)),
      series: [{ name: t('posture.plan.title'), values: MILESTONE_STATUSES.map((status) => milestones?.[status] ?? 0) }],
    }),
  };
}

function samChart(posture: Posture, t: Translate, locale: string): PostureChart {
  const sam = posture.sam;
  const costUnknown = sam !== null && sam.unpricedShortfallRows > 0 && Object.keys(sam.shortfallCost).length === 0;
  const cost = sam === null ? '—' : costUnknown ? t('posture.sam.costUnknown') : formatMoney(sam.shortfallCost, locale);
  return {
    id: 'sam',
    page: '/sam-position',
    title: t('posture.sam.title'),
    figure: sam ? t('posture.sam.figure', { rate: formatPercent(sam.genuineRate), cost }) : t('posture.sam.none'),
    option: {
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '60%'],
          center: ['50%', '45%'],
          data: [
            { name: t('posture.sam.covered'), value: sam?.coveredInstallations ?? 0 },
            { name: t('posture.sam.uncovered'), value: sam ? sam.installations - sam.coveredInstallations : 0 },
          ],
          label: { ...LABEL, formatter: '{c}' },
        },
      ],
    },
  };
}

function objectsChart(posture: Posture, t: Translate): PostureChart {
  // Objects not graded yet get a bar only when there are some: most workspaces have none.
  const rows = posture.objects.filter((row) => row.level !== 'ungraded' || row.filed + row.unfiled > 0);
  const filed = posture.objects.reduce((sum, row) => sum + row.filed, 0);
  const total = posture.objects.reduce((sum, row) => sum + row.filed + row.unfiled, 0);
  return {
    id: 'objects',
    page: PAGES.mlps,
    title: t('posture.objects.title'),
    figure: t('posture.objects.figure', { total, filed }),
    option: countBars({
      categories: rows.map((row) => t(`posture.objects.level.${row.level}`)),
      series: [
        { name: t('posture.objects.filed'), values: rows.map((row) => row.filed) },
        { name: t('posture.objects.unfiled'), values: rows.map((row) => row.unfiled) },
      ],
      stacked: true,
    }),
  };
}

function dueChart(posture: Posture, t: Translate): PostureChart {
  const { mlpsOverdue, mlpsUpcoming, planOverdue } = posture.due;
  return {
    id: 'due',
    page: PAGES.mlps,
    title: t('posture.due.title'),
    figure: t('posture.due.figure', { overdue: mlpsOverdue + planOverdue, upcoming: mlpsUpcoming }),
    option: countBars({
      categories: [t('posture.due.mlps'), t('posture.due.plan')],
      series: [
        { name: t('posture.due.overdue'), values: [mlpsOverdue, planOverdue] },
        // The plan's milestones have no "due soon" rule: no bar rather than a 0 that claims one.
        { name: t('posture.due.upcoming'), values: [mlpsUpcoming, null] },
      ],
    }),
  };
}

function readinessChart(posture: Posture, t: Translate): PostureChart {
  const counts = posture.readiness;
  return {
    id: 'readiness',
    page: PAGES.readiness,
    title: t('posture.readiness.title'),
    figure: t('posture.readiness.figure', { done: counts.done, inProgress: counts['in-progress'], notStarted: counts['not-started'] }),
    option: countBars({
      categories: READINESS_STATUSES.map((status) => t(`governance.readiness.status.${status}`)),
      series: [{ name: t('posture.readiness.title'), values: READINESS_STATUSES.map((status) => counts[status]) }],
    }),
  };
}

/** The six posture charts, in the order the home page and the report show them. */
export function postureCharts(posture: Posture, t: Translate, locale: string): PostureChart[] {
  return [
    gradeChart(posture, t),
    planChart(posture, t),
    samChart(posture, t, locale),
    objectsChart(posture, t),
    dueChart(posture, t),
    readinessChart(posture, t),
  ];
}
