/**
 * Plain registers (objects, remediation, plans, drills, risks, …) map field for field onto one table: camelCase
 * fields to snake_case columns, absent optionals to NULL, booleans to 0/1, small owned lists to JSON text.
 * One mapping instead of a hand-written row type per table.
 */
import type Database from 'better-sqlite3';

export interface TableSpec {
  table: string;
  /** The primary-key field. */
  key: string;
  /** Every stored field, key included, in column order. */
  fields: readonly string[];
  booleans?: readonly string[];
  json?: readonly string[];
  orderBy: string;
}

type Row = Record<string, unknown>;

const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function toRow(spec: TableSpec, record: Row): Row {
  const row: Row = {};
  for (const field of spec.fields) {
    const value = record[field];
    if (value === undefined || value === null) row[field] = null;
    else if (spec.booleans?.includes(field)) row[field] = value ? 1 : 0;
    else if (spec.json?.includes(field)) row[field] = JSON.stringify(value);
    else row[field] = value;
  }
  return row;
}

function fromRow<T>(spec: TableSpec, row: Row): T {
  const record: Row = {};
  for (const field of spec.fields) {
    const value = row[columnOf(field)];
    if (value === null || value === undefined) continue;
    if (spec.booleans?.includes(field)) record[field] = value === 1;
    else if (spec.json?.includes(field)) record[field] = JSON.parse(value as string);
    else record[field] = value;
  }
  return record as T;
}

/** Rows of the table, optionally filtered by a WHERE clause with named parameters. */
export function listRecords<T>(db: Database.Database, spec: TableSpec, where = '', params: Row = {}): T[] {
  const rows = db.prepare(`SELECT * FROM ${spec.table} ${where ? `WHERE ${where}` : ''} ORDER BY ${spec.orderBy}`).all(params) as Row[];
  return rows.map((row) => fromRow<T>(spec, row));
}

export function getRecord<T>(db: Database.Database, spec: TableSpec, id: string): T | null {
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE ${columnOf(spec.key)} = ?`).get(id) as Row | undefined;
  return row ? fromRow<T>(spec, row) : null;
}

const upsertSql = new WeakMap<TableSpec, string>();

/** Inserts the record, or replaces every field of the one with the same key. */
export function upsertRecord(db: Database.Database, spec: TableSpec, record: object): void {
  let sql = upsertSql.get(spec);
  if (!sql) {
    const columns = spec.fields.map(columnOf);
    const updates = spec.fields.filter((field) => field !== spec.key).map((field) => `${columnOf(field)} = excluded.${columnOf(field)}`);
    sql =
      `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${spec.fields.map((field) => `@${field}`).join(', ')}) ` +
      `ON CONFLICT (${columnOf(spec.key)}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`;
    upsertSql.set(spec, sql);
  }
  db.prepare(sql).run(toRow(spec, record as Row));
}

export function deleteRecord(db: Database.Database, spec: TableSpec, id: string): boolean {
  return db.prepare(`DELETE FROM ${spec.table} WHERE ${columnOf(spec.key)} = ?`).run(id).changes > 0;
}

export function recordExists(db: Database.Database, spec: TableSpec, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${spec.table} WHERE ${columnOf(spec.key)} = ?`).get(id) !== undefined;
}
