/**
 * Plain registers (objects, remediation, plans, drills, risks, …) map field for field onto one table: camelCase
 * fields to snake_case columns, absent optionals to NULL, booleans to 0/1, small owned lists to JSON text —
 * through the table mapper the SAM registers use too (main/backend/db/table-mapper.ts).
 */
import type Database from 'better-sqlite3';
import { type MappedColumn, columnValue, recordFromRow, snakeCase } from '../db/table-mapper';

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

const columnOf = snakeCase;
const mappedColumns = new WeakMap<TableSpec, MappedColumn[]>();

/** The spec's fields as the shared table mapper's columns, made once per spec. */
function columnsOf(spec: TableSpec): MappedColumn[] {
  let columns = mappedColumns.get(spec);
  if (columns === undefined) {
    columns = spec.fields.map((field) => ({
      field,
      column: columnOf(field),
      encoding: spec.booleans?.includes(field) ? 'boolean' : spec.json?.includes(field) ? 'json' : 'plain',
    }));
    mappedColumns.set(spec, columns);
  }
  return columns;
}

/** The record as named parameters (`@field`) for the upsert. */
function toRow(spec: TableSpec, record: Row): Row {
  const row: Row = {};
  for (const column of columnsOf(spec)) row[column.field] = columnValue(column, record);
  return row;
}

/** Absent optionals stay absent: these registers' schemas say optional, not null. */
function fromRow<T>(spec: TableSpec, row: Row): T {
  return recordFromRow<T>(columnsOf(spec), row, 'omit');
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
