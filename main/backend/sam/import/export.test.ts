import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from './csv';
import { neutralizeFormula, writeCsv, writeXlsx } from './export';
import type { SheetRow } from './rows';
import { scratchDir } from '../../../../test/fixtures/sam-files';
import { readXlsxFile } from './xlsx';

let scratch: Awaited<ReturnType<typeof scratchDir>>;
beforeAll(async () => {
  scratch = await scratchDir();
});
afterAll(() => scratch.remove());

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['Office 2019', 'Office 2019'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });
});

const HEADER = ['软件名称', '数量', '到期日', '备注'];
const ROWS = [
  ['金山 WPS', 1200, new Date(Date.UTC(2025, 11, 31)), '=cmd|" /C calc"!A0'],
  ['微软 "Office", 专业版', -3, null, '第一行\n第二行'],
];

async function rowsOf(source: { rows: AsyncIterable<SheetRow> }): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of source.rows) rows.push(row.cells);
  return rows;
}

describe('export', () => {
  it('CSV: UTF-8 with BOM, quoted where needed, formulas neutralized, numbers left alone', async () => {
    const path = scratch.path('位置.csv');
    expect(await writeCsv(path, HEADER, ROWS)).toEqual({ rows: 2 });
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const source = await readCsvFile(path);
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.header.cells).toEqual(HEADER);
    expect(await rowsOf(source)).toEqual([
      ['金山 WPS', '1200', '2025-12-31', `'=cmd|" /C calc"!A0`],
      ['微软 "Office", 专业版', '-3', '', '第一行\n第二行'],
    ]);
  });

  it('XLSX: one sheet per register, formulas neutralized, numbers as numbers', async () => {
    const path = scratch.path('registers.xlsx');
    async function* generated() {
      for (let index = 0; index < 3; index++) yield [`@item${index}`, index];
    }
    expect(
      await writeXlsx(path, [
        { name: '许可/位置', header: HEADER, rows: ROWS },
        { name: 'second', header: ['a', 'b'], rows: generated() },
      ]),
    ).toEqual({ rows: 5 });
    const source = await readXlsxFile(path);
    expect(source.header.cells).toEqual(HEADER);
    expect(await rowsOf(source)).toEqual([
      ['金山 WPS', '1200', '2025-12-31', `'=cmd|" /C calc"!A0`],
      ['微软 "Office", 专业版', '-3', '', '第一行\n第二行'],
    ]);
  });

  it('a cancelled export leaves no file behind', async () => {
    const controller = new AbortController();
    function* endless() {
      for (let index = 0; ; index++) {
        if (index === 1_500) controller.abort();
        yield [`row ${index}`];
      }
    }
    await expect(writeCsv(scratch.path('cancelled.csv'), ['x'], endless(), { signal: controller.signal })).rejects.toMatchObject({
      code: 'sam.import.cancelled',
    });
    const names = await readdir(scratch.path('.'));
    expect(names.filter((name) => name.startsWith('cancelled'))).toEqual([]);
  });
});
