import { describe, it, expect } from 'vitest';
import type { Grade } from '../../contract/assessment/schemas';
import type { Plan, PlanRuleResult } from '../../contract/plan/schemas';
import { CURRENT_CYCLE_DEFAULT, SASAC_2009_POLICY } from '../../catalogs/plan/policies';
import { checkPlan, integrityFindings, planReadiness, ruleMessageKey, type PlanContext } from './rules';

/** A plan that satisfies every rule for an enterprise at grade D in 2009. */
const goodPlan: Plan = {
  id: 'plan-2009',
  year: 2009,
  targetGrade: 'C',
  targetDate: '2010-12-31',
  cycleId: 'sasac-2009',
  tasks: [
    {
      id: 't1',
      title: '建设ERP',
      description: '在二级单位推广ERP',
      measures: ['成立项目组', '分批上线'],
      ownerDepartment: '信息中心',
      ownerPerson: '张三',
      budget: 800,
      indicatorIds: ['A01'],
    },
  ],
  milestones: [
    { id: 'm1', title: '试点上线', dueDate: '2009-12-31', taskId: 't1', status: 'inProgress', percentComplete: 40 },
    { id: 'm2', title: '全面上线', dueDate: '2010-12-31', taskId: 't1', status: 'notStarted', percentComplete: 0 },
  ],
  benchmarks: [],
};

const context = (currentGrade: Grade | null, extra: Partial<PlanContext> = {}): PlanContext => ({
  currentGrade,
  today: '2009-05-06',
  policy: SASAC_2009_POLICY,
  ...extra,
});

const failures = (results: PlanRuleResult[]) => results.filter((rule) => !rule.ok).map(({ code, field }) => ({ code, field }));
const codes = (results: PlanRuleResult[]) => results.map((rule) => rule.code);

