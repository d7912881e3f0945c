import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_CYCLE_DEFAULT } from '../../../shared/catalogs/plan/policies';
import type { PlanPolicy } from '../../../shared/contract/plan/schemas';
import { finalizedAssessment, gradeDAnswers, planForGradeD2026, useSmallTemplate } from '../../../test/support/assessment';
import { expectOk, tempBackend } from '../../../test/support/workspace';

type TestBackend = ReturnType<typeof tempBackend>;

function expectError(result: {
  ok: boolean;
  error?: { code: string; message: string; details?: { field?: string; issues?: { field?: string; message: string }[] } };
}) {
  expect(result.ok).toBe(false);
  return (result as { error: NonNullable<typeof result.error> }).error;
}

/** A grade-D enterprise (its 2025 assessment finalized) on 2026-12-05, after the 2026 mid-year. */
async function gradeDWorkspace(): Promise<TestBackend> {
  const backend = tempBackend({ now: () => new Date('2026-12-05T04:00:00Z') });
  await useSmallTemplate(backend);
  await finalizedAssessment(backend, 2025, gradeDAnswers);
  return backend;
}

const receiverDates: PlanPolicy = { ...CURRENT_CYCLE_DEFAULT, version: 'receiver-2026', verified: true, filingDeadline: '2026-06-30' };

describe('climbing-plan cycles', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  it('passes a D-grade plan written in 2026 for the current cycle when it reaches C within the cycle', async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026()));
    const check = expectOk(await backend.call('plan.check', {}));
    expect(check.currentGrade).toBe('D');
    expect(check.results.filter((rule) => !rule.ok)).toEqual([]);
    expect(check).toMatchObject({ ready: true, warnings: [], policy: { id: 'current', filingDue: '2027-03-31', verified: false } });
  });

  it('judges a plan of the 2009 round by 2010, and warns that its filing deadline has passed', async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026({ cycleId: 'sasac-2009' })));
    const check = expectOk(await backend.call('plan.check', {}));
    expect(check.results.filter((rule) => !rule.ok).map((rule) => rule.message)).toEqual(['目标日期 2028-06-30 晚于本轮规定的 2010-12-31']);
    expect(check.warnings.map((warning) => warning.message)).toEqual(['本轮报备截止日 2009-06-30 已过，计划尚未标记为待备案']);
  });

  it("loads the receiver's dates for the current cycle: the plan keeps its cycle and now warns of the missed deadline", async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026()));
    const loaded = expectOk(await backend.call('plan.loadPolicy', { policy: receiverDates }));
    expect(loaded).toMatchObject({ policy: { id: 'current', version: 'receiver-2026' }, loadedAt: '2026-12-05T04:00:00.000Z' });

    expect(expectOk(await backend.call('plan.get', {}))?.plan.cycleId).toBe('current');
    const check = expectOk(await backend.call('plan.check', {}));
    expect(check.policy).toMatchObject({ version: 'receiver-2026', filingDue: '2026-06-30' });
    expect(check.warnings.map((warning) => warning.message)).toEqual(['本轮报备截止日 2026-06-30 已过，计划尚未标记为待备案']);
    const due = expectOk(await backend.call('plan.due', {}, { locale: 'en-US' }));
    expect(due.warnings).toEqual(["This cycle's filing deadline 2026-06-30 has passed and the plan is not yet ready for filing"]);

    // Marked ready for filing, the plan no longer warns.
    expectOk(await backend.call('plan.markReady', { id: 'plan-2026' }));
    expect(expectOk(await backend.call('plan.check', {})).warnings).toEqual([]);
  });

  it('adds a new cycle as data, leaving existing plans in theirs', async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026()));
    const next: PlanPolicy = {
      ...CURRENT_CYCLE_DEFAULT,
      id: 'round-2029',
      version: '1',
      nameZh: '2029 年一轮',
      nameEn: '2029 round',
      cycle: { start: '2029-01-01', end: '2031-12-31' },
      filingDeadline: '2029-06-30',
      targetRules: [],
    };
    expectOk(await backend.call('plan.loadPolicy', { policy: next }));
    expect(expectOk(await backend.call('plan.policies', {})).map((entry) => entry.policy.id)).toEqual([
      'sasac-2009',
      'current',
      'round-2029',
    ]);
    expect(expectOk(await backend.call('plan.check', {})).policy.id).toBe('current');
  });

  it.each<[string, Partial<PlanPolicy>, string, string]>([
    [
      'reversed cycle dates',
      { cycle: { start: '2028-12-31', end: '2026-01-01' } },
      'policy.cycle.end',
      '周期的起始日期 2028-12-31 晚于结束日期 2026-01-01',
    ],
    [
      'a required indicator the template lacks',
      { requiredIndicators: ['Z99'] },
      'policy.requiredIndicators[0]',
      '要求提升的指标 Z99 不在评价模板中',
    ],
    [
      'a filing deadline outside the cycle',
      { filingDeadline: '2030-01-01' },
      'policy.filingDeadline',
      '报备截止日 2030-01-01 不在周期 2026-01-01 至 2028-12-31 之内',
    ],
  ])('refuses a policy with %s, storing nothing', async (_name, change, field, message) => {
    backend = await gradeDWorkspace();
    const error = expectError(await backend.call('plan.loadPolicy', { policy: { ...receiverDates, ...change } }));
    expect(error).toMatchObject({ code: 'plan.policy.refused', details: { field } });
    expect(error.details?.issues?.[0]?.message).toBe(message);
    expect(expectOk(await backend.call('plan.policies', {})).find((entry) => entry.policy.id === 'current')?.loadedAt).toBeNull();
  });

  it('refuses a data document whose plan names a cycle it does not carry, storing nothing', async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026()));
    const data = expectOk(await backend.call('workspace.exportData', {}));
    const unknown = { ...data, plans: [{ ...data.plans[0]!, plan: { ...data.plans[0]!.plan, cycleId: 'round-2031' } }] };
    const error = expectError(await backend.call('workspace.importData', unknown));
    expect(error.message).toContain('round-2031');
    expect(expectOk(await backend.call('plan.get', {}))?.plan.cycleId).toBe('current');
  });

  it('keeps loaded cycles through the data JSON, and gives a plan from an older document the cycle of its year', async () => {
    backend = await gradeDWorkspace();
    expectOk(await backend.call('plan.save', planForGradeD2026()));
    expectOk(await backend.call('plan.loadPolicy', { policy: receiverDates }));
    const data = expectOk(await backend.call('workspace.exportData', {}));
    const { cycleId: _cycleId, ...legacyPlan } = data.plans[0]!.plan;
    const older = {
      ...data,
      planPolicies: undefined,
      plans: [{ ...data.plans[0]!, plan: { ...legacyPlan, year: 2009, id: 'p2009', policyId: 'sasac-2009' } }],
    };
    const other = tempBackend();
    try {
      expectOk(await other.call('workspace.importData', data));
      expect(expectOk(await other.call('workspace.exportData', {})).planPolicies).toEqual(data.planPolicies);
      expectOk(await other.call('workspace.importData', older as unknown as typeof data));
      expect(expectOk(await other.call('plan.get', { year: 2009 }))?.plan.cycleId).toBe('sasac-2009');
    } finally {
      other.dispose();
    }
  });
});
