/**
 * Renders any form definition (shared/contract/forms) with its values. Controlled: the parent owns the
 * values and the findings (usually from validateValues) and gets every change through onChange. Each
 * finding shows beside the field its path names; findings that name no shown field are listed on top.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Finding } from '../../../../shared/contract/core';
import type {
  FieldValue,
  FormDefinition,
  FormField,
  FormValues,
  ScalarField,
  ScalarValue,
  TableField,
  TableRow,
} from '../../../../shared/contract/forms/schemas';
import { allFields } from '../../../../shared/domain/forms/definition';
import { formsFindingText, formsText, localize } from '../../../../shared/domain/forms/localize';
import { emptyRow, emptyValue } from '../../../../shared/domain/forms/values';
import { isVisible } from '../../../../shared/domain/forms/visibility';
import type { Locale } from '../../../../shared/i18n/define';
import { DateInput, NumberInput } from '../TypedInputs';

export interface FormViewProps {
  definition: FormDefinition;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** Findings to show, each beside the field its `field` path names (`name`, `members[2].name`). */
  findings?: readonly Finding[];
  locale: Locale;
  readOnly?: boolean;
  /** Turns a finding into a sentence; the default knows the form engine's codes. */
  describeFinding?: (finding: Finding, locale: Locale) => string;
  /**
   * Show every finding (after the user tried to save or complete); otherwise only those of the fields the user
   * has left, so an error appears as the field is left, and a fresh form is not a wall of red.
   */
  showAllFindings?: boolean;
}

/** What every field renderer needs besides its own field and value. */
interface Context {
  locale: Locale;
  readOnly: boolean;
  idFor: (path: string) => string;
  messagesFor: (path: string) => string[];
  /** The user left the field at this path. */
  leave: (path: string) => void;
}

