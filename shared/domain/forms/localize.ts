import type { Finding } from '../../contract/core';
import type { LocalizedText } from '../../contract/forms/schemas';
import { format, type Locale } from '../../i18n/define';
import { formsMessages, type FormsMessageKey } from '../../i18n/forms';

/** The definition's own wording in the user's language. */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === 'en-US' ? text.en : text.zh;
}

/** One of the form engine's own messages, filled in. */
export function formsText(key: FormsMessageKey, locale: Locale, params?: Record<string, string | number>): string {
  return format(formsMessages[locale][key], params);
}

/** A form-engine finding as a sentence; a code from elsewhere is shown as its code rather than hidden. */
export function formsFindingText(finding: Finding, locale: Locale): string {
  const table: Record<string, string> = formsMessages[locale];
  const template = table[finding.code];
  return template === undefined ? finding.code : format(template, finding.params);
}
