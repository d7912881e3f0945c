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
import { MAX_REPORTED_REJECTIONS } from '../../../shared/contract/sam/methods';
import { SAM_KINDS, type SamKind } from '../../../shared/contract/sam/schemas';
import { translate, type Locale } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { assertRegisterWithin } from '../limits';
import {
  FIELDS,
  type FieldSpec,
  type ImportPlan,
  type PlanSink,
  ImportError,
  REQUIRED_COLUMNS,
  type SheetRow,
  type SheetSource,
  detectKind,
  openSpreadsheet,
  planImport,
  prepareImport,
  suggestColumns,
  writeCsv,
} from './import';
import { invalidateEstate } from './position';
import { findByKey, idByKey, naturalKeys, recordWriter } from './repository';

const SAMPLE_ROWS = 5;

/** A file-level import failure as the error every door shows: its code, the file, the column. */
export function asAppError(error: unknown): unknown {
  if (error instanceof ImportError) return new AppError(error.code, error.params, error.details);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    const file = (error as NodeJS.ErrnoException).path ?? '';
    return new AppError('error.file.read', { file, detail: code }, { file });
  }
  return error;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asAppError(error);
  }
}

export function prepare(spec: Omit<ImportSpec, 'columns'>): Promise<PrepareResult> {
  return guarded(async () => {
    const source = await openSpreadsheet(spec.path, { encoding: spec.encoding });
    const sample = await firstRows(source, SAMPLE_ROWS);
    const header = source.header.cells;
    const kinds = Object.fromEntries(
      SAM_KINDS.map((kind) => {
        const suggested = suggestColumns(kind, header) as Record<string, number>;
        return [
          kind,
          {
            fields: Object.entries(FIELDS[kind] as Record<string, FieldSpec>).map(([field, fieldSpec]) => ({ field, type: fieldSpec.type })),
            required: (REQUIRED_COLUMNS[kind] as ReadonlyArray<readonly string[]>).map((group) => [...group]),
            suggested: Object.fromEntries(Object.entries(suggested).map(([field, index]) => [field, header[index] ?? ''])),
          },
        ];
      }),
    ) as PrepareResult['kinds'];
    return {
      file: source.file,
      format: source.format,
      encoding: source.encoding,
      kind: spec.kind === 'auto' ? (detectKind(header) ?? null) : spec.kind,
      header,
      sample,
      kinds,
    };
  });
}

async function firstRows(source: SheetSource, count: number): Promise<string[][]> {
  const rows: string[][] = [];
  const iterator = source.rows[Symbol.asyncIterator]();
  try {
    while (rows.length < count) {
      const next = await iterator.next();
      if (next.done) break;
      rows.push(next.value.cells);
    }
  } finally {
    await iterator.return?.();
  }
  return rows;
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
): Promise<ImportPlan<SamKind>> {
  const { source, mapping } = await prepareImport(spec.path, { kind: spec.kind, encoding: spec.encoding, ...(spec.columns ? { columns: spec.columns } : {}) });
  const kind = mapping.kind;
  const keys = naturalKeys(db, kind);
  const sink = begin?.(kind);
  const result = await planImport({
    source,
    mapping,
    // Only keys stored before the import began: a row the sink wrote is not "existing" for a later row.
    existing: keys.size === 0 ? () => undefined : (key) => (keys.has(key) ? findByKey(db, kind, key) : undefined),
    signal: ctx.signal,
    onProgress: (progress) => ctx.progress('read', progress.rowsRead, null),
    progressEvery: 2_000,
    ...(sink ? { sink } : {}),
  });
  // Checked for the dry run too, so it never promises what the commit would refuse.
  assertRegisterWithin(keys.size + result.counts.added, translate(ctx.locale, `sam.kind.${kind}`), 'path');
  return result;
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

function report(result: ImportPlan<SamKind>, locale: Locale): ImportReport {
  const rejected: Rejection[] = [];
  let total = 0;
  for (const row of result.rejected) {
    for (const finding of row.findings) {
      total++;
      if (rejected.length >= MAX_REPORTED_REJECTIONS) continue;
      const column = finding.column ?? '';
      rejected.push({ row: row.row, column, field: finding.field ?? '', code: finding.code, reason: translate(locale, finding.code, { ...finding.params, column }) });
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
  };
}

export function dryRun(db: Database.Database, spec: ImportSpec, ctx: HandlerContext): Promise<ImportReport> {
  return guarded(async () => report(await plan(db, spec, ctx), ctx.locale));
}

export function commit(db: Database.Database, spec: ImportSpec & { skipInvalid: boolean; rejectsPath?: string | undefined }, ctx: HandlerContext): Promise<CommitResult> {
  return guarded(async () => {
    try {
      const result = await plan(db, spec, ctx, (kind) => {
        db.exec('BEGIN IMMEDIATE');
        return writingSink(db, kind);
      });
      const summary = report(result, ctx.locale);
      const rejectsFile = spec.rejectsPath !== undefined && result.rejected.length > 0 ? await writeRejects(spec.rejectsPath, result, ctx.locale) : null;
      if (ctx.signal.aborted) throw new AppError('sam.import.cancelled');
      const written = result.counts.added + result.counts.updated;
      if (result.rejected.length > 0 && !spec.skipInvalid) {
        db.exec('ROLLBACK');
        return { ...summary, committed: false, rejectsFile };
      }
      const output = { ...summary, committed: true, rejectsFile };
      ctx.auditResult(output); // inside the transaction: the rows never commit without their entry
      db.exec('COMMIT');
      ctx.progress('write', written, written);
      return output;
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK'); // a cancel or a failure: nothing of this import stays
      invalidateEstate(db);
    }
  });
}

/** The rejected rows as read, with the reasons in a last column: a file the user can fix and import again. */
async function writeRejects(path: string, result: ImportPlan<SamKind>, locale: Locale): Promise<string> {
  const reasonHeader = translate(locale, 'sam.import.reasonColumn');
  const rows = result.rejected.map((row: { cells: SheetRow['cells']; findings: { code: string; column?: string; params?: Record<string, string | number> }[] }) => [
    ...row.cells,
    row.findings.map((finding) => `${finding.column ? `${finding.column}: ` : ''}${translate(locale, finding.code, finding.params)}`).join('; '),
  ]);
  try {
    await writeCsv(path, [...result.header, reasonHeader], rows);
  } catch (error) {
    throw new AppError('error.file.write', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: path });
  }
  return fs.realpathSync(path);
}
