/** The `mlps` section of the canonical data JSON: every register, with imported catalogs; scores are derived. */
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/core';
import type { FilingRecord, MlpsData } from '../../../shared/contract/mlps/records';
import { EMPTY_MLPS_UNIT } from '../../../shared/contract/mlps/records';
import {
  applicableItems,
  assessableLevel,
  catalogInUse,
  checkCatalogIntegrity,
  checkFilingFormFields,
  checkMajorHiddenRisk,
  checkUnitCodes,
  gradeObject,
  unitFormNumberOf,
} from '../../../shared/domain/mlps';
import type { DataSection } from '../context';
import { AppError } from '../errors';
import { readControlPoints, readStatuses, refreshAllScores } from './assessment';
import { activeCatalog, importedCatalogs, setActiveCatalog, storeCatalog } from './catalogs';
import { listFilingFormFields, readUnit, writeFilingFormFields, writeUnit } from './filing-form';
import {
  gradingRecordOf,
  listObjects,
  readFiling,
  readGrading,
  readMaterialChange,
  refreshDue,
  writeFiling,
  writeGrading,
  writeMaterialChange,
} from './objects';
import {
  drillsTable,
  dutiesTable,
  emergencyPlansTable,
  infoProtectionTable,
  majorHiddenRisksTable,
  objectsTable,
  recoveryTable,
  remediationTable,
  risksTable,
  scheduleRecordsTable,
} from './specs';
import { listRecords, upsertRecord, type TableSpec } from './table';

/** The registers that are plain tables, by their key in the data JSON. */
const PLAIN_REGISTERS = [
  ['remediation', remediationTable],
  ['recovery', recoveryTable],
  ['emergencyPlans', emergencyPlansTable],
  ['drills', drillsTable],
  ['risks', risksTable],
  ['majorHiddenRisks', majorHiddenRisksTable],
  ['scheduleRecords', scheduleRecordsTable],
  ['infoProtection', infoProtectionTable],
  ['duties', dutiesTable],
] as const satisfies ReadonlyArray<readonly [keyof MlpsData, TableSpec]>;

/** Children first, so no row is left pointing at a deleted one. */
const TABLES_TO_CLEAR = [
  'mlps_scores',
  'mlps_due',
  'mlps_item_statuses',
  'mlps_control_points',
  'mlps_remediation',
  'mlps_recovery',
  'mlps_drills',
  'mlps_emergency_plans',
  'mlps_risks',
  'mlps_major_hidden_risks',
  'mlps_schedule_records',
  'mlps_info_protection',
  'mlps_duties',
  'mlps_filing_form_fields',
  'mlps_unit',
  'mlps_completed_assessments',
  'mlps_filings',
  'mlps_gradings',
  'mlps_objects',
  'mlps_active_catalog',
  'mlps_catalogs',
];

export function exportMlpsData(db: Database.Database): MlpsData {
  const objects = listObjects(db).map((object) => {
    const grading = readGrading(db, object.id);
    return {
      ...object,
      grading: grading ? gradingRecordOf(grading) : null,
      filing: readFiling(db, object.id),
      materialChange: readMaterialChange(db, object.id),
    };
  });
  const assessments = objects
    .map((object) => ({
      objectId: object.id,
      items: readStatuses(db, object.id).map((item) => ({ ...item, note: item.note ?? '' })),
      controlPoints: readControlPoints(db, object.id).map((point) => ({ ...point, note: point.note ?? '' })),
    }))
    .filter((assessment) => assessment.items.length > 0 || assessment.controlPoints.length > 0);
  const catalogs = importedCatalogs(db);
  const active = activeCatalog(db);
  const importedActive = catalogs.some((catalog) => catalog.id === active.id && catalog.version === active.version);
  const plain = Object.fromEntries(PLAIN_REGISTERS.map(([key, spec]) => [key, listRecords(db, spec)]));
  return {
    objects,
    unit: readUnit(db),
    filingForms: listFilingFormFields(db),
    assessments,
    ...(plain as Pick<MlpsData, (typeof PLAIN_REGISTERS)[number][0]>),
    catalogs,
    activeCatalog: importedActive ? { id: active.id, version: active.version } : null,
  };
}

/** References between records, checked before anything is written so the error can name the field. */
function referenceFindings(data: MlpsData): Finding[] {
  const findings: Finding[] = [];
  const objectIds = new Set<string>();
  data.objects.forEach((object, row) => {
    if (objectIds.has(object.id))
      findings.push({ code: 'mlps.data.duplicateId', field: `mlps.objects[${row}].id`, row, params: { id: object.id } });
    objectIds.add(object.id);
  });
  const planIds = new Set(data.emergencyPlans.map((plan) => plan.id));
  const refer = (list: readonly object[], key: string, field: string, known: Set<string>) =>
    list.forEach((record, row) => {
      const id = (record as Record<string, unknown>)[field];
      if (typeof id === 'string' && !known.has(id))
        findings.push({ code: 'mlps.reference.notFound', field: `mlps.${key}[${row}].${field}`, row, params: { id } });
    });
  refer(data.objects, 'objects', 'hostedOn', objectIds);
  for (const key of [
    'assessments',
    'filingForms',
    'remediation',
    'recovery',
    'risks',
    'majorHiddenRisks',
    'scheduleRecords',
    'infoProtection',
    'duties',
  ] as const) {
    refer(data[key], key, 'objectId', objectIds);
  }
  if (data.unit) findings.push(...checkUnitCodes(data.unit).map((fault) => ({ ...fault, field: `mlps.unit.${fault.field ?? ''}` })));
  data.filingForms.forEach((fields, row) => {
    for (const fault of checkFilingFormFields(fields))
      findings.push({ ...fault, field: `mlps.filingForms[${row}].${fault.field ?? ''}`, row });
  });
  findings.push(...majorHiddenRiskScopeFindings(data));
  refer(data.drills, 'drills', 'planId', planIds);
  data.catalogs.forEach((catalog, row) => {
    for (const fault of checkCatalogIntegrity(catalog))
      findings.push({ ...fault, field: `mlps.catalogs[${row}].${fault.field ?? ''}`, row });
  });
  return findings;
}

