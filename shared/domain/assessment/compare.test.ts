import { describe, it, expect } from 'vitest';
import type { Answer, Template } from '../../contract/assessment/schemas';
import { compareAssessments } from './compare';
import { scoreAssessment } from './scoring';
import { smallTemplate } from './small-template.fixture';

const baseline: Answer[] = [
  { indicatorId: 'L1', value: false },
  { indicatorId: 'L2', value: 2 },
  { indicatorId: 'L3', value: 'part' },
  { indicatorId: 'I1', value: 90 },
];
const thisYear: Answer[] = [
  { indicatorId: 'L1', value: true },
  { indicatorId: 'L2', value: 2 },
  { indicatorId: 'L3', value: 'full' },
  { indicatorId: 'I1', value: 60 },
];

describe('compareAssessments', () => {
  // Computed inside each test, not once in the describe body: a mutation run activates its change only while tests run.
  const compareYears = () => compareAssessments(scoreAssessment(smallTemplate, baseline), scoreAssessment(smallTemplate, thisYear));

  it('lists the indicators that moved, largest move first, in score-rate points', () => {
    expect(compareYears().moved).toEqual([
      { indicatorId: 'L1', elementId: 'lead', before: 0, after: 100, delta: 100, direction: 'up' },
      { indicatorId: 'L3', elementId: 'lead', before: 50, after: 100, delta: 50, direction: 'up' },
      { indicatorId: 'I1', elementId: 'infra', before: 100, after: 60, delta: -40, direction: 'down' },
    ]);
  });

  it('gives element, total and grade deltas', () => {
    // lead 12 + 10 = 22 → 50 + 12 + 20 = 82; infra 60 → 36; total 37.2 → 63.6.
    const comparison = compareYears();
    expect(comparison.elements).toEqual([
      { elementId: 'lead', before: 22, after: 82, delta: 60 },
      { elementId: 'infra', before: 60, after: 36, delta: -24 },
    ]);
    expect(comparison.total).toEqual({ before: 37.2, after: 63.6, delta: 26.4 });
    expect(comparison.grade).toEqual({ before: 'E', after: 'C' });
  });

  it('matches indicators by id across template versions', () => {
    const newer: Template = structuredClone(smallTemplate);
    newer.version = '2';
    newer.elements[1]!.indicators[1]!.id = 'I3';
    const result = compareAssessments(scoreAssessment(smallTemplate, baseline), scoreAssessment(newer, thisYear));
    expect(result.onlyBefore).toEqual(['I2']);
    expect(result.onlyAfter).toEqual(['I3']);
    expect(result.moved.map((move) => move.indicatorId)).toEqual(['L1', 'L3', 'I1']);
  });

  it('shows an element only one side has with no delta', () => {
    const newer: Template = structuredClone(smallTemplate);
    newer.version = '2';
    newer.elements[1]!.id = 'infrastructure';
    const result = compareAssessments(scoreAssessment(smallTemplate, baseline), scoreAssessment(newer, thisYear));
    expect(result.elements).toEqual([
      { elementId: 'lead', before: 22, after: 82, delta: 60 },
      { elementId: 'infrastructure', before: null, after: 36, delta: null },
      { elementId: 'infra', before: 60, after: null, delta: null },
    ]);
  });

  it('orders moves by size, not by where the indicators sit in the template', () => {
    // L2 2 → 3 is +20, L3 none → part is +50, I1 60 → 90 is +40 (3 of 5 points → 5 of 5).
    const before: Answer[] = [
      { indicatorId: 'L2', value: 2 },
      { indicatorId: 'L3', value: 'none' },
      { indicatorId: 'I1', value: 60 },
    ];
    const after: Answer[] = [
      { indicatorId: 'L2', value: 3 },
      { indicatorId: 'L3', value: 'part' },
      { indicatorId: 'I1', value: 90 },
    ];
    const moved = compareAssessments(scoreAssessment(smallTemplate, before), scoreAssessment(smallTemplate, after)).moved;
    expect(moved.map(({ indicatorId, delta }) => [indicatorId, delta])).toEqual([
      ['L3', 50],
      ['I1', 40],
      ['L2', 20],
    ]);
  });

  it('finds nothing moved between identical assessments', () => {
    const same = compareAssessments(scoreAssessment(smallTemplate, thisYear), scoreAssessment(smallTemplate, thisYear));
    expect(same.moved).toEqual([]);
    expect(same.total.delta).toBe(0);
  });
});
