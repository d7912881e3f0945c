/**
 * Which column holds which field. Headers are matched against the synonyms in fields.ts; the kind of
 * register (products, entitlements, installations) can be told from the headers; a mapping chosen by the
 * user (a saved profile) names columns by their header text and overrides the guess.
 */
import { SAM_KINDS, type SamKind } from '../../../../shared/contract/sam/schemas';
import { ImportError } from './errors';
import { FIELDS, type FieldOf, type FieldSpec, type FieldType, REQUIRED_COLUMNS, SHARED_FIELDS } from './fields';
import { normalizeWord } from './normalize';

export interface MappedColumn {
  field: string;
  /** 0-based position in the row's cells. */
  index: number;
  /** The header text as the file has it: what findings and error messages name. */
  header: string;
  type: FieldType;
}

export interface ColumnMapping<K extends SamKind = SamKind> {
  kind: K;
  header: string[];
  mapped: MappedColumn[];
  /** Header texts no field was mapped to (shown so the user can map them by hand). */
  unmapped: string[];
}

/** A mapping as saved for reuse: field → header text. */
export type MappingProfile = { kind: SamKind; columns: Record<string, string> };

const synonymIndex = new Map<SamKind, Map<string, string>>(
  SAM_KINDS.map((kind) => {
    const index = new Map<string, string>();
    for (const [field, spec] of Object.entries(FIELDS[kind]) as [string, FieldSpec][]) {
      for (const word of [field, ...spec.synonyms]) {
        const key = normalizeWord(word);
        if (!index.has(key)) index.set(key, field);
      }
    }
    return [kind, index];
  }),
);

/** Field → column index for every header that names a field of this kind (the first such column wins). */
export function suggestColumns<K extends SamKind>(kind: K, header: readonly string[]): Partial<Record<FieldOf<K>, number>> {
  const index = synonymIndex.get(kind) as Map<string, string>;
  const columns: Partial<Record<string, number>> = {};
  header.forEach((text, position) => {
    const field = index.get(normalizeWord(text));
    if (field !== undefined && columns[field] === undefined) columns[field] = position;
  });
  return columns as Partial<Record<FieldOf<K>, number>>;
}

/**
 * The kind whose own fields (beyond the product's name, publisher, version, edition) the headers name
 * most; undefined when no kind or more than one kind comes out on top.
 */
export function detectKind(header: readonly string[]): SamKind | undefined {
  const scores = SAM_KINDS.map((kind) => ({
    kind,
    score: Object.keys(suggestColumns(kind, header)).filter((field) => !SHARED_FIELDS.includes(field)).length,
  })).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best === undefined || best.score === 0 || (second !== undefined && second.score === best.score)) return undefined;
  return best.kind;
}

export interface ResolveMappingOptions {
  kind: SamKind | 'auto';
  /** Field → header text, chosen by the user; overrides the guess for those fields. '' unmaps a field. */
  columns?: Record<string, string>;
  file?: string;
}

/** The mapping to import with, or an ImportError naming the missing or unknown column. */
export function resolveMapping(header: readonly string[], options: ResolveMappingOptions): ColumnMapping {
  const file = options.file;
  const where = file === undefined ? {} : { file };
  const kind = options.kind === 'auto' ? detectKind(header) : options.kind;
  if (kind === undefined) throw new ImportError('sam.import.kindUndetected', where);

  const fields = FIELDS[kind] as Record<string, FieldSpec>;
  const columns: Record<string, number> = suggestColumns(kind, header) as Record<string, number>;
  for (const [field, headerText] of Object.entries(options.columns ?? {})) {
    if (fields[field] === undefined) continue;
    if (headerText === '') {
      delete columns[field];
      continue;
    }
    const position = header.findIndex((text) => normalizeWord(text) === normalizeWord(headerText));
    if (position < 0) throw new ImportError('sam.import.mappingColumnNotFound', { ...where, column: headerText, field }, { column: headerText });
    columns[field] = position;
  }

  for (const group of REQUIRED_COLUMNS[kind] as ReadonlyArray<readonly string[]>) {
    if (group.some((field) => columns[field] !== undefined)) continue;
    const column = group.map((field) => columnHint(kind, field)).join(' | ');
    throw new ImportError('sam.import.missingColumn', { ...where, column, field: group.join('|') }, { column });
  }

  const mapped = Object.entries(columns)
    .map(([field, index]) => ({ field, index, header: header[index] ?? '', type: (fields[field] as FieldSpec).type }))
    .sort((a, b) => a.index - b.index);
  const used = new Set(mapped.map((column) => column.index));
  return { kind, header: [...header], mapped, unmapped: header.filter((text, index) => !used.has(index) && text.trim() !== '') };
}

/** The mapping as a saved profile: field → header text. */
export function toProfile(mapping: ColumnMapping): MappingProfile {
  return { kind: mapping.kind, columns: Object.fromEntries(mapping.mapped.map((column) => [column.field, column.header])) };
}

/** How a field's column is usually headed, in Chinese and English, e.g. "软件名称 / Software". */
export function columnHint(kind: SamKind, field: string): string {
  const synonyms = (FIELDS[kind] as Record<string, FieldSpec>)[field]?.synonyms ?? [];
  const chinese = synonyms.find((word) => /[\u4e00-\u9fff]/.test(word));
  const english = synonyms.find((word) => /^[a-z]/i.test(word));
  return [chinese, english].filter((word) => word !== undefined).join(' / ') || field;
}
