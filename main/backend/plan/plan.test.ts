import { afterEach, describe, expect, it } from 'vitest';
import { finalizedAssessment, planForGradeC, useSmallTemplate } from '../../../test/support/assessment';
import { expectOk, tempBackend } from '../../../test/support/workspace';

type TestBackend = ReturnType<typeof tempBackend>;

function expectError(result: {
  ok: boolean;
  error?: { code: string; message: string; details?: { field?: string; issues?: { field?: string; message: string; code: string }[] } };
}) {
  expect(result.ok).toBe(false);
  return (result as { error: NonNullable<typeof result.error> }).error;
}

/** A workspace whose latest finalized assessment (2024) is grade C, on 2024-07-15. */
async function gradeCWorkspace(): Promise<TestBackend> {
  const backend = tempBackend({ now: () => new Date('2024-07-15T04:00:00Z') });
  await useSmallTemplate(backend);
  await finalizedAssessment(backend, 2024);
  return backend;
}

describe('climbing plan', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  it('needs a finalized assessment for the current grade; a draft does not count', async () => {
    backend = tempBackend();
    expectOk(await backend.call('assessment.create', { year: 2024 }));
    expectOk(await backend.call('plan.save', planForGradeC()));
    const check = expectOk(await backend.call('plan.check', {}));
    expect(check.currentGrade).toBeNull();
    expect(check.ready).toBe(false);
    expect(check.results.find((rule) => !rule.ok)).toMatchObject({
      code: 'plan.rule.currentGradeKnown',
      message: '还没有定稿的信息化水平评价，无法确定当前等级',
    });
  });

  it('saves a plan that breaks a rule as a draft, explains the rule, refuses to mark it ready, then marks the fixed plan ready', async () => {
    backend = await gradeCWorkspace();
    const draft = expectOk(await backend.call('plan.save', planForGradeC({ targetGrade: 'C' })));
    expect(draft.status).toBe('draft');
    const check = expectOk(await backend.call('plan.check', { id: 'plan-2024' }));
    expect(check).toMatchObject({
      currentGrade: 'C',
      ready: false,
      today: '2024-07-15',
      policy: { id: 'current', filingDue: '2027-03-31', verified: false },
      warnings: [],
    });
    expect(check.results.filter((rule) => !rule.ok)).toEqual([
      {
        code: 'plan.rule.targetAtLeastMinimum',
        ok: false,
        field: 'targetGrade',
        params: { current: 'C', target: 'C', minimum: 'B' },
        message: '当前 C 级，本轮要求目标至少为 B 级，计划只定了 C 级',
      },
    ]);

    const refused = expectError(await backend.call('plan.markReady', { id: 'plan-2024' }));
    expect(refused).toMatchObject({ code: 'plan.notReady', details: { field: 'targetGrade' } });
    expect(refused.details?.issues?.[0]?.code).toBe('plan.rule.targetAtLeastMinimum');
    expect(expectOk(await backend.call('plan.get', {}))?.status).toBe('draft');

    expectOk(await backend.call('plan.save', planForGradeC()));
    const ready = expectOk(await backend.call('plan.markReady', { id: 'plan-2024' }));
    expect(ready).toMatchObject({ status: 'ready', readyBy: '张三', readyAt: '2024-07-15T04:00:00.000Z' });
  });

  it.each([
    [
      'a milestone after the target date',
      planForGradeC({ targetDate: '2025-03-31' }),
      'plan.rule.milestoneAfterTarget',
      '里程碑“规划获批”（2025-06-30）晚于目标日期 2025-03-31',
    ],
    [
      'a target grade below the current one',
      planForGradeC({ targetGrade: 'D' }),
      'plan.rule.targetBelowCurrent',
      '目标 D 级低于当前的 C 级',
    ],
  ])('saves a plan with %s as a draft, with the finding worded for the user', async (_name, plan, code, message) => {
    backend = await gradeCWorkspace();
    expect(expectOk(await backend.call('plan.save', plan)).status).toBe('draft');
    const failed = expectOk(await backend.call('plan.check', {})).results.filter((rule) => !rule.ok);
    expect(failed.find((rule) => rule.code === code)?.message).toBe(message);
  });

  it('refuses, with nothing saved, a plan naming an unknown cycle or using one id twice', async () => {
    backend = await gradeCWorkspace();
    const unknown = expectError(await backend.call('plan.save', planForGradeC({ cycleId: 'sasac-2030' })));
    expect(unknown).toMatchObject({ code: 'plan.cycleUnknown', details: { field: 'cycleId' } });
    expect(unknown.message).toContain('sasac-2030');
    const plan = planForGradeC();
    const twice = expectError(await backend.call('plan.save', { ...plan, tasks: [plan.tasks[0]!, plan.tasks[0]!] }));
    expect(twice).toMatchObject({ code: 'plan.save.refused', details: { field: 'tasks[1].id' } });
    expect(expectOk(await backend.call('plan.get', {}))).toBeNull();
  });

  it("words passed and failed indicator links apart, by the indicator's name, never its id", async () => {
    backend = await gradeCWorkspace();
    const plan = planForGradeC();
    expectOk(await backend.call('plan.save', { ...plan, tasks: [{ ...plan.tasks[0]!, indicatorIds: ['L2', 'Z99'] }] }));
    const links = expectOk(await backend.call('plan.check', {})).results.filter((rule) => rule.code === 'plan.rule.taskUnknownIndicator');
    expect(links.map((rule) => [rule.ok, rule.message])).toEqual([
      [true, expect.stringMatching(/^任务“完善信息化规划”拟提升的指标“[^”]+”在评价模板中$/)],
      [false, '任务“完善信息化规划”拟提升的指标“Z99”在评价模板中找不到'],
    ]);
    expect(links[0]!.message).not.toContain('L2');
  });

  it('refuses a malformed plan at the field (bad date, percent out of range)', async () => {
    backend = await gradeCWorkspace();
    const plan = planForGradeC();
    plan.milestones[0]!.percentComplete = 150;
    expect(expectError(await backend.call('plan.save', plan)).details?.field).toBe('milestones[0].percentComplete');
    expect(expectError(await backend.call('plan.save', { ...planForGradeC(), targetDate: '2025-13-01' })).details?.field).toBe(
      'targetDate',
    );
  });

  it('keeps a ready plan ready while execution is tracked, and returns it to draft when its content changes', async () => {
    backend = await gradeCWorkspace();
    expectOk(await backend.call('plan.save', planForGradeC()));
    expectOk(await backend.call('plan.markReady', { id: 'plan-2024' }));

    const tracked = expectOk(
      await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'm1', status: 'done', percentComplete: 80 }),
    );
    expect(tracked.status).toBe('ready');
    expect(tracked.plan.milestones[0]).toMatchObject({ status: 'done', percentComplete: 100 });
    expect(
      expectError(
        await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'zz', status: 'done', percentComplete: 1 }),
      ).details?.field,
    ).toBe('milestoneId');

    const resaved = expectOk(await backend.call('plan.save', tracked.plan));
    expect(resaved.status).toBe('ready');
    const changed = expectOk(await backend.call('plan.save', { ...tracked.plan, targetGrade: 'A' }));
    expect(changed).toMatchObject({ status: 'draft', readyAt: null, readyBy: null });
  });

  it('records dated progress snapshots with the milestones as they stood', async () => {
    backend = await gradeCWorkspace();
    expectOk(await backend.call('plan.save', planForGradeC()));
    expectOk(
      await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'm1', status: 'inProgress', percentComplete: 70 }),
    );
    const record = expectOk(
      await backend.call('plan.addSnapshot', { planId: 'plan-2024', date: '2024-07-01', text: '规划初稿已完成七成，正在征求意见。' }),
    );
    expect(record.snapshots).toEqual([
      expect.objectContaining({
        date: '2024-07-01',
        createdBy: '张三',
        milestones: [
          { milestoneId: 'm1', status: 'inProgress', percentComplete: 70 },
          { milestoneId: 'm2', status: 'notStarted', percentComplete: 0 },
        ],
      }),
    ]);
    expect(
      expectError(await backend.call('plan.addSnapshot', { planId: 'plan-2024', date: '2024-07-01', text: '  ' })).details?.field,
    ).toBe('text');
  });

  it('lists due items for the dashboard: filing due until ready, overdue milestones first', async () => {
    backend = await gradeCWorkspace();
    expect(expectOk(await backend.call('plan.due', {}))).toMatchObject({ planId: null, currentGrade: 'C', items: [] });
    expectOk(await backend.call('plan.save', planForGradeC()));
    const due = expectOk(await backend.call('plan.due', {}));
    expect(due).toMatchObject({ currentGrade: 'C', targetGrade: 'B', filingDue: '2027-03-31', overdueCount: 1, warnings: [] });
    expect(due.items.map((item) => [item.kind, item.date, item.overdue, item.daysOverdue])).toEqual([
      ['milestone', '2024-06-30', true, 15],
      ['milestone', '2025-06-30', false, 0],
      ['filing', '2027-03-31', false, 0],
    ]);
    expectOk(await backend.call('plan.markReady', { id: 'plan-2024' }));
    expect(expectOk(await backend.call('plan.due', {})).items.map((item) => item.kind)).toEqual(['milestone', 'milestone']);
  });

  it('round-trips plans and snapshots through the data JSON', async () => {
    backend = await gradeCWorkspace();
    expectOk(await backend.call('plan.save', planForGradeC()));
    expectOk(await backend.call('plan.addSnapshot', { planId: 'plan-2024', date: '2024-07-01', text: '进展顺利' }));
    const data = expectOk(await backend.call('workspace.exportData', {}));
    const other = tempBackend();
    try {
      expectOk(await other.call('workspace.importData', data));
      expect(expectOk(await other.call('workspace.exportData', {})).plans).toEqual(data.plans);
    } finally {
      other.dispose();
    }
  });
});
