import { describe, it, expect } from 'vitest';
import { templateSchema, type Answer, type Indicator } from '../../contract/assessment/schemas';
import { scoreAssessment } from '../../domain/assessment/scoring';
import { validateTemplate } from '../../domain/assessment/template';
import { DEFAULT_TEMPLATE } from './default-template';

const indicators = DEFAULT_TEMPLATE.elements.flatMap((element) => element.indicators);

/** The answer that earns an indicator's full score. */
function bestAnswer(indicator: Indicator): Answer['value'] {
  const rule = indicator.rule;
  switch (rule.kind) {
    case 'yesno':
      return true;
    case 'scale':
      return 5;
    case 'numeric':
      return rule.maxValue ?? rule.bands[rule.bands.length - 1]!.min;
    case 'single':
      return [...rule.options].sort((a, b) => b.points - a.points)[0]!.id;
    case 'multi':
      return rule.options.map((option) => option.id);
  }
}

describe('default template', () => {
  it('is valid: schema, weight sums, thresholds, ids, bands', () => {
    expect(templateSchema.parse(DEFAULT_TEMPLATE)).toEqual(DEFAULT_TEMPLATE);
    expect(validateTemplate(DEFAULT_TEMPLATE)).toEqual([]);
  });

  it('is identified and versioned', () => {
    expect(DEFAULT_TEMPLATE).toMatchObject({ id: 'denggao-default', version: '1.0.0' });
  });

  it('follows the five elements of the 2007 SASAC data form', () => {
    expect(DEFAULT_TEMPLATE.elements.map((element) => element.nameZh)).toEqual([
      '信息化领导力',
      '信息化基础建设',
      '信息化应用与效果',
      'IT服务管理与IT治理',
      '信息化人力资源',
    ]);
  });

  it('has 30 to 60 indicators using every kind of rule', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(indicators.length).toBeLessThanOrEqual(60);
    const kinds = new Map<string, number>();
    for (const indicator of indicators) kinds.set(indicator.rule.kind, (kinds.get(indicator.rule.kind) ?? 0) + 1);
    for (const kind of ['yesno', 'scale', 'numeric', 'single', 'multi']) expect(kinds.get(kind) ?? 0).toBeGreaterThanOrEqual(4);
  });

  it('says its weights and thresholds are editable defaults, not official ones', () => {
    expect(DEFAULT_TEMPLATE.notesZh).toMatch(/可编辑默认值.*并非国资委官方/);
    expect(DEFAULT_TEMPLATE.notesEn).toMatch(/editable defaults, not SASAC's official/);
  });

  it('gives every indicator text in both languages and distinct names', () => {
    for (const indicator of indicators) {
      expect(indicator.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.nameEn).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(new Set(indicators.map((indicator) => indicator.nameZh)).size).toBe(indicators.length);
  });

  it('lets the best answers reach 100 and grade A, and no answers score 0 and grade E', () => {
    const best = indicators.map((indicator) => ({ indicatorId: indicator.id, value: bestAnswer(indicator) }));
    const top = scoreAssessment(DEFAULT_TEMPLATE, best);
    expect(top.elements.map((element) => element.score)).toEqual([100, 100, 100, 100, 100]);
    expect(top).toMatchObject({ total: 100, grade: 'A', complete: true });
    expect(scoreAssessment(DEFAULT_TEMPLATE, [])).toMatchObject({ total: 0, grade: 'E', complete: false });
  });
});
