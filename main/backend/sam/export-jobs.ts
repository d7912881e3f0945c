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
import { type ExportCell, writeCsv, writeXlsx } from './import';
import { REGISTER_COLUMNS, iterateRecords } from './repository';

/** Fields whose values are codes with a label of their own. */
const CHOICE_FIELDS: Record<string, string> = { metric: 'sam.metric', licenceType: 'sam.licenceType', scopeKind: 'sam.scopeKind', term: 'sam.term', inspectionCategory: 'sam.inspectionCategory' };

interface Table {
  sheet: string;
  header: string[];
  rows: Iterable<ExportCell[]>;
}

function registerTable(db: Database.Database, register: SamRegister, locale: Locale): Table {
  const columns = REGISTER_COLUMNS[register];
  const word = (field: string, value: unknown): ExportCell => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean') return translate(locale, value ? 'sam.value.yes' : 'sam.value.no');
    const choice = CHOICE_FIELDS[field];
    return choice !== undefined ? translateCode(locale, `${choice}.${String(value)}`) : (value as ExportCell);
  };
  function* rows(): Generator<ExportCell[]> {
    for (const record of iterateRecords(db, register)) {
      const fields = record as unknown as Record<string, unknown>;
      yield columns.map(({ field }) => {
        if (field === 'scopeKind') return word(field, (fields.scope as { kind: string }).kind);
        if (field === 'scopeName') return (fields.scope as { name: string }).name;
        return word(field, fields[field]);
      });
    }
  }
  return { sheet: translateCode(locale, `sam.kind.${register}`), header: columns.map(({ field }) => translateCode(locale, `sam.field.${field}`)), rows: rows() };
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
  return { sheet: translate(locale, 'sam.position.title'), header: POSITION_COLUMNS.map((field) => translate(locale, `sam.field.${field}`)), rows };
}

export async function exportTable(
  db: Database.Database,
  input: { what: ExportTarget; path: string },
  ctx: Pick<HandlerContext, 'locale' | 'signal' | 'progress'>,
  position: () => PositionResult,
): Promise<{ path: string; rows: number }> {
  const extension = path.extname(input.path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') throw new AppError('sam.export.unknownFormat', { file: input.path }, { field: 'path', file: input.path });
  const table = input.what === 'position' ? positionTable(position(), ctx.locale) : registerTable(db, input.what, ctx.locale);
  const options = { signal: ctx.signal, onProgress: (rows: number) => ctx.progress('write', rows, null) };
  try {
    const { rows } =
      extension === '.csv' ? await writeCsv(input.path, table.header, table.rows, options) : await writeXlsx(input.path, [{ name: table.sheet, header: table.header, rows: table.rows }], options);
    return { path: path.resolve(input.path), rows };
  } catch (error) {
    if (error instanceof AppError || (error as { code?: string }).code === 'sam.import.cancelled') throw error;
    throw new AppError('error.file.write', { file: input.path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: input.path });
  }
}
