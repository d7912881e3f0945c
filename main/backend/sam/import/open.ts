/**
 * Opens a file the user picked as a spreadsheet, deciding by content, not by extension: a zip is XLSX,
 * an OLE2 container is a legacy .xls (not supported: save it as .xlsx), anything binary is refused, and
 * text is CSV. A 50 MB binary renamed .csv is refused after reading its first 64 KB; a file over
 * LIMITS.maxImportFileBytes before reading anything.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { assertSizeWithin } from '../../limits';
import { readCsvFile } from './csv';
import { type EncodingChoice, SNIFF_BYTES, looksBinary } from './decode';
import { AppError } from '../../errors';
import { importError } from './errors';
import type { SheetSource } from './rows';
import { readXlsxFile } from './xlsx';

export interface OpenOptions {
  encoding?: EncodingChoice;
}

export async function openSpreadsheet(path: string, options: OpenOptions = {}): Promise<SheetSource> {
  const file = basename(path);
  const { size } = await stat(path).catch((error: unknown) => {
    throw unreadable(error);
  });
  if (size === 0) throw importError('sam.import.emptyFile', { file });
  assertSizeWithin(size, 'maxImportFileBytes', file); // the workspace's one limit for a file an importer reads

  const head = await readHead(path, Math.min(size, SNIFF_BYTES)).catch((error: unknown) => {
    throw unreadable(error);
  });
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return readXlsxFile(path, { file });
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw importError('sam.import.legacyXls', { file });
  if (looksBinary(head)) throw importError('sam.import.binaryFile', { file });
  return readCsvFile(path, { file, ...(options.encoding ? { encoding: options.encoding } : {}) });
}

/** A file that is missing, a folder or not ours to read: named by its path, as every door shows it. */
function unreadable(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR') return error;
  const file = (error as NodeJS.ErrnoException).path ?? '';
  return new AppError('error.file.read', { file, detail: code }, { file });
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
