/**
 * The SAM registers in SQLite: one table per register, every row with its natural key (`nkey`) under a
 * unique index. Records go in and out as the contract's objects; paging, sorting, filtering and searching
 * happen in SQL, so a table of 100,000 rows only ever sends the page it shows.
 */
import type Database from 'better-sqlite3';
import type { ListQuery } from '../../../shared/contract/sam/methods';
import { type FieldDefinition, type FieldType, SAM_FIELD_CATALOGUE, columnOf } from '../../../shared/catalogs/sam/fields';
import {
  SAM_REGISTERS,
  type PositionSnapshot,
  type SamRegister,
  type SamRegisterRecordOf,
  samRegisterKeyOf,
} from '../../../shared/contract/sam/schemas';
import { AppError } from '../errors';
import { type MappedColumn, columnValue, recordFromRow } from '../db/table-mapper';
import { type AliasDictionary, aliasDictionarySchema } from '../../../shared/contract/sam/aliases';
import { shippedAliasDictionary } from '../../../shared/catalogs/sam/aliases';

type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'date';

/** A column as the list API names it: the catalogue field (`scopeKind`/`scopeName` for an entitlement's scope). */
interface ColumnSpec extends MappedColumn {
  /** How the list sorts, filters and searches it. */
  type: ColumnType;
}

/** How SQLite holds each catalogue type: choices and currencies are text, amounts real, booleans 0/1. */
const COLUMN_TYPE: Record<FieldType, ColumnType> = {
  text: 'text',
  currency: 'text',
  integer: 'integer',
  decimal: 'real',
  date: 'date',
  boolean: 'boolean',
  metric: 'text',
  licenceType: 'text',
  scopeKind: 'text',
  term: 'text',
  inspectionCategory: 'text',
};

/** A register's columns, in the catalogue's order (the statements bind parameters in this order). */
export function registerColumnsOf(fields: readonly FieldDefinition[]): ColumnSpec[] {
  return fields.map((field) => {
    const type = COLUMN_TYPE[field.type];
    return { field: field.id, column: columnOf(field), type, encoding: type === 'boolean' ? 'boolean' : 'plain', path: field.path };
  });
}

export const REGISTER_COLUMNS: Record<SamRegister, ColumnSpec[]> = Object.fromEntries(
  SAM_REGISTERS.map((register) => [register, registerColumnsOf(SAM_FIELD_CATALOGUE[register])]),
) as Record<SamRegister, ColumnSpec[]>;

export const TABLE: Record<SamRegister, string> = {
  products: 'sam_products',
  entitlements: 'sam_entitlements',
  installations: 'sam_installations',
  devices: 'sam_devices',
  users: 'sam_users',
};

type Row = Record<string, unknown>;

/** Record → statement parameters in column order (see columnsOf): the natural key, then each column. */
function toParams<R extends SamRegister>(
  register: R,
  record: SamRegisterRecordOf[R],
  key = naturalKeyOf(register, record),
): (string | number | null)[] {
  return fillParams(register, record, key, []);
}

/** Writes a record's parameters into `params` (a bulk writer reuses one array: better-sqlite3 binds them at once). */
function fillParams<R extends SamRegister>(
  register: R,
  record: SamRegisterRecordOf[R],
  key: string,
  params: (string | number | null)[],
): (string | number | null)[] {
  params[0] = key;
  const fields = record as unknown as Record<string, unknown>;
  const specs = REGISTER_COLUMNS[register];
  for (let index = 0; index < specs.length; index++) params[index + 1] = columnValue(specs[index] as ColumnSpec, fields);
  return params;
}

/** SQL row → record. */
export function fromRow<R extends SamRegister>(register: R, row: Row): SamRegisterRecordOf[R] {
  return recordFromRow<SamRegisterRecordOf[R]>(REGISTER_COLUMNS[register], row, 'keep');
}

// ---- statements ------------------------------------------------------------------------------------------------

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared once per connection and reused: bulk work runs the same statement 100,000 times. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (cache === undefined) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

function columnsOf(register: SamRegister): string[] {
  return ['nkey', ...REGISTER_COLUMNS[register].map((spec) => spec.column)];
}

