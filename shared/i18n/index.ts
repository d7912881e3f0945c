import { assessmentMessages } from './assessment';
import { commonMessages } from './common';
import { declarationsMessages } from './declarations';
import { doorsMessages } from './doors';
import { DEFAULT_LOCALE, format, type Locale, type MessageTable } from './define';
import { filingMessages, filingReasonMessages } from './filing';
import { filingUiMessages } from './filing-ui';
import { filingViewsMessages } from './filing-views';
import { formsMessages } from './forms';
import { governanceMessages } from './governance';
import { mlpsMessages } from './mlps';
import { mlpsDocumentsMessages } from './mlps-documents';
import { mlpsUiMessages } from './mlps-ui';
import { planMessages } from './plan';
import { postureMessages } from './posture';
import { profileMessages } from './profile';
import { reliabilityMessages } from './reliability';
import { reportsMessages } from './reports';
import { samMessages } from './sam';
import { samFieldMessages } from './sam-fields';

export * from './define';

/** Every domain's table, merged. Add a domain's table here. */
export const MESSAGE_TABLES: readonly MessageTable[] = [
  commonMessages,
  doorsMessages,
  profileMessages,
  assessmentMessages,
  planMessages,
  mlpsMessages,
  mlpsUiMessages,
  mlpsDocumentsMessages,
  formsMessages,
  governanceMessages,
  declarationsMessages,
  reportsMessages,
  filingMessages,
  filingReasonMessages,
  filingUiMessages,
  filingViewsMessages,
  samMessages,
  samFieldMessages,
  reliabilityMessages,
  postureMessages,
];

const merged: Record<Locale, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
for (const table of MESSAGE_TABLES) {
  Object.assign(merged['zh-CN'], table['zh-CN']);
  Object.assign(merged['en-US'], table['en-US']);
}

export function hasMessage(key: string): boolean {
  return key in merged[DEFAULT_LOCALE];
}

/** The message for a key in a locale, falling back to Chinese and then to the key itself. */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  // `?.`: a language outside the tables (from a door) must fall back, not throw.
  const template = merged[locale]?.[key] ?? merged[DEFAULT_LOCALE][key] ?? key;
  return format(template, params);
}
