/**
 * Enforcing the workspace's limits (shared/contract/limits.ts) with one message per kind of limit, so every
 * importer and store says the same thing: which file or field, how big it is, and what the limit is.
 */
import fs from 'node:fs';
import { formatBytes, LIMITS, type LimitName } from '../../shared/contract/limits';
import { AppError } from './errors';

type ByteLimit = Extract<LimitName, 'maxUploadBytes' | 'maxAttachmentBytes' | 'maxImportFileBytes'>;

/** Refuses a size over a byte limit; `file` is named in the message and the error's details. */
export function assertSizeWithin(size: number, limit: ByteLimit, file: string): void {
  if (size > LIMITS[limit]) {
    throw new AppError('error.file.tooLarge', { file, size: formatBytes(size), limit: formatBytes(LIMITS[limit]) }, { file });
  }
}

/** Refuses a file over a byte limit before anything reads it; a missing file is a read error naming it. */
export function assertFileWithin(file: string, limit: ByteLimit): number {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  assertSizeWithin(size, limit, file);
  return size;
}

/**
 * Refuses a register (a table the data JSON exports as one list) growing past the row limit: the
 * workspace's own export must always import back, and the import holds each list to that same limit.
 * `register` is the register's name as the caller's language has it.
 */
export function assertRegisterWithin(count: number, register: string, field: string): void {
  if (count > LIMITS.maxImportRows)
    throw new AppError('error.import.registerFull', { register, count, limit: LIMITS.maxImportRows }, { field });
}

/** Refuses an import list longer than the row limit; `where` names the field (or file) it came from. */
export function assertRowsWithin(rows: number, where: { field?: string; file?: string }): void {
  if (rows > LIMITS.maxImportRows) {
    const name = where.field ?? where.file ?? '';
    throw new AppError('error.import.tooManyRows', { where: name, rows, limit: LIMITS.maxImportRows }, where);
  }
}
