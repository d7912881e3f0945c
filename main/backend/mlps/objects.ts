/**
 * The register of protected objects with their gradings and filings, and the object view the page shows
 * (schedule and grading checks computed by the pure rules).
 */
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/core';
import type {
  CompletedAssessment,
  FilingRecord,
  GradingRecord,
  MaterialChange,
  ObjectView,
  ProtectedObject,
  ScheduleRecord,
} from '../../../shared/contract/mlps/records';
import type { GradedObject, HarmDegree, HarmedObject, IsoDate, MlpsLevel } from '../../../shared/contract/mlps/schemas';
import { checkGrading, computeSchedule, gradedObjectOf, gradeObject } from '../../../shared/domain/mlps';
import { AppError } from '../errors';
import { dueRebuildAsked } from './due-rebuild';
import { objectsTable, scheduleRecordsTable } from './specs';
import { getRecord, listRecords } from './table';

export type GradingView = NonNullable<ObjectView['grading']>;

export function readObject(db: Database.Database, id: string): ProtectedObject | null {
  return getRecord<ProtectedObject>(db, objectsTable, id);
}

/** The object, or an error naming the field that referred to it. */
export function requireObject(db: Database.Database, id: string, field = 'id'): ProtectedObject {
  const object = readObject(db, id);
  if (!object) throw new AppError('mlps.object.notFound', { id }, { field });
  return object;
}

export function listObjects(db: Database.Database): ProtectedObject[] {
  return listRecords<ProtectedObject>(db, objectsTable);
}

interface GradingRow {
  object_id: string;
  business_object: HarmedObject;
  business_degree: HarmDegree;
  service_object: HarmedObject;
  service_degree: HarmDegree;
  business_level: MlpsLevel;
  service_level: MlpsLevel;
  level: MlpsLevel;
  graded_on: string;
  expert_review_on: string | null;
  expert_review_by: string | null;
  approval_on: string | null;
  approval_by: string | null;
  has_competent_department: 0 | 1 | null;
}

function toGrading(row: GradingRow): GradingView {
  return {
    business: { object: row.business_object, degree: row.business_degree },
    service: { object: row.service_object, degree: row.service_degree },
    gradedOn: row.graded_on,
    ...(row.expert_review_on && row.expert_review_by ? { expertReview: { date: row.expert_review_on, by: row.expert_review_by } } : {}),
    ...(row.has_competent_department !== null ? { hasCompetentDepartment: row.has_competent_department === 1 } : {}),
    ...(row.approval_on && row.approval_by ? { approval: { date: row.approval_on, by: row.approval_by } } : {}),
    businessLevel: row.business_level,
    serviceLevel: row.service_level,
    level: row.level,
  };
}

/** The judgements and sign-offs without the derived levels, as the data JSON keeps them. */
export function gradingRecordOf(view: GradingView): GradingRecord {
  const { businessLevel: _business, serviceLevel: _service, level: _level, ...record } = view;
  return record;
}

export function readGrading(db: Database.Database, objectId: string): GradingView | null {
  const row = db.prepare('SELECT * FROM mlps_gradings WHERE object_id = ?').get(objectId) as GradingRow | undefined;
  return row ? toGrading(row) : null;
}

/** Stores the judgements with the levels the matrix gives: the levels are never entered by hand. */
export function writeGrading(db: Database.Database, objectId: string, grading: GradingRecord): void {
  const levels = gradeObject(grading);
  db.prepare(
    `INSERT INTO mlps_gradings (object_id, business_object, business_degree, service_object, service_degree, business_level,
       service_level, level, graded_on, expert_review_on, expert_review_by, approval_on, approval_by, has_competent_department)
     VALUES (@objectId, @businessObject, @businessDegree, @serviceObject, @serviceDegree, @businessLevel,
       @serviceLevel, @level, @gradedOn, @expertReviewOn, @expertReviewBy, @approvalOn, @approvalBy, @hasCompetentDepartment)
     ON CONFLICT (object_id) DO UPDATE SET business_object = excluded.business_object, business_degree = excluded.business_degree,
       service_object = excluded.service_object, service_degree = excluded.service_degree, business_level = excluded.business_level,
       service_level = excluded.service_level, level = excluded.level, graded_on = excluded.graded_on,
       expert_review_on = excluded.expert_review_on, expert_review_by = excluded.expert_review_by,
       approval_on = excluded.approval_on, approval_by = excluded.approval_by, has_competent_department = excluded.has_competent_department`,
  ).run({
    objectId,
    businessObject: grading.business.object,
    businessDegree: grading.business.degree,
    serviceObject: grading.service.object,
    serviceDegree: grading.service.degree,
    businessLevel: levels.business,
    serviceLevel: levels.service,
    level: levels.level,
    gradedOn: grading.gradedOn,
    expertReviewOn: grading.expertReview?.date ?? null,
    expertReviewBy: grading.expertReview?.by ?? null,
    approvalOn: grading.approval?.date ?? null,
    approvalBy: grading.approval?.by ?? null,
    hasCompetentDepartment: grading.hasCompetentDepartment === undefined ? null : grading.hasCompetentDepartment ? 1 : 0,
  });
}

