/** Checks a set of answers against a template before they are saved. */
import type { Finding } from '../../contract/core';
import type { Answer, Indicator, Template } from '../../contract/assessment/schemas';
import { validateAnswer } from './rules';

export function indicatorsById(template: Template): Map<string, Indicator> {
  return new Map(template.elements.flatMap((element) => element.indicators.map((indicator) => [indicator.id, indicator] as const)));
}

/** Every finding's field is the indicator id the answer names. */
export function validateAnswers(template: Template, answers: readonly Answer[]): Finding[] {
  const indicators = indicatorsById(template);
  const seen = new Set<string>();
  return answers.flatMap((answer): Finding[] => {
    const field = answer.indicatorId;
    if (seen.has(field)) return [{ code: 'assessment.answer.duplicate', field, params: { indicator: field } }];
    seen.add(field);
    const indicator = indicators.get(field);
    if (!indicator) return [{ code: 'assessment.answer.unknownIndicator', field, params: { indicator: field } }];
    return validateAnswer(indicator, answer.value);
  });
}
