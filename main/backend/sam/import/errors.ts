/**
 * A file-level import failure is an AppError: a stable code (worded by shared/i18n/sam.ts) and where it
 * applies. Row-level problems are not errors but findings, collected in the import plan.
 */
import type { ErrorDetails } from '../../../../shared/contract/core';
import { hasMessage, translate, type Locale } from '../../../../shared/i18n';
import { AppError } from '../../errors';

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
  | 'sam.import.constantInvalid';

/** The refusal of a file; its name and the column go into the params too, so the message can name them. */
export function importError(code: ImportErrorCode, details: ErrorDetails = {}, params: Record<string, string | number> = {}): AppError {
  const where = {
    ...(details.file === undefined ? {} : { file: details.file }),
    ...(details.column === undefined ? {} : { column: details.column }),
  };
  return new AppError(code, { ...where, ...params }, details);
}

/** A field as the user knows it: its label ("许可模式"), never its id. */
export function fieldLabel(locale: Locale, field: string): string {
  const key = `sam.field.${field}`;
  return hasMessage(key) ? translate(locale, key) : field;
}

/** The fields a refusal is about, by their labels, as its message's {fields}. */
export function fieldLabels(locale: Locale, fields: readonly string[]): string {
  return fields.map((field) => fieldLabel(locale, field)).join(' / ');
}

export function throwIfAborted(signal: AbortSignal | undefined, file?: string): void {
  if (signal?.aborted) throw importError('sam.import.cancelled', file === undefined ? {} : { file });
}
