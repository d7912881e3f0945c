/**
 * The fields of each register as the pages show and edit them. Entitlement scopes appear as two flat
 * fields (scopeKind, scopeName), as in spreadsheets and in the list API.
 */
import { INSPECTION_CATEGORIES, LICENCE_TYPES, METRICS, SCOPE_KINDS, TERMS, type SamRegister } from '../../../../shared/contract/sam/schemas';

export type FieldKind = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | { choices: readonly string[]; labels: string };

export interface FieldDef {
  field: string;
  kind: FieldKind;
  required?: boolean;
  /** Shown in the table by default. */
  shown?: boolean;
}

const productRef: FieldDef[] = [
  { field: 'publisher', kind: 'text', required: true, shown: true },
  { field: 'name', kind: 'text', required: true, shown: true },
  { field: 'version', kind: 'text', shown: true },
  { field: 'edition', kind: 'text', shown: true },
];

export const REGISTER_FIELDS: Record<SamRegister, FieldDef[]> = {
  products: [
    ...productRef,
    { field: 'category', kind: 'text', shown: true },
    { field: 'licenceType', kind: { choices: LICENCE_TYPES, labels: 'sam.licenceType' }, shown: true },
    { field: 'licenceName', kind: 'text', shown: true },
    { field: 'swidTagId', kind: 'text' },
    { field: 'inspectionCategory', kind: { choices: ['', ...INSPECTION_CATEGORIES], labels: 'sam.inspectionCategory' }, shown: true },
    { field: 'domestic', kind: 'boolean', shown: true },
    { field: 'oemProof', kind: 'text' },
    { field: 'minCoresPerProcessor', kind: 'integer' },
    { field: 'minCoresPerServer', kind: 'integer' },
    { field: 'editionRank', kind: 'integer' },
  ],
  entitlements: [
    ...productRef,
    { field: 'metric', kind: { choices: METRICS, labels: 'sam.metric' }, required: true, shown: true },
    { field: 'quantity', kind: 'integer', shown: true },
    { field: 'scopeKind', kind: { choices: SCOPE_KINDS, labels: 'sam.scopeKind' }, shown: true },
    { field: 'scopeName', kind: 'text', shown: true },
    { field: 'term', kind: { choices: TERMS, labels: 'sam.term' }, shown: true },
    { field: 'start', kind: 'date' },
    { field: 'end', kind: 'date', shown: true },
    { field: 'unitCost', kind: 'decimal', shown: true },
    { field: 'totalCost', kind: 'decimal' },
    { field: 'currency', kind: 'text' },
    { field: 'purchaseOrder', kind: 'text' },
    { field: 'contract', kind: 'text' },
    { field: 'vendor', kind: 'text' },
    { field: 'assetNumber', kind: 'text', shown: true },
    { field: 'downgradeRights', kind: 'boolean' },
    { field: 'editionDowngradeRights', kind: 'boolean' },
  ],
  installations: [
    // The publisher is optional here, as in installationSchema: exports name the software, not its maker.
    { field: 'publisher', kind: 'text', shown: true },
    ...productRef.filter((field) => field.field !== 'publisher'),
    { field: 'device', kind: 'text', shown: true },
    { field: 'user', kind: 'text', shown: true },
    { field: 'department', kind: 'text', shown: true },
    { field: 'subsidiary', kind: 'text', shown: true },
    { field: 'installDate', kind: 'date', shown: true },
    { field: 'cores', kind: 'integer' },
    { field: 'source', kind: 'text' },
  ],
  devices: [
    { field: 'name', kind: 'text', required: true, shown: true },
    { field: 'department', kind: 'text', shown: true },
    { field: 'subsidiary', kind: 'text', shown: true },
    { field: 'cores', kind: 'integer', shown: true },
    { field: 'assetNumber', kind: 'text', shown: true },
  ],
  users: [
    { field: 'name', kind: 'text', required: true, shown: true },
    { field: 'department', kind: 'text', shown: true },
    { field: 'subsidiary', kind: 'text', shown: true },
  ],
};

/** A record's value for a flat field (scopeKind / scopeName read the entitlement's scope). */
export function fieldValue(record: Record<string, unknown>, field: string): unknown {
  if (field === 'scopeKind') return (record.scope as { kind: string } | undefined)?.kind;
  if (field === 'scopeName') return (record.scope as { name: string } | undefined)?.name;
  return record[field];
}

/** The form's texts → a record for sam.save: numbers as numbers, empty dates and numbers as null. */
export function recordFromDraft(register: SamRegister, draft: Record<string, string | boolean>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const def of REGISTER_FIELDS[register]) {
    const value = draft[def.field];
    if (def.kind === 'boolean') record[def.field] = value === true;
    else if (def.kind === 'integer' || def.kind === 'decimal') record[def.field] = value === '' || value === undefined ? null : Number(value);
    else if (def.kind === 'date') record[def.field] = value === '' || value === undefined ? null : value;
    else record[def.field] = value ?? '';
  }
  if (register === 'entitlements') {
    if (record.currency === '') delete record.currency; // the contract's default (CNY) applies
    record.scope = { kind: record.scopeKind || 'enterprise', name: record.scopeName ?? '' };
    delete record.scopeKind;
    delete record.scopeName;
  }
  return record;
}

export function draftFromRecord(register: SamRegister, record: Record<string, unknown> | null): Record<string, string | boolean> {
  const draft: Record<string, string | boolean> = {};
  for (const def of REGISTER_FIELDS[register]) {
    const value = record === null ? undefined : fieldValue(record, def.field);
    if (def.kind === 'boolean') draft[def.field] = value === true;
    else if (typeof def.kind === 'object') draft[def.field] = typeof value === 'string' ? value : (def.kind.choices[0] ?? '');
    else draft[def.field] = value === null || value === undefined ? '' : String(value);
  }
  if (register === 'entitlements' && record === null) Object.assign(draft, { scopeKind: 'enterprise', term: 'perpetual', currency: 'CNY' });
  return draft;
}

/** A backend field path (record.scope.name) → the form's field (scopeName). */
export function formFieldOf(path: string): string {
  const field = path.replace(/^record\./, '');
  if (field === 'scope.name') return 'scopeName';
  if (field === 'scope.kind' || field === 'scope') return 'scopeKind';
  return field;
}
