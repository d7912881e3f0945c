/**
 * Cell text → typed values, the way Chinese spreadsheets write them: full-width digits and letters,
 * thousands separators, currency signs, Excel date serials, `YYYY/M/D`, `YYYY-MM-DD`, `YYYY年M月D日`,
 * 是/否. A cell that cannot be read becomes a finding naming its row and column, never a guess.
 */
import type { Finding } from '../../../../shared/contract/core';
import { type SamKind, isValidIsoDate } from '../../../../shared/contract/sam/schemas';
import { hasFullWidth, normalizeWord, resolveChoice, toHalfWidth, vocabulary } from '../../../../shared/domain/sam/choices';
import { BOOLEAN_WORDS, CURRENCY_WORDS, type FieldType, isChoiceType } from './fields';
import type { ColumnMapping } from './mapping';
import type { SheetRow } from './rows';

export type CellValue = string | number | boolean | null;
export type CellResult = { ok: true; value: CellValue } | { ok: false; code: string };

export { normalizeWord, toHalfWidth };

const OK = (value: CellValue): CellResult => ({ ok: true, value });
const FAIL = (code: string): CellResult => ({ ok: false, code });

export function parseDecimal(text: string): CellResult {
  const cleaned = toHalfWidth(text)
    .trim()
    .replace(/^[¥￥$€£]|元$/g, '')
    .trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) return OK(Number(cleaned.replace(/,/g, '')));
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return OK(Number(cleaned));
  return FAIL('sam.value.notANumber');
}

export function parseInteger(text: string): CellResult {
  const number = parseDecimal(text);
  if (!number.ok) return number;
  return Number.isInteger(number.value) ? number : FAIL('sam.value.notAnInteger');
}

/** Excel's day 0 is 1899-12-30 (its serials count the non-existent 1900-02-29, so this holds from March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials accepted as dates: 1927-05-18 … 9999-12-31. Smaller numbers ("2024") are more likely a typo than a date. */
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 2_958_465;

export function excelSerialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function parseDate(text: string): CellResult {
  const cleaned = toHalfWidth(text).trim();
  let match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      cleaned,
    );
  match ??= /^(\d{4})(\d{2})(\d{2})$/.exec(cleaned);
  if (match) {
    const iso = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
    return isValidIsoDate(iso) ? OK(iso) : FAIL('sam.value.invalidDate');
  }
  if (/^\d+(\.\d+)?$/.test(cleaned)) {
    const serial = Number(cleaned);
    if (serial >= MIN_SERIAL && serial <= MAX_SERIAL) return OK(excelSerialToIsoDate(serial));
  }
  return FAIL('sam.value.invalidDate');
}

const BOOLEANS = vocabulary(BOOLEAN_WORDS);
const CURRENCIES = vocabulary(CURRENCY_WORDS);

export function parseBoolean(text: string): CellResult {
  const value = BOOLEANS.get(normalizeWord(text));
  return value === undefined ? FAIL('sam.value.notABoolean') : OK(value === 'true');
}

export function parseCurrency(text: string): CellResult {
  const word = toHalfWidth(text).trim();
  const known = CURRENCIES.get(normalizeWord(word)) ?? CURRENCIES.get(word.toLowerCase());
  if (known !== undefined) return OK(known);
  return /^[a-z]{3}$/i.test(word) ? OK(word.toUpperCase()) : FAIL('sam.entitlement.currencyInvalid');
}

/**
 * One cell by its field's type. An empty cell is null, "not given": a new record takes the field's default,
 * a stored one keeps its value — an import adds and corrects, it never erases.
 */
export function parseCell(type: FieldType, raw: string): CellResult {
  if (type === 'text') return OK(readText(raw));
  const text = withoutNeutralizingQuote(raw.trim());
  if (text === '') return OK(null);
  switch (type) {
    case 'integer':
      return parseInteger(text);
    case 'decimal':
      return parseDecimal(text);
    case 'date':
      return parseDate(text);
    case 'boolean':
      return parseBoolean(text);
    case 'currency':
      return parseCurrency(text);
    default: {
      const choice = isChoiceType(type) ? resolveChoice(type, text) : undefined;
      return choice === undefined ? FAIL('sam.value.invalidChoice') : OK(choice.value);
    }
  }
}

