import { describe, expect, it } from 'vitest';
import { formValuesSchema, type FormDefinition, type FormValues } from '../../contract/forms/schemas';
import { addMonths, parseIsoDate, formatIsoDate } from './dates';
import { emptyValues, validateDefinition as checkDefinition, validateValues as checkValues } from './index';
import { formsMessages } from '../../i18n/forms';
import type { Finding } from '../../contract/core';

/** Every code the engine produces in these tests, so the last test can check each has a sentence. */
const seenCodes = new Set<string>();
function record(findings: Finding[]): Finding[] {
  for (const finding of findings) seenCodes.add(finding.code);
  return findings;
}
const validateDefinition = (raw: unknown) => record(checkDefinition(raw));
const validateValues = (...args: Parameters<typeof checkValues>) => record(checkValues(...args));

/** A form that exists only as data: the engine must handle it with no code of its own. */
const teamForm: FormDefinition = {
  id: 'test-team',
  version: '1',
  title: { zh: '团队', en: 'Team' },
  sections: [
    {
      id: 'main',
      title: { zh: '基本', en: 'Basics' },
      fields: [
        { id: 'name', kind: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 10 },
        { id: 'size', kind: 'number', label: { zh: '人数', en: 'Size' }, min: 0, max: 100, integer: true },
        { id: 'founded', kind: 'date', label: { zh: '成立', en: 'Founded' } },
        {
          id: 'kind',
          kind: 'select',
          label: { zh: '类型', en: 'Kind' },
          required: true,
          options: [
            { value: 'secondment', label: { zh: '挂职', en: 'Secondment' } },
            { value: 'project', label: { zh: '项目', en: 'Project' } },
          ],
        },
        { id: 'remote', kind: 'boolean', label: { zh: '远程', en: 'Remote' }, visibleWhen: { field: 'kind', equals: 'project' } },
        { id: 'city', kind: 'text', label: { zh: '城市', en: 'City' }, required: true, visibleWhen: { field: 'remote', equals: false } },
        {
          id: 'tags',
          kind: 'multiselect',
          label: { zh: '标签', en: 'Tags' },
          options: [
            { value: 'a', label: { zh: '甲', en: 'A' } },
            { value: 'b', label: { zh: '乙', en: 'B' } },
          ],
        },
        { id: 'agree', kind: 'boolean', label: { zh: '确认', en: 'Agree' }, required: true },
      ],
    },
    {
      id: 'people',
      title: { zh: '成员', en: 'Members' },
      fields: [
        {
          id: 'members',
          kind: 'table',
          label: { zh: '成员', en: 'Members' },
          required: true,
          maxRows: 4,
          columns: [
            { id: 'name', kind: 'text', label: { zh: '姓名', en: 'Name' }, required: true },
            { id: 'start', kind: 'date', label: { zh: '开始', en: 'Start' }, required: true },
            { id: 'end', kind: 'date', label: { zh: '结束', en: 'End' }, required: true },
          ],
        },
      ],
    },
  ],
  rules: [
    { kind: 'maxMonthsBetween', table: 'members', start: 'start', end: 'end', months: 6 },
    { kind: 'dateNotFuture', field: 'founded' },
  ],
};

const today = '2009-06-01';

function filled(): FormValues {
  return {
    ...emptyValues(teamForm),
    name: '信息部',
    size: 12,
    founded: '2009-01-15',
    kind: 'secondment',
    tags: ['a'],
    agree: true,
    members: [{ name: '张三', start: '2009-01-31', end: '2009-07-31' }],
  };
}

function withDefinition(change: (def: FormDefinition) => void): unknown {
  const copy = structuredClone(teamForm);
  change(copy);
  return copy;
}

