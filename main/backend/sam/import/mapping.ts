/**
 * Which column holds which field. Headers are matched against the synonyms in fields.ts; the kind of
 * register (products, entitlements, installations) can be told from the headers; a mapping chosen by the
 * user (a saved profile) names columns by their header text and overrides the guess.
 */
import { SAM_KINDS, type SamKind } from '../../../../shared/contract/sam/schemas';
import { DEFAULT_LOCALE, translate, translateCode, type Locale } from '../../../../shared/i18n';
import { fieldLabels, importError } from './errors';
import { choiceValues } from '../../../../shared/domain/sam/choices';
import {
  FIELDS,
  type FieldOf,
  type FieldSpec,
  type FieldType,
  isChoiceType,
  REQUIRED_COLUMNS,
  SCOPE_KIND_HEADERS,
  SHARED_FIELDS,
} from './fields';
import { type CellValue, normalizeWord, parseDate, parseDecimal, parseMappedCell } from './normalize';

/** Why a column was taken for a field: what the mapping screen shows beside it. */
export type MappingReason =
  | { by: 'header' }
  | { by: 'user' }
  /** Its sampled values look like the field's: `examples` are some of them. */
  | { by: 'content'; examples: string[] };

export interface MappedColumn {
  field: string;
  /** 0-based position in the row's cells. */
  index: number;
  /** The header text as the file has it: what findings and error messages name. */
  header: string;
  type: FieldType;
  reason: MappingReason;
}

/** A value every row gets: a constant column the user set, or a scope kind the scope column's header names. */
export interface ConstantValue {
  value: NonNullable<CellValue>;
  /** 'user', or the header that implied it (使用部门 → department). */
  from: 'user' | { header: string };
}

export interface ColumnMapping<K extends SamKind = SamKind> {
  kind: K;
  header: string[];
  mapped: MappedColumn[];
  /** Header texts no field was mapped to (shown so the user can map them by hand). */
  unmapped: string[];
  /** Field → the value every row takes. */
  constants: Record<string, ConstantValue>;
  /** Field → normalized word of the file → the value the user said it means. */
  values: Record<string, Record<string, string>>;
  /** The file's own row numbering (序号), or -1. */
  serialIndex: number;
}

/** A mapping as saved for reuse: field → header text, and the user's value mappings and constants. */
export type MappingProfile = {
  kind: SamKind;
  columns: Record<string, string>;
  values?: Record<string, Record<string, string>>;
  constants?: Record<string, string>;
};

