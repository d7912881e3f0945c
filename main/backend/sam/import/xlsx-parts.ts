/**
 * The parts of an XLSX the import reads, found through the zip's central directory, with what they inflate
 * to bounded (LIMITS.maxSpreadsheet*). An XLSX is a zip, and a 2 MB zip can hold shared strings that
 * inflate to gigabytes, which the reader would keep in memory. So the sizes the directory declares are
 * checked before a byte is inflated, and the bytes are counted again while inflating, in case the
 * directory understates them. Parts the import never reads (images, other sheets) are not inflated at all.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import { LIMITS, formatBytes } from '../../../../shared/contract/limits';
import { AppError } from '../../errors';
import { importError } from './errors';

export const XLSX_PART = {
  workbookRels: 'xl/_rels/workbook.xml.rels',
  workbook: 'xl/workbook.xml',
  sharedStrings: 'xl/sharedStrings.xml',
  styles: 'xl/styles.xml',
} as const;

/** exceljs's own rule for a worksheet part; the first one in the archive is the data. */
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export interface XlsxParts {
  /** The first worksheet part and its number (sheetN.xml), if the workbook has one. */
  firstSheet: { name: string; number: string } | undefined;
  /** A part's inflated bytes, counted as they pass; undefined when the workbook lacks the part. */
  open(name: string): Promise<Readable | undefined>;
  close(): void;
}

export async function openXlsxParts(path: string, file: string): Promise<XlsxParts> {
  const zipfile = await openZip(path, file);
  try {
    if (zipfile.entryCount > LIMITS.maxSpreadsheetParts) {
      throw importError('sam.import.tooManyParts', { file }, { count: zipfile.entryCount, limit: LIMITS.maxSpreadsheetParts });
    }
    const { wanted, firstSheet } = await findParts(zipfile, file);
    checkDeclaredSizes(wanted, file);
    return {
      firstSheet,
      open: async (name) => {
        const entry = wanted.get(name);
        return entry === undefined ? undefined : countedStream(await openEntry(zipfile, entry, file), entry, file);
      },
      close: () => zipfile.close(),
    };
  } catch (error) {
    zipfile.close();
    throw error;
  }
}

function openZip(path: string, file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Sizes are checked by countedStream (with a named error), not by yauzl's own generic one.
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false }, (error, zipfile) =>
      error ? reject(notSpreadsheet(file, error)) : resolve(zipfile),
    );
  });
}

/** The parts the import reads, by name (the first of each, should a name repeat), and the first worksheet. */
function findParts(
  zipfile: yauzl.ZipFile,
  file: string,
): Promise<{ wanted: Map<string, yauzl.Entry>; firstSheet: XlsxParts['firstSheet'] }> {
  const known = new Set<string>(Object.values(XLSX_PART));
  const wanted = new Map<string, yauzl.Entry>();
  let firstSheet: XlsxParts['firstSheet'];
  return new Promise((resolve, reject) => {
    zipfile.on('entry', (entry: yauzl.Entry) => {
      const sheet = SHEET_PART.exec(entry.fileName);
      if (sheet && firstSheet === undefined) firstSheet = { name: entry.fileName, number: sheet[1] ?? '' };
      if ((known.has(entry.fileName) || entry.fileName === firstSheet?.name) && !wanted.has(entry.fileName))
        wanted.set(entry.fileName, entry);
      zipfile.readEntry();
    });
    zipfile.once('end', () => resolve({ wanted, firstSheet }));
    zipfile.once('error', (error: Error) => reject(notSpreadsheet(file, error)));
    zipfile.readEntry();
  });
}

function partLimit(name: string): number {
  if (name === XLSX_PART.sharedStrings) return LIMITS.maxSpreadsheetSharedStringsBytes;
  if (SHEET_PART.test(name)) return LIMITS.maxSpreadsheetSheetBytes;
  return LIMITS.maxSpreadsheetOtherPartBytes;
}

/** Refuses, from the directory alone, a part or a sum of parts that would inflate past its limit. */
function checkDeclaredSizes(wanted: Map<string, yauzl.Entry>, file: string): void {
  let total = 0;
  for (const [name, entry] of wanted) {
    const limit = partLimit(name);
    if (entry.uncompressedSize > limit) throw partTooLarge(file, name, entry.uncompressedSize, limit);
    total += entry.uncompressedSize;
  }
  if (total > LIMITS.maxSpreadsheetInflatedBytes) {
    throw importError(
      'sam.import.partsTooLarge',
      { file },
      { size: formatBytes(total), limit: formatBytes(LIMITS.maxSpreadsheetInflatedBytes) },
    );
  }
}

function partTooLarge(file: string, part: string, size: number, limit: number): AppError {
  return importError('sam.import.partTooLarge', { file }, { part, size: formatBytes(size), limit: formatBytes(limit) });
}

function notSpreadsheet(file: string, error: unknown): AppError {
  return importError('sam.import.notSpreadsheet', { file }, { reason: error instanceof Error ? error.message : String(error) });
}

function openEntry(zipfile: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => (error ? reject(notSpreadsheet(file, error)) : resolve(stream)));
  });
}

/**
 * The inflated bytes, failing as soon as they pass the size the directory declared (already checked
 * against the limit): a directory that lies stops the read there, not after gigabytes.
 */
function countedStream(inflated: Readable, entry: yauzl.Entry, file: string): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > entry.uncompressedSize) {
        callback(
          importError(
            'sam.import.partLargerThanDeclared',
            { file },
            { part: entry.fileName, declared: formatBytes(entry.uncompressedSize) },
          ),
        );
      } else callback(null, chunk);
    },
  });
  inflated.on('error', (error) => counter.destroy(error instanceof AppError ? error : notSpreadsheet(file, error)));
  counter.on('close', () => inflated.destroy());
  return inflated.pipe(counter);
}
