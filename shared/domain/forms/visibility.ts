import type { FieldValue, FormField } from '../../contract/forms/schemas';

/**
 * Whether a field shows, given the values beside it (the form's values, or the row's for a column).
 * A field whose controlling field is itself hidden is hidden too.
 */
export function isVisible<F extends FormField>(field: F, scope: readonly F[], values: Record<string, FieldValue>): boolean {
  const seen = new Set<string>();
  let current: F | undefined = field;
  while (current?.visibleWhen) {
    if (seen.has(current.id)) return false;
    seen.add(current.id);
    const condition: NonNullable<F['visibleWhen']> = current.visibleWhen;
    if (values[condition.field] !== condition.equals) return false;
    current = scope.find((f) => f.id === condition.field);
  }
  return true;
}
