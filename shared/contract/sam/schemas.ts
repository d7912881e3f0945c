/**
 * Software asset management (软件资产管理) records: products, entitlements (licences bought) and
 * installations (licences consumed). docs/standards.md §6.
 *
 * Every validation message is a finding code (`sam.…`), never a sentence: `shared/i18n/sam.ts` words it.
 * The same schema checks a form, an import row and the canonical data JSON, so each rule lives here once.
 *
 * Natural keys (the identity an import upserts on; see the key functions at the end of this file):
 * - product:      publisher + name + version + edition
 * - entitlement:  the enterprise asset number (资产编号) when there is one, otherwise
 *                 product key + metric + scope + purchase order + contract + start date
 * - installation: product key + device, or product key + user when the installation has no device
 * Text parts of a key are compared trimmed, with runs of white space collapsed and case ignored.
 */
import { z } from 'zod';
import { SAM_KINDS, SAM_REGISTERS } from './vocabulary';
import {
  type ChoiceType,
  type ChoiceValue,
  DEVICE_FIELDS,
  ENTITLEMENT_FIELDS,
  type FieldDefinition,
  INSTALLATION_FIELDS,
  PRODUCT_FIELDS,
  PRODUCT_REF,
  USER_FIELDS,
  choiceValuesOf,
} from '../../catalogs/sam/fields';

export { SAM_KINDS, SAM_REGISTERS } from './vocabulary';

/**
 * The categories 软件正版化 inspections count by (docs/standards.md §6): the three general categories (os, office,
 * security — 杀毒软件 is security software), then industrial and professional software; database and middleware
 * are the 信创 categories beside them. '' = not classified. Definitions: shared/catalogs/sam/categories.ts.
 */
export const INSPECTION_CATEGORIES = choiceValuesOf('inspectionCategory');
export type InspectionCategory = (typeof INSPECTION_CATEGORIES)[number];

export const METRICS = choiceValuesOf('metric');
export type Metric = (typeof METRICS)[number];
export function isUnlimitedMetric(metric: Metric): boolean {
  return metric === 'site' || metric === 'enterprise';
}

export const SCOPE_KINDS = choiceValuesOf('scopeKind');

const MAX_TEXT = 500;

const optionalText = z.string({ error: 'sam.value.invalid' }).trim().max(MAX_TEXT, { error: 'sam.value.tooLong' }).default('');
const requiredText = z
  .string({ error: 'sam.value.required' })
  .trim()
  .min(1, { error: 'sam.value.required' })
  .max(MAX_TEXT, { error: 'sam.value.tooLong' });

/** `YYYY-MM-DD` naming a day that exists. Read digit by digit: an import checks 100,000 of them. */
export function isValidIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= daysInMonth;
}

/** The number the ASCII digits text[from..to) write, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** A calendar date as `YYYY-MM-DD` (no time, no zone: licence terms are whole days). */
export const isoDateSchema = z.string({ error: 'sam.value.invalidDate' }).refine(isValidIsoDate, { error: 'sam.value.invalidDate' });
const optionalDate = isoDateSchema.nullable().default(null);
const money = z
  .number({ error: 'sam.value.notANumber' })
  .finite({ error: 'sam.value.notANumber' })
  .nonnegative({ error: 'sam.value.negative' });
const wholeNumber = z.number({ error: 'sam.value.notANumber' }).int({ error: 'sam.value.notAnInteger' });
const currencyCode = z.string({ error: 'sam.value.invalid' }).regex(/^[A-Z]{3}$/, { error: 'sam.entitlement.currencyInvalid' });

// ---- schemas from the field catalogue (shared/catalogs/sam/fields.ts) ---------------------------------------

type ChoicesOf<F> = F extends { type: infer T extends ChoiceType } ? ChoiceValue<T> | (F extends { blank: true } ? '' : never) : never;
type ChoiceSchema<F> = z.ZodEnum<{ [V in ChoicesOf<F>]: V }>;

/** The zod type a catalogue field gets, by its type and required rule. */
type FieldSchema<F extends FieldDefinition> = F['type'] extends 'text'
  ? F extends { required: true }
    ? z.ZodString
    : z.ZodDefault<z.ZodString>
  : F['type'] extends 'currency'
    ? z.ZodDefault<z.ZodString>
    : F['type'] extends 'integer' | 'decimal'
      ? z.ZodDefault<z.ZodNullable<z.ZodNumber>>
      : F['type'] extends 'date'
        ? z.ZodDefault<z.ZodNullable<z.ZodString>>
        : F['type'] extends 'boolean'
          ? z.ZodDefault<z.ZodBoolean>
          : F extends { required: true }
            ? ChoiceSchema<F>
            : z.ZodDefault<ChoiceSchema<F>>;

