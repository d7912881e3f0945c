import { assessmentMessages } from './assessment';
import { commonMessages } from './common';
import { declarationsMessages } from './declarations';
import { doorsMessages } from './doors';
import { DEFAULT_LOCALE, format, type Locale, type MessageTable } from './define';
import { filingMessages, filingReasonMessages } from './filing';
import { filingUiMessages } from './filing-ui';
import { filingViewsMessages } from './filing-views';
import { provinceMessages } from './provinces';
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
const TABLES = [
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
  provinceMessages,
  samMessages,
  samFieldMessages,
  reliabilityMessages,
  postureMessages,
] as const;

export const MESSAGE_TABLES: readonly MessageTable[] = TABLES;

/** The keys of a table, each table on its own (the keys of a union of tables would be those they share). */
type KeysOf<T> = T extends MessageTable<infer K> ? K : never;
/** Every message key there is: a key missing from the tables fails the type check, not the user. */
export type MessageKey = KeysOf<(typeof TABLES)[number]>;
/** The ends of the keys under a prefix: `KeysUnder<'governance.label.cio.'>` names the CIO form's fields. */
export type KeysUnder<Prefix extends string> = MessageKey extends infer K ? (K extends `${Prefix}${infer Rest}` ? Rest : never) : never;

let merged: Record<Locale, Record<string, string>> | undefined;

/** All tables in one per locale, merged at the first lookup: a command that prints no message never pays for it. */
function mergedTables(): Record<Locale, Record<string, string>> {
  if (merged) return merged;
  merged = { 'zh-CN': {}, 'en-US': {} };
  for (const table of MESSAGE_TABLES) {
    Object.assign(merged['zh-CN'], table['zh-CN']);
    Object.assign(merged['en-US'], table['en-US']);
  }
  return merged;
}

export type MessageParams = Record<string, string | number>;
/** `t(key, params)` in one language: what pages and documents are handed. */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  /** A key that comes from data, as `translateCode` takes it. */
  code(code: string, params?: MessageParams): string;
}

export function translator(locale: Locale): Translate {
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  return Object.assign(t, { code: (code: string, params?: MessageParams) => translateCode(locale, code, params) });
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(mergedTables()[DEFAULT_LOCALE], key);
}

/** The message for a key in a locale, falling back to Chinese (a language outside the tables, from a door). */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return translateCode(locale, key, params);
}

/**
 * The message for a key that comes from data — an error or finding code from the backend, a catalogue's
 * label key — which the type checker cannot see. A code with no message shows as itself: visible, so the
 * walk's raw-id check and its user can tell it is missing, rather than an empty space.
 */
export function translateCode(locale: Locale, code: string, params?: MessageParams): string {
  const template = messageIn(locale, code) ?? messageIn(DEFAULT_LOCALE, code) ?? code;
  return format(template, params);
}

function messageIn(locale: Locale, code: string): string | undefined {
  // A language outside the tables (from a door) must fall back, not throw; a code like `constructor` is no message.
  const table = mergedTables()[locale];
  return table && Object.hasOwn(table, code) ? table[code] : undefined;
}
