import { describe, it, expect } from 'vitest';
import type { Milestone, Plan } from '../../contract/plan/schemas';
import { SASAC_2009_POLICY } from '../../catalogs/plan/policies';
import {
  benchmarkGap,
  daysBetween,
  dueDates,
  isMilestoneOverdue,
  overdueMilestones,
  planFilingDueDate,
  upcomingMilestones,
} from './schedule';

const milestone = (id: string, dueDate: string, status: Milestone['status'] = 'inProgress'): Milestone => ({
  id,
  title: `里程碑 ${id}`,
  dueDate,
  status,
  percentComplete: status === 'done' ? 100 : 30,
});

const milestones = [
  milestone('m1', '2009-09-30'),
  milestone('m2', '2009-06-30', 'done'),
  milestone('m3', '2009-12-31', 'notStarted'),
  milestone('m4', '2010-03-31'),
  milestone('m5', '2009-08-31', 'cancelled'),
  milestone('m6', '2009-07-31'),
];

describe('isMilestoneOverdue', () => {
  it.each<[string, Milestone, string, boolean]>([
    ['open and past due', milestone('a', '2009-09-30'), '2009-10-01', true],
    ['due today', milestone('a', '2009-09-30'), '2009-09-30', false],
    ['not yet due', milestone('a', '2009-09-30'), '2009-09-01', false],
    ['done late', milestone('a', '2009-09-30', 'done'), '2010-01-01', false],
    ['cancelled', milestone('a', '2009-09-30', 'cancelled'), '2010-01-01', false],
    ['not started and past due', milestone('a', '2009-09-30', 'notStarted'), '2009-10-01', true],
  ])('%s → %s', (_name, item, today, expected) => {
    expect(isMilestoneOverdue(item, today)).toBe(expected);
  });
});

describe('milestone lists', () => {
  it('lists overdue milestones, longest overdue first, with the days', () => {
    expect(overdueMilestones(milestones, '2009-10-10').map(({ milestone: item, daysOverdue }) => [item.id, daysOverdue])).toEqual([
      ['m6', 71],
      ['m1', 10],
    ]);
  });

  it('lists upcoming open milestones soonest first, up to a limit', () => {
    expect(upcomingMilestones(milestones, '2009-09-30').map((item) => item.id)).toEqual(['m1', 'm3', 'm4']);
    expect(upcomingMilestones(milestones, '2009-09-30', 2).map((item) => item.id)).toEqual(['m1', 'm3']);
  });
});

describe('planFilingDueDate', () => {
  it("is the cycle's one filing deadline, not 30 June of every year", () => {
    expect(planFilingDueDate(SASAC_2009_POLICY)).toBe('2009-06-30');
    expect(planFilingDueDate({ ...SASAC_2009_POLICY, filingDeadline: '2027-03-31' })).toBe('2027-03-31');
  });
});

describe('dueDates', () => {
  const plan: Plan = {
    id: 'p',
    year: 2009,
    targetGrade: 'C',
    targetDate: '2010-12-31',
    cycleId: 'sasac-2009',
    tasks: [],
    milestones,
    benchmarks: [],
  };

  it('puts overdue items first, then the rest by date, with the filing due date until filed', () => {
    expect(
      dueDates(plan, SASAC_2009_POLICY, '2009-08-15', false).map((item) => [
        item.kind === 'filing' ? 'filing' : item.milestoneId,
        item.date,
        item.overdue,
      ]),
    ).toEqual([
      ['filing', '2009-06-30', true],
      ['m6', '2009-07-31', true],
      ['m1', '2009-09-30', false],
      ['m3', '2009-12-31', false],
      ['m4', '2010-03-31', false],
    ]);
  });

  it('drops the filing due date once filed', () => {
    expect(dueDates(plan, SASAC_2009_POLICY, '2009-05-06', true).map((item) => item.kind)).not.toContain('filing');
  });
});

describe('small helpers', () => {
  it('measures a benchmark gap as theirs minus ours', () => {
    expect(benchmarkGap({ id: 'b', peer: 'P', metric: 'M', ourValue: 1.2, theirValue: 2.5, unit: '%' })).toBeCloseTo(1.3);
  });

  it.each<[string, string, number]>([
    ['2009-06-30', '2009-07-01', 1],
    ['2009-12-31', '2010-01-01', 1],
    ['2008-02-28', '2008-03-01', 2],
    ['2009-10-01', '2009-10-01', 0],
  ])('days from %s to %s → %d', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
