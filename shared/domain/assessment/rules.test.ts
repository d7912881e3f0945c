import { describe, it, expect } from 'vitest';
import type { Indicator } from '../../contract/assessment/schemas';
import { validateAnswer } from './rules';
import { validateAnswers } from './answers';
import { scoreIndicator } from './scoring';
import { smallTemplate } from './small-template.fixture';

const [lead, infra] = smallTemplate.elements;
const byId = (id: string): Indicator => [...lead!.indicators, ...infra!.indicators].find((indicator) => indicator.id === id)!;
const integerCount: Indicator = {
  ...byId('I1'),
  id: 'N1',
  rule: {
    kind: 'numeric',
    minValue: 0,
    integer: true,
    bands: [
      { min: 0, max: 10, points: 1 },
      { min: 10, points: 2 },
    ],
  },
};

/** A count the template accepts from 0 but scores only from 20 up. */
const countFromTwenty: Indicator = { ...integerCount, id: 'N2', rule: { kind: 'numeric', minValue: 0, bands: [{ min: 20, points: 1 }] } };

describe('validateAnswer', () => {
  it.each<[string, Indicator, unknown]>([
    ['yes', byId('L1'), true],
    ['no', byId('L1'), false],
    ['scale bottom', byId('L2'), 0],
    ['scale top', byId('L2'), 5],
    ['a known option', byId('L3'), 'part'],
    ['numeric at the lower limit', byId('I1'), 0],
    ['numeric at the upper limit', byId('I1'), 100],
    ['no options chosen', byId('I2'), []],
    ['several known options', byId('I2'), ['a', 'c']],
    ['a large count with no upper limit', integerCount, 100000],
  ])('accepts %s', (_name, indicator, value) => {
    expect(validateAnswer(indicator, value)).toEqual([]);
  });

  it.each<[string, Indicator, unknown, { code: string; params?: Record<string, unknown> }[]]>([
    ['text for yes/no', byId('L1'), 'yes', [{ code: 'assessment.answer.wrongType', params: { kind: 'yesno' } }]],
    ['a scale point above 5', byId('L2'), 6, [{ code: 'assessment.answer.outOfRange', params: { value: 6, min: 0, max: 5 } }]],
    ['a negative scale point', byId('L2'), -1, [{ code: 'assessment.answer.outOfRange' }]],
    ['half a scale point', byId('L2'), 2.5, [{ code: 'assessment.answer.notInteger', params: { value: 2.5 } }]],
    ['a percentage above 100', byId('I1'), 120, [{ code: 'assessment.answer.outOfRange', params: { value: 120, min: 0, max: 100 } }]],
    ['a negative count', integerCount, -1, [{ code: 'assessment.answer.outOfRange', params: { value: -1, min: 0, max: '∞' } }]],
    ['a fractional count', integerCount, 2.5, [{ code: 'assessment.answer.notInteger' }]],
    ['not a number', byId('I1'), Number.NaN, [{ code: 'assessment.answer.wrongType', params: { kind: 'numeric' } }]],
    ['text a number box could not read', byId('I1'), '约 4000', [{ code: 'validation.expectedNumber', params: { value: '约 4000' } }]],
    ['an unknown option', byId('L3'), 'boss', [{ code: 'assessment.answer.unknownOption', params: { option: 'boss' } }]],
    ['one option where several are expected', byId('I2'), 'a', [{ code: 'assessment.answer.wrongType', params: { kind: 'multi' } }]],
    ['an unknown option among known ones', byId('I2'), ['a', 'z'], [{ code: 'assessment.answer.unknownOption', params: { option: 'z' } }]],
    ['an option chosen twice', byId('I2'), ['a', 'a'], [{ code: 'assessment.answer.duplicateOption', params: { option: 'a' } }]],
    ['text for a scale point', byId('L2'), '3', [{ code: 'assessment.answer.wrongType', params: { kind: 'scale' } }]],
    ['an endless scale point', byId('L2'), Number.POSITIVE_INFINITY, [{ code: 'assessment.answer.wrongType', params: { kind: 'scale' } }]],
    ['an option given by its number', byId('L3'), 2, [{ code: 'assessment.answer.wrongType', params: { kind: 'single' } }]],
    ['options given by their numbers', byId('I2'), [1, 2], [{ code: 'assessment.answer.wrongType', params: { kind: 'multi' } }]],
  ])('rejects %s, naming the indicator', (_name, indicator, value, expected) => {
    expect(validateAnswer(indicator, value)).toEqual(
      expected.map((finding) => expect.objectContaining({ ...finding, field: indicator.id })),
    );
  });
});

describe('validateAnswers', () => {
  it('reports answers to unknown indicators, repeated answers and bad values', () => {
    const findings = validateAnswers(smallTemplate, [
      { indicatorId: 'L1', value: true },
      { indicatorId: 'L1', value: false },
      { indicatorId: 'X9', value: 1 },
      { indicatorId: 'I1', value: 101 },
    ]);
    expect(findings.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'assessment.answer.duplicate', field: 'L1' },
      { code: 'assessment.answer.unknownIndicator', field: 'X9' },
      { code: 'assessment.answer.outOfRange', field: 'I1' },
    ]);
  });
});

describe('scoreIndicator', () => {
  it.each<[string, Indicator, unknown, number, number, boolean]>([
    ['yes earns the yes points', byId('L1'), true, 2, 2, true],
    ['no earns nothing but counts as answered', byId('L1'), false, 0, 2, true],
    ['a scale point is its own score', byId('L2'), 3, 3, 5, true],
    ['an option earns its points', byId('L3'), 'part', 2, 4, true],
    ['the band floor is inclusive', byId('I1'), 50, 3, 5, true],
    ['the band ceiling is exclusive', byId('I1'), 79.99, 3, 5, true],
    ['the open top band reaches the range limit', byId('I1'), 100, 5, 5, true],
    ['chosen options add up', byId('I2'), ['a'], 1, 2, true],
    ['chosen options stop at the cap', byId('I2'), ['a', 'b', 'c'], 2, 2, true],
    ['a value in range but below every band earns nothing', countFromTwenty, 5, 0, 1, true],
    ['no answer scores 0 and is incomplete', byId('L2'), undefined, 0, 5, false],
    ['an invalid answer scores 0 and is incomplete', byId('I1'), 150, 0, 5, false],
  ])('%s', (_name, indicator, value, points, maxPoints, answered) => {
    const result = scoreIndicator(indicator, value);
    expect(result).toEqual({ indicatorId: indicator.id, answered, points, maxPoints, ratio: points / maxPoints });
  });
});
