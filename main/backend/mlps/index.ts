/**
 * Graded protection (等级保护) handlers. Rules come from shared/domain/mlps; this file checks references, stores
 * (inside the backend's transaction for the write) and keeps the score cache current.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Duty, FilingForm, ObjectSummary, RecoveryRecord, RecoveryView, RemediationTask } from '../../../shared/contract/mlps/records';
import { TABLE4_DOCUMENTS } from '../../../shared/contract/mlps/records';
import type { CatalogLevel, MlpsLevel, Result2021Grade } from '../../../shared/contract/mlps/schemas';
import {
  achievedDrLevel,
  applicableItems,
  buildFilingForm,
  checkDutiesByScope,
  checkRecovery,
  gradeObject,
  materialChangeOf,
  type FilingDocument,
} from '../../../shared/domain/mlps';
import type { DomainHandlers, HandlerContext } from '../context';
import { AppError } from '../errors';
import { listAttachments } from '../files';
import { readProfile } from '../profile/repository';
import { exportActionPlan } from './action-plan';
import {
  copyAssessment,
  readControlPoints,
  readStatuses,
  refreshAllScores,
  refreshScore,
  saveControlPoint,
  saveItemStatuses,
  scopeOf,
  scoreScope,
} from './assessment';
import { activeCatalog, itemViews, listCatalogs, readCatalogFile, setActiveCatalog, storeCatalog } from './catalogs';
import { dashboard } from './dashboard';
import { readFilingFormFields, readUnit, unitOrEmpty, writeFilingFormFields, writeUnit } from './filing-form';
import { listMajorHiddenRisks, removeMajorHiddenRisk, saveMajorHiddenRisk } from './major-hidden-risks';
import { localIsoDate } from '../dates';
import {
  checkHostChain,
  gradedRegister,
  listObjects,
  listScheduleRecords,
  noteMaterialChange,
  objectView,
  readFiling,
  readGrading,
  readObject,
  refreshDue,
  registerFindings,
  requireObject,
  scheduleOf,
  writeFiling,
  writeGrading,
} from './objects';
import {
  drillsTable,
  dutiesTable,
  emergencyPlansTable,
  infoProtectionTable,
  objectsTable,
  recoveryTable,
  remediationTable,
  risksTable,
  scheduleRecordsTable,
} from './specs';
import { deleteRecord, listRecords, recordExists, upsertRecord, type TableSpec } from './table';

export { mlpsData } from './data';

const today = (ctx: HandlerContext) => localIsoDate(ctx.now());

/** Attachments of the filing documents live under this entity id; item evidence under `item:<object>:<item>`. */
export const filingDocumentEntity = (objectId: string, document: FilingDocument) => `filing-doc:${objectId}:${document}`;

/** Fields that refer to another record, and the table that must hold it. */
type References = Record<string, TableSpec>;

/**
 * Saves a plain register entry: a new id when none is given, else the entry must exist; every reference must
 * resolve, or the error names its field. Returns the stored record.
 */
function saveRecord<T extends { id?: string | undefined }>(
  db: Database.Database,
  spec: TableSpec,
  input: T,
  references: References = {},
): T & { id: string } {
  if (input.id && !recordExists(db, spec, input.id)) throw new AppError('mlps.record.notFound', { id: input.id }, { field: 'id' });
  for (const [field, table] of Object.entries(references)) {
    const id = (input as Record<string, unknown>)[field];
    if (typeof id === 'string' && !recordExists(db, table, id)) throw new AppError('mlps.reference.notFound', { id }, { field });
  }
  const record = { ...input, id: input.id ?? crypto.randomUUID() };
  upsertRecord(db, spec, record);
  return record;
}

/** A recovery record with the level its seven elements reach together and every check on it. */
function recoveryView(record: RecoveryRecord): RecoveryView {
  return { ...record, achievedLevel: achievedDrLevel(record.elements), findings: checkRecovery(record) };
}

function removeRecord(db: Database.Database, spec: TableSpec, id: string) {
  return { removed: deleteRecord(db, spec, id) };
}

