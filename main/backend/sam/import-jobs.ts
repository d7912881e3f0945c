/**
 * Import as the methods run it: prepare (what the file is and how its columns map), dry run (what would
 * change, row by row) and commit (all or nothing, or the valid rows with the rejected ones written to a
 * file). A commit writes each row into one transaction as it is planned, so 100,000 rows are never held in
 * memory; the transaction stays open while the file is read (the backend runs no other write meanwhile)
 * and is rolled back on a cancel, a failure, or a rejected row without skip-invalid: the registers are
 * then exactly as they were.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { CommitResult, ImportReport, ImportSpec, PrepareResult, Rejection } from '../../../shared/contract/sam/methods';
import { MAX_DISTINCT_VALUES, MAX_REPORTED_REJECTIONS } from '../../../shared/contract/sam/methods';
import { SAM_KINDS, type SamKind } from '../../../shared/contract/sam/schemas';
import type { Finding } from '../../../shared/contract/core';
import { choiceValues } from '../../../shared/domain/sam/choices';
import { translate, translateCode, type Locale } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { assertRegisterWithin } from '../limits';
import {
  FIELDS,
  type FieldSpec,
  type ImportPlan,
  type PlanSink,
  fieldLabel,
  CONTENT_SAMPLE_ROWS,
  REQUIRED_COLUMNS,
  type SheetRow,
  detectKind,
  isChoiceType,
  openSpreadsheet,
  peekRows,
  planImport,
  prepareImport,
  proposeColumns,
  writeCsv,
} from './import';
import { productNamer, productRegistrar } from './import-products';
import { invalidateEstate } from './position';
import { findByKey, idByKey, naturalKeys, recordWriter } from './repository';

/** Data rows the mapping screen shows as they are. */
const SHOWN_ROWS = 5;

/**
 * What the file is and what each kind would make of it: the columns by header and by content (with the
 * reason), the scope kind a header implies, a few rows as read and each column's distinct values in the
 * sample (for value mapping).
 */
export async function prepare(spec: Omit<ImportSpec, 'columns' | 'values' | 'constants'>): Promise<PrepareResult> {
  const opened = await openSpreadsheet(spec.path, { encoding: spec.encoding });
  const { sample, source } = await peekRows(opened, CONTENT_SAMPLE_ROWS);
  await source.rows[Symbol.asyncIterator]().return?.();
  const header = source.header.cells;
  const cells = sample.map((row) => row.cells);
  const kinds = Object.fromEntries(SAM_KINDS.map((kind) => [kind, kindInfo(kind, header, cells)])) as PrepareResult['kinds'];
  return {
    file: source.file,
    format: source.format,
    encoding: source.encoding,
    kind: spec.kind === 'auto' ? (detectKind(header, cells) ?? null) : spec.kind,
    header,
    sample: cells.slice(0, SHOWN_ROWS),
    distinct: header.map((_, index) => distinctValues(cells, index)),
    sampledRows: cells.length,
    kinds,
  };
}

function kindInfo(kind: SamKind, header: string[], sample: string[][]): PrepareResult['kinds'][SamKind] {
  const { mapped, constants } = proposeColumns(kind, header, { sample });
  return {
    fields: Object.entries(FIELDS[kind] as Record<string, FieldSpec>).map(([field, fieldSpec]) => ({
      field,
      type: fieldSpec.type,
      ...(isChoiceType(fieldSpec.type) ? { choices: choiceValues(fieldSpec.type) } : {}),
    })),
    required: (REQUIRED_COLUMNS[kind] as ReadonlyArray<readonly string[]>).map((group) => [...group]),
    suggested: Object.fromEntries(mapped.map((column) => [column.field, column.header])),
    reasons: Object.fromEntries(mapped.map((column) => [column.field, column.reason])),
    implied: Object.fromEntries(
      Object.entries(constants).flatMap(([field, constant]) =>
        constant.from === 'user' ? [] : [[field, { value: String(constant.value), header: constant.from.header }]],
      ),
    ),
  };
}

