import { describe, expect, it } from 'vitest';
import { formatDateText, localToday, parseDateText, parseNumberText } from './input-text';

describe('parseNumberText', () => {
  it.each([
    ['3500', 3500],
    ['3,500', 3500],
    ['１２，３４５．５', 12345.5],
    ['３５００', 3500],
    [' 1 234 ', 1234],
    ['-12.5', -12.5],
    ['.5', 0.5],
    ['1,234,567', 1234567],
    ['1.', 1],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ kind: 'value', value });
  });

  it.each(['约 4000', '4000元', '3,50', '1,2345', '12,', 'abc', '1e3', '1.2.3', 'Infinity', '--1'])('refuses %j as it stands', (text) => {
    expect(parseNumberText(text)).toEqual({ kind: 'invalid' });
  });

  it('reads blank as empty', () => {
    expect(parseNumberText('  ')).toEqual({ kind: 'empty' });
  });
});

describe('parseDateText', () => {
  it.each([
    ['2025-03-31', 'zh-CN', '2025-03-31'],
    ['2025/3/31', 'zh-CN', '2025-03-31'],
    ['2025.3.1', 'zh-CN', '2025-03-01'],
    ['2025年3月31日', 'zh-CN', '2025-03-31'],
    ['２０２５－０３－３１', 'zh-CN', '2025-03-31'],
    ['3/31/2025', 'en-US', '2025-03-31'],
    ['03/01/2025', 'en-US', '2025-03-01'],
    ['2025-03-31', 'en-US', '2025-03-31'],
  ] as const)('reads %j (%s) as %s', (text, locale, iso) => {
    expect(parseDateText(text, locale)).toEqual({ kind: 'value', value: iso });
  });

  it.each([
    ['2025-02-30', 'zh-CN'],
    ['3/31/2025', 'zh-CN'],
    ['31/03/2025', 'en-US'],
    ['2025-13-01', 'zh-CN'],
    ['下周一', 'zh-CN'],
    ['20250331', 'zh-CN'],
  ] as const)('refuses %j in %s', (text, locale) => {
    expect(parseDateText(text, locale)).toEqual({ kind: 'invalid' });
  });

  it('writes a date back the way the language reads it', () => {
    expect(formatDateText('2025-03-01', 'en-US')).toBe('03/01/2025');
    expect(formatDateText('2025-03-01', 'zh-CN')).toBe('2025-03-01');
    expect(parseDateText(formatDateText('2025-03-01', 'en-US'), 'en-US')).toEqual({ kind: 'value', value: '2025-03-01' });
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
