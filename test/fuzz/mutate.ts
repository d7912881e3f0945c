/**
 * Inputs for fuzzing importers: valid seed documents (or files) with a few mutations, which reach far
 * deeper into an importer's checks than random data does, plus wholly arbitrary values.
 */
import fc from 'fast-check';

type Path = (string | number)[];

/** Every path inside a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

const MUTATIONS = ['delete', 'replace', 'wrongType', 'empty', 'huge', 'duplicate', 'negative'] as const;
type Mutation = (typeof MUTATIONS)[number];

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return {};
  if (value === null) return [];
  return 'text';
}

/** Applies one mutation at `path` to a deep copy; paths that no longer exist leave the document as it was. */
function mutate(doc: unknown, path: Path, mutation: Mutation, replacement: unknown): unknown {
  const copy = structuredClone(doc) as unknown;
  if (path.length === 0) return mutation === 'delete' ? undefined : mutation === 'wrongType' ? wrongType(copy) : replacement;
  if (copy === null || typeof copy !== 'object') return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, unknown>;
  }
  const key = path[path.length - 1]!;
  if (!(key in parent)) return copy;
  const current = parent[key];
  switch (mutation) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = replacement;
      break;
    case 'wrongType':
      parent[key] = wrongType(current);
      break;
    case 'empty':
      parent[key] = typeof current === 'string' ? '' : Array.isArray(current) ? [] : typeof current === 'number' ? 0 : {};
      break;
    case 'huge':
      parent[key] =
        typeof current === 'number'
          ? 1e308
          : typeof current === 'string'
            ? current.repeat(5000).slice(0, 100_000) || 'x'.repeat(100_000)
            : current;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
      else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
      break;
    case 'negative':
      parent[key] = typeof current === 'number' ? -current - 1 : current;
      break;
  }
  return copy;
}

/** A seed with one to three mutations at random places. */
export function mutatedJson(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  const perSeed = seeds.map((seed) => {
    const paths = pathsOf(seed);
    const step = fc.record({
      path: fc.constantFrom(...paths),
      mutation: fc.constantFrom(...MUTATIONS),
      replacement: fc.jsonValue({ maxDepth: 2 }),
    });
    return fc
      .array(step, { minLength: 1, maxLength: 3 })
      .map((steps) => steps.reduce((doc, s) => mutate(doc, s.path, s.mutation, s.replacement), seed as unknown));
  });
  return fc.oneof(...perSeed);
}

/** What an importer of JSON-shaped data gets: mostly mutated seeds, some arbitrary values, some seeds intact. */
export function jsonInputs(seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: mutatedJson(seeds) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(...seeds) },
  );
}

/** Text files (CSV, JSON): seed lines deleted, duplicated, cut or spliced, cells emptied, bytes garbled. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  const lineEdit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('delete', 'duplicate', 'truncate', 'garble', 'emptyCell', 'insert'),
    text: fc.string({ unit: 'binary', maxLength: 40 }),
  });
  return fc.tuple(fc.constantFrom(...seeds), fc.array(lineEdit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => {
    const lines = seed.split('\n');
    for (const edit of edits) {
      const i = edit.at % Math.max(1, lines.length);
      const line = lines[i] ?? '';
      if (edit.kind === 'delete') lines.splice(i, 1);
      else if (edit.kind === 'duplicate') lines.splice(i, 0, line);
      else if (edit.kind === 'truncate') lines[i] = line.slice(0, edit.at % (line.length + 1));
      else if (edit.kind === 'garble') lines[i] = line.slice(0, line.length / 2) + edit.text + line.slice(line.length / 2);
      else if (edit.kind === 'emptyCell')
        lines[i] = line
          .split(',')
          .map((cell, c) => (c === edit.at % 5 ? '' : cell))
          .join(',');
      else lines.splice(i, 0, edit.text);
    }
    return lines.join('\n');
  });
}