function distinctValues(rows: string[][], index: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value !== '') seen.add(value);
    if (seen.size >= MAX_DISTINCT_VALUES) break;
  }
  return [...seen];
}

/** A plan and the products its records name that the products register lacks. */
interface PlannedImport {
  result: ImportPlan<SamKind>;
  products: ReturnType<typeof productRegistrar>;
}

/**
 * Plans the import of a file. `begin`, when given, runs once the file is open and mapped, and returns the
 * sink to take the records (a commit opens its transaction there, so a file that cannot be read never opens one).
 */
async function plan(
  db: Database.Database,
  spec: ImportSpec,
  ctx: Pick<HandlerContext, 'signal' | 'progress' | 'locale'>,
  begin?: (kind: SamKind) => PlanSink<SamKind>,
): Promise<PlannedImport> {
  const { source, mapping } = await prepareImport(spec.path, {
    kind: spec.kind,
    encoding: spec.encoding,
    ...(spec.columns ? { columns: spec.columns } : {}),
    ...(spec.values ? { values: spec.values } : {}),
    ...(spec.constants ? { constants: spec.constants } : {}),
    locale: ctx.locale,
  });
  const kind = mapping.kind;
  const keys = naturalKeys(db, kind);
  const products = productRegistrar(db, kind);
  const nameColumn = mapping.mapped.find((column) => column.field === 'name')?.header ?? fieldLabel(ctx.locale, 'name');
  const sink = begin?.(kind);
  const result = await planImport({
    source,
    mapping,
    // Only keys stored before the import began: a row the sink wrote is not "existing" for a later row.
    existing: keys.size === 0 ? () => undefined : (key) => (keys.has(key) ? findByKey(db, kind, key) : undefined),
    signal: ctx.signal,
    onProgress: (progress) => ctx.progress('read', progress.rowsRead, null),
    progressEvery: 2_000,
    refine: productNamer(db, kind, nameColumn),
    accepted: (record) => products.accepted(record),
    ...(sink ? { sink } : {}),
  });
  // Checked for the dry run too, so it never promises what the commit would refuse.
  assertRegisterWithin(keys.size + result.counts.added, translate(ctx.locale, `sam.kind.${kind}`), 'path');
  return { result, products };
}

/**
 * Writes each planned record into the caller's open transaction as it comes. The unique index on the
 * natural key tells a repeated key (the insert changes nothing); which row added a key is kept by record id,
 * a number, rather than by the key text.
 */
function writingSink(db: Database.Database, kind: SamKind): PlanSink<SamKind> {
  const insertNew = recordWriter(db, kind, 'insertNew');
  const upsert = recordWriter(db, kind, 'upsert');
  // The file row of each record added, indexed by id from the first one: SQLite numbers new rows on from
  // the largest id, so the array stays dense (and stays correct, if slower, should ids ever jump).
  const addedRows: number[] = [];
  let firstId: number | undefined;
  return {
    add(entry) {
      const written = insertNew(entry.key, entry.record);
      if (written.changes === 0) return false;
      const id = Number(written.lastInsertRowid);
      firstId ??= id;
      addedRows[id - firstId] = entry.row;
      return true;
    },
    update: (entry) => void upsert(entry.key, entry.record),
    stored: (key) => findByKey(db, kind, key),
    addedAt(key) {
      const id = idByKey(db, kind, key);
      const row = id === undefined || firstId === undefined ? undefined : addedRows[id - firstId];
      if (row === undefined) throw new Error(`addedAt: this import added no record with key ${key}`);
      return row;
    },
  };
}

function report({ result, products }: PlannedImport, locale: Locale): ImportReport {
  const rejected: Rejection[] = [];
  let total = 0;
  for (const row of result.rejected) {
    const serial = serialOf(result, row.cells);
    for (const finding of row.findings) {
      total++;
      if (rejected.length < MAX_REPORTED_REJECTIONS) rejected.push(rejection(result.kind, finding, row.row, serial, locale));
    }
  }
  return {
    kind: result.kind,
    file: result.file,
    added: result.counts.added,
    updated: result.counts.updated,
    unchanged: result.unchanged.length,
    rejectedRows: result.rejected.length,
    rejected,
    truncated: total > rejected.length,
    warnings: result.warnings.map((finding) => rejection(result.kind, finding, finding.row ?? 0, '', locale)),
    moreWarnings: result.moreWarnings,
    productsAdded: products.count,
  };
}

