import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled form field with its help text and, when there is one, the error beside it. */
export function Field({ label, error, help, required, children }: FieldProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {help ? (
        <div id={`${id}-help`} className="field__help">
          {help}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
  name: string;
  type?: 'text' | 'email' | 'tel';
  /** Values offered as the user types (the browser's own search over value and label); any text is still allowed. */
  suggestions?: readonly { value: string; label: string }[] | undefined;
}

export function TextField({ label, value, onChange, error, help, required, name, type = 'text', suggestions }: TextFieldProps) {
  return (
    <Field label={label} error={error} help={help} required={required ?? false}>
      {(a11y) => (
        <>
          <input
            {...a11y}
            name={name}
            type={type}
            value={value}
            list={suggestions ? `${a11y.id}-suggestions` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {suggestions ? (
            <datalist id={`${a11y.id}-suggestions`}>
              {suggestions.map((option) => (
                <option key={option.value} value={option.value} label={option.label} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </Field>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  error?: string | undefined;
  name: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, error, name }: SelectFieldProps<V>) {
  return (
    <Field label={label} error={error}>
      {(a11y) => (
        <select {...a11y} name={name} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
