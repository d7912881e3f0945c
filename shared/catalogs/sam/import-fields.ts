/**
 * What an import can fill, per kind of register, and the words spreadsheets use for it: read off the field
 * catalogue (fields.ts), where each field and its words are declared once.
 */
import type { SamKind } from '../../contract/sam/schemas';
import {
  type ChoiceType,
  type ContentHint,
  type FieldDefinition,
  type FieldType,
  CHOICE_WORDS,
  PRODUCT_REF,
  SAM_FIELD_CATALOGUE,
} from './fields';

export {
  BOOLEAN_WORDS,
  CHOICE_WORDS,
  CURRENCY_WORDS,
  SCOPE_KIND_HEADERS,
  type ChoiceType,
  type ContentHint,
  type FieldType,
} from './fields';

export interface FieldSpec {
  type: FieldType;
  synonyms: readonly string[];
  /** Set when a column can be recognised by its values; absent for free text no content can reveal. */
  content?: ContentHint;
}

type Catalogue = typeof SAM_FIELD_CATALOGUE;
export type ImportFields<Fs extends readonly FieldDefinition[]> = { [F in Fs[number] as F['id']]: FieldSpec };

/**
 * A register's fields as the import reads them: the type, the header words, the content that reveals the
 * column. The labels and export labels are header words too, after the synonyms: a file this program
 * exported imports back whatever its language.
 */
export function importFieldsOf<const Fs extends readonly FieldDefinition[]>(fields: Fs): ImportFields<Fs> {
  return Object.fromEntries(
    fields.map((field) => [
      field.id,
      { type: field.type, synonyms: headerWordsOf(field), ...(field.content === undefined ? {} : { content: field.content }) },
    ]),
  ) as unknown as ImportFields<Fs>;
}

function headerWordsOf(field: FieldDefinition): string[] {
  const labels = [field.label, ...(field.exportLabel === undefined ? [] : [field.exportLabel])].flatMap((label) => [
    label['zh-CN'],
    label['en-US'],
  ]);
  return [...new Set([...field.synonyms, ...labels])];
}

/** The columns a file must have: each required field, then each "at least one of" group (an installation's device or user). */
export function requiredColumnsOf(fields: readonly FieldDefinition[]): string[][] {
  const groups: string[][] = [];
  const oneOf = new Map<string, string[]>();
  for (const field of fields) {
    if (field.required === true) groups.push([field.id]);
    else if (field.requiredOneOf !== undefined) {
      let group = oneOf.get(field.requiredOneOf);
      if (group === undefined) oneOf.set(field.requiredOneOf, (group = []));
      group.push(field.id);
    }
  }
  return [...groups, ...oneOf.values()];
}

export const FIELDS: { [K in SamKind]: ImportFields<Catalogue[K]> } = {
  products: importFieldsOf(SAM_FIELD_CATALOGUE.products),
  entitlements: importFieldsOf(SAM_FIELD_CATALOGUE.entitlements),
  installations: importFieldsOf(SAM_FIELD_CATALOGUE.installations),
};

export type FieldOf<K extends SamKind> = Extract<keyof (typeof FIELDS)[K], string>;

/** Columns a file must have, per kind; an inner list means "at least one of these". */
export const REQUIRED_COLUMNS: { [K in SamKind]: ReadonlyArray<readonly FieldOf<K>[]> } = {
  products: requiredColumnsOf(SAM_FIELD_CATALOGUE.products) as FieldOf<'products'>[][],
  entitlements: requiredColumnsOf(SAM_FIELD_CATALOGUE.entitlements) as FieldOf<'entitlements'>[][],
  installations: requiredColumnsOf(SAM_FIELD_CATALOGUE.installations) as FieldOf<'installations'>[][],
};

/** The fields that name the product; every kind has them, so they say nothing about which kind a file is. */
export const SHARED_FIELDS: readonly string[] = PRODUCT_REF.map((field) => field.id);

export function isChoiceType(type: FieldType): type is ChoiceType {
  return type in CHOICE_WORDS;
}
