/** Small pieces the graded-protection pages share: inputs the common Field lacks, finding sentences, errors. */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { Finding } from '../../../../shared/contract/core';
import { useFieldChecks } from '../../api/field-checks';
import type { SaveRefusal } from '../../api/save-state';
import { useLocale, useT } from '../../app/settings-store';
import { DateInput, NumberInput, readNumber } from '../../components/TypedInputs';
import { Field } from '../../components/Field';

type Translate = ReturnType<typeof useT>;

/** Params that carry a code rather than words are put into words before the sentence is built. */
export function findingText(
  t: Translate,
  finding: Pick<Finding, 'code' | 'params'>,
  objectNames: ReadonlyMap<string, string> = new Map(),
): string {
  const params = { ...finding.params };
  if (typeof params.document === 'string') params.document = t.code(`mlps.ui.document.${params.document}`);
  if (typeof params.set === 'string') params.set = t.code(`mlps.requirementSet.${params.set}`);
  if (typeof params.element === 'string') params.element = t.code(`mlps.drElement.${params.element}`);
  const text = t.code(finding.code, params);
  const objectId = typeof params.objectId === 'string' ? params.objectId : '';
  const scope = objectNames.get(objectId);
  return finding.code.startsWith('mlps.duties.')
    ? t('app.labelled', { label: scope ?? t('mlps.ui.duties.enterpriseWide'), value: text })
    : text;
}

export function Findings({ findings, objectNames }: { findings: readonly Finding[]; objectNames?: ReadonlyMap<string, string> }) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={t('mlps.ui.findings')}>
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`}>{findingText(t, finding, objectNames)}</li>
      ))}
    </ul>
  );
}

/** A failed save as the form shows it: messages per field, and one line on top. */
export interface SaveError {
  fields: Record<string, string>;
  message: string;
}

/** useSaveState's last refusal in the forms' terms: `error?.fields.name` at each input, `error.message` on top. */
export function saveErrorOf(refusal: SaveRefusal | null): SaveError | null {
  return refusal ? { fields: refusal.fieldErrors, message: refusal.message } : null;
}

const NO_REFUSAL: Record<string, string> = {};

/**
 * A graded-protection form's messages at its fields: `input` checked against the save method's `schema` as the
 * user leaves each field, and the last refusal's (useFieldChecks). Put `onBlur` on the element around the fields.
 */
export function useRecordChecks(schema: z.ZodType, input: unknown, error: SaveError | null) {
  return useFieldChecks(schema, input, error?.fields ?? NO_REFUSAL, useLocale());
}

export function ErrorBanner({ error }: { error: SaveError | null }) {
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      {error.message}
    </div>
  );
}

interface InputProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
}

export function DateField({ label, name, value, onChange, error, help, required }: InputProps) {
  const locale = useLocale();
  return (
    <Field label={label} error={error} help={help} required={required ?? false}>
      {(a11y) => (
        <DateInput {...a11y} name={name} locale={locale} value={value === '' ? null : value} onValue={(date) => onChange(date ?? '')} />
      )}
    </Field>
  );
}

export function NumberField({ label, name, value, onChange, error, help, required }: InputProps) {
  return (
    <Field label={label} error={error} help={help} required={required ?? false}>
      {(a11y) => (
        <NumberInput
          {...a11y}
          name={name}
          value={value === '' ? null : value}
          onValue={(number) => onChange(number === null ? '' : String(number))}
        />
      )}
    </Field>
  );
}

export function TextAreaField({ label, name, value, onChange, error, help, required }: InputProps) {
  return (
    <Field label={label} error={error} help={help} required={required ?? false}>
      {(a11y) => <textarea {...a11y} name={name} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  help,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  help?: string;
}) {
  return (
    <div className="field field--checkbox">
      <label>
        <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
      </label>
      {help ? <div className="field__help">{help}</div> : null}
    </div>
  );
}

export function LevelBadge({ level }: { level: number | null | undefined }) {
  const t = useT();
  if (!level) return <span className="level level--none">{t('mlps.ui.notGraded')}</span>;
  return <span className={`level level--${level}`}>{t.code(`mlps.level.${level}`)}</span>;
}

export function Score({ value }: { value: number | null | undefined }): ReactNode {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

/** '' means "not given": optional fields are left out rather than sent blank. */
export const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
/**
 * The number a field's text writes ("3,500", full-width digits), or undefined when blank. Text that is no
 * number goes to the backend as it is (typed as a number only to pass through), which refuses it at its
 * field with the expected form, rather than being turned into NaN here.
 */
export const optionalNumber = (value: string): number | undefined => {
  const read = readNumber(value);
  return read === null ? undefined : (read as number);
};
