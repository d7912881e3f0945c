/**
 * Cross-field rules a form declares as data. A rule only speaks about fields that are showing and hold
 * valid dates: a blank or malformed date is reported once, by the field check, not again here.
 */
import type { Finding } from '../../contract/core';
import type { FieldValue, FormDefinition, FormField, FormRule, ScalarField } from '../../contract/forms/schemas';
import { addMonths, formatIsoDate, isAfter, parseIsoDate } from './dates';
import { allFields } from './definition';
import { isVisible } from './visibility';

/** One place a rule applies: the form itself, or one row of a table. */
interface RuleScope {
  fields: readonly FormField[];
  values: Record<string, FieldValue>;
  pathOf: (id: string) => string;
}

export function ruleFindings(definition: FormDefinition, values: Record<string, FieldValue>, today: string): Finding[] {
  const fields = allFields(definition);
  return (definition.rules ?? []).flatMap((rule) => scopesOf(rule, fields, values).flatMap((scope) => applyRule(rule, scope, today)));
}

function scopesOf(rule: FormRule, fields: FormField[], values: Record<string, FieldValue>): RuleScope[] {
  if (rule.table === undefined) return [{ fields, values, pathOf: (id) => id }];
  const table = fields.find((f) => f.id === rule.table);
  const rows = values[rule.table];
  if (!table || table.kind !== 'table' || !isVisible(table, fields, values) || !Array.isArray(rows)) return [];
  const columns: readonly ScalarField[] = table.columns;
  return rows.flatMap((row, index): RuleScope[] =>
    typeof row === 'object' && row !== null && !Array.isArray(row)
      ? [{ fields: columns, values: row, pathOf: (id) => `${table.id}[${index}].${id}` }]
      : [],
  );
}

/** The field's value as a valid date, or null when it is hidden, blank or malformed. */
function dateOf(scope: RuleScope, id: string): string | null {
  const field = scope.fields.find((f) => f.id === id);
  const value = scope.values[id];
  if (!field || !isVisible(field, scope.fields, scope.values)) return null;
  return typeof value === 'string' && parseIsoDate(value) ? value : null;
}

function applyRule(rule: FormRule, scope: RuleScope, today: string): Finding[] {
  switch (rule.kind) {
    case 'dateNotFuture': {
      const date = dateOf(scope, rule.field);
      return date !== null && isAfter(date, today)
        ? [{ code: 'forms.rule.dateInFuture', field: scope.pathOf(rule.field), params: { date, today } }]
        : [];
    }
    case 'dateOrder': {
      const start = dateOf(scope, rule.start);
      const end = dateOf(scope, rule.end);
      return start !== null && end !== null && isAfter(start, end)
        ? [{ code: 'forms.rule.endBeforeStart', field: scope.pathOf(rule.end), params: { start, end } }]
        : [];
    }
    case 'maxMonthsBetween': {
      const start = dateOf(scope, rule.start);
      const end = dateOf(scope, rule.end);
      if (start === null || end === null) return [];
      const endPath = scope.pathOf(rule.end);
      if (isAfter(start, end)) return [{ code: 'forms.rule.endBeforeStart', field: endPath, params: { start, end } }];
      const latest = formatIsoDate(addMonths(parseIsoDate(start)!, rule.months));
      return isAfter(end, latest)
        ? [{ code: 'forms.rule.tooLongBetween', field: endPath, params: { months: rule.months, start, end, latest } }]
        : [];
    }
  }
}
