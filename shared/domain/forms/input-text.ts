/**
 * What a person types into a number or date field, read the one way every form of the app reads it: numbers
 * with thousands separators or full-width digits ("3,500", "３５００"), dates in the forms the user's language
 * writes them ("2025/3/31", "2025年3月31日", "3/31/2025" in English). Anything else is refused as it stands,
 * never guessed at ("约 4000" is not 4000), so the field can say what form it expects.
 */
import type { Locale } from '../../i18n/define';
import { formatIsoDate, parseIsoDate } from './dates';

export type ParsedText<T> = { kind: 'empty' } | { kind: 'value'; value: T } | { kind: 'invalid' };

/** Full-width digits and the punctuation numbers and dates use, as their ASCII selves; spaces of any width dropped. */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[，\uFF0C]/g, ',')
    .replace(/[．。\uFF0E]/g, '.')
    .replace(/[－\uFF0D—–]/g, '-')
    .replace(/[／\uFF0F]/g, '/')
    .replace(/＋/g, '+')
    .replace(/[\s\u3000]+/g, '');
}

/** Plain digits, or digits grouped by threes with commas; an optional sign and decimals ("1." on its way to "1.5"). */
const NUMBER = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d*)?$|^[-+]?\.\d+$/;

export function parseNumberText(text: string): ParsedText<number> {
  const plain = normaliseWidth(text);
  if (plain === '') return { kind: 'empty' };
  if (!NUMBER.test(plain)) return { kind: 'invalid' };
  const value = Number(plain.replace(/,/g, ''));
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid' };
}

/** Year first: 2025-03-31, 2025/3/31, 2025.3.31, 2025年3月31日. */
const YEAR_FIRST = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
/** Month first, as American English writes dates: 3/31/2025. */
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The date as `YYYY-MM-DD`, from any form the locale writes; invalid when it is not a real calendar day. */
export function parseDateText(text: string, locale: Locale): ParsedText<string> {
  const plain = normaliseWidth(text);
  if (plain === '') return { kind: 'empty' };
  const yearFirst = YEAR_FIRST.exec(plain);
  const monthFirst = locale === 'en-US' ? MONTH_FIRST.exec(plain) : null;
  const parts = yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : monthFirst ? [monthFirst[3], monthFirst[1], monthFirst[2]] : null;
  if (!parts) return { kind: 'invalid' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const iso = formatIsoDate({ year, month, day });
  return parseIsoDate(iso) ? { kind: 'value', value: iso } : { kind: 'invalid' };
}

/** How the field shows a stored `YYYY-MM-DD` date in the user's language (what parseDateText reads back). */
export function formatDateText(iso: string, locale: Locale): string {
  const date = parseIsoDate(iso);
  if (!date || locale !== 'en-US') return iso;
  return `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year}`;
}

/** The form a date field asks for, as its placeholder. */
export const DATE_PLACEHOLDER: Record<Locale, string> = { 'zh-CN': 'YYYY-MM-DD', 'en-US': 'MM/DD/YYYY' };

/** Today on the user's own calendar (not UTC), as `YYYY-MM-DD`: the default of dates that record what happens now. */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
