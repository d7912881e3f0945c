/**
 * The fields of each register as the pages show and edit them, read off the field catalogue
 * (shared/catalogs/sam/fields.ts). Entitlement scopes appear as two flat fields (scopeKind, scopeName), as in
 * spreadsheets and in the list API.
 */
import {
  type FieldDefinition,
  type FieldLabel,
  SAM_FIELD_CATALOGUE,
  choiceValuesOf,
  flatValue,
  nestFlat,
} from '../../../../shared/catalogs/sam/fields';
import { SAM_REGISTERS, type SamRegister } from '../../../../shared/contract/sam/schemas';

export type FieldKind = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | { choices: readonly string[]; labels: string };

export interface FieldDef {
  field: string;
  /** In this register's words (a device's name is 设备名称, a product's 软件名称). */
  label: FieldLabel;
  kind: FieldKind;
  required?: boolean;
  /** Shown in the table by default. */
  shown?: boolean;
  /** What a new record's form starts with. */
  initial: string | boolean;
}

/** The form's input for a catalogue type: a choice is a list of its values, labelled by `sam.<type>.<value>`; a currency is text. */
function formKind(field: FieldDefinition): FieldKind {
  switch (field.type) {
    case 'text':
    case 'currency':
      return 'text';
    case 'integer':
    case 'decimal':
    case 'date':
    case 'boolean':
      return field.type;
    default:
      return { choices: [...(field.blank === true ? [''] : []), ...choiceValuesOf(field.type)], labels: `sam.${field.type}` };
  }
}

/** A register's form fields, in the catalogue's order. */
export function formFieldsOf(fields: readonly FieldDefinition[]): FieldDef[] {
  return fields.map((field) => {
    const kind = formKind(field);
    const initial = kind === 'boolean' ? false : (field.fallback ?? (typeof kind === 'object' ? (kind.choices[0] ?? '') : ''));
    return {
      field: field.id,
      label: field.label,
      kind,
      initial,
      ...(field.required === true ? { required: true } : {}),
      ...(field.shown === true ? { shown: true } : {}),
    };
  });
}

export const REGISTER_FIELDS: Record<SamRegister, FieldDef[]> = Object.fromEntries(
  SAM_REGISTERS.map((register) => [register, formFieldsOf(SAM_FIELD_CATALOGUE[register])]),
) as Record<SamRegister, FieldDef[]>;

const DEFINITIONS: Record<SamRegister, Map<string, FieldDefinition>> = Object.fromEntries(
  SAM_REGISTERS.map((register) => [register, new Map(SAM_FIELD_CATALOGUE[register].map((field) => [field.id, field as FieldDefinition]))]),
) as Record<SamRegister, Map<string, FieldDefinition>>;

/** A record's value for a flat field (scopeKind / scopeName read the entitlement's scope). */
export function fieldValue(record: Record<string, unknown>, field: string, register: SamRegister): unknown {
  const definition = DEFINITIONS[register].get(field);
  return definition === undefined ? record[field] : flatValue(record, definition);
}

/** The form's texts → a record for sam.save: numbers as numbers, empty dates and numbers as null, an empty choice with a fallback left to the schema. */
export function recordFromDraft(register: SamRegister, draft: Record<string, string | boolean>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const def of REGISTER_FIELDS[register]) {
    const value = draft[def.field];
    if (def.kind === 'boolean') flat[def.field] = value === true;
    else if (def.kind === 'integer' || def.kind === 'decimal') flat[def.field] = value === '' || value === undefined ? null : Number(value);
    else if (def.kind === 'date') flat[def.field] = value === '' || value === undefined ? null : value;
    else flat[def.field] = value === '' || value === undefined ? (DEFINITIONS[register].get(def.field)?.fallback ?? '') : value;
  }
  return nestFlat(SAM_FIELD_CATALOGUE[register], flat);
}

export function draftFromRecord(register: SamRegister, record: Record<string, unknown> | null): Record<string, string | boolean> {
  const draft: Record<string, string | boolean> = {};
  for (const def of REGISTER_FIELDS[register]) {
    if (record === null) {
      draft[def.field] = def.initial;
      continue;
    }
    const value = fieldValue(record, def.field, register);
    if (def.kind === 'boolean') draft[def.field] = value === true;
    else if (typeof def.kind === 'object') draft[def.field] = typeof value === 'string' ? value : (def.kind.choices[0] ?? '');
    else draft[def.field] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/** A backend field path (record.scope.name) → the form's field (scopeName): the catalogue field kept at that path. */
export function formFieldOf(path: string, register: SamRegister): string {
  const [first, second] = path.replace(/^record\./, '').split('.');
  for (const definition of DEFINITIONS[register].values()) {
    const path = definition.path;
    if (path !== undefined && path[0] === first && (second === undefined || path[1] === second)) return definition.id;
  }
  return first ?? path;
}
