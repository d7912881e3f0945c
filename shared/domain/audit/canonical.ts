/**
 * Canonical JSON: one text for one value, so a hash over it means the same thing on every machine.
 * Object keys sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes them
 * (the same as RFC 8785 for the values we store), undefined members dropped, non-finite numbers as null.
 * Parsing the text and writing it again gives the same text, which is what lets a stored entry be re-hashed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object':
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      // functions, symbols and bigints have no JSON form
      return 'null';
  }
}