/** A register's flat fields as a zod shape; fields kept under a path (an entitlement's scope) are the schema's to nest. */
export type CatalogueShape<Fs extends readonly FieldDefinition[]> = {
  [F in Fs[number] as F extends { path: readonly [string, string] } ? never : F['id']]: FieldSchema<F>;
};

/**
 * The one rule per type: text is trimmed and at most 500 characters (required text not empty), numbers and
 * dates are null when absent, a choice takes its declared values (its fallback, or the first, when absent).
 */
function fieldSchema(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case 'text':
      return field.required === true ? requiredText : optionalText;
    case 'currency':
      return currencyCode.default(field.fallback ?? 'CNY');
    case 'integer':
      return (
        field.minimum === 1
          ? wholeNumber.positive({ error: 'sam.value.notPositive' })
          : wholeNumber.nonnegative({ error: 'sam.value.negative' })
      )
        .nullable()
        .default(null);
    case 'decimal':
      return money.nullable().default(null);
    case 'date':
      return optionalDate;
    case 'boolean':
      return z.boolean({ error: 'sam.value.notABoolean' }).default(false);
    default: {
      const values: string[] = [...(field.blank === true ? [''] : []), ...choiceValuesOf(field.type)];
      const choice = z.enum(values as [string, ...string[]], { error: 'sam.value.invalidChoice' });
      return field.required === true ? choice : choice.default(field.fallback ?? (values[0] as string));
    }
  }
}

export function catalogueShape<const Fs extends readonly FieldDefinition[]>(fields: Fs): CatalogueShape<Fs> {
  return Object.fromEntries(
    fields.filter((field) => field.path === undefined).map((field) => [field.id, fieldSchema(field)]),
  ) as CatalogueShape<Fs>;
}

/** The fields that name a product; entitlements and installations carry them too (flat, as spreadsheets do). */
export const productRefShape = catalogueShape(PRODUCT_REF);
export const productRefSchema = z.object(productRefShape);
export type ProductRef = z.infer<typeof productRefSchema>;

export const productSchema = z.object(catalogueShape(PRODUCT_FIELDS)).superRefine((product, ctx) => {
  if (product.licenceType === 'free-open-source' && product.licenceName === '') {
    ctx.addIssue({ code: 'custom', path: ['licenceName'], message: 'sam.product.licenceNameRequired' });
  }
});
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productSchema>;

export const scopeSchema = z
  .object({
    kind: z.enum(SCOPE_KINDS, { error: 'sam.value.invalidChoice' }),
    /** The subsidiary's or department's name; empty for the whole enterprise. */
    name: optionalText,
  })
  .superRefine((scope, ctx) => {
    if (scope.kind !== 'enterprise' && scope.name === '') {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'sam.scope.nameRequired' });
    }
  });
export type Scope = z.infer<typeof scopeSchema>;
export const ENTERPRISE_SCOPE: Scope = { kind: 'enterprise', name: '' };

export const entitlementSchema = z
  .object({
    ...catalogueShape(ENTITLEMENT_FIELDS),
    /** The catalogue's scopeKind and scopeName, kept together: a scope's name is required unless it is the whole enterprise. */
    scope: scopeSchema.default(ENTERPRISE_SCOPE),
  })
  .superRefine((entitlement, ctx) => {
    const unlimited = isUnlimitedMetric(entitlement.metric);
    if (unlimited && entitlement.quantity !== null) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'sam.entitlement.quantityNotApplicable' });
    }
    if (!unlimited && entitlement.quantity === null) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'sam.entitlement.quantityRequired' });
    }
    if (entitlement.term === 'subscription' && entitlement.end === null) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'sam.entitlement.endRequired' });
    }
    if (entitlement.term === 'perpetual' && entitlement.end !== null) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'sam.entitlement.perpetualHasEnd' });
    }
    if (entitlement.start !== null && entitlement.end !== null && entitlement.end < entitlement.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'sam.entitlement.endBeforeStart' });
    }
  });
export type Entitlement = z.infer<typeof entitlementSchema>;
export type EntitlementInput = z.input<typeof entitlementSchema>;

