/**
 * 《关于进一步推进中央企业信息化工作的意见》 (SASAC, 2009-04-28) as data: its twelve points, the CIO duties,
 * the four implementations, the five responsibility areas, its deadlines and the ten demonstration
 * categories. Source: the opinion (国资委，2009-04-28) and docs/standards.md §1. Point titles and category
 * names are the opinion's own words; duty names and all English text are our short renderings.
 */
import type { LocalizedText } from '../../contract/forms/schemas';
import type { CioDutyId, ImplementationId, KpiLevel, ResponsibilityArea } from '../../contract/governance/schemas';
import { CIO_DUTY_IDS, IMPLEMENTATION_IDS, KPI_LEVEL_IDS, RESPONSIBILITY_AREA_IDS } from '../../contract/governance/vocabulary';

export interface Labelled<Id extends string> {
  id: Id;
  label: LocalizedText;
}

export interface OpinionPoint {
  number: number;
  title: LocalizedText;
}

export interface OpinionDeadline {
  id: 'climbing-plan-filing' | 'it-department' | 'performance-system';
  point: number;
  /** The last day that still meets the deadline. */
  date: string;
  label: LocalizedText;
}

const cioDutyLabels: Record<CioDutyId, LocalizedText> = {
  'mine-information-resources': { zh: '挖掘企业信息资源', en: 'Mine the enterprise’s information resources' },
  'set-it-strategy': { zh: '制定企业信息化战略', en: 'Set the IT strategy' },
  'lay-out-it': { zh: '为企业信息化布局', en: 'Lay out the enterprise’s IT' },
  'evaluate-it-value': { zh: '评估信息化价值', en: 'Evaluate the value of IT' },
  'integrate-flows': { zh: '整合信息流、物流、资金流', en: 'Integrate information, logistics and money flows' },
  'select-and-implement-systems': { zh: '完成信息系统的选型实施', en: 'Select and implement information systems' },
  'inform-decisions': { zh: '收集研究内外部信息，为决策提供依据', en: 'Collect and study information to support decisions' },
  'reengineer-processes': {
    zh: '协助业务流程重组，重建决策体系和执行体系',
    en: 'Help re-engineer processes and rebuild decision and execution systems',
  },
  'arrange-it-training': { zh: '安排企业信息化培训', en: 'Arrange IT training' },
  'find-information-bottlenecks': {
    zh: '发现信息应用瓶颈，研究企业运作中的信息流',
    en: 'Find bottlenecks in information use and study information flows',
  },
};

const implementationLabels: Record<ImplementationId, LocalizedText> = {
  organization: { zh: '机构落实', en: 'Organisation in place' },
  functions: { zh: '职能落实', en: 'Functions in place' },
  staff: { zh: '人员落实', en: 'Staff in place' },
  responsibility: { zh: '责任落实', en: 'Responsibility in place' },
};

const responsibilityAreaLabels: Record<ResponsibilityArea, LocalizedText> = {
  construction: { zh: '建设', en: 'Construction' },
  application: { zh: '应用', en: 'Application' },
  maintenance: { zh: '维护', en: 'Maintenance' },
  upgrade: { zh: '升级', en: 'Upgrade' },
  optimization: { zh: '优化', en: 'Optimisation' },
};

/** "各级领导和全体员工": our three-step reading of the levels responsibility must reach. */
const kpiLevelLabels: Record<KpiLevel, LocalizedText> = {
  leadership: { zh: '企业领导班子', en: 'Enterprise leadership' },
  unit: { zh: '各级单位和部门', en: 'Units and departments' },
  employee: { zh: '全体员工', en: 'Every employee' },
};

function labelled<Id extends string>(ids: readonly Id[], labels: Record<Id, LocalizedText>): Labelled<Id>[] {
  return ids.map((id) => ({ id, label: labels[id] }));
}

export const DEMONSTRATION_CATEGORY_IDS = [
  'erp',
  'major-equipment-materials',
  'centralized-funds',
  'decision-support-mis',
  'software-asset-management',
  'technical-innovation',
  'risk-prevention',
  'human-resources',
  'e-commerce',
  'information-security',
] as const;
export type DemonstrationCategoryId = (typeof DEMONSTRATION_CATEGORY_IDS)[number];

