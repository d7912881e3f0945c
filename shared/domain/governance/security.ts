/**
 * Point 5 of the 2009 opinion read clause by clause: each sub-requirement (shared/catalogs/governance/
 * readiness-requirements.ts) against the records that answer it. The point is complete only when every one is.
 */
import type { Finding } from '../../contract/core';
import type { ReadinessInput, ReadinessRequirement } from '../../contract/governance/readiness';
import { clause, readinessReason as reason } from './clauses';

type Security = ReadinessInput['mlps'];

function gradedAndFiled(m: Security): Finding[] {
  if (m.objects === 0) return [reason('mlpsEmpty')];
  const reasons: Finding[] = [];
  if (m.graded < m.objects) reasons.push(reason('mlpsUngraded', { count: m.objects - m.graded, total: m.objects }));
  if (m.filed < m.needingFiling) reasons.push(reason('mlpsUnfiled', { count: m.needingFiling - m.filed, total: m.needingFiling }));
  return reasons;
}

function assessments(m: Security): Finding[] {
  const reasons: Finding[] = [];
  if (m.assessed < m.needingAssessment)
    reasons.push(reason('mlpsUnassessed', { count: m.needingAssessment - m.assessed, total: m.needingAssessment }));
  if (m.assessmentsOverdue > 0) reasons.push(reason('mlpsAssessmentOverdue', { count: m.assessmentsOverdue }));
  return reasons;
}

function majorRisks(m: Security): Finding[] {
  const reasons: Finding[] = [];
  if (m.risksRecorded === 0) reasons.push(reason('risksNotIdentified'));
  if (m.openMajorRisks > 0) reasons.push(reason('openMajorRisks', { count: m.openMajorRisks }));
  if (m.openMajorHiddenRisks > 0) reasons.push(reason('openMajorHiddenRisks', { count: m.openMajorHiddenRisks }));
  if (m.openHighRiskItems > 0) reasons.push(reason('openHighRiskItems', { count: m.openHighRiskItems }));
  return reasons;
}

function emergency(m: Security): Finding[] {
  return [...(m.emergencyPlans === 0 ? [reason('emergencyPlanMissing')] : []), ...(m.recentDrills === 0 ? [reason('drillMissing')] : [])];
}

function disasterRecovery(m: Security): Finding[] {
  if (m.objects === 0) return [reason('recoveryNothingGraded')];
  const missing = m.needingRecovery - m.withRecovery;
  return missing > 0 ? [reason('recoveryMissing', { count: missing, total: m.needingRecovery })] : [];
}

/** Each sub-requirement of point 5 with what is missing, in the catalog's order. */
export function securityRequirements(m: Security): ReadinessRequirement[] {
  return [
    clause('graded-filed', gradedAndFiled(m)),
    clause('assessments', assessments(m)),
    clause('unified-management', m.securityLeader ? [] : [reason('securityLeaderMissing')]),
    clause('emergency', emergency(m)),
    clause('major-risks', majorRisks(m)),
    clause('info-protection', m.infoProtection === 0 ? [reason('infoProtectionMissing')] : []),
    clause('disaster-recovery', disasterRecovery(m)),
    clause('security-duties', m.adminPosts < 3 ? [reason('adminPostsMissing', { count: 3 - m.adminPosts })] : []),
  ];
}

/** Nothing recorded for point 5 at all: no object and no mechanism. */
export function nothingRecorded(m: Security): boolean {
  const counts = [m.objects, m.risksRecorded, m.emergencyPlans, m.recentDrills, m.infoProtection, m.adminPosts];
  return counts.every((count) => count === 0) && !m.securityLeader;
}

/** The records point 5 reads, as the backend and the report gather them. */
export interface SecurityRecords {
  objects: Array<{ level: number | null; filed: boolean; assessed: boolean; assessmentOverdue: boolean; hasRecovery: boolean }>;
  risks: Array<{ rating: string; status: string }>;
  /** High-risk gap findings not yet compliant. */
  highRiskItems: number;
  /** Major hidden risks of the register (shared/domain/mlps) not yet remediated. */
  majorHiddenRisks: number;
  emergencyPlans: number;
  drillDates: string[];
  infoProtection: number;
  duties: Array<{ role: string; objectId?: string | null | undefined }>;
}

const ADMIN_ROLES = ['system-admin', 'audit-admin', 'security-admin'];
/** Levels assessed every year under the current scheme (docs/standards.md §2), and from which disaster recovery is expected (our reading). */
const YEARLY_ASSESSMENT_FROM_LEVEL = 3;

/** One year before the day, for "drills in the last twelve months". */
function aYearBefore(asOf: string): string {
  const [year, rest] = [Number(asOf.slice(0, 4)), asOf.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

/** The counts of ReadinessInput['mlps'] from the records; `filingFromLevel` is the graded-protection policy's. */
export function summarizeSecurity(records: SecurityRecords, asOf: string, filingFromLevel: number): Security {
  const graded = records.objects.filter((object) => object.level !== null);
  const needingFiling = graded.filter((object) => object.level! >= filingFromLevel);
  const yearly = graded.filter((object) => object.level! >= YEARLY_ASSESSMENT_FROM_LEVEL);
  const since = aYearBefore(asOf);
  const openStatuses = ['open', 'mitigating'];
  return {
    objects: records.objects.length,
    graded: graded.length,
    needingFiling: needingFiling.length,
    filed: needingFiling.filter((object) => object.filed).length,
    needingAssessment: yearly.length,
    assessed: yearly.filter((object) => object.assessed).length,
    assessmentsOverdue: records.objects.filter((object) => object.assessmentOverdue).length,
    risksRecorded: records.risks.length,
    openMajorRisks: records.risks.filter((risk) => risk.rating === 'high' && openStatuses.includes(risk.status)).length,
    openHighRiskItems: records.highRiskItems,
    openMajorHiddenRisks: records.majorHiddenRisks,
    emergencyPlans: records.emergencyPlans,
    recentDrills: records.drillDates.filter((date) => date > since && date <= asOf).length,
    infoProtection: records.infoProtection,
    needingRecovery: yearly.length,
    withRecovery: yearly.filter((object) => object.hasRecovery).length,
    securityLeader: records.duties.some((duty) => duty.role === 'security-leader' && (duty.objectId ?? null) === null),
    adminPosts: ADMIN_ROLES.filter((role) => records.duties.some((duty) => duty.role === role)).length,
  };
}
