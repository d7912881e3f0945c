/**
 * The one shape every spreadsheet reader produces: a header row and an async stream of data rows, each
 * with the row number a user sees in Excel (1-based, counting the header and blank rows).
 */
import type { DetectedEncoding } from './decode';
import { importError } from './errors';

export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

export interface SheetSource {
  file: string;
  format: 'csv' | 'xlsx';
  /** The text encoding a CSV was read in; null for XLSX. */
  encoding: DetectedEncoding | null;
  header: SheetRow;
  /** Data rows after the header, blank rows left out. Can be iterated once. */
  rows: AsyncIterable<SheetRow>;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Takes the first row as the header; a source with no rows at all is an empty file. Readers leave blank
 * rows out themselves, so the data rows pass straight through: no extra promise per row.
 */
export async function withHeader(
  file: string,
  format: SheetSource['format'],
  encoding: DetectedEncoding | null,
  rows: AsyncIterator<SheetRow>,
): Promise<SheetSource> {
  let first = await rows.next();
  while (!first.done && isBlankRow(first.value.cells)) first = await rows.next();
  if (first.done) throw importError('sam.import.emptyFile', { file });
  const header = { rowNumber: first.value.rowNumber, cells: first.value.cells.map((cell) => cell.trim()) };
  return { file, format, encoding, header, rows: { [Symbol.asyncIterator]: () => rows } };
}

/**
 * The first `count` data rows, and a source that yields them again before the rest: the mapping looks at
 * a sample of the content without the file being read twice.
 */
export async function peekRows(source: SheetSource, count: number): Promise<{ sample: SheetRow[]; source: SheetSource }> {
  const iterator = source.rows[Symbol.asyncIterator]();
  const sample: SheetRow[] = [];
  let exhausted = false;
  while (sample.length < count) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    sample.push(next.value);
  }
  let replayed = 0;
  const replaying: AsyncIterator<SheetRow> = {
    next: () => {
      if (replayed < sample.length) return Promise.resolve({ done: false, value: sample[replayed++] as SheetRow });
      return exhausted ? Promise.resolve({ done: true, value: undefined }) : iterator.next();
    },
    return: async () => {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
  };
  return { sample, source: { ...source, rows: { [Symbol.asyncIterator]: () => replaying } } };
}