/** The file's own number for a row (its 序号 cell), or ''. */
function serialOf(result: ImportPlan<SamKind>, cells: readonly string[]): string {
  return result.serialIndex < 0 ? '' : (cells[result.serialIndex] ?? '').trim();
}

/**
 * One finding as the user reads it: the column by its header, or the field by its label when no column
 * holds it; a refused choice lists the values the field takes, by their labels.
 */
function rejection(kind: SamKind, finding: Finding, row: number, serial: string, locale: Locale): Rejection {
  const field = finding.field ?? '';
  const column = finding.column ?? (field === '' ? '' : fieldLabel(locale, field));
  const type = (FIELDS[kind] as Record<string, FieldSpec | undefined>)[field]?.type;
  const params: Record<string, string | number> = { ...finding.params, column, field: field === '' ? '' : fieldLabel(locale, field) };
  if (type !== undefined && isChoiceType(type))
    params.choices = choiceValues(type)
      .map((value) => translateCode(locale, `sam.${type}.${value}`))
      .join('、');
  // A choice the file words its own way: name what the field takes, and where to say which it is.
  const code = finding.code === 'sam.value.invalidChoice' && params.choices !== undefined ? 'sam.import.unknownChoice' : finding.code;
  const reason = translateCode(locale, code, params);
  return { row, ...(serial === '' ? {} : { serial }), column, field, code, reason };
}

export async function dryRun(db: Database.Database, spec: ImportSpec, ctx: HandlerContext): Promise<ImportReport> {
  return report(await plan(db, spec, ctx), ctx.locale);
}

export async function commit(
  db: Database.Database,
  spec: ImportSpec & { skipInvalid: boolean; rejectsPath?: string | undefined },
  ctx: HandlerContext,
): Promise<CommitResult> {
  try {
    const planned = await plan(db, spec, ctx, (kind) => {
      db.exec('BEGIN IMMEDIATE');
      return writingSink(db, kind);
    });
    const { result } = planned;
    const summary = report(planned, ctx.locale);
    const rejectsFile =
      spec.rejectsPath !== undefined && result.rejected.length > 0 ? await writeRejects(spec.rejectsPath, result, ctx.locale) : null;
    if (ctx.signal.aborted) throw new AppError('sam.import.cancelled');
    const written = result.counts.added + result.counts.updated;
    if (result.rejected.length > 0 && !spec.skipInvalid) {
      db.exec('ROLLBACK');
      return { ...summary, productsAdded: 0, committed: false, rejectsFile };
    }
    planned.products.write();
    const output = { ...summary, committed: true, rejectsFile };
    ctx.auditResult(output); // inside the transaction: the rows never commit without their entry
    db.exec('COMMIT');
    ctx.progress('write', written, written);
    return output;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK'); // a cancel or a failure: nothing of this import stays
    invalidateEstate(db);
  }
}

/** The rejected rows as read, with the reasons in a last column: a file the user can fix and import again. */
async function writeRejects(path: string, result: ImportPlan<SamKind>, locale: Locale): Promise<string> {
  const reasonHeader = translate(locale, 'sam.import.reasonColumn');
  const rows = result.rejected.map(
    (row: { cells: SheetRow['cells']; findings: { code: string; column?: string; params?: Record<string, string | number> }[] }) => [
      ...row.cells,
      row.findings
        .map((finding) => `${finding.column ? `${finding.column}: ` : ''}${translateCode(locale, finding.code, finding.params)}`)
        .join('; '),
    ],
  );
  try {
    await writeCsv(path, [...result.header, reasonHeader], rows);
  } catch (error) {
    throw new AppError('error.file.write', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: path });
  }
  return fs.realpathSync(path);
}
