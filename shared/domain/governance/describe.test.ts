import { describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/core';
import { governanceMessages } from '../../i18n/governance';
import { computeReadiness } from './readiness';
import {
  cioGaps,
  departmentGaps,
  governanceDeadlines,
  deadlineFinding,
  performanceGaps,
  validateCio,
  validateDepartment,
  validatePerformance,
} from './index';
import { governanceFindingText } from './describe';
import { fullCio, fullDepartment, fullPerformance } from './fixtures.test-support';

describe('governanceFindingText', () => {
  it.each([
    [
      { code: 'governance.cio.dutyUnassigned', params: { duty: 'integrate-flows' } },
      'zh-CN',
      '首席信息官职责未明确：整合信息流、物流、资金流',
    ],
    [
      { code: 'governance.department.implementationPending', params: { implementation: 'staff', status: 'in-progress' } },
      'zh-CN',
      '人员落实：进行中',
    ],
    [{ code: 'governance.performance.areaUncovered', params: { area: 'upgrade' } }, 'en-US', 'No KPI covers Upgrade'],
    [
      { code: 'governance.readiness.declarationNotReady', params: { form: 'sasac-2009-assistance-request' } },
      'zh-CN',
      '“信息化建设帮扶申请表”尚未标记为可报送',
    ],
    [
      { code: 'governance.deadline.missed', params: { deadline: 'it-department', date: '2009-12-31' } },
      'en-US',
      'Dedicated IT department by the end of 2009: the deadline 2009-12-31 has passed and it is not done',
    ],
    [{ code: 'governance.department.staffCountNegative', params: { count: -2 } }, 'zh-CN', '人员数不能小于零（现为 -2）'],
  ] as const)('%j in %s', (finding, locale, text) => {
    expect(governanceFindingText(finding, locale)).toBe(text);
  });

  it('has a sentence in both languages for every code the governance rules produce', () => {
    const broken = { ...fullDepartment(), establishedOn: '2099-01-01', staffCount: -1 };
    const badCio = {
      ...fullCio(),
      name: '',
      appointedOn: '2099-01-01',
      trainings: [{ title: 't', organizer: '', attendedOn: '2099-01-01', hours: null }],
    };
    const badPerformance = {
      ...fullPerformance(),
      establishedOn: '2099-01-01',
      kpis: [...fullPerformance().kpis, fullPerformance().kpis[0]!],
    };
    badPerformance.kpis[0] = {
      ...badPerformance.kpis[0]!,
      actuals: [
        { period: '2009', value: '1' },
        { period: '2009', value: '2' },
      ],
    };
    const produced: Finding[] = [
      ...validateDepartment(broken, { asOf: '2010-01-01' }),
      ...validateDepartment({ ...fullDepartment(), establishedOn: null, name: '' }, { asOf: '2010-01-01' }),
      ...validateDepartment({ ...fullDepartment(), staffCount: 0 }, { asOf: '2010-01-01' }),
      ...validateCio(badCio, { asOf: '2010-01-01' }),
      ...validateCio({ ...fullCio(), appointedOn: null }, { asOf: '2010-01-01' }),
      ...validatePerformance(badPerformance, { asOf: '2010-01-01' }),
      ...validatePerformance({ ...fullPerformance(), establishedOn: null }, { asOf: '2010-01-01' }),
      ...cioGaps(null),
      ...cioGaps({
        ...fullCio(),
        duties: { 'set-it-strategy': { assigned: true, document: '' } },
        rights: { decision: false, approval: false, consultedOnMajorDecisions: false, document: '' },
      }),
      ...departmentGaps(null),
      ...departmentGaps({
        ...fullDepartment(),
        implementations: {
          ...fullDepartment().implementations,
          staff: { status: 'done', evidence: '' },
          functions: { status: 'not-started', evidence: '' },
        },
      }),
      ...performanceGaps(null),
      ...performanceGaps({ ...fullPerformance(), kpis: [{ ...fullPerformance().kpis[0]!, actuals: [] }] }),
      ...governanceDeadlines(
        { cio: null, department: { ...fullDepartment(), establishedOn: '2010-02-01' }, performance: null },
        '2011-01-01',
      ).flatMap(deadlineFinding),
    ];
    const blank = {
      asOf: '2010-01-01',
      assessment: { latestFinalizedGrade: null },
      plan: { exists: false, ready: false },
      governance: { cio: null, department: null, performance: null },
      sam: { products: 0, entitlements: 0, genuineRate: null },
      mlps: {
        objects: 0,
        graded: 0,
        needingFiling: 0,
        filed: 0,
        needingAssessment: 0,
        assessed: 0,
        assessmentsOverdue: 0,
        risksRecorded: 0,
        openMajorRisks: 0,
        openHighRiskItems: 0,
        openMajorHiddenRisks: 0,
        emergencyPlans: 0,
        recentDrills: 0,
        infoProtection: 0,
        needingRecovery: 0,
        withRecovery: 0,
        securityLeader: false,
        adminPosts: 0,
      },
      declarations: [],
    };
    const partial = {
      ...blank,
      assessment: { latestFinalizedGrade: 'E' as const },
      plan: { exists: true, ready: false },
      sam: { products: 0, entitlements: 2, genuineRate: null },
      mlps: {
        ...blank.mlps,
        objects: 3,
        graded: 1,
        needingFiling: 2,
        filed: 0,
        needingAssessment: 1,
        assessmentsOverdue: 1,
        risksRecorded: 1,
        openMajorRisks: 1,
        openHighRiskItems: 2,
        needingRecovery: 1,
        adminPosts: 1,
      },
      declarations: [{ formId: 'sasac-2009-shared-software', status: 'draft' as const }],
    };
    for (const input of [
      blank,
      partial,
      { ...partial, sam: { products: 2, entitlements: 0, genuineRate: 0.5 } },
      { ...blank, assessment: { latestFinalizedGrade: 'A' as const } },
    ]) {
      produced.push(...computeReadiness(input).points.flatMap((p) => p.reasons));
    }
    const codes = [...new Set(produced.map((f) => f.code))].sort();
    expect(codes.length).toBeGreaterThan(40);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const table: Record<string, string> = governanceMessages[locale];
      expect(codes.filter((code) => table[code] === undefined)).toEqual([]);
    }
  });
});
