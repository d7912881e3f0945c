import type { Locale } from '../../../../shared/i18n';

/** The name of a template item (template, element, indicator) in the interface's language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: Locale): string {
  return locale === 'zh-CN' ? item.nameZh : item.nameEn;
}
