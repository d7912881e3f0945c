import type { Finding } from '../../contract/core';
import { FILING_NUMBER_PATTERN } from '../../contract/mlps/schemas';

/** A filing number (备案证明编号) is exactly 11 digits; anything else, blanks included, is a finding. */
export function checkFilingNumber(value: string, field = 'filingNumber'): Finding[] {
  if (FILING_NUMBER_PATTERN.test(value)) return [];
  return [{ code: 'mlps.filing.numberFormat', field, params: { value } }];
}
