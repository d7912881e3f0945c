/**
 * How a cell's word becomes one of a choice field's values (许可模式, 许可类型, 范围类型, 期限类型): the
 * words of shared/catalogs/sam/import-fields.ts, compared after normalizeWord. Shared so the mapping
 * screen shows exactly what the import will do with each value.
 */
import { CHOICE_WORDS, type ChoiceType } from '../../catalogs/sam/import-fields';

/** Full-width ASCII (Ｆｕｌｌ－ｗｉｄｔｈ １２３) and the ideographic space → their half-width forms. */
export function toHalfWidth(text: string): string {
  if (!hasFullWidth(text)) return text; // most cells: no regex pass
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

export function hasFullWidth(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) return true;
  }
  return false;
}

/** For comparing header names and vocabulary: half-width, lower case, no separators or bracketed units. */
export function normalizeWord(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[(（\[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s\-_:：*.·、/]/g, '');
}

/** Normalized word → value, for every word of a table and the value's own id. */
export function vocabulary<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    lookup.set(normalizeWord(value), value);
    for (const word of list) lookup.set(normalizeWord(word), value);
  }
  return lookup;
}

const LOOKUPS = Object.fromEntries(
  Object.entries(CHOICE_WORDS).map(([type, words]) => [type, vocabulary(words as Record<string, readonly string[]>)]),
) as Record<ChoiceType, Map<string, string>>;
/** Words short enough to sit inside unrelated text (用户, cal, y) are matched whole only. */
const MIN_CONTAINED_LENGTH = 2;

/** The values a choice field accepts. */
export function choiceValues(type: ChoiceType): string[] {
  return Object.keys(CHOICE_WORDS[type]);
}

/**
 * What a cell's word becomes: 'exact' when it is one of the field's words; 'contains' when it holds exactly
 * one known word once the words inside longer matches are set aside (站点授权 ⊃ 站点 → site; 并发用户数 ⊃
 * 并发用户 ⊃ 用户 → concurrent-user), to be shown for the user to confirm; undefined when it holds none or
 * words of two values.
 */
export function resolveChoice(type: ChoiceType, raw: string): { value: string; how: 'exact' | 'contains' } | undefined {
  const word = normalizeWord(raw);
  if (word === '') return undefined;
  const lookup = LOOKUPS[type];
  const exact = lookup.get(word);
  if (exact !== undefined) return { value: exact, how: 'exact' };
  const contained = [...lookup.keys()].filter((known) => known.length >= MIN_CONTAINED_LENGTH && word.includes(known));
  const outermost = contained.filter((known) => !contained.some((other) => other !== known && other.includes(known)));
  const values = new Set(outermost.map((known) => lookup.get(known)));
  if (values.size !== 1) return undefined;
  return { value: [...values][0] as string, how: 'contains' };
}
