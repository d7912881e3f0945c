import { describe, it, expect } from 'vitest';
import type { Answer, Grade } from '../../contract/assessment/schemas';
import { scoreAssessment } from './scoring';
import { smallTemplate } from './small-template.fixture';

const full: Answer[] = [
  { indicatorId: 'L1', value: true },
  { indicatorId: 'L2', value: 3 },
  { indicatorId: 'L3', value: 'part' },
  { indicatorId: 'I1', value: 65 },
  { indicatorId: 'I2', value: ['a', 'b', 'c'] },
];

describe('scoreAssessment', () => {
  // Worked by hand: lead = 50×1 + 30×0.6 + 20×0.5 = 78; infra = 60×0.6 + 40×1 = 76; total = 0.6×78 + 0.4×76 = 77.2.
  it.each<[string, Answer[], number, number, number, Grade]>([
    ['every indicator answered', full, 78, 76, 77.2, 'B'],
    ['only one indicator answered', [{ indicatorId: 'L1', value: true }], 50, 0, 30, 'E'],
    ['nothing answered', [], 0, 0, 0, 'E'],
    [
      'top marks',
      [
        { indicatorId: 'L1', value: true },
        { indicatorId: 'L2', value: 5 },
        { indicatorId: 'L3', value: 'full' },
        { indicatorId: 'I1', value: 100 },
        { indicatorId: 'I2', value: ['a', 'b'] },
      ],
      100,
      100,
      100,
      'A',
    ],
    [
      'an invalid answer counted as unanswered',
      full.map((answer) => (answer.indicatorId === 'I1' ? { ...answer, value: 150 } : answer)),
      78,
      40,
      62.8,
      'C',
    ],
  ])('%s', (_name, answers, leadScore, infraScore, total, grade) => {
    const score = scoreAssessment(smallTemplate, answers);
    expect(score.elements.map((element) => element.score)).toEqual([leadScore, infraScore]);
    expect(score.total).toBe(total);
    expect(score.grade).toBe(grade);
  });

  it('reports completion per element and overall', () => {
    const score = scoreAssessment(smallTemplate, [
      { indicatorId: 'L1', value: false },
      { indicatorId: 'L3', value: 'none' },
      { indicatorId: 'I1', value: -3 },
    ]);
    expect(score.elements.map((element) => element.completion)).toEqual([
      { answered: 2, total: 3 },
      { answered: 0, total: 2 },
    ]);
    expect(score.completion).toEqual({ answered: 2, total: 5 });
    expect(score.complete).toBe(false);
    expect(scoreAssessment(smallTemplate, full).complete).toBe(true);
  });

  it('grades at the threshold itself, after rounding to what the user sees', () => {
    // lead 100 → 60; infra: I1 in the 3-point band (0.6 × 60 = 36) + one of two capped mechanisms (20) = 56 → 22.4; 82.4
    // Tweak the thresholds so B starts exactly there.
    const template = { ...smallTemplate, gradeThresholds: { ...smallTemplate.gradeThresholds, A: 90, B: 82.4 } };
    const score = scoreAssessment(template, [
      { indicatorId: 'L1', value: true },
      { indicatorId: 'L2', value: 5 },
      { indicatorId: 'L3', value: 'full' },
      { indicatorId: 'I1', value: 70 },
      { indicatorId: 'I2', value: ['c'] },
    ]);
    expect(score.total).toBe(82.4);
    expect(score.grade).toBe('B');
  });

  it('keeps the first of repeated answers, as validateAnswers reports the rest', () => {
    const score = scoreAssessment(smallTemplate, [
      { indicatorId: 'L1', value: true },
      { indicatorId: 'L1', value: false },
    ]);
    expect(score.indicators.find((indicator) => indicator.indicatorId === 'L1')?.points).toBe(2);
  });

  it('names the template, the formula and its weights', () => {
    const score = scoreAssessment(smallTemplate, full);
    expect(score).toMatchObject({ templateId: 'small', templateVersion: '1' });
    expect(score.formula).toEqual({
      id: 'denggao.weightedSum.v1',
      code: 'assessment.formula.weightedSum',
      params: { weightsSum: 100, elementWeights: '60 / 40' },
      weightsSum: 100,
      elementWeights: [
        { elementId: 'lead', weight: 60 },
        { elementId: 'infra', weight: 40 },
      ],
    });
  });

  it('lists every indicator with its element', () => {
    const score = scoreAssessment(smallTemplate, full);
    expect(score.indicators.map((indicator) => `${indicator.elementId}/${indicator.indicatorId}`)).toEqual([
      'lead/L1',
      'lead/L2',
      'lead/L3',
      'infra/I1',
      'infra/I2',
    ]);
  });
});
