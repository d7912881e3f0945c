import { describe, expect, it } from 'vitest';
import { format, MESSAGE_TABLES, placeholderNames, translate } from '.';

describe('English counts agree with their number', () => {
  it('takes the singular for one and the plural otherwise, with # as the number', () => {
    const template = '{count, plural, one {# object} other {# objects}} assessed';
    expect(format(template, { count: 1 })).toBe('1 object assessed');
    expect(format(template, { count: 0 })).toBe('0 objects assessed');
    expect(format(template, { count: 12 })).toBe('12 objects assessed');
    expect(translate('en-US', 'mlps.ui.dashboard.objects', { count: 1 })).toBe('1 object');
    expect(translate('zh-CN', 'mlps.ui.dashboard.objects', { count: 1 })).not.toMatch(/plural/);
  });

  it('no English message puts a bare count before a plural noun ("1 objects")', () => {
    // A count placeholder directly followed by an English plural word must use the plural form instead.
    const bareCount = /\{(count|total|n|\w+Count)\} (?!of\b)[a-z-]+s\b/;
    const offenders = MESSAGE_TABLES.flatMap((table) => Object.entries(table['en-US']).filter(([, message]) => bareCount.test(message)).map(([key]) => key));
    expect(offenders).toEqual([]);
  });

  it('no Chinese message uses the English plural form', () => {
    const offenders = MESSAGE_TABLES.flatMap((table) => Object.entries(table['zh-CN']).filter(([, message]) => message.includes(', plural,')).map(([key]) => key));
    expect(offenders).toEqual([]);
  });
});

describe('every message table', () => {
  it('uses the same parameters in both languages, key by key', () => {
    const mismatches = MESSAGE_TABLES.flatMap((table) =>
      Object.entries(table['zh-CN'])
        .filter(([key, zh]) => placeholderNames(zh).join() !== placeholderNames(table['en-US'][key] ?? '').join())
        .map(([key]) => key),
    );
    expect(mismatches).toEqual([]);
  });
});