describe('validateDefinition', () => {
  it('accepts a well-formed form defined as data', () => {
    expect(validateDefinition(teamForm)).toEqual([]);
  });

  const firstSection = (def: FormDefinition) => def.sections[0]!;
  const members = (def: FormDefinition) => {
    const field = def.sections[1]!.fields[0]!;
    if (field.kind !== 'table') throw new Error('fixture changed');
    return field;
  };

  it.each([
    [
      'a condition on a missing field',
      (d: FormDefinition) => {
        firstSection(d).fields[4]!.visibleWhen = { field: 'kindd', equals: 'x' };
      },
      'forms.definition.missingField',
      'remote',
      { ref: 'kindd' },
    ],
    [
      'a repeated field id',
      (d: FormDefinition) => {
        firstSection(d).fields[1]!.id = 'name';
      },
      'forms.definition.duplicateFieldId',
      'name',
      { id: 'name' },
    ],
    [
      'a repeated column id',
      (d: FormDefinition) => {
        members(d).columns[1]!.id = 'name';
      },
      'forms.definition.duplicateFieldId',
      'members.name',
      { id: 'members.name' },
    ],
    [
      'a repeated section id',
      (d: FormDefinition) => {
        d.sections[1]!.id = 'main';
      },
      'forms.definition.duplicateSectionId',
      'main',
      { id: 'main' },
    ],
    [
      'a rule naming a missing column',
      (d: FormDefinition) => {
        d.rules![0] = { kind: 'maxMonthsBetween', table: 'members', start: 'begin', end: 'end', months: 6 };
      },
      'forms.definition.missingField',
      'members.begin',
      { ref: 'members.begin' },
    ],
    [
      'a rule on a table that is not one',
      (d: FormDefinition) => {
        d.rules![0] = { kind: 'maxMonthsBetween', table: 'name', start: 'start', end: 'end', months: 6 };
      },
      'forms.definition.wrongFieldKind',
      'name',
      { expected: 'table' },
    ],
    [
      'a date rule on a text field',
      (d: FormDefinition) => {
        d.rules![1] = { kind: 'dateNotFuture', field: 'name' };
      },
      'forms.definition.wrongFieldKind',
      'name',
      { expected: 'date' },
    ],
    [
      'a condition on a value the field cannot take',
      (d: FormDefinition) => {
        firstSection(d).fields[4]!.visibleWhen = { field: 'kind', equals: 'projekt' };
      },
      'forms.definition.conditionNeverMet',
      'remote',
      { value: 'projekt' },
    ],
    [
      'conditions that refer to each other',
      (d: FormDefinition) => {
        firstSection(d).fields[3]!.visibleWhen = { field: 'city', equals: 'x' };
      },
      'forms.definition.conditionCycle',
      'kind',
      {},
    ],
    [
      'a minimum above the maximum',
      (d: FormDefinition) => {
        const f = firstSection(d).fields[1]!;
        if (f.kind === 'number') f.min = 500;
      },
      'forms.definition.minAboveMax',
      'size',
      { min: 500, max: 100 },
    ],
    [
      'a repeated option',
      (d: FormDefinition) => {
        const f = firstSection(d).fields[6]!;
        if (f.kind === 'multiselect') f.options[1]!.value = 'a';
      },
      'forms.definition.duplicateOption',
      'tags',
      { value: 'a' },
    ],
  ])('names the problem: %s', (_case, change, code, field, params) => {
    const findings = validateDefinition(withDefinition(change));
    expect(findings).toContainEqual(expect.objectContaining({ code, field, params: expect.objectContaining(params) }));
  });

  it('reports a malformed definition with the path of the bad part', () => {
    const findings = validateDefinition(
      withDefinition((d) => {
        (d.sections[0]!.fields[0] as { kind: string }).kind = 'colour';
      }),
    );
    expect(findings[0]).toMatchObject({ code: 'forms.definition.invalid', field: 'sections.0.fields.0.kind' });
  });
});

describe('emptyValues and round trip', () => {
  it('gives every field its empty value', () => {
    expect(emptyValues(teamForm)).toEqual({
      name: '',
      size: null,
      founded: null,
      kind: null,
      remote: false,
      city: '',
      tags: [],
      agree: false,
      members: [],
    });
  });

  it('says what an empty form still needs', () => {
    const fields = validateValues(teamForm, emptyValues(teamForm), { today }).map((f) => `${f.code}@${f.field}`);
    expect(fields).toEqual([
      'forms.value.required@name',
      'forms.value.required@kind',
      'forms.value.required@agree',
      'forms.value.required@members',
    ]);
  });

  it('keeps valid values valid through JSON and the values schema', () => {
    const values = filled();
    expect(validateValues(teamForm, values, { today })).toEqual([]);
    const reloaded = formValuesSchema.parse(JSON.parse(JSON.stringify(values)));
    expect(reloaded).toEqual(values);
    expect(validateValues(teamForm, reloaded, { today })).toEqual([]);
  });
});

