import { randomBytes } from 'node:crypto';
import { truncate } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { openSpreadsheet } from './open';
import type { SheetRow, SheetSource } from './rows';
import { LIMITS } from '../../../../shared/contract/limits';
import { scratchDir, writeSharedStringsBomb, writeWorkbook } from '../../../../test/fixtures/sam-files';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir();
});
afterAll(() => scratch.remove());

async function allRows(source: SheetSource): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return rows;
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const CSV = '厂商,软件名称,版本,计算机名\r\n金山,WPS Office,2019,PC-001\r\n\r\n微软,"Office, 专业版","16.0",PC-002\r\n';

describe('CSV', () => {
  it.each([
    { name: 'GBK', bytes: iconv.encode(CSV, 'gbk'), encoding: 'gb18030' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)]), encoding: 'utf-8-bom' },
    { name: 'UTF-8', bytes: Buffer.from(CSV), encoding: 'utf-8' },
  ])('reads a $name CSV with Excel row numbers (blank rows counted, not returned)', async ({ name, bytes, encoding }) => {
    const source = await openSpreadsheet(await scratch.write(`${name}.csv`, bytes));
    expect(source).toMatchObject({
      format: 'csv',
      encoding,
      file: `${name}.csv`,
      header: { rowNumber: 1, cells: ['厂商', '软件名称', '版本', '计算机名'] },
    });
    expect(await allRows(source)).toEqual([
      { rowNumber: 2, cells: ['金山', 'WPS Office', '2019', 'PC-001'] },
      { rowNumber: 4, cells: ['微软', 'Office, 专业版', '16.0', 'PC-002'] },
    ]);
  });

  it('detects tab-separated text and skips leading blank lines before the header', async () => {
    const source = await openSpreadsheet(await scratch.write('tabs.txt', '\n\nSoftware\tVersion\nVisio\t2016\n'));
    expect(source.header).toEqual({ rowNumber: 3, cells: ['Software', 'Version'] });
    expect(await allRows(source)).toEqual([{ rowNumber: 4, cells: ['Visio', '2016'] }]);
  });

  it('the encoding can be forced', async () => {
    const source = await openSpreadsheet(await scratch.write('forced.csv', iconv.encode(CSV, 'gbk')), { encoding: 'gbk' });
    expect(source.header.cells[1]).toBe('软件名称');
    await expect(openSpreadsheet(scratch.path('forced.csv'), { encoding: 'utf8' })).rejects.toMatchObject({ code: 'sam.import.notUtf8' });
  });
});

describe('XLSX', () => {
  it('reads the first worksheet: numbers, dates, rich text and formulas as the text a user sees', async () => {
    const path = scratch.path('清单.xlsx');
    await writeWorkbook(path, [
      ['厂商', '软件名称', '数量', '到期日', '备注'],
      [
        '微软',
        { richText: [{ text: 'Office ' }, { text: '2019', font: { bold: true } }] },
        1200,
        new Date(Date.UTC(2025, 5, 30)),
        { formula: '1+1', result: 2 },
      ],
      [],
      ['Adobe', 'Acrobat', 5, '2026/1/1', null],
    ]);
    const source = await openSpreadsheet(path);
    expect(source).toMatchObject({ format: 'xlsx', encoding: null, file: '清单.xlsx', header: { rowNumber: 1 } });
    expect(await allRows(source)).toEqual([
      { rowNumber: 2, cells: ['微软', 'Office 2019', '1200', '2025-06-30', '2'] },
      { rowNumber: 4, cells: ['Adobe', 'Acrobat', '5', '2026/1/1'] },
    ]);
  });

  it('a shared-strings bomb (1 KB per MB inflated) is refused from the zip directory, naming the part', async () => {
    const path = scratch.path('bomb.xlsx');
    await writeSharedStringsBomb(path, LIMITS.maxSpreadsheetSharedStringsBytes + 1024 ** 2);
    const error = await errorOf(openSpreadsheet(path));
    expect(error).toMatchObject({
      code: 'sam.import.partTooLarge',
      details: { file: 'bomb.xlsx' },
      params: { part: 'xl/sharedStrings.xml', limit: '64 MiB' },
    });
  });

  it('a bomb whose zip directory understates the size is stopped at the declared size while inflating', async () => {
    const path = scratch.path('liar.xlsx');
    await writeSharedStringsBomb(path, LIMITS.maxSpreadsheetSharedStringsBytes + 1024 ** 2, { understate: true });
    const error = await errorOf(openSpreadsheet(path));
    expect(error).toMatchObject({
      code: 'sam.import.partLargerThanDeclared',
      details: { file: 'liar.xlsx' },
      params: { part: 'xl/sharedStrings.xml', declared: '1 KiB' },
    });
  });

  it('a renamed XLSX is read as XLSX whatever its extension', async () => {
    const path = scratch.path('really-xlsx.csv');
    await writeWorkbook(path, [['Software'], ['Visio']]);
    expect((await openSpreadsheet(path)).format).toBe('xlsx');
  });
});

describe('files that are not spreadsheets', () => {
  it('an empty file', async () => {
    const error = await errorOf(openSpreadsheet(await scratch.write('empty.csv', '')));
    expect(error).toMatchObject({ code: 'sam.import.emptyFile', details: { file: 'empty.csv' } });
  });

  it('a file of blank lines is empty too', async () => {
    expect(await errorOf(openSpreadsheet(await scratch.write('blank.csv', '\r\n , \r\n')))).toMatchObject({ code: 'sam.import.emptyFile' });
  });

  it('an XLSX whose worksheet has no rows', async () => {
    const path = scratch.path('empty.xlsx');
    await writeWorkbook(path, []);
    expect(await errorOf(openSpreadsheet(path))).toMatchObject({ code: 'sam.import.emptyFile', details: { file: 'empty.xlsx' } });
  });

  it('a 50 MB binary renamed .csv is refused from its first bytes', async () => {
    const path = await scratch.write('video.csv', randomBytes(50 * 1024 * 1024));
    expect(await errorOf(openSpreadsheet(path))).toMatchObject({ code: 'sam.import.binaryFile', details: { file: 'video.csv' } });
  });

  it('a legacy .xls', async () => {
    const path = await scratch.write('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(await errorOf(openSpreadsheet(path))).toMatchObject({ code: 'sam.import.legacyXls', details: { file: 'old.xls' } });
  });

  it('a zip that is not a workbook', async () => {
    const path = await scratch.write('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(2000)]));
    expect(await errorOf(openSpreadsheet(path))).toMatchObject({ code: 'sam.import.notSpreadsheet', details: { file: 'broken.xlsx' } });
  });

  it('a file over the workspace import limit is refused before anything is read', async () => {
    const path = await scratch.write('big.csv', '');
    await truncate(path, LIMITS.maxImportFileBytes + 1); // sparse: the size is all that is looked at
    await expect(openSpreadsheet(path)).rejects.toMatchObject({
      code: 'error.file.tooLarge',
      details: { file: 'big.csv' },
      params: { limit: '256 MiB' },
    });
  });
});
