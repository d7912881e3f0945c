/**
 * The workspace's size limits, in one place: the backend enforces them, the pages and the CLI name them in
 * messages, the tests push against them. Each is generous for real use (a central SOE's spreadsheets, a
 * filing package with its evidence) and small enough that the app stays responsive at the limit.
 * Filing packages have their own structural bounds in ./filing/limits.ts.
 */
export const LIMITS = {
  /** One file uploaded from the page into the staging folder (a spreadsheet, a package, a backup). */
  maxUploadBytes: 2 * 1024 ** 3,
  /** One evidence file added to the attachment store. */
  maxAttachmentBytes: 512 * 1024 ** 2,
  /** A file an importer reads whole: a data JSON document, a template, a catalog, a CSV or XLSX sheet. */
  maxImportFileBytes: 256 * 1024 ** 2,
  /** Records in one list of an import (a data JSON section, a sheet's rows). */
  maxImportRows: 200_000,
  /**
   * XLSX is a zip: a 2 MB file can inflate to gigabytes. These bound what the SAM import inflates, read
   * from the zip's central directory before anything is inflated and counted again while inflating.
   * One worksheet, streamed row by row (200,000 rows of 20 columns are about 180 MB of XML) …
   */
  maxSpreadsheetSheetBytes: 256 * 1024 ** 2,
  /** … the shared strings, which the reader holds in memory for the whole import (a few times their size) … */
  maxSpreadsheetSharedStringsBytes: 64 * 1024 ** 2,
  /** … every other part it reads whole (workbook, relationships, styles) … */
  maxSpreadsheetOtherPartBytes: 16 * 1024 ** 2,
  /** … and all the parts it reads together. */
  maxSpreadsheetInflatedBytes: 320 * 1024 ** 2,
  /** Entries in an XLSX's central directory (a workbook has tens; each costs a little time to list). */
  maxSpreadsheetParts: 10_000,
  /**
   * Nesting of a JSON file the user picked (a data JSON document is about eight levels deep): checked before
   * parsing, so a 50,000-deep document is refused by name rather than running validation out of stack.
   */
  maxJsonDepth: 64,
  /**
   * scrypt parameters read from a signing keystore (main/backend/filing/keys.ts): its memory, 128·N·r
   * bytes (the keystores Denggao writes use 128 MiB), and its parallelism p (the time grows with it).
   */
  maxScryptMemoryBytes: 256 * 1024 ** 2,
  maxScryptParallelism: 4,
  /** A before/after value in the audit log larger than this is recorded by its SHA-256 and size. */
  maxAuditValueBytes: 64 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A byte count as people read it in a limit message: 2 GiB, 512 MiB, 64 KiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
