/**
 * A filled-in form laid out for print (or any read-only view): sections of label/value pairs and tables,
 * in the user's language, hidden fields left out. The PDF writer only draws this; it decides nothing.
 */
import type { Declaration, FormDefinition, FormField, ScalarField, ScalarValue } from '../../contract/forms/schemas';
import type { Locale } from '../../i18n/define';
import { formsMessages } from '../../i18n/forms';
import { allFields } from './definition';
import { localize } from './localize';
import { isVisible } from './visibility';

export type PrintEntry =
  | { kind: 'value'; fieldId: string; label: string; text: string }
  | { kind: 'table'; fieldId: string; label: string; headers: string[]; rows: string[][] };

export interface PrintableForm {
  formId: string;
  formVersion: string;
  title: string;
  /** The declaration's status, so a draft can be printed with a visible mark. */
  status: Declaration['status'];
  statusLabel: string;
  sections: { id: string; title: string; entries: PrintEntry[] }[];
}

export function printableForm(definition: FormDefinition, declaration: Declaration, locale: Locale): PrintableForm {
  const fields = allFields(definition);
  const values = declaration.values;
  return {
    formId: definition.id,
    formVersion: definition.version,
    title: localize(definition.title, locale),
    status: declaration.status,
    statusLabel: formsMessages[locale][`forms.status.${declaration.status}`],
    sections: definition.sections.map((section) => ({
      id: section.id,
      title: localize(section.title, locale),
      entries: section.fields.filter((f) => isVisible(f, fields, values)).map((field) => printEntry(field, values[field.id], locale)),
    })),
  };
}

function printEntry(field: FormField, value: unknown, locale: Locale): PrintEntry {
  const label = localize(field.label, locale);
  if (field.kind !== 'table') return { kind: 'value', fieldId: field.id, label, text: valueText(field, value, locale) };
  const rows = Array.isArray(value) ? value.filter((r): r is Record<string, ScalarValue> => typeof r === 'object' && r !== null) : [];
  return {
    kind: 'table',
    fieldId: field.id,
    label,
    headers: field.columns.map((c) => localize(c.label, locale)),
    rows: rows.map((row) => field.columns.map((c) => (isVisible(c, field.columns, row) ? valueText(c, row[c.id], locale) : ''))),
  };
}

/** A value as the reader should see it: option labels rather than codes, units after numbers. */
export function valueText(field: ScalarField, value: unknown, locale: Locale): string {
  const messages = formsMessages[locale];
  switch (field.kind) {
    case 'boolean':
      return value === true ? messages['forms.ui.yes'] : messages['forms.ui.no'];
    case 'number':
      if (typeof value !== 'number') return '';
      return field.unit ? `${value} ${localize(field.unit, locale)}` : String(value);
    case 'select':
      return optionLabel(field.options, value, locale);
    case 'multiselect':
      return Array.isArray(value) ? value.map((v) => optionLabel(field.options, v, locale)).join(messages['forms.ui.listSeparator']) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

function optionLabel(options: { value: string; label: { zh: string; en: string } }[], value: unknown, locale: Locale): string {
  if (typeof value !== 'string') return '';
  const option = options.find((o) => o.value === value);
  return option ? localize(option.label, locale) : value;
}