/** The statements' text per register, built once: the bulk paths run them 100,000 times. */
const SQL = Object.fromEntries(
  (Object.keys(TABLE) as SamRegister[]).map((register) => {
    const columns = columnsOf(register);
    const insert = `INSERT INTO ${TABLE[register]} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const updates = columns.filter((column) => column !== 'nkey').map((column) => `${column} = excluded.${column}`);
    return [
      register,
      {
        insert,
        insertNew: `${insert} ON CONFLICT (nkey) DO NOTHING`,
        upsert: `${insert} ON CONFLICT (nkey) DO UPDATE SET ${updates.join(', ')}`,
        update: `UPDATE ${TABLE[register]} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`,
      },
    ];
  }),
) as Record<SamRegister, { insert: string; insertNew: string; upsert: string; update: string }>;

export function naturalKeyOf<R extends SamRegister>(register: R, record: SamRegisterRecordOf[R]): string {
  return (samRegisterKeyOf[register] as (r: SamRegisterRecordOf[R]) => string)(record);
}

/**
 * Upserts many records on their natural keys with one prepared statement; the caller holds the
 * transaction. An import passes the keys its plan already computed.
 */
export function upsertRecords<R extends SamRegister>(
  db: Database.Database,
  register: R,
  records: Iterable<{ key?: string; record: SamRegisterRecordOf[R] }>,
  /** 'insert' for records known to be new: a plain insert, and a key that exists after all fails loudly. */
  how: 'upsert' | 'insert' = 'upsert',
): number {
  const upsert = statement(db, SQL[register][how]);
  let written = 0;
  for (const { key, record } of records) {
    upsert.run(toParams(register, record, key ?? naturalKeyOf(register, record)));
    written++;
  }
  return written;
}

/**
 * Writes one record at a time with a prepared statement; the caller holds the transaction. 'upsert' adds or
 * replaces the record with that key; 'insertNew' adds it unless its key is taken (the result's `changes`
 * is then 0, and `lastInsertRowid` is the new record's id otherwise).
 */
export function recordWriter<R extends SamRegister>(
  db: Database.Database,
  register: R,
  how: 'upsert' | 'insertNew',
): (key: string, record: SamRegisterRecordOf[R]) => Database.RunResult {
  const write = statement(db, SQL[register][how]);
  const params: (string | number | null)[] = [];
  return (key, record) => write.run(fillParams(register, record, key, params));
}

/** The field a duplicate natural key is reported at. */
const KEY_FIELD: Record<SamRegister, string> = {
  products: 'name',
  entitlements: 'assetNumber',
  installations: 'device',
  devices: 'name',
  users: 'name',
};

/**
 * Adds a record (no id) or replaces the record with that id. A natural key another record already has
 * is refused, naming the field, rather than silently merging two records.
 */
export function saveRecord<R extends SamRegister>(db: Database.Database, register: R, record: SamRegisterRecordOf[R], id?: number): number {
  const params = toParams(register, record);
  try {
    if (id === undefined) return Number(statement(db, SQL[register].insert).run(params).lastInsertRowid);
    if (statement(db, SQL[register].update).run(...params, id).changes === 0)
      throw new AppError('sam.record.notFound', { id }, { field: 'id' });
    return id;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('sam.record.duplicateKey', {}, { field: `record.${KEY_FIELD[register]}` });
    }
    throw error;
  }
}

export function deleteRecords(db: Database.Database, register: SamRegister, ids: readonly number[]): number {
  const remove = statement(db, `DELETE FROM ${TABLE[register]} WHERE id = ?`);
  let deleted = 0;
  for (const id of ids) deleted += remove.run(id).changes;
  return deleted;
}

/** Every natural key of a register: what an import checks each row against before it looks a record up. */
export function naturalKeys(db: Database.Database, register: SamRegister): Set<string> {
  return new Set(statement(db, `SELECT nkey FROM ${TABLE[register]}`).pluck().all() as string[]);
}

/** The id of the record with this natural key, if there is one. */
export function idByKey(db: Database.Database, register: SamRegister, key: string): number | undefined {
  return statement(db, `SELECT id FROM ${TABLE[register]} WHERE nkey = ?`).pluck().get(key) as number | undefined;
}

export function findByKey<R extends SamRegister>(db: Database.Database, register: R, key: string): SamRegisterRecordOf[R] | undefined {
  const row = statement(db, `SELECT * FROM ${TABLE[register]} WHERE nkey = ?`).get(key) as Row | undefined;
  return row === undefined ? undefined : fromRow(register, row);
}

export function countRecords(db: Database.Database, register: SamRegister): number {
  return statement(db, `SELECT count(*) FROM ${TABLE[register]}`).pluck().get() as number;
}

/**
 * Every record of a register, in id order, a page at a time: no big array, and no statement left open
 * while the consumer awaits (an export writing a file), which would block every other call.
 */
export function* iterateRecords<R extends SamRegister>(
  db: Database.Database,
  register: R,
  pageSize = 2_000,
): Generator<SamRegisterRecordOf[R]> {
  const page = statement(db, `SELECT * FROM ${TABLE[register]} WHERE id > ? ORDER BY id LIMIT ?`);
  let after = 0;
  for (;;) {
    const rows = page.all(after, pageSize) as Row[];
    for (const row of rows) yield fromRow(register, row);
    if (rows.length < pageSize) return;
    after = (rows.at(-1) as Row).id as number;
  }
}

export function allRecords<R extends SamRegister>(db: Database.Database, register: R): SamRegisterRecordOf[R][] {
  return (statement(db, `SELECT * FROM ${TABLE[register]} ORDER BY id`).all() as Row[]).map((row) => fromRow(register, row));
}

export function clearRegisters(db: Database.Database): void {
  for (const table of Object.values(TABLE)) db.prepare(`DELETE FROM ${table}`).run();
  db.prepare('DELETE FROM sam_position_snapshots').run();
}

// ---- paging, sorting, filtering, searching ---------------------------------------------------------------------

function columnFor(register: SamRegister, field: string): ColumnSpec {
  const spec = REGISTER_COLUMNS[register].find((candidate) => candidate.field === field);
  if (spec === undefined) throw new AppError('sam.list.unknownField', { field }, { field });
  return spec;
}

/** `%text%` for LIKE, with the wildcard characters the user typed taken literally. */
function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function asText(spec: ColumnSpec): string {
  return spec.type === 'text' || spec.type === 'date' ? spec.column : `CAST(${spec.column} AS TEXT)`;
}

export function listRecords<R extends SamRegister>(
  db: Database.Database,
  query: ListQuery & { register: R },
): { total: number; rows: { id: number; record: SamRegisterRecordOf[R] }[] } {
  const { register } = query;
  const conditions: string[] = [];
  const params: string[] = [];
  for (const [field, value] of Object.entries(query.filters)) {
    if (value.trim() === '') continue;
    conditions.push(`${asText(columnFor(register, field))} LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(value.trim()));
  }
  const searchable = REGISTER_COLUMNS[register].filter((spec) => spec.type === 'text');
  for (const word of query.search.split(/\s+/).filter((part) => part !== '')) {
    conditions.push(`(${searchable.map((spec) => `${spec.column} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let index = 0; index < searchable.length; index++) params.push(containsPattern(word));
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  let order = 'id';
  if (query.sort !== null) {
    const spec = columnFor(register, query.sort.field);
    const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
    order = `${spec.column}${spec.type === 'text' ? ' COLLATE NOCASE' : ''} ${direction}, id ${direction}`;
  }
  const table = TABLE[register];
  const total = statement(db, `SELECT count(*) FROM ${table} ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = statement(db, `SELECT * FROM ${table} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...params,
    query.limit,
    query.offset,
  ) as Row[];
  return { total, rows: rows.map((row) => ({ id: row.id as number, record: fromRow(register, row) })) };
}

// ---- mapping profiles ---------------------------------------------------------------------------------------------

export interface StoredProfile {
  name: string;
  kind: 'products' | 'entitlements' | 'installations';
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
  constants: Record<string, string>;
}

export function listProfiles(db: Database.Database, kind?: StoredProfile['kind']): StoredProfile[] {
  const rows = (
    kind === undefined
      ? statement(db, 'SELECT * FROM sam_mapping_profiles ORDER BY name').all()
      : statement(db, 'SELECT * FROM sam_mapping_profiles WHERE kind = ? ORDER BY name').all(kind)
  ) as { name: string; kind: StoredProfile['kind']; columns: string; value_maps: string; constants: string }[];
  return rows.map((row) => ({
    name: row.name,
    kind: row.kind,
    columns: JSON.parse(row.columns) as StoredProfile['columns'],
    values: JSON.parse(row.value_maps) as StoredProfile['values'],
    constants: JSON.parse(row.constants) as StoredProfile['constants'],
  }));
}

export function saveProfile(db: Database.Database, profile: StoredProfile): void {
  statement(
    db,
    `INSERT INTO sam_mapping_profiles (name, kind, columns, value_maps, constants) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, columns = excluded.columns, value_maps = excluded.value_maps, constants = excluded.constants`,
  ).run(profile.name, profile.kind, JSON.stringify(profile.columns), JSON.stringify(profile.values), JSON.stringify(profile.constants));
}

export function deleteProfile(db: Database.Database, name: string): boolean {
  return statement(db, 'DELETE FROM sam_mapping_profiles WHERE name = ?').run(name).changes > 0;
}

// ---- the alias dictionary -----------------------------------------------------------------------------------------

/** The user's edited dictionary, or null when the shipped one is in use. */
export function editedAliasDictionary(db: Database.Database): AliasDictionary | null {
  const body = statement(db, 'SELECT body FROM sam_alias_dictionary WHERE id = 1').pluck().get() as string | undefined;
  return body === undefined ? null : aliasDictionarySchema.parse(JSON.parse(body));
}

export function aliasDictionary(db: Database.Database): AliasDictionary {
  return editedAliasDictionary(db) ?? shippedAliasDictionary;
}

/** Keeps the user's dictionary, or (null) goes back to the shipped one. */
export function saveAliasDictionary(db: Database.Database, dictionary: AliasDictionary | null): void {
  if (dictionary === null) statement(db, 'DELETE FROM sam_alias_dictionary').run();
  else
    statement(db, 'INSERT INTO sam_alias_dictionary (id, body) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body').run(
      JSON.stringify(dictionary),
    );
}

// ---- position snapshots ------------------------------------------------------------------------------------------

export function insertSnapshot(db: Database.Database, snapshot: PositionSnapshot): void {
  statement(db, 'INSERT INTO sam_position_snapshots (taken_at, body) VALUES (?, ?)').run(snapshot.takenAt, JSON.stringify(snapshot));
}

/** Oldest first (by when they were taken, then in the order they were kept). */
export function listSnapshots(db: Database.Database): PositionSnapshot[] {
  return (statement(db, 'SELECT body FROM sam_position_snapshots ORDER BY taken_at, id').pluck().all() as string[]).map(
    (body) => JSON.parse(body) as PositionSnapshot,
  );
}
