/** The template editor's inputs: each shows the findings of the field path it edits, right beside it. */
import { createContext, useContext, useEffect, useState } from 'react';
import type { Template } from '../../../../shared/contract/assessment/schemas';
import { Field } from '../../components/Field';
import type { FindingsByField } from './template-draft';

export interface TemplateEditing {
  /** Applies a change to a copy of the working template. */
  update(recipe: (draft: Template) => void): void;
  /** The message(s) at exactly this field path, if any. */
  errorAt(path: string): string | undefined;
  /** The working template's findings, by field path. */
  findings: FindingsByField;
}

export const EditingContext = createContext<TemplateEditing>({ update: () => undefined, errorAt: () => undefined, findings: {} });
export const useEditing = () => useContext(EditingContext);

interface TextInputProps {
  label: string;
  path: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
}

export function TextInput({ label, path, value, onChange, multiline }: TextInputProps) {
  const { errorAt } = useEditing();
  return (
    <Field label={label} error={errorAt(path)}>
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} data-path={path} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...a11y} data-path={path} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

const showNumber = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : String(value));

interface NumberInputProps {
  label: string;
  path: string;
  value: number | undefined;
  /** Empty is `undefined` when the field is optional, else NaN (which validation then names). */
  onChange(value: number | undefined): void;
  optional?: boolean;
  help?: string;
}

/** The template's number for what is typed: nothing for an empty optional field, NaN (refused) for an empty required one. */
function parseNumberText(text: string, optional: boolean | undefined): number | undefined {
  return text.trim() === '' ? (optional ? undefined : Number.NaN) : Number(text);
}

/**
 * A number typed as text, so that half-typed values ("0.", "-") stay on screen; the template holds the
 * parsed number, and the text follows it when it changes from elsewhere.
 */
export function NumberInput({ label, path, value, onChange, optional, help }: NumberInputProps) {
  const { errorAt } = useEditing();
  const [text, setText] = useState(showNumber(value));
  useEffect(() => {
    setText((current) => (Object.is(parseNumberText(current, optional), value) ? current : showNumber(value)));
  }, [value, optional]);
  return (
    <Field label={label} error={errorAt(path)} help={help}>
      {(a11y) => (
        <input
          {...a11y}
          data-path={path}
          type="text"
          inputMode="decimal"
          className="input--number"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNumberText(e.target.value, optional));
          }}
        />
      )}
    </Field>
  );
}

export function CheckInput({
  label,
  path,
  checked,
  onChange,
}: {
  label: string;
  path: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { errorAt } = useEditing();
  return (
    <div className="field field--checkbox">
      <label>
        <input type="checkbox" data-path={path} checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      {errorAt(path) ? (
        <div className="field__error" role="alert">
          {errorAt(path)}
        </div>
      ) : null}
    </div>
  );
}

/** Messages that belong to a group of fields (a sum, a list), shown under the group's heading. */
export function GroupErrors({ path }: { path: string }) {
  const message = useEditing().errorAt(path);
  return message ? (
    <div className="field__error" role="alert" data-path={path}>
      {message}
    </div>
  ) : null;
}
