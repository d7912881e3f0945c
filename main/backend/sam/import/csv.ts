/**
 * CSV (and tab- or semicolon-separated text) → rows, streamed through papaparse so a 100,000-row file
 * never exists as one big array. The delimiter is detected from the text.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { type DetectedEncoding, type EncodingChoice, decodeText } from './decode';
import { type SheetRow, type SheetSource, isBlankRow, withHeader } from './rows';

const CHUNK_CHARS = 1024 * 1024;

export async function readCsvFile(path: string, options: { encoding?: EncodingChoice; file?: string } = {}): Promise<SheetSource> {
  const file = options.file ?? basename(path);
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes, { encoding: options.encoding ?? 'auto', file });
  return csvTextSource(text, file, encoding);
}

export function csvTextSource(text: string, file: string, encoding: DetectedEncoding | null): Promise<SheetSource> {
  return withHeader(file, 'csv', encoding, csvRows(text));
}

/**
 * papaparse over the text in 1 MB chunks, pausing after each chunk so rows are handed out batch by batch:
 * only one chunk's rows exist at a time. (Its Node stream mode does the same but is some thirty times
 * slower.) The iterator serves a chunk's rows without a promise chain of its own per row, and leaves blank
 * rows out.
 */
function csvRows(text: string): AsyncIterableIterator<SheetRow> {
  // Filled by papaparse's callbacks; an object so the type checker does not assume the initial values stay.
  const state: { parser: Papa.Parser | undefined; batch: unknown[] | null; finished: boolean } = {
    parser: undefined,
    batch: null,
    finished: false,
  };
  Papa.parse<unknown>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (results: Papa.ParseResult<unknown>, chunkParser: Papa.Parser) => {
      state.parser = chunkParser;
      state.batch = results.data;
      chunkParser.pause();
    },
    complete: () => {
      state.finished = true;
    },
  });
  let records: unknown[] = [];
  let position = 0;
  let rowNumber = 0;
  const done: IteratorResult<SheetRow> = { done: true, value: undefined };
  const next = (): IteratorResult<SheetRow> => {
    for (;;) {
      while (position < records.length) {
        const record = records[position++];
        rowNumber++;
        // papaparse (no dynamic typing) gives arrays of strings: taken as they are, not copied per row
        const cells = Array.isArray(record) ? (record as string[]) : [];
        if (!isBlankRow(cells)) return { done: false, value: { rowNumber, cells } };
      }
      if (state.batch !== null) {
        records = state.batch;
        state.batch = null;
        position = 0;
        continue;
      }
      if (state.finished || state.parser === undefined) return done;
      state.parser.resume(); // parses the next chunk synchronously (string input), refilling state.batch
      // Never end early without saying so: a papaparse that resumed later would otherwise cut the file short.
      if (state.batch === null && !state.finished) throw new Error('papaparse did not hand over the next chunk');
    }
  };
  const iterator: AsyncIterableIterator<SheetRow> = {
    next: () => Promise.resolve(next()),
    return: () => {
      if (!state.finished) state.parser?.abort();
      state.finished = true;
      records = [];
      return Promise.resolve(done);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The separator the header line uses most (papaparse's own guess is thrown off by leading blank lines). */
export function guessDelimiter(text: string): string {
  const headerLine = /[^\r\n]*\S[^\r\n]*/.exec(text.slice(0, 64 * 1024))?.[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
