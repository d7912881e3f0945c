/** Grade arithmetic: A is best, E is worst. */
import { GRADES, type Grade, type GradeThresholds } from '../../contract/assessment/schemas';

/** Position from the top: A → 0 … E → 4. */
function rank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

/** Positive when `a` is a better grade than `b`, negative when worse, 0 when equal. */
export function compareGrades(a: Grade, b: Grade): number {
  return rank(b) - rank(a);
}

export function isGradeAtLeast(grade: Grade, minimum: Grade): boolean {
  return compareGrades(grade, minimum) >= 0;
}

/** The next grade up; A has none. */
export function nextGradeUp(grade: Grade): Grade | undefined {
  return GRADES[rank(grade) - 1];
}

/** The best grade whose minimum the total reaches; below every minimum the total still earns E. */
export function gradeForScore(total: number, thresholds: GradeThresholds): Grade {
  return GRADES.find((grade) => total >= thresholds[grade]) ?? 'E';
}
