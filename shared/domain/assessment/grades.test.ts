import { describe, it, expect } from 'vitest';
import type { Grade } from '../../contract/assessment/schemas';
import { compareGrades, gradeForScore, isGradeAtLeast, nextGradeUp } from './grades';

const thresholds = { A: 85, B: 70, C: 55, D: 40, E: 0 };

describe('gradeForScore', () => {
  it.each<[number, Grade]>([
    [100, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [70, 'B'],
    [69.99, 'C'],
    [55, 'C'],
    [54.99, 'D'],
    [40, 'D'],
    [39.99, 'E'],
    [0, 'E'],
  ])('total %d → %s', (total, grade) => {
    expect(gradeForScore(total, thresholds)).toBe(grade);
  });

  it('gives E to a total below every minimum when E itself has a minimum', () => {
    expect(gradeForScore(5, { ...thresholds, E: 10 })).toBe('E');
  });
});

describe('grade order', () => {
  it.each<[Grade, Grade, boolean]>([
    ['A', 'C', true],
    ['C', 'C', true],
    ['D', 'C', false],
    ['E', 'A', false],
  ])('%s at least %s → %s', (grade, minimum, expected) => {
    expect(isGradeAtLeast(grade, minimum)).toBe(expected);
  });

  it.each<[Grade, Grade | undefined]>([
    ['E', 'D'],
    ['C', 'B'],
    ['B', 'A'],
    ['A', undefined],
  ])('next grade up from %s is %s', (grade, next) => {
    expect(nextGradeUp(grade)).toBe(next);
  });

  it('compares better grades as greater', () => {
    expect(compareGrades('A', 'B')).toBeGreaterThan(0);
    expect(compareGrades('E', 'D')).toBeLessThan(0);
    expect(compareGrades('C', 'C')).toBe(0);
  });
});
