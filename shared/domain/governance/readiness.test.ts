import { describe, expect, it } from 'vitest';
import { readinessReportSchema, type ReadinessInput, type ReadinessStatus } from '../../contract/governance/readiness';
import type { DeclarationStatus } from '../../contract/forms/schemas';
import { computeReadiness } from './readiness';
import { fullCio, fullDepartment, fullPerformance } from './fixtures.test-support';

/** Point 5's counts: nothing recorded, then every clause answered (six objects, four of them level 3). */
const NO_SECURITY: ReadinessInput['mlps'] = {
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
};
const FULL_SECURITY: ReadinessInput['mlps'] = {
  objects: 6,
  graded: 6,
  needingFiling: 4,
  filed: 4,
  needingAssessment: 4,
  assessed: 4,
  assessmentsOverdue: 0,
  risksRecorded: 3,
  openMajorRisks: 0,
  openHighRiskItems: 0,
  openMajorHiddenRisks: 0,
  emergencyPlans: 2,
  recentDrills: 1,
  infoProtection: 5,
  needingRecovery: 4,
  withRecovery: 4,
  securityLeader: true,
  adminPosts: 3,
};

/** An enterprise that has done nothing yet. */
function blank(): ReadinessInput {
  return {
    asOf: '2009-09-01',
    assessment: { latestFinalizedGrade: null },
    plan: { exists: false, ready: false },
    governance: { cio: null, department: null, performance: null },
    sam: { products: 0, entitlements: 0, genuineRate: null },
    mlps: NO_SECURITY,
    declarations: [],
  };
}

/** An enterprise that has done everything the opinion asks of every enterprise. */
function complete(): ReadinessInput {
  return {
    asOf: '2010-01-10',
    assessment: { latestFinalizedGrade: 'C' },
    plan: { exists: true, ready: true },
    governance: {
      cio: { ...fullCio(), trainings: [{ title: '中央企业CIO培训班', organizer: '国资委', attendedOn: '2009-11-20', hours: 24 }] },
      department: fullDepartment(),
      performance: fullPerformance(),
    },
    sam: { products: 40, entitlements: 52, genuineRate: 1 },
    mlps: FULL_SECURITY,
    declarations: [{ formId: 'sasac-2009-portal-self-evaluation', status: 'ready' }],
  };
}

const point = (input: ReadinessInput, n: number) => computeReadiness(input).points[n - 1]!;
const reasonCodes = (input: ReadinessInput, n: number) =>
  point(input, n).reasons.map((r) => r.code.replace('governance.readiness.', '').replace('governance.', ''));
const declared = (formId: string, status: DeclarationStatus) => [{ formId, status }];

