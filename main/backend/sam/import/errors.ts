/**
 * A file-level import failure: a stable code (worded by shared/i18n/sam.ts) and where it applies.
 * Row-level problems are not errors but findings, collected in the import plan.
 */
import type { ErrorDetails } from '../../../../shared/contract/core';

export type ImportErrorCode =
  | 'sam.import.emptyFile'
  | 'sam.import.binaryFile'
  | 'sam.import.notSpreadsheet'
  | 'sam.import.legacyXls'
  | 'sam.import.notUtf8'
  | 'sam.import.tooManyRows'
  | 'sam.import.tooManyParts'
  | 'sam.import.partTooLarge'
  | 'sam.import.partsTooLarge'
  | 'sam.import.partLargerThanDeclared'
  | 'sam.import.missingColumn'
  | 'sam.import.mappingColumnNotFound'
  | 'sam.import.kindUndetected'
  | 'sam.import.cancelled'
  | 'sam.import.noColumnRecognised'
  | 'sam.import.valueMapInvalid'
  | 'sam.import.constantInvalid'
  | 'sam.aliases.conflict';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly details: ErrorDetails;
  readonly params: Record<string, string | number>;
  /** The fields the message is about, named by their labels in the user's language where it is worded (import-jobs.ts). */
  readonly fields: readonly string[];

  constructor(code: ImportErrorCode, details: ErrorDetails = {}, params: Record<string, string | number> = {}, fields: readonly string[] = []) {
    super(`${code}${details.file ? ` (${details.file})` : ''}${details.column ? ` [${details.column}]` : ''}`);
    this.name = 'ImportError';
    this.code = code;
    this.details = details;
    this.fields = fields;
    // The file and column go into the params too, so the message table can name them.
    this.params = { ...(details.file === undefined ? {} : { file: details.file }), ...(details.column === undefined ? {} : { column: details.column }), ...params };
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, file?: string): void {
  if (signal?.aborted) throw new ImportError('sam.import.cancelled', file === undefined ? {} : { file });
}