/** A major hidden risk may only name findings its object's assessment has, as when it is saved one by one. */
function majorHiddenRiskScopeFindings(data: MlpsData): Finding[] {
  const catalog = catalogInUse(data);
  const objects = new Map(data.objects.map((object) => [object.id, object]));
  return data.majorHiddenRisks.flatMap((risk, row) => {
    const object = objects.get(risk.objectId);
    if (!object) return []; // reported above as a reference not found
    const level = assessableLevel(catalog, object.grading ? gradeObject(object.grading).level : null);
    const inScope = new Set(level === null ? [] : applicableItems(catalog, level, object.extensions).map((item) => item.id));
    return checkMajorHiddenRisk(risk, inScope).map((finding) => ({
      ...finding,
      field: `mlps.majorHiddenRisks[${row}].${finding.field ?? ''}`,
      row,
    }));
  });
}

/**
 * Data JSON written before the 2025 forms stored the unit's 备案表编号 per system as `filingNumber`: moved here
 * exactly as migration 011 moves stored data — to the unit when it has none, the others kept with their system as
 * the number it was filed under (shared/domain/mlps/filing.ts `unitFormNumberOf`).
 */
function withLegacyFormNumbersMoved(data: MlpsData): { unit: MlpsData['unit']; filings: Map<string, FilingRecord> } {
  const legacy = data.objects.flatMap((object) =>
    object.filing?.filingNumber ? [{ number: object.filing.filingNumber, filedOn: object.filing.filedOn }] : [],
  );
  const unitNumber = data.unit?.formNumber ?? unitFormNumberOf(legacy);
  const unit = unitNumber && !data.unit?.formNumber ? { ...(data.unit ?? EMPTY_MLPS_UNIT), formNumber: unitNumber } : data.unit;
  const filings = new Map<string, FilingRecord>();
  for (const object of data.objects) {
    if (!object.filing) continue;
    const { filingNumber, ...filing } = object.filing;
    const formNumber = filing.formNumber ?? (filingNumber && filingNumber !== unitNumber ? filingNumber : undefined);
    filings.set(object.id, { ...filing, ...(formNumber ? { formNumber } : {}) });
  }
  return { unit, filings };
}

export function importMlpsData(db: Database.Database, data: MlpsData): number {
  const faults = referenceFindings(data);
  if (faults.length > 0) {
    const first = faults[0]!;
    throw new AppError(first.code, first.params ?? {}, {
      ...(first.field ? { field: first.field } : {}),
      ...(first.row !== undefined ? { row: first.row } : {}),
    });
  }
  for (const catalog of data.catalogs) {
    const { importedAt, ...content } = catalog;
    storeCatalog(db, content, importedAt);
  }
  if (data.activeCatalog) setActiveCatalog(db, data.activeCatalog.id, data.activeCatalog.version);
  const { unit, filings } = withLegacyFormNumbersMoved(data);
  if (unit) writeUnit(db, unit);
  for (const { grading, filing: _legacy, materialChange, ...object } of data.objects) {
    upsertRecord(db, objectsTable, object);
    if (grading) writeGrading(db, object.id, grading);
    const filing = filings.get(object.id);
    if (filing) writeFiling(db, object.id, filing);
    if (materialChange) writeMaterialChange(db, object.id, materialChange);
  }
  for (const { objectId, ...fields } of data.filingForms) writeFilingFormFields(db, objectId, fields);
  const insertItem = db.prepare('INSERT INTO mlps_item_statuses VALUES (?, ?, ?, ?, ?)');
  const insertPoint = db.prepare('INSERT INTO mlps_control_points VALUES (?, ?, ?, ?)');
  for (const assessment of data.assessments) {
    for (const item of assessment.items) insertItem.run(assessment.objectId, item.itemId, item.status, item.risk ?? null, item.note);
    for (const point of assessment.controlPoints) insertPoint.run(assessment.objectId, point.controlPointId, point.status, point.note);
  }
  let count = data.objects.length + data.catalogs.length + data.assessments.length + data.filingForms.length + (unit ? 1 : 0);
  for (const [key, spec] of PLAIN_REGISTERS) {
    for (const record of data[key]) upsertRecord(db, spec, record);
    count += data[key].length;
  }
  refreshAllScores(db);
  for (const object of data.objects) refreshDue(db, object.id);
  return count;
}

export const mlpsData: DataSection<'mlps'> = {
  key: 'mlps',
  exportData: exportMlpsData,
  importData: importMlpsData,
  clear(db) {
    for (const table of TABLES_TO_CLEAR) db.prepare(`DELETE FROM ${table}`).run();
  },
};
