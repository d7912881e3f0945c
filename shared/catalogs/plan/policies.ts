/**
 * Climbing-plan policies as data (DOMAIN.md §1, point 1 of the 2009 opinion; primary text in
 * seed/sasac-2009-opinion.txt). A later policy is added here as another entry; a plan names the policy it
 * answers to by id.
 */
import type { PlanPolicy } from '../../contract/plan/schemas';

export const SASAC_2009_POLICY: PlanPolicy = {
  id: 'sasac-2009',
  version: '1.0.0',
  year: 2009,
  nameZh: '国资委关于进一步推进中央企业信息化工作的意见（2009）',
  nameEn: 'SASAC opinion on further advancing informatization in central enterprises (2009)',
  source: '国务院国有资产监督管理委员会，2009-04-28，第一条“制订信息化发展‘登高计划’”',
  // "信息化水平处于E级和D级的企业，'登高计划'目标要在2010年底以前达到C级以上。"
  lowGrades: ['E', 'D'],
  minimumTargetGrade: 'C',
  deadline: '2010-12-31',
  // "各中央企业'登高计划'请于6月底前报国资委备案。"
  filingDue: { month: 6, day: 30 },
};

export const PLAN_POLICIES: readonly PlanPolicy[] = [SASAC_2009_POLICY];

export function findPolicy(policyId: string): PlanPolicy | undefined {
  return PLAN_POLICIES.find((policy) => policy.id === policyId);
}
