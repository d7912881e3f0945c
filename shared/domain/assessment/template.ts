/**
 * Checks on an indicator template that no single field's schema can make: weight sums, threshold order,
 * unique ids, numeric bands. Every finding names the path of the field at fault, written the way a person
 * reads it: `elements[2].indicators[4].weight`.
 */
import type { Finding } from '../../contract/core';
import {
  GRADES,
  templateSchema,
  type GradeThresholds,
  type Indicator,
  type NumericRule,
  type Template,
} from '../../contract/assessment/schemas';
import { maxPoints } from './rules';

/** Weights are decimals typed by people: sums within this distance count as equal. */
const WEIGHT_TOLERANCE = 1e-6;

export type ParsedTemplate = { ok: true; template: Template } | { ok: false; findings: Finding[] };

/** Reads an imported template (e.g. parsed JSON): schema first, then the cross-field rules. */
export function parseTemplate(input: unknown): ParsedTemplate {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => ({
      code: 'assessment.template.invalidField',
      field: formatPath(issue.path),
      params: { issue: issue.code, detail: issue.message },
    }));
    return { ok: false, findings };
  }
  const findings = validateTemplate(parsed.data);
  return findings.length > 0 ? { ok: false, findings } : { ok: true, template: parsed.data };
}

export function validateTemplate(template: Template): Finding[] {
  return [
    ...checkUniqueIds(template),
    ...checkWeights(template),
    ...checkThresholds(template.gradeThresholds),
    ...template.elements.flatMap((element, e) =>
      element.indicators.flatMap((indicator, i) => checkRule(indicator, `elements[${e}].indicators[${i}].rule`)),
    ),
  ];
}

/** ['elements', 2, 'indicators', 4, 'weight'] → 'elements[2].indicators[4].weight'. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function checkUniqueIds(template: Template): Finding[] {
  const findings: Finding[] = [];
  const elementIds = new Set<string>();
  const indicatorIds = new Set<string>();
  const claim = (seen: Set<string>, id: string, field: string) => {
    if (seen.has(id)) findings.push({ code: 'assessment.template.duplicateId', field, params: { id } });
    seen.add(id);
  };
  template.elements.forEach((element, e) => {
    claim(elementIds, element.id, `elements[${e}].id`);
    element.indicators.forEach((indicator, i) => {
      const path = `elements[${e}].indicators[${i}]`;
      claim(indicatorIds, indicator.id, `${path}.id`);
      if (indicator.rule.kind === 'single' || indicator.rule.kind === 'multi') {
        const optionIds = new Set<string>();
        indicator.rule.options.forEach((option, o) => claim(optionIds, option.id, `${path}.rule.options[${o}].id`));
      }
    });
  });
  return findings;
}

function checkWeights(template: Template): Finding[] {
  const declared = template.weightsSum;
  const findings: Finding[] = [];
  const elementSum = sum(template.elements.map((element) => element.weight));
  if (!sameWeight(elementSum, declared)) {
    findings.push({ code: 'assessment.template.elementWeightsSum', field: 'elements', params: { sum: roundWeight(elementSum), declared } });
  }
  template.elements.forEach((element, e) => {
    const indicatorSum = sum(element.indicators.map((indicator) => indicator.weight));
    if (!sameWeight(indicatorSum, declared)) {
      findings.push({
        code: 'assessment.template.indicatorWeightsSum',
        field: `elements[${e}].indicators`,
        params: { element: element.id, sum: roundWeight(indicatorSum), declared },
      });
    }
  });
  return findings;
}

function checkThresholds(thresholds: GradeThresholds): Finding[] {
  const findings: Finding[] = [];
  GRADES.forEach((grade, index) => {
    const higherGrade = GRADES[index - 1];
    if (higherGrade !== undefined && thresholds[grade] >= thresholds[higherGrade]) {
      findings.push({
        code: 'assessment.template.thresholdsNotDescending',
        field: `gradeThresholds.${grade}`,
        params: { grade, value: thresholds[grade], higherGrade, higherValue: thresholds[higherGrade] },
      });
    }
  });
  // Every total must earn a grade, so the lowest grade starts at 0.
  if (thresholds.E !== 0) {
    findings.push({ code: 'assessment.template.lowestThresholdNotZero', field: 'gradeThresholds.E', params: { value: thresholds.E } });
  }
  return findings;
}

function checkRule(indicator: Indicator, path: string): Finding[] {
  const rule = indicator.rule;
  const findings: Finding[] = [];
  if (maxPoints(rule) <= 0) findings.push({ code: 'assessment.template.noPoints', field: path, params: { indicator: indicator.id } });
  if (rule.kind === 'numeric') findings.push(...checkBands(rule, path));
  if (rule.kind === 'multi') {
    const reachable = sum(rule.options.map((option) => option.points));
    if (rule.cap > reachable) {
      findings.push({ code: 'assessment.template.capUnreachable', field: `${path}.cap`, params: { cap: rule.cap, reachable } });
    }
  }
  return findings;
}

/**
 * Walks the bands in their declared (ascending) order with a cursor at the first value not yet covered:
 * a band starting after the cursor leaves a gap, one starting before it overlaps. At the end the cursor
 * must have passed the highest acceptable answer.
 */
function checkBands(rule: NumericRule, path: string): Finding[] {
  const findings: Finding[] = [];
  if (rule.maxValue !== undefined && rule.maxValue < rule.minValue) {
    findings.push({
      code: 'assessment.template.rangeInverted',
      field: `${path}.maxValue`,
      params: { min: rule.minValue, max: rule.maxValue },
    });
    return findings;
  }
  let cursor = rule.minValue;
  rule.bands.forEach((band, b) => {
    const field = `${path}.bands[${b}]`;
    if (band.max !== undefined && band.max <= band.min) {
      findings.push({ code: 'assessment.template.bandEmpty', field, params: { min: band.min, max: band.max } });
      return;
    }
    if (band.min > cursor) {
      findings.push({ code: 'assessment.template.bandGap', field, params: { from: show(cursor), to: band.min } });
    } else if (band.min < cursor && b > 0) {
      findings.push({
        code: 'assessment.template.bandOverlap',
        field,
        params: { from: band.min, to: show(Math.min(cursor, band.max ?? Infinity)) },
      });
    }
    cursor = Math.max(cursor, band.max ?? Infinity);
  });
  const top = rule.maxValue ?? Infinity;
  const coversTop = top === Infinity ? cursor === Infinity : cursor > top;
  if (!coversTop) {
    findings.push({ code: 'assessment.template.bandGap', field: `${path}.bands`, params: { from: show(cursor), to: show(top) } });
  }
  return findings;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function sameWeight(a: number, b: number): boolean {
  return Math.abs(a - b) <= WEIGHT_TOLERANCE;
}

function roundWeight(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

function show(value: number): number | string {
  return Number.isFinite(value) ? value : '∞';
}