function objectSummaries(db: Database.Database, day: string): ObjectSummary[] {
  const scores = new Map(
    (
      db.prepare('SELECT object_id, score, result_2021 FROM mlps_scores').all() as {
        object_id: string;
        score: number | null;
        result_2021: Result2021Grade | null;
      }[]
    ).map((row) => [row.object_id, row]),
  );
  return listObjects(db).map((object) => {
    const grading = readGrading(db, object.id);
    const filing = readFiling(db, object.id);
    const pending = scheduleOf(object, grading, filing, listScheduleRecords(db, object.id), day).items.filter(
      (item) => item.status !== 'done',
    );
    const score = scores.get(object.id);
    return {
      id: object.id,
      name: object.name,
      number: object.number,
      kind: object.kind,
      level: grading?.level ?? null,
      hostedOn: object.hostedOn ?? null,
      certificateNumber: filing?.certificateNumber ?? null,
      nextDue: pending.sort((a, b) => a.daysLeft - b.daysLeft)[0] ?? null,
      score: score?.score ?? null,
      result2021: score?.result_2021 ?? null,
    };
  });
}

function checkNumberFree(db: Database.Database, number: string, id: string | undefined): void {
  if (!number) return;
  const holder = db
    .prepare('SELECT id FROM mlps_objects WHERE number = ? AND id IS NOT ?')
    .pluck()
    .get(number, id ?? null);
  if (holder) throw new AppError('mlps.object.numberTaken', { number }, { field: 'number' });
}

function remediationItemInScope(db: Database.Database, objectId: string, itemId: string | undefined): void {
  if (!itemId) return;
  const scope = scopeOf(db, objectId);
  if (!applicableItems(scope.catalog, scope.level, scope.extensions).some((item) => item.id === itemId)) {
    throw new AppError('mlps.assessment.itemNotInScope', { itemId, level: scope.level }, { field: 'itemId' });
  }
}

/** The filing form of one object, from the registers, the unit record and the attached documents. */
function filingFormOf(db: Database.Database, objectId: string): FilingForm {
  const object = requireObject(db, objectId, 'objectId');
  const documents: FilingDocument[] = ['gradingReport', ...TABLE4_DOCUMENTS];
  const attachments = Object.fromEntries(
    documents.map((document) => [
      document,
      listAttachments(db, { domain: 'mlps', entityId: filingDocumentEntity(objectId, document) }).map((a) => a.name),
    ]),
  );
  return buildFilingForm({
    profile: readProfile(db),
    register: gradedRegister(db).map((entry) => ({ id: entry.id, name: entry.name, level: entry.level ?? null })),
    object,
    grading: readGrading(db, objectId),
    filing: readFiling(db, objectId),
    unit: readUnit(db),
    fields: readFilingFormFields(db, objectId),
    attachments,
  });
}

