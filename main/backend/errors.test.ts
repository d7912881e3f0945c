import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationError } from './errors';

const schema = z.object({
  name: z.string().min(1),
  code: z.string().min(3).max(5),
  count: z.number().int().min(1).max(99),
  amount: z.number(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

function messages(input: unknown, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Record<string, string> {
  const parsed = schema.safeParse(input, { reportInput: true }); // as the backend's edge parses
  if (parsed.success) throw new Error('expected a refusal');
  return Object.fromEntries(validationError(parsed.error, locale).details!.issues!.map((issue) => [issue.field, issue.message]));
}

describe('a refused value is told what is expected', () => {
  it('an empty text or date is required, not "too small" or "malformed"', () => {
    const zh = messages({ name: '', code: 'abc', count: 1, amount: 1, date: '' });
    expect(zh).toEqual({ name: '此项为必填项', date: '此项为必填项' });
  });

  it('limits are named: text length and numbers', () => {
    expect(messages({ name: 'x', code: 'ab', count: 0, amount: 1, date: '2026-01-01' })).toEqual({
      code: '内容过短：至少 3 个字符',
      count: '不能小于 1',
    });
    expect(messages({ name: 'x', code: 'abcdefg', count: 100, amount: 1, date: '2026-01-01' }, 'en-US')).toEqual({
      code: 'Too long: at most 5 characters',
      count: 'Must be at most 99',
    });
  });

  it('a number typed as text ("3,500") asks for a number with an example', () => {
    expect(messages({ name: 'x', code: 'abc', count: 1, amount: '3,500', date: '2026-01-01' })).toEqual({
      amount: '应填写数字，例如 3500',
    });
  });
});

describe('a date the contract cannot read', () => {
  it('says the form a date is written in, with an example', () => {
    const parsed = z.object({ day: z.iso.date() }).safeParse({ day: '31/03/2025' }, { reportInput: true });
    if (parsed.success) throw new Error('expected a refusal');
    const [issue] = validationError(parsed.error, 'zh-CN').details!.issues!;
    expect(issue).toMatchObject({ field: 'day', message: '日期应写作 年-月-日，如 2025-03-31（也可写 2025/3/31 或 2025年3月31日）' });
  });
});
