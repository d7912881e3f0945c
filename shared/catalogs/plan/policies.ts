/**
 * Climbing-plan policies, one per cycle, as versioned data (docs/standards.md, "Climbing-plan cycles").
 * The 2009 round is the opinion's own (point 1); its dates are one-off dates of that round, so a plan
 * written later answers to another cycle. The "current cycle" ships with our own dates as the editable
 * default: the user, or the receiver, loads a version with the real dates (`plan.loadPolicy`).
 */
import type { PlanPolicy } from '../../contract/plan/schemas';

export const SASAC_2009_POLICY: PlanPolicy = {
  id: 'sasac-2009',
  version: '2.0.0',
  nameZh: '2009 年登高计划（国资委关于进一步推进中央企业信息化工作的意见）',
  nameEn: '2009 climbing-plan round (SASAC opinion on further advancing informatization in central enterprises)',
  source: '国务院国有资产监督管理委员会，2009-04-28，第一条“制订信息化发展‘登高计划’”',
  verified: true,
  // The opinion is dated 2009-04-28 and sets its targets for "2010年底以前".
  cycle: { start: '2009-04-28', end: '2010-12-31' },
  // "各中央企业'登高计划'请于6月底前报国资委备案。" — June of 2009, the round's only filing.
  filingDeadline: '2009-06-30',
  targetRules: [
    // "信息化水平处于E级和D级的企业，'登高计划'目标要在2010年底以前达到C级以上。"
    { fromGrades: ['E', 'D'], minimumTarget: 'C', by: '2010-12-31' },
    // "处于C级、B级的企业要制订达到上一级别的'登高计划'。" (no date given)
    { fromGrades: ['C', 'B'], minimumTarget: 'nextGradeUp' },
  ],
  requiredIndicators: [],
};

/**
 * Our default for a cycle after 2009: the 2009 round's rules with dates of our own choosing (unverified —
 * no later SASAC round with published dates was found). The page says so and offers to edit the dates.
 */
export const CURRENT_CYCLE_DEFAULT: PlanPolicy = {
  id: 'current',
  version: 'default-1',
  nameZh: '本轮登高计划（默认日期，待按报送要求修改）',
  nameEn: "Current climbing-plan cycle (default dates, to be set to the receiver's)",
  source: '登高默认值：沿用 2009 年意见第一条的等级规则，日期为自拟，未经核实',
  verified: false,
  cycle: { start: '2026-01-01', end: '2028-12-31' },
  filingDeadline: '2027-03-31',
  targetRules: [
    { fromGrades: ['E', 'D'], minimumTarget: 'C', by: '2028-12-31' },
    { fromGrades: ['C', 'B'], minimumTarget: 'nextGradeUp' },
  ],
  requiredIndicators: [],
};

/** The cycles that ship with the program; a loaded version of the same id takes precedence. */
export const BUILT_IN_POLICIES: readonly PlanPolicy[] = [SASAC_2009_POLICY, CURRENT_CYCLE_DEFAULT];

export function findBuiltInPolicy(cycleId: string): PlanPolicy | undefined {
  return BUILT_IN_POLICIES.find((policy) => policy.id === cycleId);
}

/** The cycle a plan of this year belongs to when it names none (older data): the 2009 round covers 2009–2010. */
export function defaultCycleForYear(year: number): string {
  return year <= 2010 ? SASAC_2009_POLICY.id : CURRENT_CYCLE_DEFAULT.id;
}