export const mlpsHandlers: DomainHandlers<'mlps'> = {
  'mlps.listObjects': (_input, ctx) => objectSummaries(ctx.db, today(ctx)),
  'mlps.getObject': ({ id }, ctx) => objectView(ctx.db, id, today(ctx)),
  'mlps.saveObject': (input, ctx) => {
    const { db } = ctx;
    const before = input.id ? requireObject(db, input.id) : null;
    checkHostChain(db, input.id, input.hostedOn);
    checkNumberFree(db, input.number, input.id);
    const objectId = input.id ?? crypto.randomUUID();
    upsertRecord(db, objectsTable, { ...input, id: objectId });
    if (before) noteMaterialChange(db, objectId, materialChangeOf(before, readObject(db, objectId)!), today(ctx));
    refreshScore(db, objectId); // the extensions decide the items in scope
    refreshDue(db, objectId); // going live may start the filing deadline
    return objectView(db, objectId, today(ctx));
  },
  'mlps.removeObject': ({ id }, { db }) => {
    const object = requireObject(db, id);
    const hosted = db.prepare('SELECT name FROM mlps_objects WHERE hosted_on = ? ORDER BY name').pluck().all(id) as string[];
    if (hosted.length > 0)
      throw new AppError('mlps.object.hostsOthers', { name: object.name, systems: hosted.join('、') }, { field: 'id' });
    db.prepare("DELETE FROM attachments WHERE owner_domain = 'mlps' AND (owner_entity LIKE ? OR owner_entity LIKE ?)").run(
      `item:${id}:%`,
      `filing-doc:${id}:%`,
    );
    return { removed: deleteRecord(db, objectsTable, id) };
  },

  'mlps.grade': (input) => gradeObject(input),
  'mlps.saveGrading': ({ objectId, ...grading }, ctx) => {
    const { db } = ctx;
    requireObject(db, objectId, 'objectId');
    const before = readGrading(db, objectId);
    writeGrading(db, objectId, grading);
    // A change of level is a re-grading: the expert review must be renewed.
    if (before && before.level !== readGrading(db, objectId)!.level) noteMaterialChange(db, objectId, ['level'], today(ctx));
    refreshScore(db, objectId);
    refreshDue(db, objectId);
    return objectView(db, objectId, today(ctx));
  },
  'mlps.checkGrading': (_input, { db }) => registerFindings(db),

  'mlps.saveFiling': ({ objectId, ...filing }, ctx) => {
    const { db } = ctx;
    const object = requireObject(db, objectId, 'objectId');
    if (!readGrading(db, objectId)) throw new AppError('mlps.filing.notGraded', { system: object.name }, { field: 'objectId' });
    writeFiling(db, objectId, filing);
    refreshDue(db, objectId);
    return objectView(db, objectId, today(ctx));
  },
  'mlps.removeFiling': ({ objectId }, ctx) => {
    const { db } = ctx;
    requireObject(db, objectId, 'objectId');
    db.prepare('DELETE FROM mlps_filings WHERE object_id = ?').run(objectId);
    refreshDue(db, objectId);
    return objectView(db, objectId, today(ctx));
  },
  'mlps.saveScheduleRecord': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    requireObject(db, fields.objectId, 'objectId');
    if (id && !recordExists(db, scheduleRecordsTable, id)) throw new AppError('mlps.record.notFound', { id }, { field: 'id' });
    upsertRecord(db, scheduleRecordsTable, { ...fields, id: id ?? crypto.randomUUID() });
    refreshDue(db, fields.objectId);
    return objectView(db, fields.objectId, today(ctx));
  },
  'mlps.removeScheduleRecord': ({ id }, ctx) => {
    const { db } = ctx;
    const owner = db.prepare('SELECT object_id FROM mlps_schedule_records WHERE id = ?').pluck().get(id) as string | undefined;
    if (!owner) throw new AppError('mlps.record.notFound', { id }, { field: 'id' });
    deleteRecord(db, scheduleRecordsTable, id);
    refreshDue(db, owner);
    return objectView(db, owner, today(ctx));
  },
  'mlps.filingForm': ({ objectId }, { db }) => filingFormOf(db, objectId),
  'mlps.getUnit': (_input, { db }) => unitOrEmpty(db),
  'mlps.saveUnit': (unit, { db }) => {
    writeUnit(db, unit);
    return unitOrEmpty(db);
  },
  'mlps.saveFilingFormFields': ({ objectId, ...fields }, { db }) => {
    requireObject(db, objectId, 'objectId');
    writeFilingFormFields(db, objectId, fields);
    return filingFormOf(db, objectId);
  },

  'mlps.catalogItems': ({ level, extensions }, { db }) => {
    const catalog = activeCatalog(db);
    if (!catalog.items.some((item) => item.level === level))
      throw new AppError('mlps.assessment.levelNotInCatalog', { level, catalog: catalog.id }, { field: 'level' });
    return {
      catalog: { id: catalog.id, version: catalog.version, name: catalog.name },
      items: itemViews(catalog, applicableItems(catalog, level as CatalogLevel, extensions)),
    };
  },
  'mlps.listCatalogs': (_input, { db }) => listCatalogs(db),
  'mlps.importCatalog': ({ path }, ctx) => {
    const { db } = ctx;
    const { catalog, warnings } = readCatalogFile(path, ctx.locale);
    storeCatalog(db, catalog, ctx.now().toISOString());
    setActiveCatalog(db, catalog.id, catalog.version);
    refreshAllScores(db);
    const summary = listCatalogs(db).find((entry) => !entry.builtIn && entry.id === catalog.id && entry.version === catalog.version)!;
    return { catalog: summary, warnings };
  },
  'mlps.activateCatalog': ({ id, version }, { db }) => {
    setActiveCatalog(db, id, version);
    refreshAllScores(db);
    return listCatalogs(db).find((entry) => entry.active)!;
  },

  'mlps.getAssessment': ({ objectId }, { db }) => {
    const scope = scopeOf(db, objectId);
    return {
      objectId,
      level: scope.level as MlpsLevel,
      extensions: scope.extensions,
      catalog: { id: scope.catalog.id, version: scope.catalog.version, name: scope.catalog.name },
      items: itemViews(scope.catalog, applicableItems(scope.catalog, scope.level, scope.extensions)),
      statuses: readStatuses(db, objectId),
      controlPoints: readControlPoints(db, objectId),
      score: scoreScope(db, scope),
    };
  },
  'mlps.saveItemStatuses': ({ objectId, items }, { db, locale }) => {
    saveItemStatuses(db, objectId, items, locale);
    return scoreScope(db, scopeOf(db, objectId));
  },
  'mlps.saveControlPoint': (input, { db, locale }) => {
    saveControlPoint(db, input, locale);
    return scoreScope(db, scopeOf(db, input.objectId));
  },
  'mlps.score': ({ objectId }, { db }) => scoreScope(db, scopeOf(db, objectId)),
  'mlps.copyAssessment': ({ fromObjectId, toObjectId }, { db }) => copyAssessment(db, fromObjectId, toObjectId),

  'mlps.listMajorHiddenRisks': ({ objectId }, { db }) => listMajorHiddenRisks(db, objectId),
  'mlps.saveMajorHiddenRisk': (input, { db, locale }) => saveMajorHiddenRisk(db, input, locale),
  'mlps.removeMajorHiddenRisk': ({ id }, { db }) => removeMajorHiddenRisk(db, id),

  'mlps.listRemediation': ({ objectId, status }, { db }) => {
    const names = new Map(listObjects(db).map((object) => [object.id, object.name]));
    const where = [objectId ? 'object_id = @objectId' : '', status ? 'status = @status' : ''].filter(Boolean).join(' AND ');
    return listRecords<RemediationTask>(db, remediationTable, where, {
      ...(objectId ? { objectId } : {}),
      ...(status ? { status } : {}),
    }).map((task) => ({
      ...task,
      objectName: names.get(task.objectId) ?? '',
    }));
  },
  'mlps.saveRemediation': (input, { db }) => {
    requireObject(db, input.objectId, 'objectId');
    remediationItemInScope(db, input.objectId, input.itemId);
    return saveRecord(db, remediationTable, input);
  },
  'mlps.removeRemediation': ({ id }, { db }) => removeRecord(db, remediationTable, id),
  'mlps.exportActionPlan': ({ path, objectId }, ctx) =>
    exportActionPlan(ctx.db, path, ctx.locale, { objectId, signal: ctx.signal, progress: ctx.progress }),

  'mlps.listEmergencyPlans': (_input, { db }) => listRecords(db, emergencyPlansTable),
  'mlps.saveEmergencyPlan': (input, { db }) => saveRecord(db, emergencyPlansTable, input),
  'mlps.removeEmergencyPlan': ({ id }, { db }) => removeRecord(db, emergencyPlansTable, id),
  'mlps.listDrills': (_input, { db }) => listRecords(db, drillsTable),
  'mlps.saveDrill': (input, { db }) => saveRecord(db, drillsTable, input, { planId: emergencyPlansTable }),
  'mlps.removeDrill': ({ id }, { db }) => removeRecord(db, drillsTable, id),
  'mlps.listRisks': (_input, { db }) => listRecords(db, risksTable),
  'mlps.saveRisk': (input, { db }) => saveRecord(db, risksTable, input, { objectId: objectsTable }),
  'mlps.removeRisk': ({ id }, { db }) => removeRecord(db, risksTable, id),
  'mlps.listInfoProtection': (_input, { db }) => listRecords(db, infoProtectionTable),
  'mlps.saveInfoProtection': (input, { db }) => saveRecord(db, infoProtectionTable, input, { objectId: objectsTable }),
  'mlps.removeInfoProtection': ({ id }, { db }) => removeRecord(db, infoProtectionTable, id),
  'mlps.listDuties': (_input, { db }) => {
    const duties = listRecords<Duty>(db, dutiesTable);
    return { duties, findings: checkDutiesByScope(duties) };
  },
  'mlps.saveDuty': (input, { db }) => saveRecord(db, dutiesTable, input, { objectId: objectsTable }),
  'mlps.removeDuty': ({ id }, { db }) => removeRecord(db, dutiesTable, id),
  // Records from before the element checklist have no elements stored: none judged.
  'mlps.listRecovery': (_input, { db }) =>
    listRecords<RecoveryRecord>(db, recoveryTable).map((record) => recoveryView({ ...record, elements: record.elements ?? {} })),
  'mlps.saveRecovery': (input, { db }) => {
    requireObject(db, input.objectId, 'objectId');
    upsertRecord(db, recoveryTable, input);
    return recoveryView(input);
  },
  'mlps.removeRecovery': ({ objectId }, { db }) => removeRecord(db, recoveryTable, objectId),

  'mlps.dashboard': (_input, ctx) => dashboard(ctx.db, today(ctx)),
};
