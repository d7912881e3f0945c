import { describe, expect, it } from 'vitest';
import { mlpsPolicy } from '../../catalogs/mlps/policy';
import type { ReadinessInput } from '../../contract/governance/readiness';
import { nothingRecorded, securityRequirements, summarizeSecurity, type SecurityRecords } from './security';

const object = (level: number | null, done: Partial<SecurityRecords['objects'][number]> = {}) => ({
  level,
  filed: false,
  assessed: false,
  assessmentOverdue: false,
  hasRecovery: false,
  ...done,
});

const NO_RECORDS: SecurityRecords = {
  objects: [],
  risks: [],
  highRiskItems: 0,
  majorHiddenRisks: 0,
  emergencyPlans: 0,
  drillDates: [],
  infoProtection: 0,
  duties: [],
};

describe('summarizeSecurity (what point 5 counts from the records)', () => {
  it('counts objects needing filing from the policy level, and yearly assessment and recovery from level 3', () => {
    const records: SecurityRecords = {
      ...NO_RECORDS,
      objects: [
        object(null),
        object(mlpsPolicy.filingFromLevel - 1),
        object(mlpsPolicy.filingFromLevel, { filed: true }),
        object(3, { filed: true, assessed: true, hasRecovery: true }),
        object(4, { assessmentOverdue: true }),
      ],
    };
    expect(summarizeSecurity(records, '2010-03-15', mlpsPolicy.filingFromLevel)).toMatchObject({
      objects: 5,
      graded: 4,
      needingFiling: 3,
      filed: 2,
      needingAssessment: 2,
      assessed: 1,
      assessmentsOverdue: 1,
      needingRecovery: 2,
      withRecovery: 1,
    });
  });

  it('counts open and mitigating high risks as major, whatever else is recorded', () => {
    const risks = [
      { rating: 'high', status: 'open' },
      { rating: 'high', status: 'mitigating' },
      { rating: 'high', status: 'closed' },
      { rating: 'medium', status: 'open' },
    ];
    const summary = summarizeSecurity({ ...NO_RECORDS, risks, highRiskItems: 7, majorHiddenRisks: 2 }, '2010-03-15', 2);
    expect(summary).toMatchObject({ risksRecorded: 4, openMajorRisks: 2, openHighRiskItems: 7, openMajorHiddenRisks: 2 });
  });

  it('counts drills of the last twelve months: after the same day a year ago, up to today', () => {
    const drillDates = ['2009-03-15', '2009-03-16', '2010-03-15', '2010-03-16'];
    expect(summarizeSecurity({ ...NO_RECORDS, drillDates }, '2010-03-15', 2).recentDrills).toBe(2);
  });

  it('reads a year before 29 February as 28 February', () => {
    const drillDates = ['2011-02-28', '2011-03-01'];
    expect(summarizeSecurity({ ...NO_RECORDS, drillDates }, '2012-02-29', 2).recentDrills).toBe(1);
  });

  it('takes only a unit-wide security leader (no other unit-wide post stands in), and counts each of the three admin posts once', () => {
    const objectLeader = summarizeSecurity(
      { ...NO_RECORDS, duties: [{ role: 'security-leader', objectId: 'o1' }, { role: 'system-admin' }] },
      '2010-03-15',
      2,
    );
    expect(objectLeader.securityLeader).toBe(false);
    const duties = [
      { role: 'security-leader' },
      { role: 'system-admin' },
      { role: 'system-admin', objectId: 'o1' },
      { role: 'audit-admin' },
    ];
    expect(summarizeSecurity({ ...NO_RECORDS, duties }, '2010-03-15', 2)).toMatchObject({ securityLeader: true, adminPosts: 2 });
  });
});

const NOTHING: ReadinessInput['mlps'] = summarizeSecurity(NO_RECORDS, '2010-03-15', 2);

describe('securityRequirements', () => {
  const reasonsOf = (mlps: ReadinessInput['mlps'], id: string) => securityRequirements(mlps).find((r) => r.id === id)!.reasons;

  it('says how many objects are still to file or assess, out of how many', () => {
    const mlps = {
      ...NOTHING,
      objects: 5,
      graded: 5,
      needingFiling: 4,
      filed: 1,
      needingAssessment: 3,
      assessed: 1,
      assessmentsOverdue: 2,
    };
    expect(reasonsOf(mlps, 'graded-filed')).toEqual([{ code: 'governance.readiness.mlpsUnfiled', params: { count: 3, total: 4 } }]);
    expect(reasonsOf(mlps, 'assessments')).toEqual([
      { code: 'governance.readiness.mlpsUnassessed', params: { count: 2, total: 3 } },
      { code: 'governance.readiness.mlpsAssessmentOverdue', params: { count: 2 } },
    ]);
  });

  it('counts open hidden risks, high-risk items and objects without recovery', () => {
    const mlps = {
      ...NOTHING,
      objects: 4,
      risksRecorded: 1,
      openMajorHiddenRisks: 2,
      openHighRiskItems: 5,
      needingRecovery: 3,
      withRecovery: 1,
    };
    expect(reasonsOf(mlps, 'major-risks')).toEqual([
      { code: 'governance.readiness.openMajorHiddenRisks', params: { count: 2 } },
      { code: 'governance.readiness.openHighRiskItems', params: { count: 5 } },
    ]);
    expect(reasonsOf(mlps, 'disaster-recovery')).toEqual([
      { code: 'governance.readiness.recoveryMissing', params: { count: 2, total: 3 } },
    ]);
    expect(reasonsOf({ ...mlps, withRecovery: 3 }, 'disaster-recovery')).toEqual([]);
  });

  it('names how many of the three admin posts are missing', () => {
    expect(reasonsOf({ ...NOTHING, adminPosts: 1 }, 'security-duties')).toEqual([
      { code: 'governance.readiness.adminPostsMissing', params: { count: 2 } },
    ]);
    expect(reasonsOf({ ...NOTHING, adminPosts: 3 }, 'security-duties')).toEqual([]);
  });
});

describe('nothingRecorded', () => {
  it('is true only while no object, mechanism or leader is recorded', () => {
    expect(nothingRecorded(NOTHING)).toBe(true);
    for (const field of ['objects', 'risksRecorded', 'emergencyPlans', 'recentDrills', 'infoProtection', 'adminPosts'] as const) {
      expect(nothingRecorded({ ...NOTHING, [field]: 1 }), field).toBe(false);
    }
    expect(nothingRecorded({ ...NOTHING, securityLeader: true })).toBe(false);
  });
});
