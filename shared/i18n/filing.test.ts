import { describe, expect, it } from 'vitest';
import { FILING_CODES } from '../contract/filing/codes';
import { filingMessages } from './filing';

describe('filing messages', () => {
  it('has a zh-CN and an en-US sentence for every filing code, and no others', () => {
    expect(Object.keys(filingMessages['zh-CN']).sort()).toEqual([...FILING_CODES].sort());
    expect(Object.keys(filingMessages['en-US']).sort()).toEqual([...FILING_CODES].sort());
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const code of FILING_CODES) {
      expect(placeholders(filingMessages['en-US'][code]), code).toEqual(placeholders(filingMessages['zh-CN'][code]));
    }
  });
});
