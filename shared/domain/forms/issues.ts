/**
 * What a refused field says, worded one way for every form: the backend's edge words a refused call's zod
 * issues with it, and a form words the same issues with it as the user leaves a field — so the message at a
 * field is the same before and after the save, and a field is told what is expected, with an example, rather
 * than only that something is wrong ("必填", not "数值过小"; "应填写数字，例如 3500", not "类型不正确").
 */
import type { z } from 'zod';
import { hasMessage, translateCode, type Locale } from '../../i18n';

/** One refused field: the message key, the field's path (`contact.phone`, `rows[3].quantity`) and the message. */
export interface FieldIssue {
  code: string;
  field: string;
  message: string;
}

/** zod's own issue codes, mapped to our generic messages where the schema did not name an i18n key. */
const ZOD_CODE_MESSAGES: Record<string, string> = {
  invalid_type: 'validation.invalidType',
  too_small: 'validation.tooSmall',
  too_big: 'validation.tooBig',
  invalid_format: 'validation.invalid',
  invalid_value: 'validation.invalidOption',
  invalid_union: 'validation.invalid',
};

/** Nothing entered: an empty text, a blank number or date box (null), a field left out. */
function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * The message key for an issue. A blank value is "required" whatever check refused it (an empty USCC is not
 * "a wrong check character"), unless the schema's own message already says what is missing.
 */
function issueMessageKey(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  const own = hasMessage(issue.message) ? issue.message : null;
  // A rule over the whole record (custom, no input) is not a blank field.
  const blank = issue.code === 'custom' ? input === '' : isBlank(input);
  if (blank && !own?.endsWith('.required')) return 'validation.required';
  if (own) return own;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'validation.expectedNumber';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'validation.expectedInteger';
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'validation.dateFormat';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'validation.tooShort';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'validation.atLeastItems';
  if (issue.code === 'too_small' && (issue.origin === 'number' || issue.origin === 'int'))
    return issue.inclusive === false ? 'validation.above' : 'validation.atLeast';
  if (issue.code === 'too_big' && (issue.origin === 'number' || issue.origin === 'int')) return 'validation.atMost';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'validation.tooLongMax';
  return ZOD_CODE_MESSAGES[issue.code] ?? 'validation.invalid';
}

/** The values a message may name: the refused value, and the limit it broke. */
function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  const params: Record<string, string | number> = {};
  const input = 'input' in issue ? issue.input : undefined;
  if (typeof input === 'string' || typeof input === 'number') params.value = input;
  if (issue.code === 'too_small') params.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') params.maximum = Number(issue.maximum);
  return Object.keys(params).length > 0 ? params : undefined;
}

/** A dotted path with array indexes in brackets, e.g. `contact.phone` or `rows[3].quantity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

/**
 * A union of "nothing" and a checked text (`'' | phone`) that refused a value speaks through the branch that
 * checked it: its message says the expected form, where the union's own says only "invalid".
 */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const branches = issue.errors.filter((branch) => branch.length > 0 && !branch.every((inner) => inner.code === 'invalid_value'));
  const chosen = branches.length === 1 ? branches[0]![0] : undefined;
  if (!chosen) return issue;
  return { ...chosen, path: [...issue.path, ...chosen.path], ...('input' in issue ? { input: issue.input } : {}) } as z.core.$ZodIssue;
}

/** Every issue of a refusal, worded in the user's language at its field. Parse with `reportInput: true`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.map((raw) => {
    const issue = innermost(raw);
    const code = issueMessageKey(issue);
    return { code, field: formatPath(issue.path), message: translateCode(locale, code, issueParams(issue)) };
  });
}

/**
 * The messages of a record as its contract's schema checks it, the first per field path: what a form shows at
 * the fields the user has left, before any save.
 */
export function fieldMessages(schema: z.ZodType, record: unknown, locale: Locale): Record<string, string> {
  const parsed = schema.safeParse(record, { reportInput: true });
  if (parsed.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of describeIssues(parsed.error.issues, locale)) messages[issue.field] ??= issue.message;
  return messages;
}

/** The value a field path (`contact.phone`, `rows[3].quantity`) names in a record; undefined when there is none. */
export function valueAtPath(record: unknown, path: string): unknown {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let value = record;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
