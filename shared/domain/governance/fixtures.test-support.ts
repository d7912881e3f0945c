/** Complete, valid governance records for tests to start from and break one thing at a time. */
import { CIO_DUTY_IDS, type CioRecord, type ItDepartment, type ItPerformance } from '../../contract/governance/schemas';

export function fullCio(): CioRecord {
  return {
    appointed: true,
    name: '王五',
    position: '副总经理',
    appointedOn: '2009-07-01',
    concurrent: true,
    duties: Object.fromEntries(CIO_DUTY_IDS.map((id) => [id, { assigned: true, document: '董事会决议〔2009〕12号' }])),
    rights: { decision: true, approval: true, consultedOnMajorDecisions: true, document: '董事会决议〔2009〕12号' },
    trainings: [],
  };
}

export function fullDepartment(): ItDepartment {
  const done = (evidence: string) => ({ status: 'done' as const, evidence });
  return {
    name: '信息化管理部',
    establishedOn: '2009-10-15',
    implementations: {
      organization: done('关于设立信息化管理部的通知'),
      functions: done('信息化管理部职能说明'),
      staff: done('人员名册'),
      responsibility: done('信息化工作责任制'),
    },
    staffCount: 3,
    roster: [
      { name: '甲', position: '主任', duties: '全面' },
      { name: '乙', position: '副主任', duties: '应用' },
    ],
  };
}

export function fullPerformance(): ItPerformance {
  return {
    established: true,
    establishedOn: '2009-11-01',
    document: '信息化绩效考核办法',
    kpis: [
      {
        id: 'k1',
        name: 'ERP 覆盖率',
        ownerUnit: '公司领导班子',
        level: 'leadership',
        target: '≥ 90 %',
        areas: ['construction', 'application'],
        actuals: [{ period: '2009', value: '85 %' }],
      },
      {
        id: 'k2',
        name: '系统可用率',
        ownerUnit: '信息中心',
        level: 'unit',
        target: '≥ 99.5 %',
        areas: ['maintenance', 'upgrade'],
        actuals: [{ period: '2009-Q4', value: '99.7 %' }],
      },
      {
        id: 'k3',
        name: '流程优化建议',
        ownerUnit: '各部门',
        level: 'employee',
        target: '每人每年 1 条',
        areas: ['optimization'],
        actuals: [{ period: '2009', value: '1.2' }],
      },
    ],
  };
}
