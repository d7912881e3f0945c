/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015 — docs/standards.md §7.
 * 18 characters from a 31-character alphabet; the 18th is a check character over the first 17.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_LENGTH = 18;

export type UsccProblem = 'length' | 'character' | 'checksum';

/** The check character for the first 17 characters, or null if one of them is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < USCC_WEIGHTS.length; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check]!;
}

/** What is wrong with a code, or null if it is a valid USCC. Lower case is not accepted: the standard uses upper case. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== USCC_LENGTH) return 'length';
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return 'character';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

/**
 * A code as a person types or pastes it, in the standard's form: no spaces (half- or full-width) and
 * full-width letters and digits made ASCII, upper case. Only for what a user enters: a code that arrives
 * signed (a filing package, a certificate) is compared exactly as signed.
 */
export function normalizeEnteredUscc(entered: string): string {
  const ascii = entered.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  return ascii.replace(/[\s\u3000]+/g, '').toUpperCase();
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
