import { describe, it, expect } from 'vitest';
import { checkFilingFormNumber, unitFormNumberOf } from './filing';

describe('filing-form number (备案表编号)', () => {
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
    expect(checkFilingFormNumber(value)).toEqual(
      valid ? [] : [{ code: 'mlps.filing.numberFormat', field: 'formNumber', params: { value } }],
    );
  });

  it('names the field it was given', () => {
    expect(checkFilingFormNumber('123', 'unit.formNumber')[0]?.field).toBe('unit.formNumber');
  });
});

describe("the unit's 备案表编号 from the numbers once stored per system", () => {
  it('takes the number every system shares', () => {
    expect(
      unitFormNumberOf([
        { number: '11010243001', filedOn: '2024-01-01' },
        { number: '11010243001', filedOn: '2025-01-01' },
      ]),
    ).toBe('11010243001');
  });
  it('takes the most frequent, and among equals the latest filed', () => {
    const a = { number: '11010243001', filedOn: '2023-01-01' };
    const b = { number: '11010599002', filedOn: '2025-06-01' };
    expect(unitFormNumberOf([a, a, b])).toBe('11010243001');
    expect(unitFormNumberOf([a, b])).toBe('11010599002');
  });
  it('is none when no system had one', () => {
    expect(unitFormNumberOf([])).toBeNull();
  });
});
