/**
 * The ReadinessInput, built from each domain's tables: one function per domain returns that domain's
 * small summary. A domain whose tables are not part of this build returns the summary of an empty
 * workspace ("no data"), which the readiness rules read as "not started"; each such function is the one
 * place to fill in when that domain's tables are merged.
 */
import { mlpsPolicy } from '../../../shared/catalogs/mlps/policy';
import type Database from 'better-sqlite3';
import type { ReadinessInput } from '../../../shared/contract/governance/readiness';
import { latestFinalized } from '../assessment/repository';
import { listDeclarations } from '../declarations/repository';
import { readGovernance } from '../governance/repository';
import { listObjects, readFiling, readGrading } from '../mlps/objects';
import { latestPlan } from '../plan/repository';
import { dashboardSummary } from '../sam/position';

/** Point 1 (basis): the grade of the latest finalized self-assessment, as scored when it was finalized. */
export function assessmentSummary(db: Database.Database): ReadinessInput['assessment'] {
  return { latestFinalizedGrade: latestFinalized(db)?.finalization?.score.grade ?? null };
}

/** Point 1: whether a climbing plan exists and is marked ready for filing. */
export function planSummary(db: Database.Database): ReadinessInput['plan'] {
  const plan = latestPlan(db);
  return { exists: plan !== undefined, ready: plan?.status === 'ready' };
}

/** Points 2, 3 and 10: the governance records as stored. */
export function governanceSummary(db: Database.Database): ReadinessInput['governance'] {
  return readGovernance(db);
}

/** Point 4: products, entitlements and the genuine-software rate of the licence position as of the day. */
export function samSummary(db: Database.Database, asOf: string): ReadinessInput['sam'] {
  const { counts, summary } = dashboardSummary(db, asOf);
  return { products: counts.products, entitlements: counts.entitlements, genuineRate: summary.genuineRate };
}

/** Point 5: graded-protection objects, how many are graded, how many need filing (from the policy's filing level) and are filed. */
export function mlpsSummary(db: Database.Database): ReadinessInput['mlps'] {
  const summary = { objects: 0, graded: 0, needingFiling: 0, filed: 0 };
  for (const object of listObjects(db)) {
    summary.objects++;
    const grading = readGrading(db, object.id);
    if (!grading) continue;
    summary.graded++;
    if (grading.level < mlpsPolicy.filingFromLevel) continue;
    summary.needingFiling++;
    if (readFiling(db, object.id)) summary.filed++;
  }
  return summary;
}

/** Points 6–12: each declaration's form and where it stands. */
export function declarationsSummary(db: Database.Database): ReadinessInput['declarations'] {
  return listDeclarations(db).map(({ formId, status }) => ({ formId, status }));
}

export function buildReadinessInput(db: Database.Database, asOf: string): ReadinessInput {
  return {
    asOf,
    assessment: assessmentSummary(db),
    plan: planSummary(db),
    governance: governanceSummary(db),
    sam: samSummary(db, asOf),
    mlps: mlpsSummary(db),
    declarations: declarationsSummary(db),
  };
}
