/**
 * Registers and the licence position → XLSX or CSV (by the file's extension), headed and worded in the
 * user's language so the file reads well and imports back: the headers are names the import recognizes.
 * Text that starts like a formula is neutralized by the writers (import/export.ts).
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ExportTarget, PositionResult } from '../../../shared/contract/sam/methods';
import type { SamRegister } from '../../../shared/contract/sam/schemas';
import { translate, type Locale, translateCode } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { type FieldDefinition, SAM_FIELD_CATALOGUE, flatValue } from '../../../shared/catalogs/sam/fields';
import { type ExportCell, isChoiceType, writeCsv, writeXlsx } from './import';
import { iterateRecords } from './repository';

interface Table {
  sheet: string;
  header: string[];
  rows: Iterable<ExportCell[]>;
}

/** A field's header in an export: its export label, or its label, in the user's language (a header the import recognises). */
export function exportHeader(field: FieldDefinition, locale: Locale): string {
  return (field.exportLabel ?? field.label)[locale];
}

/** A value as an export writes it: a choice by its label, yes/no in words, nothing for null. */
export function exportCell(field: FieldDefinition, value: unknown, locale: Locale): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return translate(locale, value ? 'sam.value.yes' : 'sam.value.no');
  if (!isChoiceType(field.type)) return value as ExportCell;
  // A choice left unset (not classified) stays an empty cell: the import reads an empty cell back as unset.
  return value === '' ? null : translateCode(locale, `sam.${field.type}.${String(value)}`);
}

/** A register as an export's header and rows, field for field as the catalogue declares it. */
export function exportRowsOf(
  fields: readonly FieldDefinition[],
  records: Iterable<object>,
  locale: Locale,
): { header: string[]; rows: Iterable<ExportCell[]> } {
  function* rows(): Generator<ExportCell[]> {
    for (const record of records)
      yield fields.map((field) => exportCell(field, flatValue(record as Record<string, unknown>, field), locale));
  }
  return { header: fields.map((field) => exportHeader(field, locale)), rows: rows() };
}

function registerTable(db: Database.Database, register: SamRegister, locale: Locale): Table {
  return {
    sheet: translate(locale, `sam.kind.${register}`),
    ...exportRowsOf(SAM_FIELD_CATALOGUE[register], iterateRecords(db, register), locale),
  };
}

const POSITION_COLUMNS = [
  'positionKind',
  'publisher',
  'name',
  'version',
  'edition',
  'metric',
  'scopeKind',
  'scopeName',
  'entitled',
  'consumed',
  'balance',
  'shortfall',
  'unitPrice',
  'currency',
  'shortfallCost',
  'installations',
  'coveredInstallations',
] as const;

export function positionTable(position: PositionResult, locale: Locale): Table {
  const rows = position.rows.map((row): ExportCell[] => [
    translate(locale, `sam.positionKind.${row.kind}`),
    row.publisher,
    row.name,
    row.version,
    row.edition,
    row.metric === null ? null : translate(locale, `sam.metric.${row.metric}`),
    translate(locale, `sam.scopeKind.${row.scope.kind}`),
    row.scope.name,
    row.entitled ?? translate(locale, 'sam.position.unlimited'),
    row.consumed,
    row.balance,
    row.shortfall,
    row.unitPrice,
    row.currency,
    row.shortfallCost,
    row.installations,
    row.coveredInstallations,
  ]);
  return {
    sheet: translate(locale, 'sam.position.title'),
    header: POSITION_COLUMNS.map((field) => translate(locale, `sam.field.${field}`)),
    rows,
  };
}

export async function exportTable(
  db: Database.Database,
  input: { what: ExportTarget; path: string },
  ctx: Pick<HandlerContext, 'locale' | 'signal' | 'progress'>,
  position: () => PositionResult,
): Promise<{ path: string; rows: number }> {
  const extension = path.extname(input.path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw new AppError('sam.export.unknownFormat', { file: input.path }, { field: 'path', file: input.path });
  const table = input.what === 'position' ? positionTable(position(), ctx.locale) : registerTable(db, input.what, ctx.locale);
  const options = { signal: ctx.signal, onProgress: (rows: number) => ctx.progress('write', rows, null) };
  try {
    const { rows } =
      extension === '.csv'
        ? await writeCsv(input.path, table.header, table.rows, options)
        : await writeXlsx(input.path, [{ name: table.sheet, header: table.header, rows: table.rows }], options);
    return { path: path.resolve(input.path), rows };
  } catch (error) {
    if (error instanceof AppError || (error as { code?: string }).code === 'sam.import.cancelled') throw error;
    throw new AppError(
      'error.file.write',
      { file: input.path, detail: (error as NodeJS.ErrnoException).code ?? String(error) },
      { file: input.path },
    );
  }
}
