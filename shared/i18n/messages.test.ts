import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, MESSAGE_TABLES, placeholderNames, translate, translateCode, translator, type Locale } from '.';

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
    // Counts go by many names: counts proper, and lengths of time, rows, items and characters.
    const bareCount =
      /\{(count|total|n|\w+Count|\w*[dD]ays|months|years|hours|minutes|rows|items|\w+Items|unassessed|skipped|minimum|maximum)\} (?!of\b)[a-z-]+s\b/;
    const offenders = MESSAGE_TABLES.flatMap((table) =>
      Object.entries(table['en-US'])
        .filter(([, message]) => bareCount.test(message))
        .map(([key]) => key),
    );
    expect(offenders).toEqual([]);
  });

  it('no Chinese message uses the English plural form', () => {
    const offenders = MESSAGE_TABLES.flatMap((table) =>
      Object.entries(table['zh-CN'])
        .filter(([, message]) => message.includes(', plural,'))
        .map(([key]) => key),
    );
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

describe('both translations', () => {
  it('every key has a non-empty message in both languages, in every table', () => {
    const missing = MESSAGE_TABLES.flatMap((table) => {
      const keys = new Set([...Object.keys(table['zh-CN']), ...Object.keys(table['en-US'])]);
      return [...keys].filter((key) => !table['zh-CN'][key]?.trim() || !table['en-US'][key]?.trim());
    });
    expect(missing).toEqual([]);
  });

  it('every table in shared/i18n is merged, so none of its keys can miss the app', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const defined = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.includes('.test.'))
      .flatMap((name) =>
        [...readFileSync(join(folder, name), 'utf8').matchAll(/export const (\w+) = defineMessages\(/g)].map((match) => match[1]!),
      );
    const merged = readFileSync(join(folder, 'index.ts'), 'utf8');
    expect(defined.length).toBeGreaterThan(10);
    expect(defined.filter((name) => !new RegExp(`^\\s+${name},$`, 'm').test(merged))).toEqual([]);
  });
});

describe('keys that come from data', () => {
  it('translate like any key when the tables hold them', () => {
    expect(translateCode('en-US', 'filing.section.sam')).toBe('Software assets');
    expect(translator('zh-CN').code('filing.section.sam')).toBe('软件资产');
  });

  it('show as themselves when the tables lack them, never as an empty space or a property of an object', () => {
    expect(translateCode('en-US', 'filing.section.fromANewerProgram')).toBe('filing.section.fromANewerProgram');
    expect(translateCode('zh-CN', 'constructor')).toBe('constructor');
    expect(translateCode('fr-FR' as Locale, 'filing.section.sam')).toBe('软件资产');
  });
});
