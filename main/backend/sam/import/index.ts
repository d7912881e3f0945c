/**
 * SAM file import and export. The usual sequence:
 *   const { source, mapping } = await prepareImport(path, { kind: 'auto' });
 *   const plan = await planImport({ source, mapping, existing: (key) => repository.get(key), signal, onProgress });
 *   // show plan; commit plan.added + plan.updated in one transaction (all-or-nothing when plan.rejected is empty)
 */
import type { SamKind } from '../../../../shared/contract/sam/schemas';
import type { Locale } from '../../../../shared/i18n';
import type { EncodingChoice } from './decode';
import { type ColumnMapping, resolveMapping } from './mapping';
import { openSpreadsheet } from './open';
import { peekRows, type SheetSource } from './rows';

export interface PrepareOptions {
  kind?: SamKind | 'auto';
  encoding?: EncodingChoice;
  /** Field → header text, from the mapping screen or a saved profile. */
  columns?: Record<string, string>;
  /** Field → the file's word → the value it stands for. */
  values?: Record<string, Record<string, string>>;
  /** Field → text every row takes. */
  constants?: Record<string, string>;
  /** The language a refusal names its fields in. */
  locale?: Locale;
}

/** Data rows the mapping looks at to recognise columns by their content (and the mapping screen lists values from). */
export const CONTENT_SAMPLE_ROWS = 200;

/** Opens the file and maps its columns; throws an AppError for a file that cannot be imported at all. */
export async function prepareImport(path: string, options: PrepareOptions = {}): Promise<{ source: SheetSource; mapping: ColumnMapping }> {
  const { sample, source } = await peekRows(
    await openSpreadsheet(path, options.encoding ? { encoding: options.encoding } : {}),
    CONTENT_SAMPLE_ROWS,
  );
  try {
    const mapping = resolveMapping(source.header.cells, {
      kind: options.kind ?? 'auto',
      file: source.file,
      sample: sample.map((row) => row.cells),
      ...(options.columns ? { columns: options.columns } : {}),
      ...(options.values ? { values: options.values } : {}),
      ...(options.constants ? { constants: options.constants } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
    return { source, mapping };
  } catch (error) {
    await source.rows[Symbol.asyncIterator]().return?.();
    throw error;
  }
}

export * from './decode';
export * from './errors';
export * from './export';
export * from './fields';
export * from './mapping';
export * from './normalize';
export * from './open';
export * from './plan';
export * from './rows';
export { readXlsxFile } from './xlsx';
export { readCsvFile } from './csv';