/** The last re-grading or material change of the register; cleared with null. */
export function readMaterialChange(db: Database.Database, objectId: string): MaterialChange | null {
  const row = db
    .prepare('SELECT material_change_on AS "on", material_change_fields AS fields FROM mlps_objects WHERE id = ?')
    .get(objectId) as { on: string | null; fields: string | null } | undefined;
  return row?.on ? { on: row.on, fields: JSON.parse(row.fields ?? '[]') as string[] } : null;
}

export function writeMaterialChange(db: Database.Database, objectId: string, change: MaterialChange | null): void {
  db.prepare('UPDATE mlps_objects SET material_change_on = ?, material_change_fields = ? WHERE id = ?').run(
    change?.on ?? null,
    change ? JSON.stringify(change.fields) : null,
    objectId,
  );
}

/**
 * Records a change that asks for expert review again: a graded object whose material fields changed, or whose
 * level changed on re-grading. Ungraded objects have no review to renew.
 */
export function noteMaterialChange(db: Database.Database, objectId: string, fields: readonly string[], today: IsoDate): void {
  if (fields.length === 0 || !readGrading(db, objectId)) return;
  writeMaterialChange(db, objectId, { on: today, fields: [...fields] });
}

export function listScheduleRecords(db: Database.Database, objectId: string): ScheduleRecord[] {
  return listRecords<ScheduleRecord>(db, scheduleRecordsTable, 'object_id = @objectId', { objectId });
}

interface FilingRow {
  form_number: string | null;
  certificate_number: string | null;
  authority: string;
  filed_on: string;
  certificate_on: string | null;
}
interface CompletedRow {
  completed_on: string;
  agency: string;
  conclusion: CompletedAssessment['conclusion'] | null;
  score: number | null;
}

export function readFiling(db: Database.Database, objectId: string): FilingRecord | null {
  const row = db.prepare('SELECT * FROM mlps_filings WHERE object_id = ?').get(objectId) as FilingRow | undefined;
  if (!row) return null;
  const assessments = (
    db.prepare('SELECT * FROM mlps_completed_assessments WHERE object_id = ? ORDER BY completed_on, id').all(objectId) as CompletedRow[]
  ).map((entry): CompletedAssessment => ({
    completedOn: entry.completed_on,
    agency: entry.agency,
    ...(entry.conclusion ? { conclusion: entry.conclusion } : {}),
    ...(entry.score !== null ? { score: entry.score } : {}),
  }));
  return {
    ...(row.certificate_number ? { certificateNumber: row.certificate_number } : {}),
    ...(row.form_number ? { formNumber: row.form_number } : {}),
    authority: row.authority,
    filedOn: row.filed_on,
    ...(row.certificate_on ? { certificateOn: row.certificate_on } : {}),
    assessments,
  };
}

export function writeFiling(db: Database.Database, objectId: string, filing: FilingRecord): void {
  db.prepare(
    `INSERT INTO mlps_filings (object_id, certificate_number, form_number, authority, filed_on, certificate_on) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (object_id) DO UPDATE SET certificate_number = excluded.certificate_number, form_number = excluded.form_number,
       authority = excluded.authority, filed_on = excluded.filed_on, certificate_on = excluded.certificate_on`,
  ).run(
    objectId,
    filing.certificateNumber ?? null,
    filing.formNumber ?? null,
    filing.authority,
    filing.filedOn,
    filing.certificateOn ?? null,
  );
  db.prepare('DELETE FROM mlps_completed_assessments WHERE object_id = ?').run(objectId);
  const insert = db.prepare(
    'INSERT INTO mlps_completed_assessments (object_id, completed_on, agency, conclusion, score) VALUES (?, ?, ?, ?, ?)',
  );
  for (const entry of filing.assessments)
    insert.run(objectId, entry.completedOn, entry.agency, entry.conclusion ?? null, entry.score ?? null);
}