export const installationSchema = z
  .object({
    ...catalogueShape(INSTALLATION_FIELDS),
    /** 'manual', or 'import:<file name>' for rows that came from an import. */
    source: optionalText.transform((source) => source || 'manual'),
  })
  .superRefine((installation, ctx) => {
    if (installation.device === '' && installation.user === '') {
      ctx.addIssue({ code: 'custom', path: ['device'], message: 'sam.installation.deviceOrUserRequired' });
    }
  });
export type Installation = z.infer<typeof installationSchema>;

const INSTALLATION_KEYS = new Set(Object.keys(installationSchema.shape));
/** The fields acceptInstallation writes out. A field the catalogue adds beyond them turns the shortcut off (zod decides) instead of being dropped. */
const SHORTCUT_FIELDS = new Set([
  'publisher',
  'name',
  'version',
  'edition',
  'device',
  'user',
  'department',
  'subsidiary',
  'installDate',
  'cores',
  'source',
]);
const SHORTCUT_COVERS_SCHEMA = [...INSTALLATION_KEYS].every((field) => SHORTCUT_FIELDS.has(field));

/**
 * What installationSchema.parse(value) gives, without zod, for a value it certainly accepts — or undefined
 * when this is not sure (a text with white space at its ends or too long, a missing name, a field it does
 * not know…); the caller then asks installationSchema, which stays the rule and words every refusal.
 * For the import's hot path: its cells are already typed and trimmed, and it runs this 100,000 times.
 * A property test (schemas.test.ts) holds the two to the same output.
 */
export function acceptInstallation(value: Readonly<Record<string, unknown>>): Installation | undefined {
  if (!SHORTCUT_COVERS_SCHEMA) return undefined;
  for (const field in value) if (!INSTALLATION_KEYS.has(field)) return undefined;
  const publisher = plainText(value.publisher);
  const name = plainText(value.name);
  const version = plainText(value.version);
  const edition = plainText(value.edition);
  const device = plainText(value.device);
  const user = plainText(value.user);
  const department = plainText(value.department);
  const subsidiary = plainText(value.subsidiary);
  const source = plainText(value.source);
  const { installDate = null, cores = null } = value;
  if (
    publisher === undefined ||
    name === undefined ||
    version === undefined ||
    edition === undefined ||
    device === undefined ||
    user === undefined
  )
    return undefined;
  if (department === undefined || subsidiary === undefined || source === undefined) return undefined;
  if (name === '' || (device === '' && user === '')) return undefined;
  if (installDate !== null && (typeof installDate !== 'string' || !isValidIsoDate(installDate))) return undefined;
  if (cores !== null && !(typeof cores === 'number' && Number.isSafeInteger(cores) && cores > 0)) return undefined;
  return { publisher, name, version, edition, device, user, department, subsidiary, installDate, cores, source: source || 'manual' };
}

/** An optional text zod keeps as it is ('' when absent); undefined for anything it would change or refuse. */
function plainText(value: unknown): string | undefined {
  if (value === undefined) return '';
  return typeof value === 'string' && value.length <= MAX_TEXT && value === value.trim() ? value : undefined;
}

export type InstallationInput = z.input<typeof installationSchema>;

/** A device (computer, server) as a light record: what per-device and per-core licences count. */
export const deviceSchema = z.object(catalogueShape(DEVICE_FIELDS));
export type Device = z.infer<typeof deviceSchema>;

/** A person as a light record: what named-user licences count. */
export const userSchema = z.object(catalogueShape(USER_FIELDS));
export type User = z.infer<typeof userSchema>;

export type SamKind = (typeof SAM_KINDS)[number];
export interface SamRecordOf {
  products: Product;
  entitlements: Entitlement;
  installations: Installation;
}
export const samSchemas = {
  products: productSchema,
  entitlements: entitlementSchema,
  installations: installationSchema,
} as const;

// ---- natural keys ---------------------------------------------------------------------------------------

const KEY_SEPARATOR = '\u001f';

