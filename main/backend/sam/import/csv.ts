/**
 * CSV (and tab- or semicolon-separated text) → rows, streamed through papaparse so a 100,000-row file
 * never exists as one big array. The delimiter is detected from the text.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { type DetectedEncoding, type EncodingChoice, decodeText } from './decode';
import { type SheetRow, type SheetSource, withHeader } from './rows';

const SLICE_CHARS = 256 * 1024;

export async function readCsvFile(path: string, options: { encoding?: EncodingChoice; file?: string } = {}): Promise<SheetSource> {
  const file = options.file ?? basename(path);
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes, { encoding: options.encoding ?? 'auto', file });
  return csvTextSource(text, file, encoding);
}

export function csvTextSource(text: string, file: string, encoding: DetectedEncoding | null): Promise<SheetSource> {
  return withHeader(file, 'csv', encoding, csvRows(text)[Symbol.asyncIterator]());
}

async function* csvRows(text: string): AsyncGenerator<SheetRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const input = Readable.from(slices(text), { objectMode: false });
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<unknown>) {
      rowNumber++;
      yield { rowNumber, cells: Array.isArray(record) ? record.map(String) : [] };
    }
  } finally {
    input.destroy();
    parser.destroy();
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

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += SLICE_CHARS) yield text.slice(start, start + SLICE_CHARS);
}
