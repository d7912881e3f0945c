import { describe, it, expect } from 'vitest';
import { planPolicySchema } from '../../contract/plan/schemas';
import { policyFindings } from '../../domain/plan';
import { BUILT_IN_POLICIES, CURRENT_CYCLE_DEFAULT, SASAC_2009_POLICY, defaultCycleForYear, findBuiltInPolicy } from './policies';

describe('plan cycle policies', () => {
  it('are valid policy data with unique cycle ids and no findings', () => {
    for (const policy of BUILT_IN_POLICIES) {
      expect(planPolicySchema.parse(policy)).toEqual(policy);
      expect(policyFindings(policy, [])).toEqual([]);
    }
    expect(new Set(BUILT_IN_POLICIES.map((policy) => policy.id)).size).toBe(BUILT_IN_POLICIES.length);
  });

  it('carry the 2009 round: E and D reach at least C by the end of 2010, C and B the next grade up, filed by the end of June 2009', () => {
    expect(SASAC_2009_POLICY).toMatchObject({
      id: 'sasac-2009',
      verified: true,
      cycle: { start: '2009-04-28', end: '2010-12-31' },
      filingDeadline: '2009-06-30',
      targetRules: [
        { fromGrades: ['E', 'D'], minimumTarget: 'C', by: '2010-12-31' },
        { fromGrades: ['C', 'B'], minimumTarget: 'nextGradeUp' },
      ],
    });
  });

  it('ship a current cycle whose dates are our own, marked unverified', () => {
    expect(CURRENT_CYCLE_DEFAULT.verified).toBe(false);
    expect(CURRENT_CYCLE_DEFAULT.cycle.start > SASAC_2009_POLICY.cycle.end).toBe(true);
  });

  it('give older plans the cycle of their year', () => {
    expect([2009, 2010, 2011, 2026].map(defaultCycleForYear)).toEqual(['sasac-2009', 'sasac-2009', 'current', 'current']);
    expect(findBuiltInPolicy('sasac-2030')).toBeUndefined();
  });
});
