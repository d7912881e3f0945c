/** Test helpers: a scratch directory per test file, and writing fixtures into it. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export async function scratchDir(): Promise<{ path: (name: string) => string; write: (name: string, bytes: Uint8Array | string) => Promise<string>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sam-import-'));
  return {
    path: (name) => join(dir, name),
    write: async (name, bytes) => {
      await writeFile(join(dir, name), bytes);
      return join(dir, name);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An XLSX written by exceljs, the way a user's spreadsheet would hold these values. */
export async function writeWorkbook(path: string, rows: ExcelJS.CellValue[][], options: { blankFirstSheet?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (options.blankFirstSheet) workbook.addWorksheet('说明');
  const sheet = workbook.addWorksheet('数据');
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}