describe("checkPlan: the opinion's grade rules", () => {
  it.each<[string, Grade, Partial<Plan>, { code: string; field?: string }[]]>([
    ['E aiming at C by the deadline passes', 'E', {}, []],
    ['D aiming at B passes', 'D', { targetGrade: 'B' }, []],
    [
      'D aiming only at D fails the policy minimum',
      'D',
      { targetGrade: 'D' },
      [{ code: 'plan.rule.targetAtLeastMinimum', field: 'targetGrade' }],
    ],
    [
      'E aiming at D fails the policy minimum',
      'E',
      { targetGrade: 'D' },
      [{ code: 'plan.rule.targetAtLeastMinimum', field: 'targetGrade' }],
    ],
    [
      'E reaching C after the deadline fails the deadline',
      'E',
      { targetDate: '2011-06-30', milestones: [] },
      [
        { code: 'plan.rule.targetByDeadline', field: 'targetDate' },
        { code: 'plan.rule.missingMilestones', field: 'milestones' },
      ],
    ],
    ['C aiming at B passes', 'C', { targetGrade: 'B' }, []],
    ['C aiming at A passes', 'C', { targetGrade: 'A' }, []],
    ['C staying at C fails next-grade-up', 'C', { targetGrade: 'C' }, [{ code: 'plan.rule.targetAtLeastMinimum', field: 'targetGrade' }]],
    ['B aiming at A passes', 'B', { targetGrade: 'A' }, []],
    [
      'B aiming at C is below current and not the next grade up',
      'B',
      { targetGrade: 'C' },
      [
        { code: 'plan.rule.targetBelowCurrent', field: 'targetGrade' },
        { code: 'plan.rule.targetAtLeastMinimum', field: 'targetGrade' },
      ],
    ],
    ['A without benchmarks fails', 'A', { targetGrade: 'A' }, [{ code: 'plan.rule.benchmarkRequired', field: 'benchmarks' }]],
    [
      'A with a benchmark passes',
      'A',
      {
        targetGrade: 'A',
        benchmarks: [{ id: 'b1', peer: 'Global peer', metric: 'IT spend / revenue', ourValue: 1.2, theirValue: 2.5, unit: '%' }],
      },
      [],
    ],
    [
      'A aiming at B is below current',
      'A',
      {
        targetGrade: 'B',
        benchmarks: [{ id: 'b1', peer: 'Global peer', metric: 'ERP coverage', ourValue: 80, theirValue: 100, unit: '%' }],
      },
      [{ code: 'plan.rule.targetBelowCurrent', field: 'targetGrade' }],
    ],
  ])('%s', (_name, current, change, expected) => {
    expect(failures(checkPlan({ ...goodPlan, ...change }, context(current)))).toEqual(expected);
  });

  it('applies the deadline only to the low grades', () => {
    expect(codes(checkPlan({ ...goodPlan, targetGrade: 'B', targetDate: '2012-12-31', milestones: [] }, context('C')))).not.toContain(
      'plan.rule.targetByDeadline',
    );
  });

  it('explains each grade rule with its grades', () => {
    const results = checkPlan({ ...goodPlan, targetGrade: 'D' }, context('E'));
    expect(results.find((rule) => rule.code === 'plan.rule.targetAtLeastMinimum')).toEqual({
      code: 'plan.rule.targetAtLeastMinimum',
      ok: false,
      field: 'targetGrade',
      params: { current: 'E', target: 'D', minimum: 'C' },
    });
    const next = checkPlan({ ...goodPlan, targetGrade: 'B' }, context('B')).find((rule) => rule.code === 'plan.rule.targetAtLeastMinimum');
    expect(next?.params).toEqual({ current: 'B', target: 'B', minimum: 'A' });
  });

  it('cannot judge the target without a finalized assessment', () => {
    const results = checkPlan(goodPlan, context(null));
    expect(failures(results)).toEqual([{ code: 'plan.rule.currentGradeKnown' }]);
    expect(codes(results)).not.toContain('plan.rule.targetAtLeastMinimum');
  });

  it('reports every rule it checked, passed ones included', () => {
    expect(codes(checkPlan(goodPlan, context('D')))).toEqual([
      'plan.rule.currentGradeKnown',
      'plan.rule.targetBelowCurrent',
      'plan.rule.targetAtLeastMinimum',
      'plan.rule.targetByDeadline',
      'plan.rule.missingTasks',
      'plan.rule.missingMeasures',
      'plan.rule.missingMilestones',
      'plan.rule.milestoneAfterTarget',
      'plan.rule.milestoneUnknownTask',
      'plan.rule.milestoneAfterTarget',
      'plan.rule.milestoneUnknownTask',
    ]);
  });
});

describe('checkPlan: content, milestones and links', () => {
  it.each<[string, Partial<Plan>, { code: string; field?: string }[]]>([
    [
      'no tasks',
      { tasks: [], milestones: goodPlan.milestones.map(({ taskId: _unused, ...milestone }) => milestone) },
      [{ code: 'plan.rule.missingTasks', field: 'tasks' }],
    ],
    [
      'a task without measures',
      { tasks: [{ ...goodPlan.tasks[0]!, measures: [] }] },
      [{ code: 'plan.rule.missingMeasures', field: 'tasks[0].measures' }],
    ],
    ['no milestones', { milestones: [] }, [{ code: 'plan.rule.missingMilestones', field: 'milestones' }]],
    [
      'a milestone after the target date',
      {
        targetDate: '2010-06-30',
        milestones: [goodPlan.milestones[0]!, { ...goodPlan.milestones[1]!, dueDate: '2010-07-01' }],
      },
      [{ code: 'plan.rule.milestoneAfterTarget', field: 'milestones[1].dueDate' }],
    ],
    ['a milestone on the target date itself', { milestones: [{ ...goodPlan.milestones[0]!, dueDate: '2010-12-31' }] }, []],
    [
      'a milestone for a task that does not exist',
      { milestones: [{ ...goodPlan.milestones[0]!, taskId: 't9' }] },
      [{ code: 'plan.rule.milestoneUnknownTask', field: 'milestones[0].taskId' }],
    ],
  ])('flags %s', (_name, change, expected) => {
    expect(failures(checkPlan({ ...goodPlan, ...change }, context('D')))).toEqual(expected);
  });

  it('names the late milestone and both dates', () => {
    const plan = { ...goodPlan, milestones: [{ ...goodPlan.milestones[0]!, dueDate: '2011-01-15' }] };
    expect(checkPlan(plan, context('D')).find((rule) => !rule.ok)).toEqual({
      code: 'plan.rule.milestoneAfterTarget',
      ok: false,
      field: 'milestones[0].dueDate',
      params: { milestone: '试点上线', dueDate: '2011-01-15', targetDate: '2010-12-31' },
    });
  });

  it("checks task links against the template's indicators when given", () => {
    const plan = { ...goodPlan, tasks: [{ ...goodPlan.tasks[0]!, indicatorIds: ['A01', 'Z99'] }] };
    expect(failures(checkPlan(plan, context('D', { indicatorIds: ['A01', 'A02'] })))).toEqual([
      { code: 'plan.rule.taskUnknownIndicator', field: 'tasks[0].indicatorIds[1]' },
    ]);
    expect(failures(checkPlan(plan, context('D')))).toEqual([]);
  });
});

