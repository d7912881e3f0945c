import { describe, expect, it } from 'vitest';
import { FILING_CODES } from '../contract/filing/codes';
import { filingMessages } from './filing';
import { filingUiMessages } from './filing-ui';
import { placeholderNames } from './define';

describe('filing messages', () => {
  it('has a zh-CN and an en-US sentence for every filing code, and no others', () => {
    expect(Object.keys(filingMessages['zh-CN']).sort()).toEqual([...FILING_CODES].sort());
    expect(Object.keys(filingMessages['en-US']).sort()).toEqual([...FILING_CODES].sort());
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = placeholderNames;
    for (const code of FILING_CODES) {
      expect(placeholders(filingMessages['en-US'][code]), code).toEqual(placeholders(filingMessages['zh-CN'][code]));
    }
  });

  it('keeps the pages’ text apart from the error codes (no key in both tables), in both languages', () => {
    const codes = new Set<string>(FILING_CODES);
    expect(Object.keys(filingUiMessages['zh-CN']).filter((key) => codes.has(key))).toEqual([]);
    expect(Object.keys(filingUiMessages['en-US']).sort()).toEqual(Object.keys(filingUiMessages['zh-CN']).sort());
  });
});
