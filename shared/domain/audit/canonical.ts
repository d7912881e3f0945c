/**
 * Canonical JSON: one text for one value, so a hash over it means the same thing on every machine.
 * Object keys sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes them
 * (the same as RFC 8785 for the values we store), undefined members dropped, non-finite numbers as null,
 * toJSON honoured (a Date becomes its ISO string) — JSON.stringify's rules, with sorted keys.
 * Parsing the text and writing it again gives the same text, which is what lets a stored entry be re-hashed.
 */
export function canonicalJson(value: unknown): string {
  // Fast path: the native serializer over key-sorted copies. It cannot be used when an object has
  // integer-like keys ("2", "10"): JavaScript iterates those first, in numeric order, whatever the sort.
  let integerKeys = false;
  const text = JSON.stringify(value, (_key, member: unknown) => {
    if (typeof member === 'bigint') return null;
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member;
    const keys = Object.keys(member).sort();
    const sorted: Record<string, unknown> = {};
    for (const key of keys) {
      if (INTEGER_KEY.test(key)) integerKeys = true;
      sorted[key] = (member as Record<string, unknown>)[key];
    }
    return sorted;
  });
  if (integerKeys) return slowCanonicalJson(JSON.parse(text) as unknown);
  return text ?? 'null';
}

/** Keys JavaScript orders as array indexes. */
const INTEGER_KEY = /^(?:0|[1-9]\d{0,9})$/;

/** The same text built by hand, for values (already plain JSON) holding integer-like keys. */
function slowCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(slowCanonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${slowCanonicalJson(object[key])}`)
    .join(',')}}`;
}