const demonstrationCategoryLabels: Record<DemonstrationCategoryId, LocalizedText> = {
  erp: { zh: 'ERP示范工程', en: 'ERP' },
  'major-equipment-materials': { zh: '重大设备物资管理示范工程', en: 'Major equipment and materials management' },
  'centralized-funds': { zh: '资金集中管理示范工程', en: 'Centralised fund management' },
  'decision-support-mis': { zh: '决策支持与综合管理信息系统示范工程', en: 'Decision support and integrated MIS' },
  'software-asset-management': { zh: '软件资产管理系统示范工程', en: 'Software asset management system' },
  'technical-innovation': { zh: '技术创新示范工程', en: 'Technical innovation' },
  'risk-prevention': { zh: '风险防范管理系统示范工程', en: 'Risk prevention management system' },
  'human-resources': { zh: '人力资源系统示范工程', en: 'Human resources system' },
  'e-commerce': { zh: '电子商务示范工程', en: 'E-commerce' },
  'information-security': { zh: '信息安全示范工程', en: 'Information security' },
};

export const opinion2009 = {
  id: 'sasac-2009-opinion',
  version: '1.0.0',
  title: {
    zh: '关于进一步推进中央企业信息化工作的意见',
    en: 'Opinion on further advancing informatization in central enterprises',
  },
  issuedOn: '2009-04-28',
  notes: {
    zh: '依据国资委2009年4月28日印发的意见原文整理。原文第二点所列首席信息官职责共十项（按条文逐句计），此处逐项列出；职责与英文为本软件的简述。',
    en: 'Compiled from the opinion SASAC issued on 2009-04-28. Point 2 of the text lists ten CIO duties when counted clause by clause; each is listed here. Duty names and all English wording are our own short renderings.',
  },
  points: [
    { number: 1, title: { zh: '制订信息化发展“登高计划”', en: 'Draw up an IT development climbing plan' } },
    {
      number: 2,
      title: {
        zh: '建立首席信息官（CIO）制度，设立信息化专职管理部门',
        en: 'Set up a CIO system and a dedicated IT management department',
      },
    },
    { number: 3, title: { zh: '全面建立信息化绩效考核制度', en: 'Establish IT performance assessment' } },
    { number: 4, title: { zh: '全面建立软件资产管理制度', en: 'Establish software asset management' } },
    { number: 5, title: { zh: '全面建立信息安全等级保护制度', en: 'Establish information security graded protection' } },
    { number: 6, title: { zh: '树立信息化示范工程', en: 'Demonstration projects' } },
    { number: 7, title: { zh: '开展中央企业间信息化建设的帮扶', en: 'Assistance between central enterprises' } },
    { number: 8, title: { zh: '实施中央企业信息化建设成果的共享', en: 'Sharing of IT results' } },
    { number: 9, title: { zh: '开展中央企业信息化合作外包', en: 'Cooperative IT outsourcing' } },
    { number: 10, title: { zh: '组织开展专家咨询和培训工作', en: 'Expert consulting and training' } },
    { number: 11, title: { zh: '组织开展中央企业门户网站绩效评估工作', en: 'Portal website performance evaluation' } },
    { number: 12, title: { zh: '表彰中央企业信息化工作先进集体和先进个人', en: 'Commendation of advanced collectives and individuals' } },
  ] satisfies OpinionPoint[],
  cioDuties: labelled(CIO_DUTY_IDS, cioDutyLabels),
  implementations: labelled(IMPLEMENTATION_IDS, implementationLabels),
  responsibilityAreas: labelled(RESPONSIBILITY_AREA_IDS, responsibilityAreaLabels),
  kpiLevels: labelled(KPI_LEVEL_IDS, kpiLevelLabels),
  deadlines: [
    {
      id: 'climbing-plan-filing',
      point: 1,
      date: '2009-06-30',
      label: { zh: '“登高计划”6月底前报国资委备案', en: 'Climbing plan filed with SASAC by the end of June' },
    },
    {
      id: 'it-department',
      point: 2,
      date: '2009-12-31',
      label: { zh: '2009年底前设立信息化专职管理部门', en: 'Dedicated IT department by the end of 2009' },
    },
    {
      id: 'performance-system',
      point: 3,
      date: '2009-12-31',
      label: { zh: '2009年建立信息化绩效考核制度', en: 'IT performance assessment system in 2009' },
    },
  ] satisfies OpinionDeadline[],
  demonstrationCategories: labelled(DEMONSTRATION_CATEGORY_IDS, demonstrationCategoryLabels),
  /** Point 7: a secondment lasts "不超过半年". */
  secondmentMaxMonths: 6,
  /**
   * Point 7 speaks of "信息化建设相对落后的企业" without a grade. We read it as the grades point 1 must lift
   * to C (D and E); editable, our interpretation.
   */
  laggingGrades: ['D', 'E'],
} as const;

export function opinionDeadline(id: OpinionDeadline['id']): OpinionDeadline {
  const deadline = opinion2009.deadlines.find((d) => d.id === id);
  if (!deadline) throw new Error(`opinion-2009 has no deadline ${id}`);
  return deadline;
}
