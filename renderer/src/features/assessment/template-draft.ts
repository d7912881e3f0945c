/**
 * The template editor's working copy: what a new indicator or rule starts as, and the findings of the copy as
 * it stands (schema first, then the cross-field rules of shared/domain), grouped by the field they name.
 */
import type { ChoiceOption, Indicator, Rule, RuleKind, Template } from '../../../../shared/contract/assessment/schemas';
import type { Finding } from '../../../../shared/contract/core';
import { parseTemplate } from '../../../../shared/domain/assessment';

export const RULE_KINDS: readonly RuleKind[] = ['yesno', 'scale', 'numeric', 'single', 'multi'];

/** Findings by the path of the field they name (`elements[2].indicators[4].weight`); '' for none. */
export type FindingsByField = Record<string, Finding[]>;

export function findingsByField(draft: Template): FindingsByField {
  const parsed = parseTemplate(draft);
  const grouped: FindingsByField = {};
  if (parsed.ok) return grouped;
  for (const finding of parsed.findings) (grouped[finding.field ?? ''] ??= []).push(finding);
  return grouped;
}

/** Findings at a field or anywhere inside it (for a collapsed indicator's summary). */
export function countWithin(findings: FindingsByField, path: string): number {
  return Object.entries(findings)
    .filter(([field]) => field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`))
    .reduce((count, [, list]) => count + list.length, 0);
}

export function weightTotal(items: readonly { weight: number }[]): number {
  return Math.round(items.reduce((total, item) => total + (Number.isFinite(item.weight) ? item.weight : 0), 0) * 1e4) / 1e4;
}

/** A rule of the given kind to start from; its texts are left blank for the author to fill in. */
export function blankRule(kind: RuleKind): Rule {
  const blank = { zh: '', en: '' };
  switch (kind) {
    case 'yesno':
      return { kind, yesPoints: 1 };
    case 'scale':
      return { kind, anchors: [blank, blank, blank, blank, blank, blank] };
    case 'numeric':
      return {
        kind,
        minValue: 0,
        maxValue: 100,
        bands: [
          { min: 0, max: 50, points: 0 },
          { min: 50, points: 1 },
        ],
      };
    case 'single':
      return { kind, options: [blankOption('a', 0), blankOption('b', 1)] };
    case 'multi':
      return { kind, options: [blankOption('a', 1), blankOption('b', 1)], cap: 2 };
  }
}

export function blankOption(id: string, points: number): ChoiceOption {
  return { id, labelZh: '', labelEn: '', points };
}

/** An id not yet taken among `taken`: `<base>-1`, `<base>-2`, … */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function blankIndicator(template: Template, elementIndex: number): Indicator {
  const element = template.elements[elementIndex];
  const taken = template.elements.flatMap((e) => e.indicators.map((indicator) => indicator.id));
  return {
    id: freeId(element?.id ?? 'indicator', taken),
    nameZh: '',
    nameEn: '',
    description: { zh: '', en: '' },
    weight: 0,
    evidenceRequired: false,
    rule: blankRule('yesno'),
  };
}
