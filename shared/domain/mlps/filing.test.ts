import { describe, it, expect } from 'vitest';
import { checkFilingNumber } from './filing';

describe('filing number', () => {
  it.each([
    ['11010123456', true],
    ['00000000000', true],
    ['1101012345', false],
    ['110101234567', false],
    ['1101012345a', false],
    [' 11010123456', false],
    ['11010-123456', false],
    ['１１０１０１２３４５６', false],
    ['', false],
  ])('%j valid: %s', (value, valid) => {
    expect(checkFilingNumber(value)).toEqual(valid ? [] : [{ code: 'mlps.filing.numberFormat', field: 'filingNumber', params: { value } }]);
  });

  it('names the field it was given', () => {
    expect(checkFilingNumber('123', 'objects[2].filingNumber')[0]?.field).toBe('objects[2].filingNumber');
  });
});