/** Trim, collapse white space, ignore case: what two spellings of one name have in common. */
export function normalizeKeyPart(text: string): string {
  const shape = keyPartShape(text);
  if (shape === 'normalized') return text;
  if (shape === 'upperCase') return text.toLowerCase();
  const trimmed = text.trim();
  return (/\s{2,}|[\t\n\r\f\v]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}

/**
 * One pass over a key part, for the import's hot path (five parts a row, 100,000 rows): 'normalized' when
 * normalizeKeyPart would return it unchanged, 'upperCase' when only lower-casing is needed, 'other' when
 * unsure. Only single inner spaces, ASCII and CJK ideographs (which have no case and are not white space)
 * are judged here; anything else takes the full path.
 */
function keyPartShape(text: string): 'normalized' | 'upperCase' | 'other' {
  let upper = false;
  const last = text.length - 1;
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (index === 0 || index === last || text.charCodeAt(index - 1) === 0x20) return 'other';
    } else if (code < 0x20 || (code > 0x7e && (code < 0x4e00 || code > 0x9fff))) return 'other';
    else if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  return upper ? 'upperCase' : 'normalized';
}

/** Publisher + name: the product whatever its version and edition (the unit a licence position is about). */
export function productFamilyKey(ref: Pick<ProductRef, 'publisher' | 'name'>): string {
  return normalizeKeyPart(ref.publisher) + KEY_SEPARATOR + normalizeKeyPart(ref.name);
}

export function productKey(ref: ProductRef): string {
  const sep = KEY_SEPARATOR;
  return (
    normalizeKeyPart(ref.publisher) +
    sep +
    normalizeKeyPart(ref.name) +
    sep +
    normalizeKeyPart(ref.version) +
    sep +
    normalizeKeyPart(ref.edition)
  );
}

export function entitlementKey(entitlement: Entitlement): string {
  if (entitlement.assetNumber.trim() !== '') return 'asset' + KEY_SEPARATOR + normalizeKeyPart(entitlement.assetNumber);
  return [
    productKey(entitlement),
    entitlement.metric,
    entitlement.scope.kind,
    normalizeKeyPart(entitlement.scope.name),
    normalizeKeyPart(entitlement.purchaseOrder),
    normalizeKeyPart(entitlement.contract),
    entitlement.start ?? '',
  ].join(KEY_SEPARATOR);
}

export function installationKey(installation: Installation): string {
  const where =
    installation.device.trim() !== '' ? 'device:' + normalizeKeyPart(installation.device) : 'user:' + normalizeKeyPart(installation.user);
  return productKey(installation) + KEY_SEPARATOR + where;
}

export const samKeyOf: { [K in SamKind]: (record: SamRecordOf[K]) => string } = {
  products: productKey,
  entitlements: entitlementKey,
  installations: installationKey,
};

export type SamRegister = (typeof SAM_REGISTERS)[number];
export interface SamRegisterRecordOf extends SamRecordOf {
  devices: Device;
  users: User;
}
export const samRegisterSchemas = { ...samSchemas, devices: deviceSchema, users: userSchema } as const;
export const samRegisterKeyOf: { [R in SamRegister]: (record: SamRegisterRecordOf[R]) => string } = {
  ...samKeyOf,
  devices: (device) => normalizeKeyPart(device.name),
  users: (user) => normalizeKeyPart(user.name),
};

// ---- position snapshots ------------------------------------------------------------------------------------

/** One category's figures as a snapshot keeps them: the rate, and the domestic (信创) share across devices. */
export const snapshotCategorySchema = z.object({
  category: z.enum(['', ...INSPECTION_CATEGORIES]),
  installations: z.number().int().nonnegative(),
  coveredInstallations: z.number().int().nonnegative(),
  freeInstallations: z.number().int().nonnegative(),
  devices: z.number().int().nonnegative(),
  domesticDevices: z.number().int().nonnegative(),
});

/**
 * The position's headline figures at one moment, kept so the rate and the domestic share can be followed
 * over time. Rates are not stored: they follow from the counts (one rule, in the domain).
 */
export const positionSnapshotSchema = z.object({
  /** When it was taken (ISO date-time) and the day the position was computed for. */
  takenAt: z.string().min(1).max(40),
  day: isoDateSchema,
  /** What the user wrote to tell it apart, e.g. "2025 年第一季度盘点". */
  note: z.string({ error: 'sam.value.invalid' }).trim().max(200, { error: 'sam.value.tooLong' }).default(''),
  /** The inspection catalog the figures were counted by. */
  catalog: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  installations: z.number().int().nonnegative(),
  coveredInstallations: z.number().int().nonnegative(),
  freeInstallations: z.number().int().nonnegative(),
  byCategory: z.array(snapshotCategorySchema),
});
export type PositionSnapshot = z.infer<typeof positionSnapshotSchema>;
