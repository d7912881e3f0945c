/**
 * CSV (and tab- or semicolon-separated text) → rows, streamed through papaparse so a 100,000-row file
 * never exists as one big array. The delimiter is detected from the text.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { type DetectedEncoding, type EncodingChoice, decodeText } from './decode';
import { type SheetRow, type SheetSource, withHeader } from './rows';

const CHUNK_CHARS = 1024 * 1024;

export async function readCsvFile(path: string, options: { encoding?: EncodingChoice; file?: string } = {}): Promise<SheetSource> {
  const file = options.file ?? basename(path);
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes, { encoding: options.encoding ?? 'auto', file });
  return csvTextSource(text, file, encoding);
}

export function csvTextSource(text: string, file: string, encoding: DetectedEncoding | null): Promise<SheetSource> {
  return withHeader(file, 'csv', encoding, csvRows(text)[Symbol.asyncIterator]());
}

/**
 * papaparse over the text in 1 MB chunks, pausing after each chunk so rows are handed out batch by batch:
 * only one chunk's rows exist at a time. (Its Node stream mode does the same but is some thirty times slower.)
 */
async function* csvRows(text: string): AsyncGenerator<SheetRow> {
  // Filled by papaparse's callbacks; an object so the type checker does not assume the initial values stay.
  const state: { parser: Papa.Parser | undefined; batch: unknown[] | null; finished: boolean } = { parser: undefined, batch: null, finished: false };
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
  let rowNumber = 0;
  try {
    for (;;) {
      const records = state.batch;
      state.batch = null;
      for (const record of records ?? []) {
        rowNumber++;
        yield { rowNumber, cells: Array.isArray(record) ? record.map(String) : [] };
      }
      if (state.finished || state.parser === undefined) return;
      state.parser.resume();
    }
  } finally {
    if (!state.finished) state.parser?.abort();
  }
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
