import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../shared/contract/assessment/schemas';
import { smallTemplate } from '../../../../shared/domain/assessment/small-template.fixture';
import { blankIndicator, blankRule, countWithin, findingsByField, RULE_KINDS } from './template-draft';

/** The small template with its first element's first indicator replaced. */
function withRule(kind: (typeof RULE_KINDS)[number]): Template {
  const template = structuredClone(smallTemplate);
  template.elements[0]!.indicators[0]!.rule = blankRule(kind);
  return template;
}

describe('template editor drafts', () => {
  it.each(RULE_KINDS)('a blank %s rule needs only its texts filled in to pass validation', (kind) => {
    const fields = Object.keys(findingsByField(withRule(kind)));
    expect(fields.every((field) => /\.(zh|en|labelZh|labelEn)$/.test(field))).toBe(true);
  });

  it('a new indicator gets an id no other indicator has, and its empty names are named at their paths', () => {
    const template = structuredClone(smallTemplate);
    const indicator = blankIndicator(template, 1);
    expect(indicator.id).toBe('infra-1');
    template.elements[1]!.indicators.push(indicator);
    const findings = findingsByField(template);
    expect(Object.keys(findings)).toEqual([
      'elements[1].indicators[2].nameZh',
      'elements[1].indicators[2].nameEn',
      'elements[1].indicators[2].description.zh',
      'elements[1].indicators[2].description.en',
    ]);
    expect(countWithin(findings, 'elements[1].indicators[2]')).toBe(4);
    expect(countWithin(findings, 'elements[1].indicators[1]')).toBe(0);
  });
});
