import { describe, it, expect } from 'vitest';
import { planPolicySchema } from '../../contract/plan/schemas';
import { PLAN_POLICIES, SASAC_2009_POLICY, findPolicy } from './policies';

describe('plan policies', () => {
  it('are valid policy data with unique ids', () => {
    for (const policy of PLAN_POLICIES) expect(planPolicySchema.parse(policy)).toEqual(policy);
    expect(new Set(PLAN_POLICIES.map((policy) => policy.id)).size).toBe(PLAN_POLICIES.length);
  });

  it('carry the 2009 opinion: E and D reach at least C by the end of 2010, plans filed by the end of June', () => {
    expect(SASAC_2009_POLICY).toMatchObject({
      id: 'sasac-2009',
      year: 2009,
      lowGrades: ['E', 'D'],
      minimumTargetGrade: 'C',
      deadline: '2010-12-31',
      filingDue: { month: 6, day: 30 },
    });
  });

  it('are found by id', () => {
    expect(findPolicy('sasac-2009')).toBe(SASAC_2009_POLICY);
    expect(findPolicy('sasac-2030')).toBeUndefined();
  });
});