/**
 * Exports put an apostrophe before text that starts like a formula (export.ts); reading such a cell
 * back takes it off again, so a register exported and imported again is unchanged.
 */
function withoutNeutralizingQuote(text: string): string {
  return text.charCodeAt(0) === 0x27 && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Names and codes typed with a Chinese input method often carry full-width letters and digits
 * ("Ｏｆｆｉｃｅ ２０１９"): those become half-width, other characters are kept as written.
 */
function toHalfWidthIfAsciiLike(text: string): string {
  return hasFullWidth(text) ? toHalfWidth(text).trim() : text;
}

const NO_FINDINGS: Finding[] = [];

/** A text cell's value: null when empty ("not given"). The most common column, so no result object. */
function readText(raw: string): string | null {
  const text = withoutNeutralizingQuote(raw.trim());
  return text === '' ? null : toHalfWidthIfAsciiLike(text);
}

/** Distinct texts remembered per typed column (dates, counts, choices repeat down a column); beyond it, cells are read afresh. */
const MEMO_LIMIT = 4_096;

/** A cell of a field, with the user's value mapping for it (normalized word → value) consulted first. */
export function parseMappedCell(type: FieldType, raw: string, values: Record<string, string> | undefined): CellResult {
  const mapped = values === undefined ? undefined : values[normalizeWord(raw)];
  return mapped === undefined ? parseCell(type, raw) : OK(mapped);
}

/** parseMappedCell for one type, remembering the results (plain values, never mutated) of up to MEMO_LIMIT distinct texts. */
function memoizedReader(type: FieldType, valueMap: Record<string, string> | undefined): (raw: string) => CellResult {
  const memo = new Map<string, CellResult>();
  return (raw) => {
    let result = memo.get(raw);
    if (result === undefined) {
      result = parseMappedCell(type, raw, valueMap);
      if (memo.size < MEMO_LIMIT) memo.set(raw, result);
    }
    return result;
  };
}

export interface NormalizedRow {
  rowNumber: number;
  /**
   * Typed values of the mapped fields that could be read and are given: an empty cell ("not given") has no
   * entry, so the plan can take this object as the record's patch without copying it.
   */
  values: Record<string, NonNullable<CellValue>>;
  findings: Finding[];
}

/**
 * The reader of a file's rows under one mapping: each mapped cell read by its field's type; each unreadable
 * cell is a finding with row number, column and value. Built once per file, so typed columns can remember
 * what they have read.
 */
export function rowNormalizer<K extends SamKind>(mapping: ColumnMapping<K>): (row: SheetRow) => NormalizedRow {
  const columns = mapping.mapped;
  const readers = columns.map((column) => (column.type === 'text' ? undefined : memoizedReader(column.type, mapping.values[column.field])));
  const constants = Object.entries(mapping.constants).map(([field, constant]) => [field, constant.value] as const);
  return (row) => {
    const values: Record<string, NonNullable<CellValue>> = {};
    for (const [field, value] of constants) values[field] = value;
    let findings: Finding[] | undefined;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index] as (typeof columns)[number];
      const raw = row.cells[column.index] ?? '';
      const reader = readers[index];
      if (reader === undefined) {
        const text = readText(raw);
        if (text !== null) values[column.field] = text;
        continue;
      }
      const result = reader(raw);
      if (!result.ok)
        (findings ??= []).push({
          code: result.code,
          row: row.rowNumber,
          column: column.header,
          field: column.field,
          params: { value: raw },
        });
      else if (result.value !== null) values[column.field] = result.value;
    }
    return { rowNumber: row.rowNumber, values, findings: findings ?? NO_FINDINGS };
  };
}

/** One row on its own (a reader with nothing remembered): see rowNormalizer. */
export function normalizeRow<K extends SamKind>(mapping: ColumnMapping<K>, row: SheetRow): NormalizedRow {
  return rowNormalizer(mapping)(row);
}
