/**
 * XLSX → rows with exceljs's streaming reader: the first worksheet, row by row, without loading the
 * workbook. Cell values become the text a user sees (dates as YYYY-MM-DD, formulas as their result).
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportError } from './errors';
import { type SheetRow, type SheetSource, isBlankRow, withHeader } from './rows';

export async function readXlsxFile(path: string, options: { file?: string } = {}): Promise<SheetSource> {
  const file = options.file ?? basename(path);
  return withHeader(file, 'xlsx', null, xlsxRows(path, file)[Symbol.asyncIterator]());
}

async function* xlsxRows(path: string, file: string): AsyncGenerator<SheetRow> {
  const stream = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const cells = rowCells(row.values);
        if (!isBlankRow(cells)) yield { rowNumber: row.number, cells };
      }
      return; // the first worksheet is the data
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('sam.import.notSpreadsheet', { file }, { reason: error instanceof Error ? error.message : String(error) });
  } finally {
    stream.destroy();
  }
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