describe('validateValues', () => {
  const row = (name: string, start: string, end: string) => ({ name, start, end });
  it.each<[string, Partial<FormValues>, string, string, Record<string, unknown>?]>([
    ['blank text that is required', { name: '   ' }, 'forms.value.required', 'name'],
    ['text too long', { name: '一二三四五六七八九十十一' }, 'forms.value.tooLong', 'name', { max: 10 }],
    ['a number below its minimum', { size: -1 }, 'forms.value.belowMin', 'size', { min: 0 }],
    ['a number above its maximum', { size: 101 }, 'forms.value.aboveMax', 'size', { max: 100 }],
    ['a fraction where a whole number is asked', { size: 1.5 }, 'forms.value.notInteger', 'size'],
    ['text where a number is asked', { size: '约 12' }, 'forms.value.notNumber', 'size', { value: '约 12' }],
    ['a yes-or-no where a number is asked', { size: true }, 'forms.value.wrongType', 'size', { expected: 'number' }],
    ['a day that does not exist', { founded: '2009-02-30' }, 'forms.value.invalidDate', 'founded'],
    ['a date in the future', { founded: '2009-06-02' }, 'forms.rule.dateInFuture', 'founded', { today }],
    ['an option not offered', { kind: 'loan' }, 'forms.value.unknownOption', 'kind', { value: 'loan' }],
    ['an option not offered in a multiselect', { tags: ['a', 'z'] }, 'forms.value.unknownOption', 'tags', { value: 'z' }],
    ['an unticked confirmation', { agree: false }, 'forms.value.required', 'agree'],
    ['a key the form does not have', { colour: 'red' }, 'forms.value.unknownField', 'colour'],
    [
      'a cell of the third row left blank',
      { members: [row('a', '2009-01-01', '2009-02-01'), row('b', '2009-01-01', '2009-02-01'), row('', '2009-01-01', '2009-02-01')] },
      'forms.value.required',
      'members[2].name',
    ],
    [
      'a secondment longer than six months',
      { members: [row('a', '2009-01-31', '2009-08-01')] },
      'forms.rule.tooLongBetween',
      'members[0].end',
      { months: 6, latest: '2009-07-31' },
    ],
    ['an end before the start', { members: [row('a', '2009-03-01', '2009-02-28')] }, 'forms.rule.endBeforeStart', 'members[0].end'],
    [
      'too many rows',
      { members: Array.from({ length: 5 }, () => row('a', '2009-01-01', '2009-02-01')) },
      'forms.value.tooManyRows',
      'members',
      { max: 4 },
    ],
    ['a shown field under a shown condition', { kind: 'project', remote: false, city: '' }, 'forms.value.required', 'city'],
  ])('finds %s', (_case, change, code, field, params = {}) => {
    const findings = validateValues(teamForm, { ...filled(), ...change } as FormValues, { today });
    expect(findings).toContainEqual(
      expect.objectContaining({ code, field, ...(Object.keys(params).length ? { params: expect.objectContaining(params) } : {}) }),
    );
  });

  it.each<[string, Partial<FormValues>]>([
    ['exactly six months', { members: [{ name: 'a', start: '2009-01-15', end: '2009-07-15' }] }],
    ['a hidden field holding a stale value of the wrong kind', { kind: 'secondment', remote: 'yes' }],
    ['a field hidden because its condition is hidden', { kind: 'secondment', remote: false, city: '' }],
    ['a field shown but condition false', { kind: 'project', remote: true, city: '' }],
    ['a date of today', { founded: today }],
  ])('accepts %s', (_case, change) => {
    expect(validateValues(teamForm, { ...filled(), ...change } as FormValues, { today })).toEqual([]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2009-01-15', 6, '2009-07-15'],
    ['2009-08-31', 6, '2010-02-28'],
    ['2011-08-31', 6, '2012-02-29'],
    ['2009-12-01', 1, '2010-01-01'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(formatIsoDate(addMonths(parseIsoDate(start)!, months))).toBe(expected);
  });
});

describe('messages', () => {
  it('has a sentence in both languages for every code the engine produced above', () => {
    expect(seenCodes.size).toBeGreaterThan(20);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const table: Record<string, string> = formsMessages[locale];
      expect([...seenCodes].filter((code) => table[code] === undefined)).toEqual([]);
    }
  });
});
