import { describe, it, expect } from 'vitest';
import type { Template } from '../../contract/assessment/schemas';
import { formatPath, parseTemplate, validateTemplate } from './template';
import { smallTemplate } from './small-template.fixture';

/** A copy of the small template with one change, so each case shows exactly what it breaks. */
function withChange(change: (template: Template) => void): Template {
  const copy = structuredClone(smallTemplate);
  change(copy);
  return copy;
}

function numericRuleOf(template: Template) {
  const rule = template.elements[1]!.indicators[0]!.rule;
  if (rule.kind !== 'numeric') throw new Error('fixture: elements[1].indicators[0] is numeric');
  return rule;
}

describe('validateTemplate', () => {
  it('accepts a consistent template', () => {
    expect(validateTemplate(smallTemplate)).toEqual([]);
  });

  it.each<[string, (template: Template) => void, { code: string; field: string; params?: Record<string, unknown> }[]]>([
    [
      'element weights that miss the declared sum',
      (t) => void (t.elements[0]!.weight = 50),
      [{ code: 'assessment.template.elementWeightsSum', field: 'elements', params: { sum: 90, declared: 100 } }],
    ],
    [
      'indicator weights in one element that miss the sum',
      (t) => void (t.elements[1]!.indicators[1]!.weight = 30),
      [
        {
          code: 'assessment.template.indicatorWeightsSum',
          field: 'elements[1].indicators',
          params: { element: 'infra', sum: 90, declared: 100 },
        },
      ],
    ],
    [
      'thresholds that do not descend',
      (t) => void (t.gradeThresholds.C = 70),
      [
        {
          code: 'assessment.template.thresholdsNotDescending',
          field: 'gradeThresholds.C',
          params: { grade: 'C', value: 70, higherGrade: 'B', higherValue: 70 },
        },
      ],
    ],
    [
      'a lowest threshold above zero',
      (t) => void (t.gradeThresholds.E = 10),
      [{ code: 'assessment.template.lowestThresholdNotZero', field: 'gradeThresholds.E' }],
    ],
    [
      'a repeated indicator id',
      (t) => void (t.elements[1]!.indicators[1]!.id = 'L1'),
      [{ code: 'assessment.template.duplicateId', field: 'elements[1].indicators[1].id', params: { id: 'L1' } }],
    ],
    [
      'a repeated element id',
      (t) => void (t.elements[1]!.id = 'lead'),
      [{ code: 'assessment.template.duplicateId', field: 'elements[1].id', params: { id: 'lead' } }],
    ],
    [
      'a repeated option id',
      (t) => {
        const rule = t.elements[0]!.indicators[2]!.rule;
        if (rule.kind === 'single') rule.options[1]!.id = rule.options[0]!.id;
      },
      [{ code: 'assessment.template.duplicateId', field: 'elements[0].indicators[2].rule.options[1].id' }],
    ],
    [
      'overlapping bands',
      (t) => void (numericRuleOf(t).bands[1]!.min = 40),
      [{ code: 'assessment.template.bandOverlap', field: 'elements[1].indicators[0].rule.bands[1]', params: { from: 40, to: 50 } }],
    ],
    [
      'a gap between bands',
      (t) => void (numericRuleOf(t).bands[1]!.min = 60),
      [{ code: 'assessment.template.bandGap', field: 'elements[1].indicators[0].rule.bands[1]', params: { from: 50, to: 60 } }],
    ],
    [
      'bands that start above the lowest answer',
      (t) => void (numericRuleOf(t).bands[0]!.min = 10),
      [{ code: 'assessment.template.bandGap', field: 'elements[1].indicators[0].rule.bands[0]', params: { from: 0, to: 10 } }],
    ],
    [
      'bands that stop short of the highest answer',
      (t) => void (numericRuleOf(t).bands[2]!.max = 100),
      [{ code: 'assessment.template.bandGap', field: 'elements[1].indicators[0].rule.bands', params: { from: 100, to: 100 } }],
    ],
    [
      'a count with no maximum whose top band is closed',
      (t) => {
        delete numericRuleOf(t).maxValue;
        numericRuleOf(t).bands[2]!.max = 100;
      },
      [{ code: 'assessment.template.bandGap', field: 'elements[1].indicators[0].rule.bands', params: { from: 100, to: '∞' } }],
    ],
    [
      'an open band that is not the last',
      (t) => void delete numericRuleOf(t).bands[1]!.max,
      [{ code: 'assessment.template.bandOverlap', field: 'elements[1].indicators[0].rule.bands[2]', params: { from: 80, to: '∞' } }],
    ],
    [
      'an empty band',
      (t) => void (numericRuleOf(t).bands[1]!.max = 50),
      [
        { code: 'assessment.template.bandEmpty', field: 'elements[1].indicators[0].rule.bands[1]' },
        { code: 'assessment.template.bandGap', field: 'elements[1].indicators[0].rule.bands[2]', params: { from: 50, to: 80 } },
      ],
    ],
    [
      'an inverted answer range',
      (t) => void (numericRuleOf(t).maxValue = -1),
      [{ code: 'assessment.template.rangeInverted', field: 'elements[1].indicators[0].rule.maxValue' }],
    ],
    [
      'a rule worth no points',
      (t) => void numericRuleOf(t).bands.forEach((band) => (band.points = 0)),
      [{ code: 'assessment.template.noPoints', field: 'elements[1].indicators[0].rule' }],
    ],
    [
      'a multiple-choice cap above what the options add up to',
      (t) => {
        const rule = t.elements[1]!.indicators[1]!.rule;
        if (rule.kind === 'multi') rule.cap = 9;
      },
      [{ code: 'assessment.template.capUnreachable', field: 'elements[1].indicators[1].rule.cap', params: { cap: 9, reachable: 3 } }],
    ],
  ])('reports %s', (_name, change, expected) => {
    const findings = validateTemplate(withChange(change));
    expect(findings).toEqual(expected.map((finding) => expect.objectContaining(finding)));
  });

  it.each<[string, (template: Template) => void]>([
    [
      'a multiple-choice cap that all options together just reach',
      (t) => {
        const rule = t.elements[1]!.indicators[1]!.rule;
        if (rule.kind === 'multi') rule.cap = rule.options.length;
      },
    ],
    ['a closed top band that ends above the highest answer', (t) => void (numericRuleOf(t).bands[2]!.max = 120)],
    ['a count with no maximum whose top band is open', (t) => void delete numericRuleOf(t).maxValue],
    ['a first band that starts below the lowest answer', (t) => void (numericRuleOf(t).bands[0]!.min = -10)],
    ['an answer range of a single value', (t) => void (numericRuleOf(t).maxValue = numericRuleOf(t).minValue)],
  ])('accepts %s', (_name, change) => {
    expect(validateTemplate(withChange(change))).toEqual([]);
  });

  it('reports a repeated option id in a multiple-choice rule', () => {
    const repeated = withChange((t) => {
      const rule = t.elements[1]!.indicators[1]!.rule;
      if (rule.kind === 'multi') rule.options[2]!.id = rule.options[0]!.id;
    });
    expect(validateTemplate(repeated)).toEqual([
      expect.objectContaining({ code: 'assessment.template.duplicateId', field: 'elements[1].indicators[1].rule.options[2].id' }),
    ]);
  });

  it('treats weights that sum as declared up to rounding as equal', () => {
    const thirds = withChange((t) => {
      t.elements[0]!.indicators.forEach((indicator) => (indicator.weight = 100 / 3));
    });
    expect(validateTemplate(thirds)).toEqual([]);
  });
});

describe('parseTemplate', () => {
  it('names the path of a field the schema rejects', () => {
    const broken = structuredClone(smallTemplate) as unknown as { elements: { indicators: { weight: unknown }[] }[] };
    broken.elements[1]!.indicators[0]!.weight = -5;
    const result = parseTemplate(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings).toEqual([
        expect.objectContaining({ code: 'assessment.template.invalidField', field: 'elements[1].indicators[0].weight' }),
      ]);
  });

  it('rejects a well-formed template whose weights do not add up', () => {
    const result = parseTemplate(withChange((t) => void (t.weightsSum = 90)));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.findings.map((finding) => finding.field)).toEqual(['elements', 'elements[0].indicators', 'elements[1].indicators']);
  });

  it('returns the parsed template when all is well', () => {
    const result = parseTemplate(JSON.parse(JSON.stringify(smallTemplate)));
    expect(result).toEqual({ ok: true, template: smallTemplate });
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['elements', 2, 'indicators', 4, 'weight'], 'elements[2].indicators[4].weight'],
    [['gradeThresholds', 'A'], 'gradeThresholds.A'],
    [[3, 'id'], '[3].id'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
