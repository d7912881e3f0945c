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

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
