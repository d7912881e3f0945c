/** Pieces the three governance pages share: checkboxes, date and number inputs, gap lists, the save bar. */
import { useEffect, useId, type FocusEvent, type FormEvent, type ReactNode } from 'react';
import type { Finding } from '../../../../shared/contract/core';
import { cioRecordSchema, itDepartmentSchema, itPerformanceSchema } from '../../../../shared/contract/governance/schemas';
import { governanceFindingText } from '../../../../shared/domain/governance';
import { useFieldChecks } from '../../api/field-checks';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { Field } from '../../components/Field';
import { DateInput, NumberInput } from '../../components/TypedInputs';
import { isDirty, useGovernance, type RecordKey } from './store';

export function CheckField({
  label,
  checked,
  onChange,
  error,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`check${error ? ' field--invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {error ? (
        <div id={`${id}-error`} className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function DateField({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: string | undefined;
  required?: boolean;
}) {
  const locale = useLocale();
  return (
    <Field label={label} error={error} required={required ?? false}>
      {(a11y) => <DateInput {...a11y} locale={locale} value={value} onValue={onChange} />}
    </Field>
  );
}

/**
 * Whole numbers, read as every number field reads them ("3,500", full-width digits). Text that is no number,
 * or a blank, goes into the draft as it is, so the contract's check says at the field what it expects.
 */
export function IntegerField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  /** The field's path in the record, so leaving it checks it. */
  name: string;
  value: number;
  onChange(value: number): void;
  error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(a11y) => <NumberInput {...a11y} name={name} integer value={value} onValue={(typed) => onChange(typed as number)} />}
    </Field>
  );
}

/**
 * A bare input inside a table cell, labelled for screen readers, with its error under it. Dates and numbers
 * are read as the app reads them everywhere (TypedInputs); the cell's value stays text ('' when blank).
 */
export function CellInput({
  label,
  value,
  onChange,
  error,
  kind = 'text',
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  kind?: 'text' | 'date' | 'number';
}) {
  const id = useId();
  const locale = useLocale();
  const attributes = { id, 'aria-label': label, 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-error` : undefined };
  const blank = value === '' ? null : value;
  return (
    <>
      {kind === 'date' ? (
        <DateInput {...attributes} locale={locale} value={blank} onValue={(date) => onChange(date ?? '')} />
      ) : kind === 'number' ? (
        <NumberInput {...attributes} value={blank} onValue={(number) => onChange(number === null ? '' : String(number))} />
      ) : (
        <input {...attributes} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <div id={`${id}-error`} className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

/** What is still missing, in words; an empty list says everything is in place. The heading is neutral, so it never contradicts the verdict below it. */
export function GapList({ gaps }: { gaps: readonly Finding[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card gaps" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('governance.ui.gaps')}</h2>
      {gaps.length === 0 ? (
        <p className="gaps__none">{t('governance.ui.noGaps')}</p>
      ) : (
        <>
          <p className="gaps__lead">{t('governance.ui.gapsLead')}</p>
          <ul>
            {gaps.map((gap, index) => (
              <li key={index}>{governanceFindingText(gap, locale)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The page frame: title, intro, the error banner, the fields, and a save bar that Ctrl+S also presses. */
export function RecordPage({
  record,
  title,
  intro,
  onBlur,
  children,
}: {
  record: RecordKey;
  title: string;
  intro: string;
  /** The record's field checks (useRecordEditor), run as the focus leaves a field. */
  onBlur(event: FocusEvent<HTMLElement>): void;
  children: ReactNode;
}) {
  const t = useT();
  const page = useGovernance((s) => s.pages[record]);
  const save = useGovernance((s) => s.save);
  const dirty = useGovernance((s) => isDirty(s, record));
  useSaveShortcut(() => void save(record));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(record);
  };
  const titleId = `${record}-title`;
  return (
    <form className="page" onSubmit={onSubmit} onBlur={onBlur} noValidate aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId}>{title}</h1>
        <p className="page__intro">{intro}</p>
      </header>
      {page.saveState === 'invalid' || page.saveState === 'failed' ? (
        <div className="banner banner--error" role="alert">
          {page.formError}
          {page.saveState === 'invalid' ? ` ${t('app.errorsBelow')}` : ''}
        </div>
      ) : null}
      {children}
      <footer className="page__actions">
        <button type="submit" className="button button--primary" disabled={page.saveState === 'saving'}>
          {page.saveState === 'saving' ? t('app.saving') : t('app.save')}
        </button>
        <span className="page__status" role="status" aria-live="polite">
          {page.saveState === 'saved' && !dirty ? t('app.saved') : dirty ? t('app.unsavedChanges') : ''}
        </span>
      </footer>
    </form>
  );
}

const RECORD_SCHEMA = { cio: cioRecordSchema, department: itDepartmentSchema, performance: itPerformanceSchema } as const;

/**
 * A record page's draft, the messages at its fields (as each is left, and after a save), the page's `onBlur`
 * that checks them, and a patcher, for the record `key`; null view while loading.
 */
export function useRecordEditor<K extends RecordKey>(key: K) {
  const { view, load, edit } = useGovernance();
  const draft = useGovernance((s) => s.drafts[key]);
  const { errors, onBlur } = useFieldChecks(
    RECORD_SCHEMA[key],
    draft,
    useGovernance((s) => s.pages[key].fieldErrors),
    useLocale(),
  );
  useEffect(() => void load(), [load]);
  const update = (patch: Partial<typeof draft>) => edit(key, (d) => ({ ...d, ...patch }));
  return { view, draft, errors, onBlur, update };
}

/** The opinion's list of items as a table: one row per item, its name and the cells the page gives it. */
export function ChecklistTable<Id extends string>({
  headers,
  items,
  cells,
}: {
  headers: readonly string[];
  items: readonly { id: Id; name: string }[];
  cells(id: Id, name: string): ReactNode;
}) {
  return (
    <table className="data">
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map(({ id, name }) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            {cells(id, name)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface EditableRowsProps<R> {
  legend: string;
  headers: readonly string[];
  rows: readonly R[];
  /** The error about the list as a whole (e.g. too few rows). */
  error?: string | undefined;
  cells(row: R, index: number): ReactNode;
  onChange(rows: R[]): void;
  newRow: R;
  addLabel: string;
}

/** A list the user adds rows to and removes rows from (trainings, the department's roster). */
export function EditableRows<R>({ legend, headers, rows, error, cells, onChange, newRow, addLabel }: EditableRowsProps<R>) {
  const t = useT();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {cells(row, index)}
                <td>
                  <button type="button" className="button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                    {t('governance.ui.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button type="button" className="button" onClick={() => onChange([...rows, newRow])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
