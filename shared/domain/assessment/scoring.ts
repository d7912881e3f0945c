/**
 * Scores an assessment against its template.
 *
 * indicator ratio = points / maxPoints (0–1); an unanswered or invalid answer scores 0 and is counted as
 * not answered. element score = Σ(indicator weight × ratio) ÷ weightsSum × 100; total = Σ(element weight ×
 * element score) ÷ weightsSum. Scores are rounded to 2 decimals and the grade is read from the rounded total,
 * so the grade always agrees with the number the user sees.
 */
import type { Answer, AssessmentScore, Formula, Indicator, Template } from '../../contract/assessment/schemas';
import { gradeForScore } from './grades';
import { maxPoints, pointsFor, validateAnswer } from './rules';

export const FORMULA_ID = 'denggao.weightedSum.v1';

export interface IndicatorPoints {
  indicatorId: string;
  answered: boolean;
  points: number;
  maxPoints: number;
  ratio: number;
}

/** `value` undefined means the indicator was not answered. */
export function scoreIndicator(indicator: Indicator, value: unknown): IndicatorPoints {
  const full = maxPoints(indicator.rule);
  const answered = value !== undefined && validateAnswer(indicator, value).length === 0;
  const points = answered ? pointsFor(indicator.rule, value) : 0;
  return { indicatorId: indicator.id, answered, points, maxPoints: full, ratio: full > 0 ? points / full : 0 };
}

/** Answers that name no indicator of the template are ignored here; validateAnswers reports them. */
export function scoreAssessment(template: Template, answers: readonly Answer[]): AssessmentScore {
  const values = new Map<string, unknown>();
  for (const answer of answers) if (!values.has(answer.indicatorId)) values.set(answer.indicatorId, answer.value);

  const indicators: AssessmentScore['indicators'] = [];
  let weightedTotal = 0;
  const elements = template.elements.map((element) => {
    const scored = element.indicators.map((indicator) => ({ indicator, result: scoreIndicator(indicator, values.get(indicator.id)) }));
    indicators.push(...scored.map(({ result }) => ({ ...result, elementId: element.id })));
    const score = (sumOf(scored.map(({ indicator, result }) => indicator.weight * result.ratio)) / template.weightsSum) * 100;
    weightedTotal += element.weight * score;
    const answered = scored.filter(({ result }) => result.answered).length;
    return { elementId: element.id, weight: element.weight, score: round2(score), completion: { answered, total: scored.length } };
  });

  const total = round2(weightedTotal / template.weightsSum);
  const answered = indicators.filter((indicator) => indicator.answered).length;
  return {
    templateId: template.id,
    templateVersion: template.version,
    elements,
    indicators,
    total,
    grade: gradeForScore(total, template.gradeThresholds),
    completion: { answered, total: indicators.length },
    complete: answered === indicators.length,
    formula: describeFormula(template),
  };
}

/** The formula as data, for the UI to show beside the score (i18n key `assessment.formula.weightedSum`). */
export function describeFormula(template: Template): Formula {
  const elementWeights = template.elements.map((element) => ({ elementId: element.id, weight: element.weight }));
  return {
    id: FORMULA_ID,
    code: 'assessment.formula.weightedSum',
    params: { weightsSum: template.weightsSum, elementWeights: elementWeights.map((element) => element.weight).join(' / ') },
    weightsSum: template.weightsSum,
    elementWeights,
  };
}

export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
