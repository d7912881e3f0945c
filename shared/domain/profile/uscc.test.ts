import { describe, expect, it } from 'vitest';
import { isValidUscc, normalizeEnteredUscc, usccCheckCharacter, usccProblem } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  // Published codes of well-known enterprises, checked by hand against the standard's algorithm.
  it.each([
    ['91110000100017643K'], // 中国石油化工股份有限公司
    ['911100007109310534'], // 国家电网有限公司
    ['91350100M000100Y43'], // an example with a letter in the organisation part
  ])('accepts %s', (code) => {
    expect(usccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it.each([
    ['91110000100017643X', 'checksum'],
    ['91110000100017643', 'length'],
    ['91110000100017643KK', 'length'],
    ['9111000010001764OK', 'character'], // letter O is not in the alphabet
    ['91110000100017643k', 'character'], // lower case
    ['', 'length'],
  ] as const)('rejects %s (%s)', (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it('maps a remainder of 0 to check character 0 (31 → 0)', () => {
    // 17 zeros sum to 0, so 31 - 0 = 31 → 0.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('returns null for a first part with a character outside the alphabet', () => {
    expect(usccCheckCharacter('I0000000000000000')).toBeNull();
  });
});

describe('normalizeEnteredUscc', () => {
  it('makes a typed or pasted code standard: full-width made ASCII, spaces of either width gone, upper case', () => {
    expect(normalizeEnteredUscc('９１１１ 0000\u3000\u3000100000000r')).toBe('91110000100000000R');
    expect(normalizeEnteredUscc(' 91110000100000000R ')).toBe('91110000100000000R');
  });
});

describe('isValidUscc', () => {
  it('says no to a code with a wrong check character, yes to the same code put right', () => {
    expect(isValidUscc('91110000100000000X')).toBe(false);
    expect(isValidUscc('91110000100000000R')).toBe(true);
  });
});