/** Normalized header word → the field it names, for one register's import fields (the first field to claim a word keeps it). */
export function headerWordIndex(fields: Readonly<Record<string, FieldSpec>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, spec] of Object.entries(fields)) {
    for (const word of [field, ...spec.synonyms]) {
      const key = normalizeWord(word);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
}

const synonymIndex = new Map<SamKind, Map<string, string>>(SAM_KINDS.map((kind) => [kind, headerWordIndex(FIELDS[kind])]));

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
 * The kind whose own fields (beyond the product's name, publisher, version, edition) the file names most,
 * by header and, given a sample, by content; a header two kinds claim (所属单位: an installation's
 * subsidiary or a licence's scope) counts half for each. Undefined when no kind or more than one comes out on top.
 */
export function detectKind(header: readonly string[], sample?: readonly (readonly string[])[]): SamKind | undefined {
  const proposals = SAM_KINDS.map((kind) => ({
    kind,
    mapped: proposeColumns(kind, header, sample === undefined ? {} : { sample }).mapped.filter(
      (column) => !SHARED_FIELDS.includes(column.field),
    ),
  }));
  const claims = new Map<number, number>();
  for (const { mapped } of proposals)
    for (const column of mapped) if (column.reason.by === 'header') claims.set(column.index, (claims.get(column.index) ?? 0) + 1);
  const scores = proposals
    .map(({ kind, mapped }) => ({
      kind,
      score: mapped.reduce((sum, column) => sum + (column.reason.by === 'header' && (claims.get(column.index) ?? 0) > 1 ? 0.5 : 1), 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best === undefined || best.score === 0 || (second !== undefined && second.score === best.score)) return undefined;
  return best.kind;
}

export interface ResolveMappingOptions {
  kind: SamKind | 'auto';
  /** The language a refusal names its fields in (by their labels); the default language when not given. */
  locale?: Locale;
  /** Field → header text, chosen by the user; overrides the guess for those fields. '' unmaps a field. */
  columns?: Record<string, string>;
  /** Field → the file's word → the value it stands for (站点授权 → site). */
  values?: Record<string, Record<string, string>>;
  /** Field → text every row takes, read as a cell of that field would be (范围类型 = 部门). */
  constants?: Record<string, string>;
  /** The first data rows: columns whose values look like a field's are offered as that field. */
  sample?: readonly (readonly string[])[];
  file?: string;
}

/** Header words of a column that numbers the file's rows its own way. */
const SERIAL_HEADERS = new Set(['序号', '行号', '编号序号', 'no', '#', 'seq', 'sn'].map(normalizeWord));

/** The mapping to import with, or an AppError naming the missing or unknown column, value or constant. */
export function resolveMapping(header: readonly string[], options: ResolveMappingOptions): ColumnMapping {
  const where = options.file === undefined ? {} : { file: options.file };
  const kind = options.kind === 'auto' ? detectKind(header, options.sample) : options.kind;
  if (kind === undefined) throw importError('sam.import.kindUndetected', where);
  const { mapped, constants, values } = proposeColumns(kind, header, options);

  if (mapped.length === 0 && Object.keys(constants).length === 0) throw importError('sam.import.noColumnRecognised', where);
  for (const group of REQUIRED_COLUMNS[kind] as ReadonlyArray<readonly string[]>) {
    if (group.some((field) => constants[field] !== undefined || mapped.some((column) => column.field === field))) continue;
    const column = group.map((field) => columnHint(kind, field)).join(' | ');
    throw importError(
      'sam.import.missingColumn',
      { ...where, column, field: group.join('|') },
      { column, fields: fieldLabels(options.locale ?? DEFAULT_LOCALE, group) },
    );
  }
  const used = new Set(mapped.map((column) => column.index));
  const serialIndex = header.findIndex((text, index) => !used.has(index) && SERIAL_HEADERS.has(normalizeWord(text)));
  return {
    kind,
    header: [...header],
    mapped,
    unmapped: header.filter((text, index) => !used.has(index) && text.trim() !== ''),
    constants,
    values,
    serialIndex,
  };
}

/**
 * The columns and constants for one kind, by header, the user's choices, content and the scope header, in
 * that order of say; unlike resolveMapping it does not insist on the required fields (the mapping screen
 * shows a kind's proposal before the user completes it). The user's own value mappings and constants are
 * checked here: a value the field does not have, or a constant that fails the field's rule, is an error.
 */
export function proposeColumns(
  kind: SamKind,
  header: readonly string[],
  options: Omit<ResolveMappingOptions, 'kind'>,
): Pick<ColumnMapping, 'mapped' | 'constants' | 'values'> {
  const where = options.file === undefined ? {} : { file: options.file };
  const fields = FIELDS[kind] as Record<string, FieldSpec>;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const values = checkedValueMaps(kind, options.values ?? {}, where, locale);
  const chosen = new Map<string, { index: number; reason: MappingReason }>();
  for (const [field, index] of Object.entries(suggestColumns(kind, header) as Record<string, number>))
    chosen.set(field, { index, reason: { by: 'header' } });
  for (const [field, headerText] of Object.entries(options.columns ?? {})) {
    if (fields[field] === undefined) continue;
    if (headerText === '') {
      chosen.delete(field);
      continue;
    }
    const position = header.findIndex((text) => normalizeWord(text) === normalizeWord(headerText));
    if (position < 0)
      throw importError('sam.import.mappingColumnNotFound', { ...where, column: headerText, field }, { column: headerText });
    for (const [other, column] of chosen) if (column.index === position && column.reason.by !== 'user') chosen.delete(other); // the user's word on a column wins
    chosen.set(field, { index: position, reason: { by: 'user' } });
  }
  const constants = checkedConstants(kind, options.constants ?? {}, values, where, locale);
  for (const field of Object.keys(constants)) chosen.delete(field);
  if (options.sample !== undefined) inferFromContent(kind, header, options.sample, chosen, constants, values);
  impliedScopeKind(kind, header, chosen, constants);
  const mapped = [...chosen]
    .map(([field, { index, reason }]) => ({ field, index, header: header[index] ?? '', type: (fields[field] as FieldSpec).type, reason }))
    .sort((a, b) => a.index - b.index);
  return { mapped, constants, values };
}

/** The user's value mappings, keyed by normalized word; a value the field does not have is refused at the field. */
function checkedValueMaps(
  kind: SamKind,
  maps: Record<string, Record<string, string>>,
  where: { file?: string },
  locale: Locale,
): Record<string, Record<string, string>> {
  const fields = FIELDS[kind] as Record<string, FieldSpec>;
  const checked: Record<string, Record<string, string>> = {};
  for (const [field, map] of Object.entries(maps)) {
    const type = fields[field]?.type;
    if (type === undefined || !isChoiceType(type)) continue;
    const allowed = choiceValues(type);
    checked[field] = {};
    for (const [word, value] of Object.entries(map)) {
      if (!allowed.includes(value))
        throw importError('sam.import.valueMapInvalid', { ...where, field }, { word, value, fields: fieldLabels(locale, [field]) });
      (checked[field] as Record<string, string>)[normalizeWord(word)] = value;
    }
  }
  return checked;
}

/** Constants read as cells of their field would be; one that fails the field's rule is refused at the field. */
function checkedConstants(
  kind: SamKind,
  given: Record<string, string>,
  values: Record<string, Record<string, string>>,
  where: { file?: string },
  locale: Locale,
): Record<string, ConstantValue> {
  const fields = FIELDS[kind] as Record<string, FieldSpec>;
  const constants: Record<string, ConstantValue> = {};
  for (const [field, text] of Object.entries(given)) {
    const spec = fields[field];
    if (spec === undefined || text.trim() === '') continue;
    const read = parseMappedCell(spec.type, text, values[field]);
    if (!read.ok || read.value === null) {
      const reason = read.ok ? translate(locale, 'sam.value.required', { value: text }) : translateCode(locale, read.code, { value: text });
      throw importError('sam.import.constantInvalid', { ...where, field }, { value: text, reason, fields: fieldLabels(locale, [field]) });
    }
    constants[field] = { value: read.value, from: 'user' };
  }
  return constants;
}

/** Sampled values that say what a column is; at least this share of a column's non-empty cells must agree. */
const CONTENT_AGREEMENT = 0.8;
const EXAMPLES_SHOWN = 3;
const DEVICE_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/i;

/**
 * Offers the columns no field has taken to the fields still without one whose content they match (in the
 * fields' declared order; the first matching column wins), with a few of the values as the reason.
 */
function inferFromContent(
  kind: SamKind,
  header: readonly string[],
  sample: readonly (readonly string[])[],
  chosen: Map<string, { index: number; reason: MappingReason }>,
  constants: Record<string, ConstantValue>,
  values: Record<string, Record<string, string>>,
): void {
  const taken = new Set([...chosen.values()].map((column) => column.index));
  for (const [field, spec] of Object.entries(FIELDS[kind] as Record<string, FieldSpec>)) {
    if (spec.content === undefined || chosen.has(field) || constants[field] !== undefined) continue;
    for (let index = 0; index < header.length; index++) {
      if (taken.has(index)) continue;
      const cells = sample.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
      if (cells.length === 0) continue;
      const agreeing = cells.filter((cell) => looksLike(spec, cell, values[field]));
      if (agreeing.length < cells.length * CONTENT_AGREEMENT) continue;
      chosen.set(field, { index, reason: { by: 'content', examples: [...new Set(agreeing)].slice(0, EXAMPLES_SHOWN) } });
      taken.add(index);
      break;
    }
  }
}

function looksLike(spec: FieldSpec, cell: string, values: Record<string, string> | undefined): boolean {
  switch (spec.content) {
    case 'choice': {
      const read = parseMappedCell(spec.type, cell, values);
      return read.ok && read.value !== null;
    }
    case 'date':
      return !/^\d+(\.\d+)?$/.test(cell) && parseDate(cell).ok; // a bare number is more often a count than an Excel date
    case 'count':
      return /^\d{1,6}$/.test(cell);
    case 'money':
      return /[.,¥￥$元]/.test(cell) && parseDecimal(cell).ok;
    case 'deviceName':
      return DEVICE_NAME.test(cell) && /\d/.test(cell);
    default:
      return false;
  }
}

/** A scope column headed 使用部门 or 所属子公司 says the scope's kind, unless a column or constant says it. */
function impliedScopeKind(
  kind: SamKind,
  header: readonly string[],
  chosen: Map<string, { index: number; reason: MappingReason }>,
  constants: Record<string, ConstantValue>,
): void {
  const scopeName = chosen.get('scopeName');
  if (kind !== 'entitlements' || scopeName === undefined || chosen.has('scopeKind') || constants.scopeKind !== undefined) return;
  const headerText = header[scopeName.index] ?? '';
  const word = normalizeWord(headerText);
  for (const [scopeKind, words] of Object.entries(SCOPE_KIND_HEADERS)) {
    if (words.some((known) => normalizeWord(known) === word)) constants.scopeKind = { value: scopeKind, from: { header: headerText } };
  }
}

/** The mapping as a saved profile: field → header text. */
export function toProfile(mapping: ColumnMapping): MappingProfile {
  const constants = Object.entries(mapping.constants).filter(([, constant]) => constant.from === 'user');
  return {
    kind: mapping.kind,
    columns: Object.fromEntries(mapping.mapped.map((column) => [column.field, column.header])),
    ...(Object.keys(mapping.values).length > 0 ? { values: mapping.values } : {}),
    ...(constants.length > 0
      ? { constants: Object.fromEntries(constants.map(([field, constant]) => [field, String(constant.value)])) }
      : {}),
  };
}

/** How a field's column is usually headed, in Chinese and English, e.g. "软件名称 / Software". */
export function columnHint(kind: SamKind, field: string): string {
  const synonyms = (FIELDS[kind] as Record<string, FieldSpec>)[field]?.synonyms ?? [];
  const chinese = synonyms.find((word) => /[\u4e00-\u9fff]/.test(word));
  const english = synonyms.find((word) => /^[a-z]/i.test(word));
  return [chinese, english].filter((word) => word !== undefined).join(' / ') || field;
}
