import { afterEach, describe, expect, it } from 'vitest';
import { finalizedAssessment, planForGradeC, useSmallTemplate } from '../../../test/support/assessment';
import { expectOk, tempBackend } from '../../../test/support/workspace';

type TestBackend = ReturnType<typeof tempBackend>;

function expectError(result: { ok: boolean; error?: { code: string; details?: { field?: string; issues?: { field?: string; message: string; code: string }[] } } }) {
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
    expect(check.results.find((rule) => !rule.ok)).toMatchObject({ code: 'plan.rule.currentGradeKnown', message: '需要一份已定稿的信息化水平评价来确定当前等级' });
  });

  it('saves a plan that breaks a rule as a draft, explains the rule, refuses to mark it ready, then marks the fixed plan ready', async () => {
    backend = await gradeCWorkspace();
    const draft = expectOk(await backend.call('plan.save', planForGradeC({ targetGrade: 'C' })));
    expect(draft.status).toBe('draft');
    const check = expectOk(await backend.call('plan.check', { id: 'plan-2024' }));
    expect(check).toMatchObject({ currentGrade: 'C', ready: false, today: '2024-07-15', policy: { id: 'sasac-2009', filingDue: '2024-06-30' } });
    expect(check.results.filter((rule) => !rule.ok)).toEqual([
      { code: 'plan.rule.nextGradeUp', ok: false, field: 'targetGrade', params: { current: 'C', target: 'C', next: 'B' }, message: '当前为 C 级的企业，登高目标至少为上一级 B 级（计划目标为 C 级）' },
    ]);

    const refused = expectError(await backend.call('plan.markReady', { id: 'plan-2024' }));
    expect(refused).toMatchObject({ code: 'plan.notReady', details: { field: 'targetGrade' } });
    expect(refused.details?.issues?.[0]?.code).toBe('plan.rule.nextGradeUp');
    expect(expectOk(await backend.call('plan.get', {}))?.status).toBe('draft');

    expectOk(await backend.call('plan.save', planForGradeC()));
    const ready = expectOk(await backend.call('plan.markReady', { id: 'plan-2024' }));
    expect(ready).toMatchObject({ status: 'ready', readyBy: '张三', readyAt: '2024-07-15T04:00:00.000Z' });
  });

  it.each([
    ['a milestone after the target date', planForGradeC({ targetDate: '2025-03-31' }), 'milestones[1].dueDate', '里程碑“规划获批”的日期（2025-06-30）不得晚于计划目标日期（2025-03-31）'],
    ['a target grade below the current one', planForGradeC({ targetGrade: 'D' }), 'targetGrade', '目标等级（D 级）不得低于当前等级（C 级）'],
  ])('refuses %s at its field and saves nothing', async (_name, plan, field, message) => {
    backend = await gradeCWorkspace();
    const error = expectError(await backend.call('plan.save', plan));
    expect(error.code).toBe('plan.save.refused');
    expect(error.details?.field).toBe(field);
    expect(error.details?.issues?.[0]?.message).toBe(message);
    expect(expectOk(await backend.call('plan.get', {}))).toBeNull();
  });

  it('refuses a malformed plan at the field (bad date, percent out of range)', async () => {
    backend = await gradeCWorkspace();
    const plan = planForGradeC();
    plan.milestones[0]!.percentComplete = 150;
    expect(expectError(await backend.call('plan.save', plan)).details?.field).toBe('milestones[0].percentComplete');
    expect(expectError(await backend.call('plan.save', { ...planForGradeC(), targetDate: '2025-13-01' })).details?.field).toBe('targetDate');
  });

  it('keeps a ready plan ready while execution is tracked, and returns it to draft when its content changes', async () => {
    backend = await gradeCWorkspace();
    expectOk(await backend.call('plan.save', planForGradeC()));
    expectOk(await backend.call('plan.markReady', { id: 'plan-2024' }));

    const tracked = expectOk(await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'm1', status: 'done', percentComplete: 80 }));
    expect(tracked.status).toBe('ready');
    expect(tracked.plan.milestones[0]).toMatchObject({ status: 'done', percentComplete: 100 });
    expect(expectError(await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'zz', status: 'done', percentComplete: 1 })).details?.field).toBe('milestoneId');

    const resaved = expectOk(await backend.call('plan.save', tracked.plan));
    expect(resaved.status).toBe('ready');
    const changed = expectOk(await backend.call('plan.save', { ...tracked.plan, targetGrade: 'A' }));
    expect(changed).toMatchObject({ status: 'draft', readyAt: null, readyBy: null });
  });

  it('records dated progress snapshots with the milestones as they stood', async () => {
    backend = await gradeCWorkspace();
    expectOk(await backend.call('plan.save', planForGradeC()));
    expectOk(await backend.call('plan.updateMilestone', { planId: 'plan-2024', milestoneId: 'm1', status: 'inProgress', percentComplete: 70 }));
    const record = expectOk(await backend.call('plan.addSnapshot', { planId: 'plan-2024', date: '2024-07-01', text: '规划初稿已完成七成，正在征求意见。' }));
    expect(record.snapshots).toEqual([
      expect.objectContaining({ date: '2024-07-01', createdBy: '张三', milestones: [{ milestoneId: 'm1', status: 'inProgress', percentComplete: 70 }, { milestoneId: 'm2', status: 'notStarted', percentComplete: 0 }] }),
    ]);
    expect(expectError(await backend.call('plan.addSnapshot', { planId: 'plan-2024', date: '2024-07-01', text: '  ' })).details?.field).toBe('text');
  });

  it('lists due items for the dashboard: filing due until ready, overdue milestones first', async () => {
    backend = await gradeCWorkspace();
    expect(expectOk(await backend.call('plan.due', {}))).toMatchObject({ planId: null, currentGrade: 'C', items: [] });
    expectOk(await backend.call('plan.save', planForGradeC()));
    const due = expectOk(await backend.call('plan.due', {}));
    expect(due).toMatchObject({ currentGrade: 'C', targetGrade: 'B', filingDue: '2024-06-30', overdueCount: 2 });
    expect(due.items.map((item) => [item.kind, item.date, item.overdue, item.daysOverdue])).toEqual([
      ['filing', '2024-06-30', true, 15],
      ['milestone', '2024-06-30', true, 15],
      ['milestone', '2025-06-30', false, 0],
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
