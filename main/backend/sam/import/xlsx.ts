/**
 * XLSX → rows with exceljs's streaming reader: the first worksheet, row by row, without loading the
 * workbook. Cell values become the text a user sees (dates as YYYY-MM-DD, formulas as their result).
 *
 * exceljs reads the zip itself, trusting whatever it inflates; so the parts are opened here instead,
 * through xlsx-parts.ts, which bounds what they inflate to, and handed to exceljs's part parsers (the same
 * ones its own `parse` calls, pinned by exceljs 4.4's internals; open.test.ts reads real workbooks through them).
 */
import type { Readable } from 'node:stream';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { exceljs } from '../../heavy-modules';
import { AppError } from '../../errors';
import { importError } from './errors';
import { type SheetRow, type SheetSource, isBlankRow, withHeader } from './rows';
import { XLSX_PART, type XlsxParts, openXlsxParts } from './xlsx-parts';

export async function readXlsxFile(path: string, options: { file?: string } = {}): Promise<SheetSource> {
  const file = options.file ?? basename(path);
  return withHeader(file, 'xlsx', null, xlsxRows(path, file)[Symbol.asyncIterator]());
}

/** The part parsers of exceljs's WorkbookReader (not in its type declarations). */
interface WorkbookReaderParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(stream: Readable, sheetNo: string): Iterable<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const READER_OPTIONS = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' } as const;

async function* xlsxRows(path: string, file: string): AsyncGenerator<SheetRow> {
  let parts: XlsxParts | undefined;
  let sheet: Readable | undefined;
  try {
    parts = await openXlsxParts(path, file);
    const reader = new (exceljs().stream.xlsx.WorkbookReader)(path, READER_OPTIONS) as unknown as WorkbookReaderParts;
    await readWorkbookParts(reader, parts);
    if (parts.firstSheet === undefined) return; // no worksheet: an empty file
    sheet = await parts.open(parts.firstSheet.name);
    if (sheet === undefined) return;
    for (const { value: worksheet } of reader._parseWorksheet(sheet, parts.firstSheet.number)) {
      for await (const row of worksheet) {
        const cells = rowCells(row.values);
        if (!isBlankRow(cells)) yield { rowNumber: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw importError('sam.import.notSpreadsheet', { file }, { reason: error instanceof Error ? error.message : String(error) });
  } finally {
    sheet?.destroy();
    parts?.close();
  }
}

/** What the worksheet's cells refer to: sheet names, shared strings, number formats (for dates). */
async function readWorkbookParts(reader: WorkbookReaderParts, parts: XlsxParts): Promise<void> {
  const rels = await parts.open(XLSX_PART.workbookRels);
  if (rels) await reader._parseRels(rels);
  const workbook = await parts.open(XLSX_PART.workbook);
  if (workbook) await reader._parseWorkbook(workbook);
  const sharedStrings = await parts.open(XLSX_PART.sharedStrings);
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(sharedStrings)); // 'cache': yields nothing, keeps them
  const styles = await parts.open(XLSX_PART.styles);
  if (styles) await reader._parseStyles(styles);
}

/** exceljs row values are 1-based and sparse; cells are returned 0-based and dense. */
function rowCells(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): string[] {
  const list = Array.isArray(values) ? values : Object.values(values);
  const cells: string[] = [];
  for (let index = 1; index < list.length; index++) cells.push(cellText(list[index]));
  return cells;
}

export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
