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
import { drillsTable, dutiesTable, recoveryTable, risksTable } from '../mlps/specs';
import { listRecords } from '../mlps/table';
import { summarizeSecurity } from '../../../shared/domain/governance';
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

/**
 * Point 5: the register (graded, filed, assessed, overdue, with disaster recovery) and the mechanisms the
 * opinion names (risks, emergency plans and drills, important information, security posts).
 */
export function mlpsSummary(db: Database.Database, asOf: string): ReadinessInput['mlps'] {
  const overdue = new Set(
    db.prepare("SELECT object_id FROM mlps_due WHERE kind = 'assessment' AND done = 0 AND due < ?").pluck().all(asOf) as string[],
  );
  const recovered = new Set(listRecords<{ objectId: string }>(db, recoveryTable).map((record) => record.objectId));
  const objects = listObjects(db).map((object) => {
    const filing = readFiling(db, object.id);
    return {
      level: readGrading(db, object.id)?.level ?? null,
      filed: filing !== null,
      assessed: (filing?.assessments.length ?? 0) > 0,
      assessmentOverdue: overdue.has(object.id),
      hasRecovery: recovered.has(object.id),
    };
  });
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return summarizeSecurity(
    {
      objects,
      risks: listRecords<{ rating: string; status: string }>(db, risksTable),
      highRiskItems: count("SELECT count(*) FROM mlps_item_statuses WHERE risk = 'high' AND status <> 'compliant'"),
      majorHiddenRisks: count('SELECT count(*) FROM mlps_major_hidden_risks WHERE remediated = 0'),
      emergencyPlans: count('SELECT count(*) FROM mlps_emergency_plans'),
      drillDates: listRecords<{ heldOn: string }>(db, drillsTable).map((drill) => drill.heldOn),
      infoProtection: count('SELECT count(*) FROM mlps_info_protection'),
      duties: listRecords<{ role: string; objectId?: string }>(db, dutiesTable),
    },
    asOf,
    mlpsPolicy.filingFromLevel,
  );
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
    mlps: mlpsSummary(db, asOf),
    declarations: declarationsSummary(db),
  };
}
