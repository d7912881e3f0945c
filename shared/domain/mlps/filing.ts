import type { Finding } from '../../contract/core';
import { FILING_FORM_NUMBER_PATTERN } from '../../contract/mlps/vocabulary';

/** A filing-form number (备案表编号, the unit's) is exactly 11 digits; anything else, blanks included, is a finding. */
export function checkFilingFormNumber(value: string, field = 'formNumber'): Finding[] {
  if (FILING_FORM_NUMBER_PATTERN.test(value)) return [];
  return [{ code: 'mlps.filing.numberFormat', field, params: { value } }];
}

/** A number stored per system before the 2025 forms, with the day that system was filed. */
export interface LegacyFormNumber {
  number: string;
  filedOn: string;
}

/**
 * Which of the 11-digit numbers once stored per system as "备案证明编号" is the unit's 备案表编号. They are one
 * number per unit (the cover of the form), so normally all agree; where they differ the most frequent wins, and
 * among equals the one of the latest filing. The others stay with their systems as the number they were filed
 * under, so nothing is lost. Used by migration 011 and by the import of older data JSON alike.
 */
export function unitFormNumberOf(numbers: readonly LegacyFormNumber[]): string | null {
  const tally = new Map<string, { count: number; latest: string }>();
  for (const { number, filedOn } of numbers) {
    const entry = tally.get(number) ?? { count: 0, latest: '' };
    tally.set(number, { count: entry.count + 1, latest: filedOn > entry.latest ? filedOn : entry.latest });
  }
  const ranked = [...tally].sort(([, a], [, b]) => b.count - a.count || b.latest.localeCompare(a.latest));
  return ranked[0]?.[0] ?? null;
}
