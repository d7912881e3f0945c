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

export const LICENCE_TYPES = ['commercial', 'subscription', 'free-open-source', 'oem'] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

/**
 * The categories 软件正版化 inspections count by (docs/standards.md §6): the three general categories (os, office,
 * security — 杀毒软件 is security software), then industrial and professional software; database and middleware
 * are the 信创 categories beside them. '' = not classified. Definitions: shared/catalogs/sam/categories.ts.
 */
export const INSPECTION_CATEGORIES = ['os', 'office', 'security', 'industrial', 'professional', 'database', 'middleware', 'other'] as const;
export type InspectionCategory = (typeof INSPECTION_CATEGORIES)[number];

export const METRICS = [
  'per-device',
  'per-installation',
  'named-user',
  'concurrent-user',
  'per-core',
  'cal',
  'site',
  'enterprise',
] as const;
export type Metric = (typeof METRICS)[number];
/** Metrics that grant unlimited use within the entitlement's scope: they carry no quantity. */
export const UNLIMITED_METRICS: readonly Metric[] = ['site', 'enterprise'];
export function isUnlimitedMetric(metric: Metric): boolean {
  return metric === 'site' || metric === 'enterprise';
}

export const SCOPE_KINDS = ['enterprise', 'subsidiary', 'department'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const TERMS = ['perpetual', 'subscription'] as const;
export type Term = (typeof TERMS)[number];

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
/** A device's processor cores, which per-core licences count: a positive whole number, or null when unknown. */
const coresSchema = z
  .number({ error: 'sam.value.notANumber' })
  .int({ error: 'sam.value.notAnInteger' })
  .positive({ error: 'sam.value.notPositive' })
  .nullable()
  .default(null);
const money = z.number({ error: 'sam.value.notANumber' }).finite({ error: 'sam.value.notANumber' }).nonnegative({ error: 'sam.value.negative' });

/** The fields that name a product; entitlements and installations carry them too (flat, as spreadsheets do). */
export const productRefShape = {
  publisher: requiredText,
  name: requiredText,
  version: optionalText,
  edition: optionalText,
};
export const productRefSchema = z.object(productRefShape);
export type ProductRef = z.infer<typeof productRefSchema>;

export const productSchema = z
  .object({
    ...productRefShape,
    category: optionalText,
    licenceType: z.enum(LICENCE_TYPES, { error: 'sam.value.invalidChoice' }).default('commercial'),
    /** The licence of free or open-source software (e.g. "Apache-2.0"): no entitlement needed, but recorded. */
    licenceName: optionalText,
    /** ISO/IEC 19770-2 SWID tagId, when the product ships one. */
    swidTagId: optionalText,
    /** The category inspections count it under; '' = not classified (the free-text `category` may still tell). */
    inspectionCategory: z.enum(['', ...INSPECTION_CATEGORIES], { error: 'sam.value.invalidChoice' }).default(''),
    /** Domestic (信创) software: what the domestic-substitution share counts. */
    domestic: z.boolean({ error: 'sam.value.notABoolean' }).default(false),
    /** For OEM software: the proof of the OEM licence held (COA label, the device's purchase invoice…); OEM counts only with it. */
    oemProof: optionalText,
    /** Per-core licensing: the fewest cores a licence must cover per processor and per server (null = none, or the catalog's). */
    minCoresPerProcessor: coresSchema,
    minCoresPerServer: coresSchema,
    /** The edition's rank within its product (higher = more capable): a licence with edition downgrade rights covers lower ranks. */
    editionRank: z.number({ error: 'sam.value.notANumber' }).int({ error: 'sam.value.notAnInteger' }).nonnegative({ error: 'sam.value.negative' }).nullable().default(null),
  })
  .superRefine((product, ctx) => {
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
    ...productRefShape,
    metric: z.enum(METRICS, { error: 'sam.value.invalidChoice' }),
    /** Seats, devices, users or cores bought; null for site and enterprise licences (unlimited within scope). */
    quantity: z
      .number({ error: 'sam.value.notANumber' })
      .int({ error: 'sam.value.notAnInteger' })
      .nonnegative({ error: 'sam.value.negative' })
      .nullable()
      .default(null),
    scope: scopeSchema.default(ENTERPRISE_SCOPE),
    term: z.enum(TERMS, { error: 'sam.value.invalidChoice' }).default('perpetual'),
    start: optionalDate,
    /** Last day of a subscription, inclusive. */
    end: optionalDate,
    unitCost: money.nullable().default(null),
    totalCost: money.nullable().default(null),
    currency: z
      .string({ error: 'sam.value.invalid' })
      .regex(/^[A-Z]{3}$/, { error: 'sam.entitlement.currencyInvalid' })
      .default('CNY'),
    purchaseOrder: optionalText,
    contract: optionalText,
    vendor: optionalText,
    /** The enterprise asset number (资产编号) linking the licence to the asset register. */
    assetNumber: optionalText,
    /** The right to run an earlier version than the one bought. */
    downgradeRights: z.boolean({ error: 'sam.value.notABoolean' }).default(false),
    /** The right to run a lower edition than the one bought (ranks: the products' `editionRank`). */
    editionDowngradeRights: z.boolean({ error: 'sam.value.notABoolean' }).default(false),
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
    ...productRefShape,
    /** Optional: desktop-management exports name the software, not its publisher; the import finds it by the name. */
    publisher: optionalText,
    device: optionalText,
    user: optionalText,
    department: optionalText,
    subsidiary: optionalText,
    installDate: optionalDate,
    /** Processor cores of the device, for per-core licences. */
    cores: coresSchema,
    /** 'manual', or 'import:<file name>' for rows that came from an import. */
    source: optionalText.transform((source) => source || 'manual'),
  })
  .superRefine((installation, ctx) => {
    if (installation.device === '' && installation.user === '') {
      ctx.addIssue({ code: 'custom', path: ['device'], message: 'sam.installation.deviceOrUserRequired' });
    }
  });
export type Installation = z.infer<typeof installationSchema>;

const INSTALLATION_FIELDS = new Set(Object.keys(installationSchema.shape));

/**
 * What installationSchema.parse(value) gives, without zod, for a value it certainly accepts — or undefined
 * when this is not sure (a text with white space at its ends or too long, a missing name, a field it does
 * not know…); the caller then asks installationSchema, which stays the rule and words every refusal.
 * For the import's hot path: its cells are already typed and trimmed, and it runs this 100,000 times.
 * A property test (schemas.test.ts) holds the two to the same output.
 */
export function acceptInstallation(value: Readonly<Record<string, unknown>>): Installation | undefined {
  for (const field in value) if (!INSTALLATION_FIELDS.has(field)) return undefined;
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
  if (publisher === undefined || name === undefined || version === undefined || edition === undefined || device === undefined || user === undefined) return undefined;
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
export const deviceSchema = z.object({
  name: requiredText,
  department: optionalText,
  subsidiary: optionalText,
  cores: coresSchema,
  assetNumber: optionalText,
});
export type Device = z.infer<typeof deviceSchema>;
export type DeviceInput = z.input<typeof deviceSchema>;

/** A person as a light record: what named-user licences count. */
export const userSchema = z.object({
  name: requiredText,
  department: optionalText,
  subsidiary: optionalText,
});
export type User = z.infer<typeof userSchema>;
export type UserInput = z.input<typeof userSchema>;

/** The kinds of records a file can import. */
export const SAM_KINDS = ['products', 'entitlements', 'installations'] as const;
export type SamKind = (typeof SAM_KINDS)[number];
export interface SamRecordOf {
  products: Product;
  entitlements: Entitlement;
  installations: Installation;
}
export type SamRecord = SamRecordOf[SamKind];
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
  return normalizeKeyPart(ref.publisher) + sep + normalizeKeyPart(ref.name) + sep + normalizeKeyPart(ref.version) + sep + normalizeKeyPart(ref.edition);
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
  const where = installation.device.trim() !== '' ? 'device:' + normalizeKeyPart(installation.device) : 'user:' + normalizeKeyPart(installation.user);
  return productKey(installation) + KEY_SEPARATOR + where;
}

export const samKeyOf: { [K in SamKind]: (record: SamRecordOf[K]) => string } = {
  products: productKey,
  entitlements: entitlementKey,
  installations: installationKey,
};

/** Every register: the three a file can import, and devices and users. */
export const SAM_REGISTERS = ['products', 'entitlements', 'installations', 'devices', 'users'] as const;
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
