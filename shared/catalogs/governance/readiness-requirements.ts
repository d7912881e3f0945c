/**
 * The sub-requirements of the 2009 opinion's points, as data: which words of the opinion each rests on, where
 * its records are kept, and whether mapping the words to records is settled (`verified`) or our reading (shown
 * as such on the readiness page). The rules that read the records are in shared/domain/governance/readiness.ts.
 * Quotes: seed text of the opinion (国资委，2009-04-28), cited in docs/standards.md.
 */
import type { PageId } from '../../contract/governance/pages';

export interface RequirementDefinition {
  id: string;
  point: number;
  /** The opinion's own words. */
  basis: string;
  verified: boolean;
  page: PageId;
}

export const READINESS_REQUIREMENTS: readonly RequirementDefinition[] = [
  // Point 1: the plan rests on an evaluation result and must name target, tasks, measures and timetable.
  // That the enterprise's own finalized self-assessment stands for "2007年度信息化水平评价结果" is our reading.
  {
    id: 'evaluation-result',
    point: 1,
    basis: '各中央企业要根据2007年度信息化水平评价结果，制订信息化发展“登高计划”',
    verified: false,
    page: 'assessment',
  },
  {
    id: 'climbing-plan',
    point: 1,
    basis: '“登高计划”主要包括：信息化水平登高目标、主要任务、采取的措施及达到目标的时间进度等内容',
    verified: true,
    page: 'plan',
  },

  // Point 2: "到2009年底，所有中央企业都应建立信息化专职管理部门，做到机构、职能、人员和责任'四落实'" — a duty.
  {
    id: 'it-department',
    point: 2,
    basis: '到2009年底，所有中央企业都应建立信息化专职管理部门，做到机构、职能、人员和责任“四落实”',
    verified: true,
    page: 'department',
  },
  // "各中央企业可建立首席信息官制度……条件暂不成熟的企业，可先由现任信息化主管领导兼任首席信息官" — may, not must.
  {
    id: 'cio',
    point: 2,
    basis: '各中央企业可建立首席信息官制度，设立首席信息官；条件暂不成熟的企业，可先由现任信息化主管领导兼任首席信息官',
    verified: true,
    page: 'cio',
  },

  // Point 3: a system, and responsibility carried through every stage named.
  { id: 'performance-system', point: 3, basis: '2009年，所有中央企业都应建立信息化工作绩效考核制度', verified: true, page: 'performance' },
  {
    id: 'performance-coverage',
    point: 3,
    basis: '确保层层落实信息化建设、应用、维护、升级和优化的责任',
    verified: true,
    page: 'performance',
  },

  // Point 4: assets registered under unified management, and their use lawful (genuine and licensed).
  {
    id: 'software-registered',
    point: 4,
    basis: '将软件资产纳入企业资产统一管理的范畴，由资产管理部门集中管理',
    verified: true,
    page: 'sam',
  },
  { id: 'software-genuine', point: 4, basis: '加快推进使用正版软件工作……维护软件资产使用的合法性', verified: true, page: 'sam' },

  // Point 5, clause by clause.
  { id: 'graded-filed', point: 5, basis: '要按照国家信息安全等级保护要求，完善信息安全运行和场地安全', verified: true, page: 'mlps' },
  // The yearly assessment of level-3+ systems is the national scheme's (docs/standards.md §2), which the clause above points to.
  { id: 'assessments', point: 5, basis: '要按照国家信息安全等级保护要求（三级及以上系统每年测评）', verified: true, page: 'mlps' },
  // Which record shows "统一的安全管理要求" is our reading: an enterprise-wide security leader.
  { id: 'unified-management', point: 5, basis: '各企业信息化建设要有统一的安全管理要求', verified: false, page: 'mlpsMechanisms' },
  // A plan and a drill in the last twelve months: the opinion names the mechanism, not the drill interval.
  { id: 'emergency', point: 5, basis: '建立信息系统安全应急处理机制', verified: false, page: 'mlpsMechanisms' },
  { id: 'major-risks', point: 5, basis: '建立重特大风险识别、防范和控制机制', verified: true, page: 'mlpsMechanisms' },
  { id: 'info-protection', point: 5, basis: '建立重要信息的保密和防护机制', verified: true, page: 'mlpsMechanisms' },
  // Scope "every object at level 3 or above" is our reading.
  { id: 'disaster-recovery', point: 5, basis: '建立信息系统的灾难恢复机制', verified: false, page: 'mlps' },
  // The three administrator posts are GB/T 22239's level-3 separation; the opinion says only "岗位职责规范".
  { id: 'security-duties', point: 5, basis: '建立信息安全岗位职责规范', verified: false, page: 'mlpsMechanisms' },
];

export function requirementsOf(point: number): RequirementDefinition[] {
  return READINESS_REQUIREMENTS.filter((requirement) => requirement.point === point);
}
