/** Pieces the three governance pages share: checkboxes, date and number inputs, gap lists, the save bar. */
import { useId, type FormEvent, type ReactNode } from 'react';
import type { Finding } from '../../../../shared/contract/core';
import { governanceFindingText } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { Field } from '../../components/Field';
import { isDirty, useGovernance, type RecordKey } from './store';

export function CheckField({ label, checked, onChange, error }: { label: string; checked: boolean; onChange(checked: boolean): void; error?: string | undefined }) {
  const id = useId();
  return (
    <div className={`check${error ? ' field--invalid' : ''}`}>
      <input id={id} type="checkbox" checked={checked} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {error ? <div id={`${id}-error`} className="field__error" role="alert">{error}</div> : null}
    </div>
  );
}

export function DateField({ label, value, onChange, error, required }: { label: string; value: string | null; onChange(value: string | null): void; error?: string | undefined; required?: boolean }) {
  return (
    <Field label={label} error={error} required={required ?? false}>
      {(a11y) => <input {...a11y} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />}
    </Field>
  );
}

/** Whole numbers; a blank field counts as zero. The rules, not the input, decide what is acceptable. */
export function IntegerField({ label, value, onChange, error }: { label: string; value: number; onChange(value: number): void; error?: string | undefined }) {
  return (
    <Field label={label} error={error}>
      {(a11y) => <input {...a11y} type="number" step={1} value={String(value)} onChange={(e) => onChange(e.target.value === '' ? 0 : Math.trunc(Number(e.target.value)))} />}
    </Field>
  );
}

/** A bare input inside a table cell, labelled for screen readers, with its error under it. */
export function CellInput({ label, value, onChange, error, type = 'text' }: { label: string; value: string; onChange(value: string): void; error?: string | undefined; type?: 'text' | 'date' | 'number' }) {
  const id = useId();
  return (
    <>
      <input id={id} type={type} aria-label={label} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      {error ? <div id={`${id}-error`} className="field__error" role="alert">{error}</div> : null}
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
export function RecordPage({ record, title, intro, children }: { record: RecordKey; title: string; intro: string; children: ReactNode }) {
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
    <form className="page" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
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