/** The register as the grading checks see it, in register order. */
export function gradedRegister(db: Database.Database): GradedObject[] {
  const gradings = new Map((db.prepare('SELECT * FROM mlps_gradings').all() as GradingRow[]).map((row) => [row.object_id, toGrading(row)]));
  return listObjects(db).map((object) => gradedObjectOf(object, gradings.get(object.id) ?? null, readMaterialChange(db, object.id)));
}

/** The grading checks across the register; `objectId` in each finding's params says which object it concerns. */
export function registerFindings(db: Database.Database): Finding[] {
  const register = gradedRegister(db);
  return checkGrading(register).map((finding) => ({
    ...finding,
    params: { objectId: register[finding.row ?? -1]?.id ?? '', ...finding.params },
  }));
}

export function scheduleOf(
  object: ProtectedObject,
  grading: GradingView | null,
  filing: FilingRecord | null,
  records: readonly ScheduleRecord[],
  today: IsoDate,
): ObjectView['schedule'] {
  if (!grading)
    return {
      filingDue: null,
      certificateDue: null,
      certificateValidFrom: null,
      certificateValidUntil: null,
      nextAssessmentDue: null,
      items: [],
      findings: [],
    };
  const doneOn = (kind: ScheduleRecord['kind']) => records.filter((record) => record.kind === kind).map((record) => record.doneOn);
  return computeSchedule(
    {
      level: grading.level,
      gradedOn: grading.gradedOn,
      newSystem: object.newSystem,
      ...(object.goLiveOn ? { goLiveOn: object.goLiveOn } : {}),
      ...(filing ? { filedOn: filing.filedOn, assessmentsCompletedOn: filing.assessments.map((entry) => entry.completedOn) } : {}),
      ...(filing?.certificateOn ? { certificateOn: filing.certificateOn } : {}),
      selfInspectionsOn: doneOn('selfInspection'),
      protectionPlansOn: doneOn('protectionPlan'),
    },
    { today },
  );
}

export function objectView(db: Database.Database, id: string, today: IsoDate): ObjectView {
  const object = requireObject(db, id);
  const grading = readGrading(db, id);
  const filing = readFiling(db, id);
  const scheduleRecords = listScheduleRecords(db, id);
  const findings = registerFindings(db).filter((finding) => finding.params?.objectId === id || finding.params?.platformId === id);
  return {
    object,
    grading,
    filing,
    schedule: scheduleOf(object, grading, filing, scheduleRecords, today),
    scheduleRecords,
    materialChange: readMaterialChange(db, id),
    findings,
  };
}

/** Recomputes the object's stored due dates (see the mlps_due table); their status is judged when read. */
export function refreshDue(db: Database.Database, objectId: string): void {
  db.prepare('DELETE FROM mlps_due WHERE object_id = ?').run(objectId);
  const object = readObject(db, objectId);
  if (!object) return;
  const grading = readGrading(db, objectId);
  const insert = db.prepare('INSERT INTO mlps_due VALUES (?, ?, ?, ?)');
  // The day only decides each item's status, which is not stored.
  for (const item of scheduleOf(
    object,
    grading,
    readFiling(db, objectId),
    listScheduleRecords(db, objectId),
    grading?.gradedOn ?? '2000-01-01',
  ).items) {
    insert.run(objectId, item.kind, item.due, item.status === 'done' ? 1 : 0);
  }
}

/** Rebuilds every object's due dates when a migration asked for it (mlps_due_rebuild holds a row), then clears the request. */
export function rebuildDueIfPending(db: Database.Database): void {
  if (!dueRebuildAsked(db)) return;
  for (const id of db.prepare('SELECT id FROM mlps_objects').pluck().all() as string[]) refreshDue(db, id);
  db.prepare('DELETE FROM mlps_due_rebuild').run();
}

/** A platform may not run on itself, directly or through others. */
export function checkHostChain(db: Database.Database, objectId: string | undefined, hostedOn: string | undefined): void {
  if (!hostedOn) return;
  if (!readObject(db, hostedOn)) throw new AppError('mlps.object.hostNotFound', { hostId: hostedOn }, { field: 'hostedOn' });
  const seen = new Set<string>();
  for (let current: string | undefined = hostedOn; current; current = readObject(db, current)?.hostedOn) {
    if (current === objectId || seen.has(current)) throw new AppError('mlps.object.hostCycle', {}, { field: 'hostedOn' });
    seen.add(current);
  }
}
