/**
 * The 2025 filing form's own records: table 1's unit particulars with the unit's 备案表编号 (one row), and tables
 * 2–3's coded options per object. Codes are checked against the code lists before anything is stored.
 */
import type Database from 'better-sqlite3';
import type { FilingFormFields, MlpsUnit } from '../../../shared/contract/mlps/records';
import { EMPTY_MLPS_UNIT, filingFormFieldsSchema, mlpsUnitSchema } from '../../../shared/contract/mlps/records';
import { checkFilingFormFields, checkUnitCodes } from '../../../shared/domain/mlps';
import type { Finding } from '../../../shared/contract/core';
import { AppError } from '../errors';

/** The first fault as an error naming its field (prefixed as the caller's input names it). */
export function throwFirst(findings: readonly Finding[], prefix = ''): void {
  const first = findings[0];
  if (!first) return;
  throw new AppError(first.code, first.params ?? {}, {
    ...(first.field ? { field: `${prefix}${first.field}` } : {}),
    ...(first.row !== undefined ? { row: first.row } : {}),
  });
}

export function readUnit(db: Database.Database): MlpsUnit | null {
  const row = db.prepare('SELECT form_number, details FROM mlps_unit WHERE id = 1').get() as
    { form_number: string | null; details: string } | undefined;
  if (!row) return null;
  // Parsed so a record written by an older version gains the defaults of fields added since.
  return mlpsUnitSchema.parse({ ...(JSON.parse(row.details) as object), ...(row.form_number ? { formNumber: row.form_number } : {}) });
}

export function writeUnit(db: Database.Database, unit: MlpsUnit): void {
  throwFirst(checkUnitCodes(unit));
  const { formNumber, ...details } = unit;
  db.prepare(
    `INSERT INTO mlps_unit (id, form_number, details) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET form_number = excluded.form_number, details = excluded.details`,
  ).run(formNumber ?? null, JSON.stringify(details));
}

export const unitOrEmpty = (db: Database.Database): MlpsUnit => readUnit(db) ?? EMPTY_MLPS_UNIT;

export function readFilingFormFields(db: Database.Database, objectId: string): FilingFormFields | null {
  const details = db.prepare('SELECT details FROM mlps_filing_form_fields WHERE object_id = ?').pluck().get(objectId) as string | undefined;
  return details === undefined ? null : filingFormFieldsSchema.parse(JSON.parse(details));
}

export function writeFilingFormFields(db: Database.Database, objectId: string, fields: FilingFormFields): void {
  throwFirst(checkFilingFormFields(fields));
  db.prepare(
    `INSERT INTO mlps_filing_form_fields (object_id, details) VALUES (?, ?) ON CONFLICT (object_id) DO UPDATE SET details = excluded.details`,
  ).run(objectId, JSON.stringify(fields));
}

/** Every object's fields, as the data JSON carries them. */
export function listFilingFormFields(db: Database.Database): Array<FilingFormFields & { objectId: string }> {
  const rows = db.prepare('SELECT object_id, details FROM mlps_filing_form_fields ORDER BY object_id').all() as {
    object_id: string;
    details: string;
  }[];
  return rows.map((row) => ({ objectId: row.object_id, ...filingFormFieldsSchema.parse(JSON.parse(row.details)) }));
}
