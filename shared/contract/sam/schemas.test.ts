import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptInstallation, installationSchema, isValidIsoDate, normalizeKeyPart } from './schemas';

/** Values an import row can hold, and the edges the schema cares about: blanks, padding, length, dates, cores. */
const text = fc.oneof(
  fc.constantFrom('', ' ', 'PC-1', ' PC-1', 'PC-1 ', '微软', 'Office 2019', '\u3000用户', 'a'.repeat(500), 'a'.repeat(501)),
  fc.string({ maxLength: 8 }),
);
const date = fc.oneof(fc.constantFrom('2024-01-02', '2024-02-30', '2024/1/2', '', 'x'), fc.constant(null));
const cores = fc.oneof(
  fc.constantFrom(0, 1, 4, -2, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
  fc.constant(null),
  fc.constant('4'),
);
const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });
const installationLike = fc.record(
  {
    publisher: field(text),
    name: field(text),
    version: field(text),
    edition: field(text),
    device: field(fc.oneof(text, fc.constant(null))),
    user: field(text),
    department: field(text),
    subsidiary: field(text),
    installDate: field(date),
    cores: field(cores),
    source: field(text),
    extra: field(fc.constant('unknown field')),
  },
  { requiredKeys: [] },
);

describe('acceptInstallation, the import fast path', () => {
  it('gives exactly what installationSchema gives, or leaves the value to the schema', () => {
    fc.assert(
      fc.property(installationLike, (value) => {
        const fast = acceptInstallation(value);
        if (fast === undefined) return;
        const parsed = installationSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes the ordinary import row itself, so the schema is only asked about unusual ones', () => {
    const row = {
      publisher: '微软',
      name: 'Office',
      version: '2019',
      device: 'PC-1',
      installDate: '2024-01-02',
      cores: 4,
      source: 'import:a.csv',
    };
    expect(acceptInstallation(row)).toStrictEqual(installationSchema.parse(row));
    expect(acceptInstallation({ publisher: '微软', name: 'Office', user: '张三' })).toMatchObject({
      device: '',
      user: '张三',
      source: 'manual',
      cores: null,
    });
    // Desktop-management exports have no publisher: an installation is taken without one.
    expect(acceptInstallation({ name: 'Office', device: 'PC-1' })).toStrictEqual(
      installationSchema.parse({ name: 'Office', device: 'PC-1' }),
    );
  });

  it('leaves every value the schema refuses or changes to the schema', () => {
    for (const value of [
      { publisher: '微软', name: 'Office' }, // neither device nor user
      { publisher: '微软', name: '', device: 'PC-1' },
      { publisher: ' 微软', name: 'Office', device: 'PC-1' },
      { publisher: '微软', name: 'Office', device: 'PC-1', cores: 0 },
      { publisher: '微软', name: 'Office', device: 'PC-1', installDate: '2024-02-30' },
      { publisher: '微软', name: 'Office', device: 'a'.repeat(501) },
      { publisher: '微软', name: 'Office', device: 'PC-1', colour: 'red' },
    ]) {
      expect(acceptInstallation(value)).toBeUndefined();
    }
  });
});

describe('normalizeKeyPart', () => {
  /** The rule as it was before its one-pass shortcut (a lone inner white space character is kept as it is). */
  const reference = (text: string) => {
    const trimmed = text.trim();
    return (/\s{2,}|[\t\n\r\f\v]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
  };
  const pieces = fc.constantFrom(
    'a',
    'Z',
    'PC-1',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u3000',
    '\u00a0',
    '\ufeff',
    '微软',
    'Ｏ',
    'É',
    'ß',
    'İ',
    '\u007f',
    '\u0001',
    '-',
    '2019',
  );

  it('gives what trimming, collapsing white space and lower-casing give', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
          fc.string({ maxLength: 12, unit: 'grapheme' }),
        ),
        (text) => {
          expect(normalizeKeyPart(text)).toBe(reference(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('makes two spellings of one name one key', () => {
    expect(normalizeKeyPart('  Microsoft\u3000 Office\t2019 ')).toBe('microsoft office 2019');
    expect(normalizeKeyPart('PC-001')).toBe('pc-001');
    expect(normalizeKeyPart('软件产品 12')).toBe('软件产品 12');
  });
});

describe('isValidIsoDate', () => {
  it('accepts only YYYY-MM-DD days that exist', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '2024-04-30']) expect(isValidIsoDate(day)).toBe(true);
    for (const day of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024/01/02',
      '2024-1-2',
      ' 2024-01-02',
      '２０２４-01-02',
      '2024-01-0a',
      '',
    ]) {
      expect(isValidIsoDate(day)).toBe(false);
    }
  });

  it('agrees with a calendar on every day of a range of years, and refuses what a calendar rolls over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(2000, month - 1, day));
          date.setUTCFullYear(year);
          const exists = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isValidIsoDate(text)).toBe(exists);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
