/**
 * Message tables: zh-CN is the source, en-US must carry exactly the same keys (the type checker says
 * which one is missing). Each domain keeps its own table in shared/i18n/<domain>.ts; index.ts merges them.
 * Placeholders are written {name} and filled by `format`.
 */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface MessageTable<K extends string = string> {
  'zh-CN': Record<K, string>;
  'en-US': Record<K, string>;
}

export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: { [K in keyof Z]: string },
): MessageTable<Extract<keyof Z, string>> {
  return { 'zh-CN': zh as Record<Extract<keyof Z, string>, string>, 'en-US': en as Record<Extract<keyof Z, string>, string> };
}

/**
 * Fills a template's placeholders. English counts take the one plural form the tables need, written as in
 * ICU: `{count, plural, one {# object} other {# objects}}` (# is the number). Chinese never needs it.
 */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  const counted = template.replace(PLURAL, (whole, key: string, one: string, other: string) => {
    if (!(key in params)) return whole;
    return (Number(params[key]) === 1 ? one : other).replace(/#/g, String(params[key]));
  });
  return counted.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The parameter names a template uses, plain or plural, each once, sorted: both languages must agree on them. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const plain = template.replace(PLURAL, (_whole, key: string, one: string, other: string) => {
    names.add(key);
    return `${one} ${other}`; // the words of each form may hold placeholders of their own
  });
  for (const match of plain.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  return [...names].sort();
}

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