export function FormView({
  definition,
  values,
  onChange,
  findings = [],
  locale,
  readOnly = false,
  describeFinding = formsFindingText,
  showAllFindings = true,
}: FormViewProps) {
  const baseId = useId();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const fields = allFields(definition);
  const byPath = new Map<string, string[]>();
  for (const finding of findings) {
    const key = finding.field ?? '';
    if (!showAllFindings && !left.has(key)) continue;
    byPath.set(key, [...(byPath.get(key) ?? []), describeFinding(finding, locale)]);
  }
  const context: Context = {
    locale,
    readOnly,
    idFor: (path) => `${baseId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`,
    messagesFor: (path) => byPath.get(path) ?? [],
    leave: (path) => setLeft((paths) => (paths.has(path) ? paths : new Set([...paths, path]))),
  };
  const setField = (id: string, value: FieldValue) => onChange({ ...values, [id]: value });

  const sections = definition.sections.map((section) => (
    <fieldset key={section.id} className="form-section">
      <legend>{localize(section.title, locale)}</legend>
      {section.help && <p className="form-help">{localize(section.help, locale)}</p>}
      {section.fields
        .filter((field) => isVisible(field, fields, values))
        .map((field) => (
          <FieldView
            key={field.id}
            field={field}
            value={field.id in values ? values[field.id]! : emptyValue(field)}
            onChange={(v) => setField(field.id, v)}
            context={context}
          />
        ))}
    </fieldset>
  ));
  const placed = placedPaths(fields, values);
  const unplaced = [...byPath.entries()].filter(([path]) => !placed.has(path)).flatMap(([, messages]) => messages);

  return (
    <form className="form-view" aria-label={localize(definition.title, locale)} noValidate onSubmit={(event) => event.preventDefault()}>
      <h2>{localize(definition.title, locale)}</h2>
      {unplaced.length > 0 && (
        <ul className="form-errors" role="alert">
          {unplaced.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {sections}
    </form>
  );
}

/** The field paths that have a place on screen now: shown fields, and shown cells of shown tables. */
function placedPaths(fields: FormField[], values: FormValues): Set<string> {
  const paths = new Set<string>();
  for (const field of fields) {
    if (!isVisible(field, fields, values)) continue;
    paths.add(field.id);
    const rows = values[field.id];
    if (field.kind !== 'table' || !Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) return;
      for (const column of field.columns) if (isVisible(column, field.columns, row)) paths.add(`${field.id}[${index}].${column.id}`);
    });
  }
  return paths;
}

function FieldView({
  field,
  value,
  onChange,
  context,
}: {
  field: FormField;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  context: Context;
}) {
  if (field.kind === 'table') return <TableView table={field} value={value} onChange={onChange} context={context} />;
  return <ScalarFieldView field={field} path={field.id} value={value} onChange={onChange} context={context} />;
}

/** A single-value field with its label, help and messages. */
function ScalarFieldView({
  field,
  path,
  value,
  onChange,
  context,
}: {
  field: ScalarField;
  path: string;
  value: FieldValue;
  onChange: (value: ScalarValue) => void;
  context: Context;
}) {
  const { locale } = context;
  const inputId = context.idFor(path);
  const label = localize(field.label, locale);
  const help = field.help ? localize(field.help, locale) : undefined;
  const messages = context.messagesFor(path);
  const describedBy = [help ? `${inputId}-help` : '', messages.length ? `${inputId}-errors` : ''].filter(Boolean).join(' ') || undefined;
  const marker = field.required ? (
    <span className="form-required" title={formsText('forms.ui.required', locale)}>
      {' '}
      *
    </span>
  ) : null;
  const common = {
    id: inputId,
    'aria-describedby': describedBy,
    'aria-invalid': messages.length > 0 || undefined,
    'aria-required': field.required || undefined,
  };
  const footer = (
    <>
      {help && (
        <p id={`${inputId}-help`} className="form-help">
          {help}
        </p>
      )}
      <FieldMessages id={`${inputId}-errors`} messages={messages} />
    </>
  );

  if (field.kind === 'multiselect') {
    const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return (
      <fieldset className="form-field" role="group" aria-describedby={describedBy} aria-invalid={common['aria-invalid']}>
        <legend>
          {label}
          {marker}
        </legend>
        {field.options.map((option) => (
          <label key={option.value} className="form-option">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              disabled={context.readOnly}
              onChange={(event) => onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value))}
            />
            {localize(option.label, locale)}
          </label>
        ))}
        {footer}
      </fieldset>
    );
  }
  if (field.kind === 'boolean') {
    return (
      <div className="form-field form-field-boolean">
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          disabled={context.readOnly}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={inputId}>
          {label}
          {marker}
        </label>
        {footer}
      </div>
    );
  }
  return (
    <div className="form-field" onBlur={() => context.leave(path)}>
      <label htmlFor={inputId}>
        {label}
        {marker}
      </label>
      <ScalarInput field={field} value={value} onChange={onChange} readOnly={context.readOnly} locale={locale} attributes={common} />
      {field.kind === 'number' && field.unit && <span className="form-unit">{localize(field.unit, locale)}</span>}
      {footer}
    </div>
  );
}

type InputAttributes = {
  id: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
  'aria-required'?: boolean | undefined;
  'aria-labelledby'?: string;
};

/** The bare control for text, textarea, number, date and select; labels are the caller's. */
function ScalarInput({
  field,
  value,
  onChange,
  readOnly,
  locale,
  attributes,
}: {
  field: Exclude<ScalarField, { kind: 'multiselect' | 'boolean' }>;
  value: FieldValue;
  onChange: (value: ScalarValue) => void;
  readOnly: boolean;
  locale: Locale;
  attributes: InputAttributes;
}) {
  switch (field.kind) {
    case 'text':
      return (
        <input
          type="text"
          {...attributes}
          value={typeof value === 'string' ? value : ''}
          readOnly={readOnly}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'textarea':
      return (
        <textarea
          {...attributes}
          rows={4}
          value={typeof value === 'string' ? value : ''}
          readOnly={readOnly}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <DateInput
          {...attributes}
          locale={locale}
          value={typeof value === 'string' ? value : null}
          readOnly={readOnly}
          onValue={onChange}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...attributes}
          value={typeof value === 'number' || typeof value === 'string' ? value : null}
          readOnly={readOnly}
          integer={field.integer === true}
          onValue={onChange}
        />
      );
    case 'select':
      return (
        <select
          {...attributes}
          value={typeof value === 'string' ? value : ''}
          disabled={readOnly}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{formsText('forms.ui.choose', locale)}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {localize(option.label, locale)}
            </option>
          ))}
        </select>
      );
  }
}

