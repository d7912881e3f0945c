/**
 * What each rule kind accepts as an answer and how many points an answer earns. One switch per question,
 * so a new rule kind is added in one file and the type checker points at every place it must be handled.
 */
import type { Finding } from '../../contract/core';
import { SCALE_MAX, type Indicator, type NumericRule, type Rule } from '../../contract/assessment/schemas';

/** The points a full answer earns: the indicator's ratio is points / maxPoints. */
export function maxPoints(rule: Rule): number {
  switch (rule.kind) {
    case 'yesno':
      return rule.yesPoints;
    case 'scale':
      return SCALE_MAX;
    case 'numeric':
      return Math.max(0, ...rule.bands.map((band) => band.points));
    case 'single':
      return Math.max(0, ...rule.options.map((option) => option.points));
    case 'multi':
      return rule.cap;
  }
}

/**
 * Why `value` is not an acceptable answer to `indicator` (empty when it is). Each finding's field is the
 * indicator's id, so a form can put the message beside that question.
 */
export function validateAnswer(indicator: Indicator, value: unknown): Finding[] {
  const field = indicator.id;
  const rule = indicator.rule;
  const wrongType = (): Finding[] => [{ code: 'assessment.answer.wrongType', field, params: { kind: rule.kind } }];
  switch (rule.kind) {
    case 'yesno':
      return typeof value === 'boolean' ? [] : wrongType();
    case 'scale':
      if (!isFiniteNumber(value)) return wrongType();
      return checkRange(field, value, 0, SCALE_MAX, true);
    case 'numeric':
      // Text a number box could not read ("约 4000") is told the form a number takes, with an example.
      if (typeof value === 'string') return [{ code: 'validation.expectedNumber', field, params: { value } }];
      if (!isFiniteNumber(value)) return wrongType();
      return checkRange(field, value, rule.minValue, rule.maxValue, rule.integer ?? false);
    case 'single':
      if (typeof value !== 'string') return wrongType();
      return rule.options.some((option) => option.id === value)
        ? []
        : [{ code: 'assessment.answer.unknownOption', field, params: { option: value } }];
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return wrongType();
      const known = new Set(rule.options.map((option) => option.id));
      const findings: Finding[] = value
        .filter((option) => !known.has(option))
        .map((option) => ({ code: 'assessment.answer.unknownOption', field, params: { option } }));
      const repeated = value.filter((option, index) => value.indexOf(option) !== index);
      for (const option of new Set(repeated)) findings.push({ code: 'assessment.answer.duplicateOption', field, params: { option } });
      return findings;
    }
  }
}

/** Points for an answer that validateAnswer accepted. */
export function pointsFor(rule: Rule, value: unknown): number {
  switch (rule.kind) {
    case 'yesno':
      return value === true ? rule.yesPoints : 0;
    case 'scale':
      return value as number;
    case 'numeric':
      return bandFor(rule, value as number)?.points ?? 0;
    case 'single':
      return rule.options.find((option) => option.id === value)?.points ?? 0;
    case 'multi': {
      const chosen = new Set(value as string[]);
      const sum = rule.options.filter((option) => chosen.has(option.id)).reduce((total, option) => total + option.points, 0);
      return Math.min(rule.cap, sum);
    }
  }
}

/** The band a value falls in: min inclusive, max exclusive, the open-ended band takes everything above. */
export function bandFor(rule: NumericRule, value: number) {
  return rule.bands.find((band) => value >= band.min && (band.max === undefined || value < band.max));
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkRange(field: string, value: number, min: number, max: number | undefined, integer: boolean): Finding[] {
  if (value < min || (max !== undefined && value > max)) {
    return [{ code: 'assessment.answer.outOfRange', field, params: { value, min, max: max ?? '∞' } }];
  }
  if (integer && !Number.isInteger(value)) return [{ code: 'assessment.answer.notInteger', field, params: { value } }];
  return [];
}
