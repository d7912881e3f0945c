/**
 * Values of a filled-in form: what an empty form holds, which fields are showing, and what is wrong with
 * the values, each finding naming the field by its path (`title`, `members[2].name`).
 */
import type { Finding } from '../../contract/core';
import type {
  FieldValue,
  FormDefinition,
  FormField,
  FormValues,
  ScalarField,
  ScalarValue,
  TableField,
  TableRow,
} from '../../contract/forms/schemas';
import { isIsoDate } from './dates';
import { allFields } from './definition';
import { ruleFindings } from './rules';
import { isVisible } from './visibility';

export interface ValidateOptions {
  /** Today's date (`YYYY-MM-DD`), for rules such as dateNotFuture; passed in so the rule stays pure. */
  today: string;
}

export function emptyValue(field: ScalarField): ScalarValue;
export function emptyValue(field: FormField): FieldValue;
export function emptyValue(field: FormField): FieldValue {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return '';
    case 'number':
    case 'date':
    case 'select':
      return null;
    case 'multiselect':
    case 'table':
      return [];
    case 'boolean':
      return false;
  }
}

export function emptyRow(table: TableField): TableRow {
  return Object.fromEntries(table.columns.map((column) => [column.id, emptyValue(column)]));
}

/** A fresh form: every field present and empty; tables start with their minimum number of empty rows. */
export function emptyValues(definition: FormDefinition): FormValues {
  return Object.fromEntries(
    allFields(definition).map((field) => [
      field.id,
      field.kind === 'table' ? Array.from({ length: field.minRows ?? 0 }, () => emptyRow(field)) : emptyValue(field),
    ]),
  );
}

export function validateValues(definition: FormDefinition, values: FormValues, options: ValidateOptions): Finding[] {
  const fields = allFields(definition);
  const known = new Set(fields.map((f) => f.id));
  const findings: Finding[] = Object.keys(values)
    .filter((key) => !known.has(key))
    .map((key) => ({ code: 'forms.value.unknownField', field: key, params: { field: key } }));

  for (const field of fields) {
    if (!isVisible(field, fields, values)) continue;
    const value = field.id in values ? values[field.id] : emptyValue(field);
    findings.push(...(field.kind === 'table' ? tableFindings(field, value) : scalarFindings(field, value, field.id)));
  }
  findings.push(...ruleFindings(definition, values, options.today));
  return findings;
}

function tableFindings(table: TableField, value: FieldValue | undefined): Finding[] {
  if (!Array.isArray(value) || !value.every(isRow)) return [wrongType(table.id, 'table')];
  const findings: Finding[] = [];
  if (table.required && value.length === 0) findings.push({ code: 'forms.value.required', field: table.id });
  if (table.minRows !== undefined && value.length < table.minRows && !(table.required && value.length === 0)) {
    findings.push({ code: 'forms.value.tooFewRows', field: table.id, params: { min: table.minRows } });
  }
  if (table.maxRows !== undefined && value.length > table.maxRows) {
    findings.push({ code: 'forms.value.tooManyRows', field: table.id, params: { max: table.maxRows } });
  }
  value.forEach((row, index) => {
    const known = new Set(table.columns.map((c) => c.id));
    for (const key of Object.keys(row)) {
      if (!known.has(key))
        findings.push({ code: 'forms.value.unknownField', field: `${table.id}[${index}].${key}`, params: { field: key } });
    }
    for (const column of table.columns) {
      if (!isVisible(column, table.columns, row)) continue;
      const cell = column.id in row ? row[column.id] : emptyValue(column);
      findings.push(...scalarFindings(column, cell, `${table.id}[${index}].${column.id}`));
    }
  });
  return findings;
}

function isRow(value: unknown): value is TableRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrongType(path: string, expected: string): Finding {
  return { code: 'forms.value.wrongType', field: path, params: { expected } };
}

function scalarFindings(field: ScalarField, value: FieldValue | undefined, path: string): Finding[] {
  const required: Finding = { code: 'forms.value.required', field: path };
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return [wrongType(path, 'text')];
      if (value.trim() === '') return field.required ? [required] : [];
      if (field.maxLength !== undefined && value.length > field.maxLength) {
        return [{ code: 'forms.value.tooLong', field: path, params: { max: field.maxLength, length: value.length } }];
      }
      return [];
    }
    case 'number': {
      if (value === null) return field.required ? [required] : [];
      // Text the field could not read as a number ("约 4000"): say what it should look like.
      if (typeof value === 'string') return [{ code: 'forms.value.notNumber', field: path, params: { value } }];
      if (typeof value !== 'number' || !Number.isFinite(value)) return [wrongType(path, 'number')];
      if (field.integer && !Number.isInteger(value)) return [{ code: 'forms.value.notInteger', field: path }];
      if (field.min !== undefined && value < field.min) return [{ code: 'forms.value.belowMin', field: path, params: { min: field.min } }];
      if (field.max !== undefined && value > field.max) return [{ code: 'forms.value.aboveMax', field: path, params: { max: field.max } }];
      return [];
    }
    case 'date': {
      if (value === null) return field.required ? [required] : [];
      if (typeof value !== 'string') return [wrongType(path, 'date')];
      return isIsoDate(value) ? [] : [{ code: 'forms.value.invalidDate', field: path, params: { value } }];
    }
    case 'select': {
      if (value === null) return field.required ? [required] : [];
      if (typeof value !== 'string') return [wrongType(path, 'select')];
      return field.options.some((o) => o.value === value) ? [] : [{ code: 'forms.value.unknownOption', field: path, params: { value } }];
    }
    case 'multiselect': {
      if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) return [wrongType(path, 'multiselect')];
      if (value.length === 0) return field.required ? [required] : [];
      const unknown = value.filter((v) => !field.options.some((o) => o.value === v));
      if (unknown.length > 0) return [{ code: 'forms.value.unknownOption', field: path, params: { value: unknown.join(', ') } }];
      return new Set(value).size === value.length ? [] : [{ code: 'forms.value.duplicateOption', field: path }];
    }
    case 'boolean': {
      if (typeof value !== 'boolean') return [wrongType(path, 'boolean')];
      return field.required && !value ? [required] : [];
    }
  }
}
