/**
 * A register as a table with an edit form under it: the mechanisms pages and the remediation list are all this
 * shape. Values are edited as text and converted once on save ('' = not given).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField, TextField } from '../../components/Field';
import { CheckboxField, DateField, ErrorBanner, NumberField, TextAreaField, optionalNumber, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

export interface FieldSpec {
  key: string;
  label: string;
  /** 'suggest': a code picked from suggestions that depend on the rest of the draft (left out when blank). */
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'suggest';
  options?: readonly { value: string; label: string }[];
  suggestions?(draft: Draft): readonly { value: string; label: string }[];
  required?: boolean;
  help?: string;
}

export interface ColumnSpec<R> {
  label: string;
  render(record: R): ReactNode;
}

export type Draft = Record<string, string | boolean>;

interface RecordEditorProps<R> {
  title: string;
  records: readonly R[];
  idOf(record: R): string;
  fields: readonly FieldSpec[];
  columns: readonly ColumnSpec<R>[];
  /** Values of a new record. */
  blank: Draft;
  save(record: Record<string, unknown>): Promise<void>;
  /** The save method's input schema: each field is checked against it as the user leaves it. */
  schema: z.ZodType;
  remove(record: R): Promise<void>;
  /** Shown under the row, e.g. the record's findings. */
  notes?(record: R): ReactNode;
  addLabel: string;
}

function toDraft(fields: readonly FieldSpec[], record: object): Draft {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((field) => [
      field.key,
      field.kind === 'checkbox'
        ? values[field.key] === true
        : values[field.key] === undefined || values[field.key] === null
          ? ''
          : String(values[field.key]),
    ]),
  );
}

function fromDraft(fields: readonly FieldSpec[], draft: Draft): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.key];
    if (field.kind === 'checkbox') record[field.key] = value === true;
    else if (typeof value !== 'string' || (value.trim() === '' && field.kind !== 'text' && field.kind !== 'textarea')) continue;
    // "3,500" and full-width digits are numbers; other text goes as typed, for the check to name the field.
    else record[field.key] = field.kind === 'number' ? optionalNumber(value) : value;
  }
  return record;
}

export function RecordEditor<R>(props: RecordEditorProps<R>) {
  const { title, records, idOf, fields, columns, blank, save, schema, remove, notes, addLabel } = props;
  const t = useT();
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null);
  const saveState = useSaveState();
  const error = saveErrorOf(saveState.refusal);
  const saving = saveState.state === 'saving';
  const input = editing && { ...fromDraft(fields, editing.draft), ...(editing.id ? { id: editing.id } : {}) };
  const checks = useRecordChecks(schema, input, error);

  const submit = async () => {
    if (!input) return;
    await saveState.run(async () => {
      await save(input);
      setEditing(null);
    });
  };
  useSaveShortcut(() => void submit());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const confirmRemove = async (record: R) => {
    if (window.confirm(t('mlps.ui.confirmRemove'))) await remove(record);
  };
  const set = (key: string, value: string | boolean) =>
    setEditing((current) => current && { ...current, draft: { ...current.draft, [key]: value } });

  return (
    <section className="register" aria-label={title}>
      <table className="data">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label}>{column.label}</th>
            ))}
            <th>
              <span className="visually-hidden">{t('mlps.ui.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1} className="muted">
                {t('mlps.ui.none')}
              </td>
            </tr>
          ) : null}
          {records.map((record) => (
            <tr key={idOf(record)}>
              {columns.map((column, index) => (
                <td key={column.label}>
                  {column.render(record)}
                  {index === 0 && notes ? notes(record) : null}
                </td>
              ))}
              <td className="row-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setEditing({ id: idOf(record), draft: toDraft(fields, record as object) })}
                >
                  {t('app.edit')}
                </button>
                <button type="button" className="button" onClick={() => void confirmRemove(record)}>
                  {t('mlps.ui.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <form className="record-form" onSubmit={onSubmit} onBlur={checks.onBlur} noValidate aria-label={title}>
          <fieldset>
            <legend>{editing.id ? t('app.edit') : addLabel}</legend>
            <ErrorBanner error={error} />
            <div className="grid">
              {fields.map((field) => {
                const common = {
                  label: field.label,
                  name: field.key,
                  error: checks.errors[field.key],
                  help: field.help,
                  required: field.required ?? false,
                };
                const value = editing.draft[field.key];
                switch (field.kind) {
                  case 'checkbox':
                    return (
                      <CheckboxField
                        key={field.key}
                        label={field.label}
                        name={field.key}
                        checked={value === true}
                        onChange={(checked) => set(field.key, checked)}
                      />
                    );
                  case 'select':
                    return (
                      <SelectField
                        key={field.key}
                        {...common}
                        value={String(value ?? '')}
                        options={field.options ?? []}
                        onChange={(next) => set(field.key, next)}
                      />
                    );
                  case 'date':
                    return <DateField key={field.key} {...common} value={String(value ?? '')} onChange={(next) => set(field.key, next)} />;
                  case 'number':
                    return (
                      <NumberField key={field.key} {...common} value={String(value ?? '')} onChange={(next) => set(field.key, next)} />
                    );
                  case 'suggest':
                    return (
                      <TextField
                        key={field.key}
                        {...common}
                        value={String(value ?? '')}
                        suggestions={field.suggestions?.(editing.draft) ?? []}
                        onChange={(next) => set(field.key, next.trim())}
                      />
                    );
                  case 'textarea':
                    return (
                      <TextAreaField key={field.key} {...common} value={String(value ?? '')} onChange={(next) => set(field.key, next)} />
                    );
                  default:
                    return <TextField key={field.key} {...common} value={String(value ?? '')} onChange={(next) => set(field.key, next)} />;
                }
              })}
            </div>
            <div className="page__actions">
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? t('app.saving') : t('app.save')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(null);
                  saveState.reset();
                }}
              >
                {t('app.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        <div className="page__actions">
          <button type="button" className="button" onClick={() => setEditing({ id: null, draft: { ...toDraft(fields, {}), ...blank } })}>
            {addLabel}
          </button>
        </div>
      )}
    </section>
  );
}
