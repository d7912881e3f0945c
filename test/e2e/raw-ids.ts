/**
 * What on a page looks like an identifier rather than words: a message key that found no message, a code,
 * an enum value, a stored timestamp. The walk (walk.spec.ts) runs every page's visible text through it.
 */

export interface RawIdFinding {
  /** Which rule the token broke (see RULES). */
  rule: string;
  token: string;
  /** The text around it, so a report says where to look. */
  context: string;
}

interface Rule {
  name: string;
  pattern: RegExp;
  /** Only in Chinese text: in English these shapes are ordinary words. */
  chineseOnly?: boolean;
  /** Only in English text: Chinese text uses these marks properly. */
  englishOnly?: boolean;
}

const RULES: readonly Rule[] = [
  // A message key with no message falls back to the key itself ('mlps.ui.nav.objects').
  { name: 'dotted key', pattern: /\b[a-z][a-zA-Z]*(?:\.[a-zA-Z][a-zA-Z0-9-]*)+\b/g },
  // Enum values and field names ('inProgress', 'unitType').
  { name: 'camelCase id', pattern: /\b[a-z]+[A-Z][a-zA-Z0-9]*\b/g },
  // The stored UTC form of a moment: a user should see their own date and time style.
  { name: 'ISO timestamp', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g },
  // An error shown as "message [code]" or a bare "[code]".
  { name: 'bracketed code', pattern: /\[[a-z][\w.-]*\]/g },
  // Chinese punctuation glued to English words: a Chinese separator built into a line of English.
  { name: 'Chinese punctuation in English', pattern: /[A-Za-z0-9%][：；（、]|[）：；、][A-Za-z]/g, englishOnly: true },
  // kebab-case values ('information-system', 'central-enterprise') read as words in English, not in Chinese.
  { name: 'kebab-case id', pattern: /\b[a-z]+(?:-[a-z]+)+\b/g, chineseOnly: true },
  // A lone lowercase English word in a Chinese page is an id left untranslated ('profile', 'sam').
  { name: 'lowercase word in Chinese', pattern: /(?<![\w@./-])[a-z]{3,}(?![\w@./-])/g, chineseOnly: true },
];

/**
 * Tokens that have an id's shape but are what the user should see. Each entry says why it is legitimate;
 * add one only for a token that is the same in every language.
 */
const ALLOWED: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /^[\w.-]*\.(json|pdf|xlsx|xls|csv|dgpkg|dgrcpt|pem|crt|cer|der|p12|pfx|zip|txt|sqlite|png|jpg)$/i,
    why: 'file names and extensions the user picks or saves',
  },
  { pattern: /^(\/|[A-Z]:\\)\S+$/, why: 'folders on this computer (the data folder, the key folder): the user may need to find them' },
  { pattern: /^(data|audit|reports|attachments|signer)\//, why: 'paths inside a filing package, as docs/filing-package.md names them' },
  { pattern: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, why: 'e-mail addresses' },
  { pattern: /^(example|localhost)(\.\w+)*$/, why: 'the domain of an e-mail address' },
  { pattern: /^[0-9a-f]{4}$/, why: 'a certificate fingerprint, shown in groups of four hex digits' },
  {
    pattern: /^(denggao-default|sam-inspection-count|mlps-schedule-cn)$/,
    why: 'catalog ids shown beside their version as provenance (which data set a figure follows): the same in every language',
  },
  { pattern: /^\(?(e\.g|i\.e)\.?,?$/, why: 'English abbreviations ("e.g.", "i.e.")' },
  { pattern: /^(pdf|csv|xlsx|json|utf|gbk|sha|usb)$/i, why: 'format and standard names written in Latin letters in Chinese text too' },
];

/** Every token in `text` that looks like a raw id, once each. */
export function findRawIds(text: string, locale: 'zh-CN' | 'en-US'): RawIdFinding[] {
  const findings = new Map<string, RawIdFinding>();
  for (const rule of RULES) {
    if ((rule.chineseOnly && locale !== 'zh-CN') || (rule.englishOnly && locale !== 'en-US')) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const token = match[0];
      if (isAllowed(wholeWordAt(text, match.index, token))) continue;
      const key = `${rule.name}:${token}`;
      if (!findings.has(key)) findings.set(key, { rule: rule.name, token, context: contextAround(text, match.index, token.length) });
    }
  }
  return [...findings.values()];
}

function isAllowed(token: string): boolean {
  return ALLOWED.some(({ pattern }) => pattern.test(token));
}

/** The whole white-space-delimited word a match sits in: 'workspace' is allowed as part of 'data/workspace.json'. */
function wholeWordAt(text: string, index: number, token: string): string {
  const before = text.slice(0, index).match(/[^\s（）()「」“”"'：:，,；;]*$/)![0];
  const after = text.slice(index + token.length).match(/^[^\s（）()「」“”"'：:，,；;]*/)![0];
  return `${before}${token}${after}`.replace(/[。.]$/, '');
}

function contextAround(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
}
