/**
 * The text boxes of every number and date field: they read what the user types the one way the app reads it
 * (shared/domain/forms/input-text.ts). While the text is not yet a number or a date, the raw text is passed
 * on, so the form's own check (the backend's) names the field and says the form it expects.
 */
import { useState, type InputHTMLAttributes } from 'react';
import { DATE_PLACEHOLDER, formatDateText, parseDateText, parseNumberText } from '../../../shared/domain/forms/input-text';
import type { Locale } from '../../../shared/i18n/define';

type BoxAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

/** A number, null when blank, or the text as typed when it is not a number. */
export function readNumber(text: string): number | string | null {
  const parsed = parseNumberText(text);
  return parsed.kind === 'value' ? parsed.value : parsed.kind === 'empty' ? null : text;
}

/** A `YYYY-MM-DD` date, null when blank, or the text as typed when it is not a date. */
export function readDate(text: string, locale: Locale): string | null {
  const parsed = parseDateText(text, locale);
  return parsed.kind === 'value' ? parsed.value : parsed.kind === 'empty' ? null : text;
}

/**
 * Keeps the typed text while the value it means stays the same ("3,500" is not rewritten to "3500" under the
 * user's fingers), and shows a value set from outside (load, reset) in its own words.
 */
function useTypedText<V>(value: V, shown: (value: V) => string, read: (text: string) => V) {
  const [text, setText] = useState(() => shown(value));
  const [lastValue, setLastValue] = useState<V>(value);
  if (lastValue !== value) {
    setLastValue(value);
    if (read(text) !== value) setText(shown(value));
  }
  return [text, setText] as const;
}

interface NumberInputProps extends BoxAttributes {
  value: number | string | null;
  onValue(value: number | string | null): void;
  integer?: boolean;
}

export function NumberInput({ value, onValue, integer = false, ...attributes }: NumberInputProps) {
  const shown = (v: number | string | null) => (v === null ? '' : String(v));
  const [text, setText] = useTypedText(value, shown, readNumber);
  return (
    <input
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      {...attributes}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onValue(readNumber(event.target.value));
      }}
    />
  );
}

interface DateInputProps extends BoxAttributes {
  value: string | null;
  onValue(value: string | null): void;
  locale: Locale;
}

export function DateInput({ value, onValue, locale, ...attributes }: DateInputProps) {
  const shown = (v: string | null) => (v === null ? '' : formatDateText(v, locale));
  const [text, setText] = useTypedText(value, shown, (typed) => readDate(typed, locale));
  return (
    <input
      type="text"
      inputMode="numeric"
      placeholder={DATE_PLACEHOLDER[locale]}
      {...attributes}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onValue(readDate(event.target.value, locale));
      }}
    />
  );
}