describe('planReadiness', () => {
  it('is ready when no rule failed', () => {
    expect(planReadiness(checkPlan(goodPlan, context('D')))).toEqual({ ready: true, blocking: [] });
  });

  it('is not ready while any rule fails, and gives the failed rules as reasons', () => {
    const readiness = planReadiness(checkPlan({ ...goodPlan, targetGrade: 'D', milestones: [] }, context('E')));
    expect(readiness.ready).toBe(false);
    expect(readiness.blocking.map((rule) => rule.code)).toEqual(['plan.rule.targetAtLeastMinimum', 'plan.rule.missingMilestones']);
  });
});

describe('integrityFindings: the only faults that refuse a save', () => {
  it.each<[string, Partial<Plan>, string[]]>([
    ['a good plan has none', {}, []],
    [
      'an unfinished plan (no milestones, target too low, late milestone) has none: it saves as a draft',
      { targetGrade: 'D', milestones: [{ ...goodPlan.milestones[0]!, dueDate: '2011-03-01' }] },
      [],
    ],
    ['the same task id twice is refused at the second', { tasks: [goodPlan.tasks[0]!, goodPlan.tasks[0]!] }, ['tasks[1].id']],
    [
      'two milestones with one id',
      { milestones: [goodPlan.milestones[0]!, { ...goodPlan.milestones[1]!, id: 'm1' }] },
      ['milestones[1].id'],
    ],
  ])('%s', (_name, change, fields) => {
    expect(integrityFindings({ ...goodPlan, ...change }).map((finding) => finding.field)).toEqual(fields);
  });
});

describe("checkPlan: judged by the plan's own cycle", () => {
  const plan2026: Plan = {
    ...goodPlan,
    id: 'plan-2026',
    year: 2026,
    cycleId: 'current',
    targetDate: '2028-06-30',
    milestones: [{ ...goodPlan.milestones[0]!, dueDate: '2027-06-30' }],
  };
  const current = (grade: Grade): PlanContext => ({ currentGrade: grade, today: '2026-12-05', policy: CURRENT_CYCLE_DEFAULT });

  it('passes a D-grade plan written in 2026 that reaches C within the current cycle', () => {
    expect(failures(checkPlan(plan2026, current('D')))).toEqual([]);
  });

  it('would fail the same plan under the 2009 round, whose deadline was the end of 2010', () => {
    expect(failures(checkPlan(plan2026, { ...current('D'), policy: SASAC_2009_POLICY }))).toEqual([
      { code: 'plan.rule.targetByDeadline', field: 'targetDate' },
    ]);
  });

  it("takes the minimum and the date from the cycle's rule", () => {
    const policy = {
      ...CURRENT_CYCLE_DEFAULT,
      targetRules: [{ fromGrades: ['D' as const], minimumTarget: 'B' as const, by: '2027-12-31' }],
    };
    expect(failures(checkPlan(plan2026, { ...current('D'), policy }))).toEqual([
      { code: 'plan.rule.targetAtLeastMinimum', field: 'targetGrade' },
      { code: 'plan.rule.targetByDeadline', field: 'targetDate' },
    ]);
  });

  it('asks for a task on each indicator the cycle requires', () => {
    const policy = { ...CURRENT_CYCLE_DEFAULT, requiredIndicators: ['A01', 'L02'] };
    expect(failures(checkPlan(plan2026, { ...current('D'), policy }))).toEqual([{ code: 'plan.rule.requiredIndicator', field: 'tasks' }]);
  });
});

