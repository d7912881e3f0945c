import { Field } from '../../components/Field';

/** A labelled file picker; `onFiles` gets the chosen files (the page uploads them to the workspace). */
export function FileField({
  label,
  accept,
  multiple,
  onFiles,
  help,
  error,
  name,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles(files: File[]): void;
  help?: string;
  error?: string | undefined;
  name: string;
}) {
  return (
    <Field label={label} help={help} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          type="file"
          accept={accept}
          multiple={multiple ?? false}
          onChange={(e) => onFiles([...(e.target.files ?? [])])}
        />
      )}
    </Field>
  );
}

export function PasswordField({
  label,
  value,
  onChange,
  help,
  error,
  name,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  help?: string;
  error?: string | undefined;
  name: string;
  autoComplete: 'new-password' | 'current-password';
}) {
  return (
    <Field label={label} help={help} error={error}>
      {(a11y) => (
        <input {...a11y} name={name} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
