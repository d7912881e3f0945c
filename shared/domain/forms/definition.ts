/**
 * Checks a form definition before it is used: the schema's shape, then what a schema cannot say — ids
 * unique, every reference (condition or rule) pointing at an existing field of the right kind, and
 * conditions that can ever be met. A definition with findings is refused, so a catalog typo never reaches
 * a user as a field that silently never shows.
 */
import type { Finding } from '../../contract/core';
import {
  formDefinitionSchema,
  type FormDefinition,
  type FormField,
  type FormRule,
  type ScalarField,
  type TableField,
  type VisibleWhen,
} from '../../contract/forms/schemas';

export type DefinitionResult = { ok: true; definition: FormDefinition } | { ok: false; findings: Finding[] };

/** Parses unknown data (a catalog entry, an imported file) into a definition, or says what is wrong. */
export function loadDefinition(raw: unknown): DefinitionResult {
  const parsed = formDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) => ({
        code: 'forms.definition.invalid',
        field: issue.path.map(String).join('.'),
        params: { message: issue.message },
      })),
    };
  }
  const findings = checkDefinition(parsed.data);
  return findings.length === 0 ? { ok: true, definition: parsed.data } : { ok: false, findings };
}

/** All findings about a definition; empty means it can be rendered and validated. */
export function validateDefinition(raw: unknown): Finding[] {
  const result = loadDefinition(raw);
  return result.ok ? [] : result.findings;
}

/** Every top-level field of a definition, in order, across its sections. */
export function allFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

export function findField(definition: FormDefinition, id: string): FormField | undefined {
  return allFields(definition).find((field) => field.id === id);
}

function checkDefinition(definition: FormDefinition): Finding[] {
  const fields = allFields(definition);
  const byId = new Map<string, FormField>();
  const findings: Finding[] = [];

  findings.push(
    ...duplicates(
      definition.sections.map((s) => s.id),
      'forms.definition.duplicateSectionId',
    ),
  );
  findings.push(
    ...duplicates(
      fields.map((f) => f.id),
      'forms.definition.duplicateFieldId',
    ),
  );
  for (const field of fields) if (!byId.has(field.id)) byId.set(field.id, field);

  for (const field of fields) {
    findings.push(...checkFieldShape(field, field.id));
    if (field.visibleWhen) findings.push(...checkCondition(field.id, field.visibleWhen, byId));
    if (field.kind === 'table') findings.push(...checkTable(field));
  }
  findings.push(...checkConditionCycles(fields, (f) => f.visibleWhen?.field, ''));
  for (const rule of definition.rules ?? []) findings.push(...checkRule(rule, byId));
  return findings;
}

function duplicates(ids: string[], code: string, prefix = ''): Finding[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      findings.push({ code, field: prefix + id, params: { id: prefix + id } });
    }
    seen.add(id);
  }
  return findings;
}

function checkFieldShape(field: FormField, path: string): Finding[] {
  const findings: Finding[] = [];
  if (field.kind === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    findings.push({ code: 'forms.definition.minAboveMax', field: path, params: { field: path, min: field.min, max: field.max } });
  }
  if (field.kind === 'table' && field.minRows !== undefined && field.maxRows !== undefined && field.minRows > field.maxRows) {
    findings.push({ code: 'forms.definition.minAboveMax', field: path, params: { field: path, min: field.minRows, max: field.maxRows } });
  }
  if (field.kind === 'select' || field.kind === 'multiselect') {
    for (const dup of duplicates(
      field.options.map((o) => o.value),
      'forms.definition.duplicateOption',
    )) {
      findings.push({ ...dup, field: path, params: { field: path, value: String(dup.params?.id) } });
    }
  }
  return findings;
}

function checkTable(table: TableField): Finding[] {
  const columns = new Map<string, ScalarField>();
  for (const column of table.columns) if (!columns.has(column.id)) columns.set(column.id, column);
  const findings = duplicates(
    table.columns.map((c) => c.id),
    'forms.definition.duplicateFieldId',
    `${table.id}.`,
  );
  for (const column of table.columns) {
    const path = `${table.id}.${column.id}`;
    findings.push(...checkFieldShape(column, path));
    if (column.visibleWhen) findings.push(...checkCondition(path, column.visibleWhen, columns, `${table.id}.`));
  }
  findings.push(...checkConditionCycles(table.columns, (c) => c.visibleWhen?.field, `${table.id}.`));
  return findings;
}

/** A condition must name an existing single-value field with a value that field can hold. */
function checkCondition(path: string, condition: VisibleWhen, scope: Map<string, FormField>, prefix = ''): Finding[] {
  const target = scope.get(condition.field);
  const ref = prefix + condition.field;
  if (!target) return [{ code: 'forms.definition.missingField', field: path, params: { field: path, ref } }];
  if (target.kind === 'table' || target.kind === 'multiselect') {
    return [
      {
        code: 'forms.definition.wrongFieldKind',
        field: path,
        params: { field: path, ref, expected: 'text|textarea|number|date|select|boolean' },
      },
    ];
  }
  if (!conditionValueFits(target, condition.equals)) {
    return [{ code: 'forms.definition.conditionNeverMet', field: path, params: { field: path, ref, value: String(condition.equals) } }];
  }
  return [];
}

function conditionValueFits(target: Exclude<FormField, TableField>, value: VisibleWhen['equals']): boolean {
  switch (target.kind) {
    case 'select':
      return typeof value === 'string' && target.options.some((o) => o.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === 'string';
  }
}

/** A ring of conditions (a shows when b, b shows when a) leaves both hidden for ever. */
function checkConditionCycles<F extends { id: string }>(fields: F[], parentOf: (f: F) => string | undefined, prefix: string): Finding[] {
  const parents = new Map(fields.map((f) => [f.id, parentOf(f)]));
  const findings: Finding[] = [];
  for (const field of fields) {
    const seen = new Set<string>([field.id]);
    let next = parents.get(field.id);
    while (next !== undefined && parents.has(next)) {
      if (next === field.id) {
        findings.push({ code: 'forms.definition.conditionCycle', field: prefix + field.id, params: { field: prefix + field.id } });
        break;
      }
      if (seen.has(next)) break;
      seen.add(next);
      next = parents.get(next);
    }
  }
  return findings;
}

function checkRule(rule: FormRule, byId: Map<string, FormField>): Finding[] {
  const ruleName = rule.kind;
  let scope: Map<string, FormField> = byId;
  let prefix = '';
  if (rule.table !== undefined) {
    const table = byId.get(rule.table);
    if (!table) return [{ code: 'forms.definition.missingField', field: rule.table, params: { field: ruleName, ref: rule.table } }];
    if (table.kind !== 'table') {
      return [
        { code: 'forms.definition.wrongFieldKind', field: rule.table, params: { field: ruleName, ref: rule.table, expected: 'table' } },
      ];
    }
    scope = new Map(table.columns.map((c) => [c.id, c]));
    prefix = `${table.id}.`;
  }
  const refs = rule.kind === 'dateNotFuture' ? [rule.field] : [rule.start, rule.end];
  return refs.flatMap((id): Finding[] => {
    const target = scope.get(id);
    const ref = prefix + id;
    if (!target) return [{ code: 'forms.definition.missingField', field: ref, params: { field: ruleName, ref } }];
    if (target.kind !== 'date')
      return [{ code: 'forms.definition.wrongFieldKind', field: ref, params: { field: ruleName, ref, expected: 'date' } }];
    return [];
  });
}
