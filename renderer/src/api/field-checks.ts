/**
 * A form's messages at its fields, as the user leaves each one and after a save: one rule for every form.
 *
 * A field the user has left is checked against the contract's schema for the record (the same check the
 * backend makes on save, worded the same way: shared/domain/forms/issues.ts), so an error shows at the field
 * before any save. A save's refusal shows at its fields too, until the field is changed; where the two speak
 * of one field they say the same thing, and it is shown once.
 */
import { useMemo, useRef, useState, type FocusEvent } from 'react';
import type { z } from 'zod';
import { fieldMessages, valueAtPath } from '../../../shared/domain/forms/issues';
import type { Locale } from '../../../shared/i18n/define';

export interface FieldChecks {
  /** The message to show at each field path (`name`, `trainings[0].hours`) that has one now. */
  errors: Record<string, string>;
  /** For the form (or any element around its fields): the focus leaving a field checks it. */
  onBlur(event: FocusEvent<HTMLElement>): void;
}

/**
 * `schema` is the contract's input schema for `record` (the save method's), so its paths are the fields' paths;
 * `saved` is the last save's refusal by path (save-state.ts), an object that changes with each refusal.
 */
export function useFieldChecks(schema: z.ZodType, record: unknown, saved: Record<string, string>, locale: Locale): FieldChecks {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  // The record as it was when this refusal came: a refusal stands at a field only while the field is unchanged.
  const [refusal, setRefusal] = useState({ saved, record });
  if (refusal.saved !== saved) setRefusal({ saved, record });
  const atLastBlur = useRef(record);
  const live = useMemo(() => fieldMessages(schema, record, locale), [schema, record, locale]);

  const errors: Record<string, string> = {};
  for (const path of new Set([...Object.keys(live), ...Object.keys(saved)])) {
    const savedMessage = sameValue(valueAtPath(refusal.record, path), valueAtPath(record, path)) ? saved[path] : undefined;
    const message = (left.has(path) ? live[path] : undefined) ?? savedMessage;
    if (message !== undefined) errors[path] = message;
  }

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    // The field left, when it names its path; and any field changed since the focus last left one — the user
    // changed it there and has left it. Fields a new row brought (no value before) wait until they are left.
    // A name may write a row's index as a step (`dataCategories.0.name`); the checks write it in brackets.
    const named = (event.target.dataset.field ?? event.target.getAttribute('name'))?.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const changed = Object.keys(live).filter((path) => {
      const before = valueAtPath(atLastBlur.current, path);
      return before !== undefined && !sameValue(before, valueAtPath(record, path));
    });
    atLastBlur.current = record;
    const leaving = [...(named ? [named] : []), ...changed].filter((path) => !left.has(path));
    if (leaving.length > 0) setLeft(new Set([...left, ...leaving]));
  };
  return { errors, onBlur };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