describe('computeReadiness', () => {
  it('reports twelve points in order, in the shape the CLI prints', () => {
    const report = computeReadiness(blank());
    expect(readinessReportSchema.parse(report)).toEqual(report);
    expect(report.points.map((p) => p.point)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(report).toMatchObject({ opinionId: 'sasac-2009-opinion', asOf: '2009-09-01' });
  });

  it('a blank enterprise: its duties not started; what SASAC leads or offers is optional, never work undone', () => {
    expect(computeReadiness(blank()).points.map((p) => p.status)).toEqual([
      'not-started',
      'not-started',
      'not-started',
      'not-started',
      'not-started',
      'optional',
      'not-applicable',
      'optional',
      'optional',
      'optional',
      'optional',
      'optional',
    ]);
  });

  it('a complete enterprise: every obligation done, with no reasons left', () => {
    const report = computeReadiness(complete());
    expect(report.points.map((p) => p.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'optional',
      'not-applicable',
      'optional',
      'optional',
      'done',
      'done',
      'optional',
    ]);
    expect(report.points.filter((p) => p.status === 'done').flatMap((p) => p.reasons)).toEqual([]);
  });

  type Case = [string, number, (input: ReadinessInput) => void, ReadinessStatus, string[]];
  it.each<Case>([
    [
      'plan drafted, not ready',
      1,
      (i) => {
        i.plan = { exists: true, ready: false };
      },
      'in-progress',
      ['planNotReady'],
    ],
    [
      'no plan and no finalized assessment',
      1,
      (i) => {
        i.plan = { exists: false, ready: false };
        i.assessment.latestFinalizedGrade = null;
      },
      'not-started',
      ['noAssessment', 'planMissing'],
    ],
    [
      'CIO appointed, department not yet, before the deadline',
      2,
      (i) => {
        i.asOf = '2009-12-31';
        i.governance.department = null;
      },
      'in-progress',
      ['department.notRecorded'],
    ],
    [
      'department in place after the end-2009 deadline',
      2,
      (i) => {
        i.governance.department!.establishedOn = '2010-01-05';
      },
      'done',
      ['deadline.late'],
    ],
    [
      'department missing after the deadline',
      2,
      (i) => {
        i.governance.department = null;
        i.governance.cio = null;
      },
      'not-started',
      ['department.notRecorded', 'deadline.missed'],
    ],
    [
      'department in place and no CIO: the CIO is optional (可建立)',
      2,
      (i) => {
        i.governance.cio = null;
      },
      'done',
      [],
    ],
    [
      'the IT head serving concurrently as CIO, with duties and rights',
      2,
      (i) => {
        i.governance.cio!.concurrent = true;
      },
      'done',
      [],
    ],
    [
      'a CIO appointed without the approval right',
      2,
      (i) => {
        i.governance.cio!.rights.approval = false;
      },
      'in-progress',
      ['cio.noApprovalRight'],
    ],
    [
      'KPIs exist but the system is not established',
      3,
      (i) => {
        i.governance.performance!.established = false;
        i.governance.performance!.establishedOn = null;
      },
      'in-progress',
      ['performance.notEstablished', 'deadline.missed'],
    ],
    [
      'optimisation not covered',
      3,
      (i) => {
        i.governance.performance!.kpis.pop();
      },
      'in-progress',
      ['performance.areaUncovered', 'performance.levelUncovered'],
    ],
    [
      'software registered but 95 % genuine',
      4,
      (i) => {
        i.sam.genuineRate = 0.95;
      },
      'in-progress',
      ['samNotAllGenuine'],
    ],
    [
      'products but no entitlements',
      4,
      (i) => {
        i.sam = { products: 3, entitlements: 0, genuineRate: 0 };
      },
      'in-progress',
      ['samNoEntitlements', 'samNotAllGenuine'],
    ],
    [
      'software registered, how much is genuine not known',
      4,
      (i) => {
        i.sam = { products: 3, entitlements: 2, genuineRate: null };
      },
      'in-progress',
      ['samGenuineRateUnknown'],
    ],
    [
      'licences bought, no product registered',
      4,
      (i) => {
        i.sam = { ...i.sam, products: 0 };
      },
      'in-progress',
      ['samNoProducts'],
    ],
    [
      'department missing after the deadline, the performance system missing too: point 2 carries only its own deadline',
      2,
      (i) => {
        i.governance.department = null;
        i.governance.performance = null;
      },
      'in-progress',
      ['department.notRecorded', 'deadline.missed'],
    ],
    [
      'two objects ungraded, one unfiled',
      5,
      (i) => {
        i.mlps = { ...FULL_SECURITY, objects: 6, graded: 4, needingFiling: 3, filed: 2 };
      },
      'in-progress',
      ['mlpsUngraded', 'mlpsUnfiled'],
    ],
    [
      'graded and filed, but high risks open, no emergency plan, no drill, no assessment',
      5,
      (i) => {
        i.mlps = {
          ...FULL_SECURITY,
          objects: 2,
          graded: 2,
          needingFiling: 2,
          filed: 2,
          needingAssessment: 2,
          assessed: 0,
          openHighRiskItems: 3,
          emergencyPlans: 0,
          recentDrills: 0,
          needingRecovery: 2,
          withRecovery: 2,
        };
      },
      'in-progress',
      ['mlpsUnassessed', 'emergencyPlanMissing', 'drillMissing', 'openHighRiskItems'],
    ],
    [
      'a major hidden risk not yet remediated keeps point 5 in progress, though all else is done',
      5,
      (i) => {
        i.mlps = { ...FULL_SECURITY, openMajorHiddenRisks: 1 };
      },
      'in-progress',
      ['openMajorHiddenRisks'],
    ],
    [
      'nothing recorded for point 5',
      5,
      (i) => {
        i.mlps = NO_SECURITY;
      },
      'not-started',
      [
        'mlpsEmpty',
        'securityLeaderMissing',
        'emergencyPlanMissing',
        'drillMissing',
        'risksNotIdentified',
        'infoProtectionMissing',
        'recoveryNothingGraded',
        'adminPostsMissing',
      ],
    ],
    [
      'a demonstration application drafted',
      6,
      (i) => {
        i.declarations = declared('sasac-2009-demonstration-application', 'completed');
      },
      'in-progress',
      ['declarationNotReady'],
    ],
    [
      'a demonstration application ready',
      6,
      (i) => {
        i.declarations = declared('sasac-2009-demonstration-application', 'ready');
      },
      'done',
      [],
    ],
    [
      'a D-grade enterprise without an assistance request',
      7,
      (i) => {
        i.assessment.latestFinalizedGrade = 'D';
      },
      'optional',
      ['assistanceSuggested'],
    ],
    [
      'a B-grade enterprise without an assistance request',
      7,
      (i) => {
        i.assessment.latestFinalizedGrade = 'B';
      },
      'not-applicable',
      ['assistanceNotNeeded'],
    ],
    [
      'no grade yet',
      7,
      (i) => {
        i.assessment.latestFinalizedGrade = null;
      },
      'not-applicable',
      ['assistanceGradeUnknown'],
    ],
    [
      'an assistance request ready',
      7,
      (i) => {
        i.assessment.latestFinalizedGrade = 'E';
        i.declarations = declared('sasac-2009-assistance-request', 'ready');
      },
      'done',
      [],
    ],
    [
      'shared software registered',
      8,
      (i) => {
        i.declarations = declared('sasac-2009-shared-software', 'ready');
      },
      'done',
      [],
    ],
    [
      'an outsourcing draft',
      9,
      (i) => {
        i.declarations = declared('sasac-2009-outsourcing-request', 'draft');
      },
      'in-progress',
      ['declarationNotReady'],
    ],
    [
      'training requested, CIO not yet trained',
      10,
      (i) => {
        i.governance.cio!.trainings = [];
        i.declarations = declared('sasac-2009-consulting-training-request', 'ready');
      },
      'in-progress',
      ['cioNotTrained'],
    ],
    [
      'CIO attendance drafted, not yet ready',
      10,
      (i) => {
        i.governance.cio!.trainings = [];
        i.declarations = declared('sasac-2009-cio-training-attendance', 'draft');
      },
      'in-progress',
      ['cioNotTrained'],
    ],
    [
      'attendance record ready',
      10,
      (i) => {
        i.governance.cio!.trainings = [];
        i.declarations = declared('sasac-2009-cio-training-attendance', 'ready');
      },
      'done',
      [],
    ],
    [
      'portal self-evaluation only drafted',
      11,
      (i) => {
        i.declarations = declared('sasac-2009-portal-self-evaluation', 'draft');
      },
      'in-progress',
      ['declarationNotReady'],
    ],
    [
      'portal self-evaluation not begun: SASAC evaluates portals',
      11,
      (i) => {
        i.declarations = [];
      },
      'optional',
      ['sasacLedPortal'],
    ],
    [
      'no CIO training and no request: SASAC runs the classes',
      10,
      (i) => {
        i.governance.cio!.trainings = [];
        i.declarations = [];
      },
      'optional',
      ['sasacLedTraining'],
    ],
    [
      'a nomination ready',
      12,
      (i) => {
        i.declarations = declared('sasac-2009-commendation-nomination', 'ready');
      },
      'done',
      [],
    ],
  ])('%s → point %i', (_case, n, change, status, reasons) => {
    const input = complete();
    change(input);
    expect(point(input, n).status).toBe(status);
    expect(reasonCodes(input, n)).toEqual(reasons);
  });

  it('says how much of the software is genuine and how many objects are left', () => {
    const input = complete();
    input.sam.genuineRate = 0.9567;
    input.mlps = { ...FULL_SECURITY, objects: 6, graded: 4, needingFiling: 3, filed: 3 };
    expect(point(input, 4).reasons).toEqual([{ code: 'governance.readiness.samNotAllGenuine', params: { percent: 95.6 } }]);
    expect(point(input, 5).reasons).toEqual([{ code: 'governance.readiness.mlpsUngraded', params: { count: 2, total: 6 } }]);
  });

  it('lists point 5 clause by clause and names what each lacks', () => {
    const input = complete();
    input.mlps = { ...FULL_SECURITY, emergencyPlans: 0, recentDrills: 0, openMajorRisks: 1 };
    expect(point(input, 5).requirements.map((r) => [r.id, r.status])).toEqual([
      ['graded-filed', 'met'],
      ['assessments', 'met'],
      ['unified-management', 'met'],
      ['emergency', 'missing'],
      ['major-risks', 'missing'],
      ['info-protection', 'met'],
      ['disaster-recovery', 'met'],
      ['security-duties', 'met'],
    ]);
    expect(point(input, 5).requirements[4]!.reasons).toEqual([{ code: 'governance.readiness.openMajorRisks', params: { count: 1 } }]);
  });

  it('lists points 1, 3 and 4 clause by clause too: a plan without a finalized assessment, KPIs short of a stage, licences short', () => {
    const input = complete();
    input.assessment.latestFinalizedGrade = null;
    input.governance.performance!.kpis.pop();
    input.sam.genuineRate = 0.9;
    const statuses = (n: number) => point(input, n).requirements.map((r) => [r.id, r.status]);
    expect(statuses(1)).toEqual([
      ['evaluation-result', 'missing'],
      ['climbing-plan', 'met'],
    ]);
    expect(statuses(3)).toEqual([
      ['performance-system', 'met'],
      ['performance-coverage', 'missing'],
    ]);
    expect(statuses(4)).toEqual([
      ['software-registered', 'met'],
      ['software-genuine', 'missing'],
    ]);
    expect([1, 3, 4].map((n) => point(input, n).status)).toEqual(['in-progress', 'in-progress', 'in-progress']);
  });

  it('lists point 2 clause by clause: the CIO missing a right, or optional while none is appointed', () => {
    const input = complete();
    input.governance.cio!.rights.decision = false;
    expect(point(input, 2).requirements.map((r) => [r.id, r.status])).toEqual([
      ['it-department', 'met'],
      ['cio', 'missing'],
    ]);
    input.governance.cio = null;
    input.governance.department!.implementations.staff.status = 'in-progress';
    expect(point(input, 2).requirements.map((r) => [r.id, r.status])).toEqual([
      ['it-department', 'missing'],
      ['cio', 'optional'],
    ]);
    expect(point(input, 2).status).toBe('in-progress');
  });

  it('keeps the department deadline out of point 3 and the performance deadline out of point 2', () => {
    const input = complete();
    input.governance.department = null;
    input.governance.performance!.established = false;
    input.governance.performance!.establishedOn = null;
    const deadlines = (n: number) => point(input, n).reasons.filter((r) => r.code.startsWith('governance.deadline.'));
    expect(deadlines(2)).toEqual([expect.objectContaining({ params: expect.objectContaining({ deadline: 'it-department' }) })]);
    expect(deadlines(3)).toEqual([expect.objectContaining({ params: expect.objectContaining({ deadline: 'performance-system' }) })]);
    expect(point(input, 3).requirements.map((r) => [r.id, r.status])).toEqual([
      ['performance-system', 'missing'],
      ['performance-coverage', 'met'],
    ]);
  });

  it('links each point to the domains that hold its data', () => {
    const domains = computeReadiness(blank()).points.map((p) => p.domains);
    expect(domains[3]).toEqual(['sam']);
    expect(domains[9]).toEqual(['governance', 'declarations']);
  });
});
