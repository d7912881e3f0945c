/**
 * One mapping between records and table rows, for every register stored field for field (the SAM registers,
 * the MLPS objects, remediation, plans, drills, risks…): a field is a column, booleans are 0/1, small owned
 * lists and objects are JSON text, a value kept nested in the record (an entitlement's scope.kind) is a
 * column of its own.
 */
export type ColumnEncoding = 'plain' | 'boolean' | 'json';

export interface MappedColumn {
  /** The field as the record (or, for a nested value, the flat list API) names it. */
  field: string;
  column: string;
  encoding: ColumnEncoding;
  /** Where the record keeps the value when it is nested (an entitlement's scope). */
  path?: readonly [string, string] | undefined;
}

export type SqlValue = string | number | null;
type Record_ = Record<string, unknown>;

/** camelCase → snake_case, the columns' naming. */
export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The column's value for a record: an absent value is NULL. */
export function columnValue(column: MappedColumn, record: Readonly<Record_>): SqlValue {
  const path = column.path;
  const value = path === undefined ? record[column.field] : (record[path[0]] as Record_ | undefined)?.[path[1]];
  if (value === undefined || value === null) return null;
  if (column.encoding === 'boolean') return value ? 1 : 0;
  if (column.encoding === 'json') return JSON.stringify(value);
  return value as SqlValue;
}

/**
 * A row → the record. `nulls: 'keep'` gives every field (null when the column is NULL: registers whose schema
 * says null); `'omit'` leaves NULL columns out (registers whose schema says an absent optional).
 */
export function recordFromRow<T>(columns: readonly MappedColumn[], row: Readonly<Record_>, nulls: 'keep' | 'omit'): T {
  const record: Record_ = {};
  for (const column of columns) {
    const stored = row[column.column];
    let value: unknown;
    if (stored === null || stored === undefined) {
      if (nulls === 'omit') continue;
      value = column.encoding === 'boolean' ? false : null;
    } else if (column.encoding === 'boolean') value = stored === 1;
    else if (column.encoding === 'json') value = JSON.parse(stored as string);
    else value = stored;
    if (column.path === undefined) record[column.field] = value;
    else ((record[column.path[0]] ??= {}) as Record_)[column.path[1]] = value;
  }
  return record as T;
}
