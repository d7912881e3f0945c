/**
 * Registers and positions → CSV or XLSX. CSV is UTF-8 with a BOM and CRLF line ends, which is what makes
 * Excel on Chinese Windows open it with the characters intact. Text that begins like a formula is
 * neutralized in both formats. A file is written under a temporary name and renamed at the end, so a
 * failed or cancelled export never leaves half a file behind.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { exceljs } from '../../heavy-modules';
import { throwIfAborted } from './errors';

export type ExportCell = string | number | boolean | Date | null | undefined;
export type ExportRows = Iterable<readonly ExportCell[]> | AsyncIterable<readonly ExportCell[]>;

export interface ExportSheet {
  name: string;
  header: readonly string[];
  rows: ExportRows;
}

export interface ExportOptions {
  signal?: AbortSignal;
  /** Called with the number of rows written so far, every 1,000 rows. */
  onProgress?: (rowsWritten: number) => void;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return, which some
 * spreadsheets skip before looking) gets a leading apostrophe, so it is shown, never executed.
 * Only text is touched: numbers are numbers, -5 is not a formula.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: ExportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return neutralizeFormula(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function csvField(cell: ExportCell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly ExportCell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: ExportRows,
  options: ExportOptions = {},
): Promise<{ rows: number }> {
  return writeAtomically(path, async (partial) => {
    const out = createWriteStream(partial);
    const closed = once(out, 'close');
    let written = 0;
    try {
      const write = async (chunk: string) => {
        if (!out.write(chunk)) await once(out, 'drain');
      };
      await write('\ufeff' + csvLine(header));
      let batch = '';
      for await (const row of rows) {
        batch += csvLine(row);
        written++;
        if (written % 1_000 === 0) {
          throwIfAborted(options.signal);
          await write(batch);
          batch = '';
          options.onProgress?.(written);
        }
      }
      await write(batch);
      out.end();
      await closed;
    } catch (error) {
      out.destroy();
      throw error;
    }
    return { rows: written };
  });
}

export async function writeXlsx(path: string, sheets: readonly ExportSheet[], options: ExportOptions = {}): Promise<{ rows: number }> {
  return writeAtomically(path, async (partial) => {
    const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({ filename: partial, useStyles: true, useSharedStrings: false });
    let written = 0;
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
      const headerRow = worksheet.addRow(sheet.header.map(cellText));
      headerRow.font = { bold: true };
      headerRow.commit();
      for await (const row of sheet.rows) {
        worksheet.addRow(row.map(xlsxValue)).commit();
        written++;
        if (written % 1_000 === 0) {
          throwIfAborted(options.signal);
          options.onProgress?.(written);
        }
      }
      worksheet.commit();
    }
    await workbook.commit();
    return { rows: written };
  });
}

function xlsxValue(cell: ExportCell): ExcelJS.CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string') return neutralizeFormula(cell);
  return cell;
}

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

async function writeAtomically<T>(path: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${path}.partial`;
  try {
    const result = await write(partial);
    await rename(partial, path);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
