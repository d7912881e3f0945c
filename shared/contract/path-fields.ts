/**
 * Input fields that name a file or folder on disk, marked where the method is declared, so the rule for
 * them lives in one place and a new method cannot forget it.
 *
 * The CLI passes any path the user types (it acts with the user's own authority). A page door (the IPC
 * relay, the development bridge) carries calls from the renderer, which must not reach the rest of the
 * disk: the backend confines every marked field of a page's call (main/backend/page-paths.ts) — a `read`
 * field to the workspace's exchange folders, a `write` field to its exports folder.
 * shared/contract/path-fields.test.ts enumerates the method table and fails on a path-like field left
 * unmarked.
 */
import { z } from 'zod';

/** `read`: the method reads the file (or folder). `write`: it creates or replaces it. */
export type PathAccess = 'read' | 'write';

const pathFields = z.registry<{ pathAccess: PathAccess }>();

/** A field holding a filesystem path; `schema` refines it (default: a non-empty string). */
export function pathField<S extends z.ZodString = z.ZodString>(access: PathAccess, schema: S = z.string().min(1) as S): S {
  pathFields.add(schema, { pathAccess: access });
  return schema;
}

export function pathAccessOf(schema: z.ZodType): PathAccess | undefined {
  return pathFields.get(schema)?.pathAccess;
}

/** A marked field's value in one parsed input, where it sits, and a way to put the checked path in its place. */
export interface PathValue {
  access: PathAccess;
  /** Dotted, as error details name fields: `reports[2]`. */
  field: string;
  value: string;
  replace(resolved: string): void;
}

/** Every marked field present in `value`, walking the schema the value was parsed with. */
export function pathValuesIn(schema: z.ZodType, value: unknown): PathValue[] {
  const found: PathValue[] = [];
  walkValue(schema, value, '', (replacement) => replacement, found);
  return found;
}

type Setter = (resolved: string) => void;

function walkValue(schema: z.ZodType, value: unknown, field: string, set: Setter, found: PathValue[]): void {
  const access = pathAccessOf(schema);
  if (access && typeof value === 'string') {
    found.push({ access, field, value, replace: set });
    return;
  }
  if (value === undefined || value === null) return;
  for (const inner of wrappedSchemas(schema)) walkValue(inner, value, field, set, found);
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  if (def.type === 'object' && isRecord(value)) {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      if (key in value) walkValue(child, value[key], joinField(field, key), (v) => (value[key] = v), found);
    }
  } else if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, index) => walkValue(def.element!, item, `${field}[${index}]`, (v) => (value[index] = v), found));
  } else if (def.type === 'record' && isRecord(value) && def.valueType) {
    for (const key of Object.keys(value)) walkValue(def.valueType, value[key], joinField(field, key), (v) => (value[key] = v), found);
  }
}

/** A schema leaf with its field path, for enumerating the contract (tests). */
export interface SchemaLeaf {
  field: string;
  key: string;
  schema: z.ZodType;
}

/** Every schema reachable from `schema`, with the key it sits under; array items are `[]`. */
export function schemaLeaves(schema: z.ZodType, field = '', key = '', seen = new Set<z.ZodType>()): SchemaLeaf[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const leaves: SchemaLeaf[] = [{ field, key, schema }];
  if (pathAccessOf(schema)) return leaves;
  for (const inner of wrappedSchemas(schema)) leaves.push(...schemaLeaves(inner, field, key, seen));
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  for (const [name, child] of Object.entries(def.shape ?? {})) leaves.push(...schemaLeaves(child, joinField(field, name), name, seen));
  if (def.element) leaves.push(...schemaLeaves(def.element, `${field}[]`, key, seen));
  if (def.valueType) leaves.push(...schemaLeaves(def.valueType, `${field}{}`, key, seen));
  return leaves;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

/** Schemas that parse the same value as this one: wrappers (optional, default, pipe…) and the options of a union. */
function wrappedSchemas(schema: z.ZodType): z.ZodType[] {
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const inner = [def.innerType, def.in, def.out, def.left, def.right, ...(def.options ?? [])];
  if (def.type === 'lazy' && def.getter) inner.push(def.getter());
  return inner.filter((s): s is z.ZodType => s !== undefined && typeof (s as { _zod?: unknown })._zod === 'object');
}

function joinField(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
