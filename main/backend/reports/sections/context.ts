/** What every report section gets: the computed views, the language, headings and small layout helpers. */
import type { Content } from 'pdfmake/interfaces';
import type { AssessmentBasis } from '../../../../shared/contract/reports/frame';
import { translateCode, type Locale } from '../../../../shared/i18n';
import { format } from '../../../../shared/i18n/define';
import { reportsMessages, type ReportsMessageKey } from '../../../../shared/i18n/reports';
import type { Headings } from '../render/document';
import type { ReportViews } from '../views';

export interface SectionContext {
  locale: Locale;
  /** A message of the reports table (checked by the type checker). */
  r(key: ReportsMessageKey, params?: Record<string, string | number>): string;
  /** A message of any domain's table, e.g. a finding code a rule returned. */
  t(key: string, params?: Record<string, string | number>): string;
  h: Headings;
  views: ReportViews;
  /** Records a template, catalog, form or rule set the printed data was assessed against (the appendix). */
  addBasis(basis: AssessmentBasis): void;
}

export function createSectionContext(locale: Locale, h: Headings, views: ReportViews): SectionContext & { basis(): AssessmentBasis[] } {
  const basis = new Map<string, AssessmentBasis>();
  return {
    locale,
    r: (key, params) => format(reportsMessages[locale][key], params),
    t: (key, params) => translateCode(locale, key, params),
    h,
    views,
    addBasis(entry) {
      basis.set(`${entry.kind}\u0000${entry.id}\u0000${entry.version}`, entry);
    },
    basis: () => [...basis.values()],
  };
}

/** The line a section prints when the workspace holds none of its data. */
export function noData(text: string): Content {
  return note(text);
}

/** A small grey line under a table: how a figure is counted, or that a definition is unverified. */
export function note(text: string): Content {
  return { text, style: 'note', margin: [0, 0, 0, 8] };
}

export function paragraph(text: string): Content {
  return { text, margin: [0, 0, 0, 6] };
}

/** A number with at most two decimals, grouped the way the locale writes it. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 2): string {
  return value.toLocaleString(locale, { maximumFractionDigits: fractionDigits });
}

export function formatPercent(ratio: number, locale: Locale): string {
  return `${formatNumber(ratio * 100, locale, 1)}%`;
}

/** "一、" … for Chinese chapter numbers, "1." in English. */
export function chapterTitle(index: number, title: string, locale: Locale): string {
  return locale === 'zh-CN' ? `${chineseNumeral(index)}、${title}` : `${index}. ${title}`;
}

/** "（一）" … for Chinese section numbers, "3.2" in English. */
export function sectionTitle(chapter: number, index: number, title: string, locale: Locale): string {
  return locale === 'zh-CN' ? `（${chineseNumeral(index)}）${title}` : `${chapter}.${index} ${title}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (十, 十一, 二十一 …): more chapters than that no report has. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * Smaller type for long record tables (gap items, licence positions): a row fits one line more often, so
 * a 211-item gap table takes a few pages rather than a dozen. Give the table no caption (print it before).
 */
export function dense(table: Content): Content {
  return { ...(table as object), fontSize: 8.5, lineHeight: 1.15 } as Content;
}

export function caption(text: string): Content {
  return { text, style: 'tableCaption' };
}