function TableView({
  table,
  value,
  onChange,
  context,
}: {
  table: TableField;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  context: Context;
}) {
  const { locale, readOnly } = context;
  const rows: TableRow[] = Array.isArray(value)
    ? value.filter((r): r is TableRow => typeof r === 'object' && r !== null && !Array.isArray(r))
    : [];
  const tableId = context.idFor(table.id);
  const messages = context.messagesFor(table.id);
  const help = table.help ? localize(table.help, locale) : undefined;
  const canAdd = !readOnly && (table.maxRows === undefined || rows.length < table.maxRows);
  const setCell = (index: number, column: string, cell: ScalarValue) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: cell } : row)));

  return (
    <fieldset
      className="form-field form-table"
      aria-describedby={[help ? `${tableId}-help` : '', messages.length ? `${tableId}-errors` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>
        {localize(table.label, locale)}
        {table.required && (
          <span className="form-required" title={formsText('forms.ui.required', locale)}>
            {' '}
            *
          </span>
        )}
      </legend>
      {help && (
        <p id={`${tableId}-help`} className="form-help">
          {help}
        </p>
      )}
      <FieldMessages id={`${tableId}-errors`} messages={messages} />
      {rows.length === 0 ? (
        <p className="form-empty">{formsText('forms.ui.noRows', locale)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{formsText('forms.ui.rowNumber', locale)}</th>
              {table.columns.map((column) => (
                <th key={column.id} scope="col" id={`${tableId}-col-${column.id}`}>
                  {localize(column.label, locale)}
                  {column.required && <span className="form-required"> *</span>}
                </th>
              ))}
              {!readOnly && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row" id={`${tableId}-row-${index}`}>
                  {index + 1}
                </th>
                {table.columns.map((column) => (
                  <td key={column.id}>
                    {isVisible(column, table.columns, row) && (
                      <CellView
                        column={column}
                        path={`${table.id}[${index}].${column.id}`}
                        labelledBy={`${tableId}-col-${column.id} ${tableId}-row-${index}`}
                        value={column.id in row ? row[column.id]! : emptyValue(column)}
                        onChange={(cell) => setCell(index, column.id, cell)}
                        context={context}
                      />
                    )}
                  </td>
                ))}
                {!readOnly && (
                  <td>
                    <button type="button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                      {formsText('forms.ui.removeRow', locale, { row: index + 1 })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" disabled={!canAdd} onClick={() => onChange([...rows, emptyRow(table)])}>
          {formsText('forms.ui.addRow', locale)}
        </button>
      )}
    </fieldset>
  );
}

/** A table cell: labelled by its column header and row number, messages right under the control. */
function CellView({
  column,
  path,
  labelledBy,
  value,
  onChange,
  context,
}: {
  column: ScalarField;
  path: string;
  labelledBy: string;
  value: ScalarValue;
  onChange: (value: ScalarValue) => void;
  context: Context;
}) {
  const { locale, readOnly } = context;
  const id = context.idFor(path);
  const messages = context.messagesFor(path);
  const attributes: InputAttributes = {
    id,
    'aria-labelledby': labelledBy,
    'aria-describedby': messages.length ? `${id}-errors` : undefined,
    'aria-invalid': messages.length > 0 || undefined,
    'aria-required': column.required || undefined,
  };
  let control: ReactNode;
  if (column.kind === 'boolean') {
    control = (
      <input type="checkbox" {...attributes} checked={value === true} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} />
    );
  } else if (column.kind === 'multiselect') {
    const chosen = Array.isArray(value) ? value : [];
    control = (
      <span role="group" aria-labelledby={labelledBy} id={id}>
        {column.options.map((option) => (
          <label key={option.value} className="form-option">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              disabled={readOnly}
              onChange={(e) => onChange(e.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value))}
            />
            {localize(option.label, locale)}
          </label>
        ))}
      </span>
    );
  } else {
    control = <ScalarInput field={column} value={value} onChange={onChange} readOnly={readOnly} locale={locale} attributes={attributes} />;
  }
  return (
    <span className="form-cell" onBlur={() => context.leave(path)}>
      {control}
      <FieldMessages id={`${id}-errors`} messages={messages} />
    </span>
  );
}

function FieldMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="form-field-errors">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}