describe('ruleMessageKey', () => {
  it('words a passed and a failed result apart', () => {
    expect(ruleMessageKey({ code: 'plan.rule.taskUnknownIndicator', ok: true })).toBe('plan.rule.taskUnknownIndicator.ok');
    expect(ruleMessageKey({ code: 'plan.rule.taskUnknownIndicator', ok: false })).toBe('plan.rule.taskUnknownIndicator.failed');
  });
});

describe('checkPlan: each result names the values its message shows', () => {
  const paramsOf = (results: PlanRuleResult[], code: string) => results.find((rule) => rule.code === code)?.params;

  it('the grades, the deadline, the counts, the task, the milestone and the indicator', () => {
    const results = checkPlan(goodPlan, context('D', { indicatorIds: ['A01'] }));
    expect(Object.fromEntries(results.map((rule) => [rule.code, rule.params]))).toEqual({
      'plan.rule.currentGradeKnown': { current: 'D' },
      'plan.rule.targetBelowCurrent': { current: 'D', target: 'C' },
      'plan.rule.targetAtLeastMinimum': { current: 'D', target: 'C', minimum: 'C' },
      'plan.rule.targetByDeadline': { current: 'D', targetDate: '2010-12-31', deadline: '2010-12-31' },
      'plan.rule.missingTasks': { count: 1 },
      'plan.rule.missingMeasures': { task: '建设ERP' },
      'plan.rule.missingMilestones': { count: 2 },
      // the last milestone's: both link to the one task
      'plan.rule.milestoneAfterTarget': { milestone: '全面上线', dueDate: '2010-12-31', targetDate: '2010-12-31' },
      'plan.rule.milestoneUnknownTask': { milestone: '全面上线', task: '建设ERP' },
      'plan.rule.taskUnknownIndicator': { task: '建设ERP', indicator: 'A01' },
    });
    expect(results.filter((rule) => rule.field === undefined).map((rule) => Object.keys(rule))).toEqual([['code', 'ok', 'params']]);
  });

  it('a milestone linked to no task names no task; a grade-A plan says how many benchmarks it has', () => {
    const unlinked = { ...goodPlan, milestones: [{ ...goodPlan.milestones[0]!, taskId: 'gone' }] };
    expect(paramsOf(checkPlan(unlinked, context('D')), 'plan.rule.milestoneUnknownTask')).toEqual({ milestone: '试点上线', task: '' });
    expect(paramsOf(checkPlan({ ...goodPlan, targetGrade: 'A' }, context('A')), 'plan.rule.benchmarkRequired')).toEqual({
      current: 'A',
      count: 0,
    });
  });

  it('a required indicator is met by any one task, and named', () => {
    const policy = { ...CURRENT_CYCLE_DEFAULT, requiredIndicators: ['A01'] };
    const twoTasks = { ...goodPlan, tasks: [goodPlan.tasks[0]!, { ...goodPlan.tasks[0]!, id: 't2', indicatorIds: [] }] };
    expect(checkPlan(twoTasks, context('D', { policy })).find((rule) => rule.code === 'plan.rule.requiredIndicator')).toEqual({
      code: 'plan.rule.requiredIndicator',
      ok: true,
      field: 'tasks',
      params: { indicator: 'A01' },
    });
  });
});

describe('integrityFindings: a repeated id', () => {
  it('is refused with its code and the id it repeats', () => {
    expect(integrityFindings({ ...goodPlan, tasks: [goodPlan.tasks[0]!, goodPlan.tasks[0]!] })).toEqual([
      { code: 'plan.duplicateId', field: 'tasks[1].id', params: { id: 't1' } },
    ]);
  });
});
