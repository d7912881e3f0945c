/**
 * One SAM bench measurement in a process of its own, so its peak RSS is its own:
 *   node --import tsx sam-child.ts <mode> <file> <dataDir>
 * modes: import (sam.import.commit through the backend), raw-csv (papaparse + prepared inserts in one
 * transaction), raw-xlsx (exceljs streaming read + the same inserts). Prints { ms, rows, peakRssMb }.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME, createBackend } from '../../../main/backend';

const [mode, file, dataDir] = process.argv.slice(2) as [string, string, string];

const COLUMNS = [
  'nkey',
  'publisher',
  'name',
  'version',
  'edition',
  'device',
  'user',
  'department',
  'subsidiary',
  'install_date',
  'cores',
  'source',
];

/** The baseline's write: the same table, one prepared statement, one transaction, no checks. */
function rawInsert(rows: string[][]): void {
  const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insert = db.prepare(`INSERT INTO sam_installations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (const [
      publisher = '',
      name = '',
      version = '',
      device = '',
      user = '',
      department = '',
      subsidiary = '',
      installDate = '',
      cores = '',
    ] of rows) {
      insert.run(
        `${publisher}\u001f${name}\u001f${version}\u001f\u001fdevice:${device}`,
        publisher,
        name,
        version,
        '',
        device,
        user,
        department,
        subsidiary,
        installDate,
        Number(cores) || null,
        'bench',
      );
    }
  })();
  db.close();
}

async function xlsxRows(): Promise<string[][]> {
  const rows: string[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet)
      rows.push(
        (row.values as ExcelJS.CellValue[])
          .slice(1)
          .map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''))),
      );
    break;
  }
  return rows.slice(1);
}

async function main(): Promise<{ rows: number }> {
  if (mode === 'import') {
    const backend = createBackend({ dataDir });
    const result = await backend.call('sam.import.commit', { path: file, kind: 'installations' });
    backend.close();
    if (!result.ok) throw new Error(result.error.message);
    return { rows: result.value.added };
  }
  if (mode === 'raw-csv') {
    const text = new TextDecoder().decode(fs.readFileSync(file));
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
    rawInsert(rows);
    return { rows: rows.length };
  }
  const rows = await xlsxRows();
  rawInsert(rows);
  return { rows: rows.length };
}

// The workspace (and its schema) was created by the parent: only the import itself is timed.
const started = performance.now();
const { rows } = await main();
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, rows, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
