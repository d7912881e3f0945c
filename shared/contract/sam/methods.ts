/**
 * Software asset management methods: the registers (paged, sorted, filtered and searched in SQL), file
 * import (prepare → dry run → commit), saved column mappings, the licence position, exports and the
 * dashboard summary.
 */
import { z } from 'zod';
import { EXPORT_TARGETS } from './vocabulary';
import { method } from '../core';
import { pathField } from '../path-fields';
import { aliasDictionarySchema } from './aliases';
import {
  INSPECTION_CATEGORIES,
  METRICS,
  SAM_KINDS,
  SAM_REGISTERS,
  SCOPE_KINDS,
  deviceSchema,
  entitlementSchema,
  installationSchema,
  isoDateSchema,
  positionSnapshotSchema,
  productSchema,
  userSchema,
} from './schemas';

export const samRegisterSchema = z.enum(SAM_REGISTERS);
export const samKindSchema = z.enum(SAM_KINDS);

// ---- registers ---------------------------------------------------------------------------------------------

/** Most rows one page may ask for: a table fetches the window it shows, never the whole register. */
export const MAX_PAGE_ROWS = 1_000;

export const listQuerySchema = z.object({
  register: samRegisterSchema,
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(MAX_PAGE_ROWS).default(100),
  sort: z
    .object({ field: z.string().max(64), direction: z.enum(['asc', 'desc']) })
    .nullable()
    .default(null),
  /** Words every row shown must contain (in any of its text columns). */
  search: z.string().max(200).default(''),
  /** Column → text the column must contain. */
  filters: z.record(z.string().max(64), z.string().max(200)).default({}),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

const rowsOf = <S extends z.ZodType>(record: S) => z.array(z.object({ id: z.number().int(), record }));
export const listResultSchema = z.discriminatedUnion('register', [
  z.object({ register: z.literal('products'), total: z.number().int(), rows: rowsOf(productSchema) }),
  z.object({ register: z.literal('entitlements'), total: z.number().int(), rows: rowsOf(entitlementSchema) }),
  z.object({ register: z.literal('installations'), total: z.number().int(), rows: rowsOf(installationSchema) }),
  z.object({ register: z.literal('devices'), total: z.number().int(), rows: rowsOf(deviceSchema) }),
  z.object({ register: z.literal('users'), total: z.number().int(), rows: rowsOf(userSchema) }),
]);

const recordId = z.number().int().positive().optional();
export const saveInputSchema = z.discriminatedUnion('register', [
  z.object({ register: z.literal('products'), id: recordId, record: productSchema }),
  z.object({ register: z.literal('entitlements'), id: recordId, record: entitlementSchema }),
  z.object({ register: z.literal('installations'), id: recordId, record: installationSchema }),
  z.object({ register: z.literal('devices'), id: recordId, record: deviceSchema }),
  z.object({ register: z.literal('users'), id: recordId, record: userSchema }),
]);

// ---- import ------------------------------------------------------------------------------------------------

const encodingChoice = z.enum(['auto', 'utf8', 'gbk']);
const valueMapsSchema = z.record(z.string().max(64), z.record(z.string().max(500), z.string().max(64)));
const constantsSchema = z.record(z.string().max(64), z.string().max(500));
/** The file and how to read it; `columns` (field → header text) overrides the automatic mapping. */
export const importSpecSchema = z.object({
  path: pathField('read'),
  kind: z.enum([...SAM_KINDS, 'auto']).default('auto'),
  encoding: encodingChoice.default('auto'),
  columns: z.record(z.string().max(64), z.string().max(500)).optional(),
  /** Field → a word the file uses → the value it stands for (站点授权 → site). */
  values: valueMapsSchema.optional(),
  /** Field → text every row takes, read as that field's cell would be (scopeKind → 部门). */
  constants: constantsSchema.optional(),
});
export type ImportSpec = z.infer<typeof importSpecSchema>;

/** Why the mapping took a column for a field: its header, the user, or its values (some shown). */
export const mappingReasonSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('header') }),
  z.object({ by: z.literal('user') }),
  z.object({ by: z.literal('content'), examples: z.array(z.string()) }),
]);

const kindInfoSchema = z.object({
  /** Every field; `choices` are the values a choice field accepts. */
  fields: z.array(z.object({ field: z.string(), type: z.string(), choices: z.array(z.string()).optional() })),
  /** Required fields; an inner list means at least one of them. */
  required: z.array(z.array(z.string())),
  /** Field → the header the automatic mapping chose. */
  suggested: z.record(z.string(), z.string()),
  /** Field → why it chose that header. */
  reasons: z.record(z.string(), mappingReasonSchema).default({}),
  /** Field → a value the chosen headers imply for every row (使用部门 → scope kind department), with that header. */
  implied: z.record(z.string(), z.object({ value: z.string(), header: z.string() })).default({}),
});
export const prepareResultSchema = z.object({
  file: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** The text encoding a CSV was read in; null for XLSX. */
  encoding: z.string().nullable(),
  /** The kind the headers suggest; null when they do not tell. */
  kind: samKindSchema.nullable(),
  header: z.array(z.string()),
  /** The first data rows, as read, for the mapping screen. */
  sample: z.array(z.array(z.string())),
  /** Per column, the distinct values of the sampled rows (for value mapping), at most MAX_DISTINCT_VALUES each. */
  distinct: z.array(z.array(z.string())).default([]),
  /** How many data rows were sampled to recognise columns and list values. */
  sampledRows: z.number().int().default(0),
  kinds: z.object({ products: kindInfoSchema, entitlements: kindInfoSchema, installations: kindInfoSchema }),
});
export type PrepareResult = z.infer<typeof prepareResultSchema>;

/** One problem with one row: the row number a user sees in Excel, the column's header and the reason. */
export const rejectionSchema = z.object({
  row: z.number().int(),
  /** The file's own number for the row (its 序号 column), when it has one. */
  serial: z.string().optional(),
  column: z.string(),
  field: z.string(),
  code: z.string(),
  reason: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** Most rejections a report lists; the count and the rejects file have them all. */
export const MAX_REPORTED_REJECTIONS = 1_000;
/** Most distinct values listed per column on the mapping screen. */
export const MAX_DISTINCT_VALUES = 100;

export const importReportSchema = z.object({
  kind: samKindSchema,
  file: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows rejected (a row may have several rejections). */
  rejectedRows: z.number().int(),
  rejected: z.array(rejectionSchema),
  /** More rejections than the report lists. */
  truncated: z.boolean(),
  /** Rows imported with a remark (e.g. a product name two publishers share), worded like rejections. */
  warnings: z.array(rejectionSchema).default([]),
  /** Warnings beyond those listed. */
  moreWarnings: z.number().int().default(0),
  /** Products the licences or installations name that the products register gains. */
  productsAdded: z.number().int().default(0),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const commitInputSchema = importSpecSchema.extend({
  /** Commit the valid rows even when some are rejected; otherwise a rejected row means nothing is committed. */
  skipInvalid: z.boolean().default(false),
  /** Where to write the rejected rows (CSV, with the file's own header and a reason column). */
  rejectsPath: pathField('write').optional(),
});

export const commitResultSchema = importReportSchema.extend({
  committed: z.boolean(),
  rejectsFile: z.string().nullable(),
});
export type CommitResult = z.infer<typeof commitResultSchema>;

export const mappingProfileSchema = z.object({
  name: z.string().trim().min(1, { error: 'sam.value.required' }).max(100, { error: 'sam.value.tooLong' }),
  kind: samKindSchema,
  /** Field → header text. */
  columns: z.record(z.string().max(64), z.string().max(500)),
  /** Field → word → value, as chosen on the mapping screen; absent in profiles saved before value mapping. */
  values: valueMapsSchema.default({}),
  /** Field → text every row takes. */
  constants: constantsSchema.default({}),
});
export type MappingProfileRecord = z.infer<typeof mappingProfileSchema>;

// ---- licence position --------------------------------------------------------------------------------------

const scopeOut = z.object({ kind: z.enum(SCOPE_KINDS), name: z.string() });
const metricOut = z.enum(METRICS);
/** Installations needing a licence, those covered, their rate; free/open-source installations apart. */
const coverage = {
  installations: z.number().int(),
  coveredInstallations: z.number().int(),
  genuineRate: z.number().nullable(),
  freeInstallations: z.number().int(),
};
const categoryOut = z.enum(['', ...INSPECTION_CATEGORIES]);

export const positionRowSchema = z.object({
  id: z.string(),
  kind: z.enum(['entitled', 'unlicensed', 'no-entitlement-needed', 'oem']),
  publisher: z.string(),
  name: z.string(),
  version: z.string(),
  edition: z.string(),
  downgradeRights: z.boolean(),
  editionDowngradeRights: z.boolean(),
  category: categoryOut,
  domestic: z.boolean(),
  metric: metricOut.nullable(),
  scope: scopeOut,
  entitled: z.number().nullable(),
  consumed: z.number(),
  balance: z.number().nullable(),
  surplus: z.number(),
  shortfall: z.number(),
  unitPrice: z.number().nullable(),
  currency: z.string().nullable(),
  shortfallCost: z.number().nullable(),
  installations: z.number().int(),
  coveredInstallations: z.number().int(),
  coresUnknown: z.number().int(),
  entitlementKeys: z.array(z.string()),
  licenceName: z.string(),
  oemProof: z.string(),
});
export type PositionRowData = z.infer<typeof positionRowSchema>;

const termNotice = {
  entitlementKey: z.string(),
  publisher: z.string(),
  name: z.string(),
  version: z.string(),
  edition: z.string(),
  metric: metricOut,
  quantity: z.number().nullable(),
  scope: scopeOut,
  end: z.string(),
  daysLeft: z.number().int(),
};
export const expiringSchema = z.object({ ...termNotice, within: z.union([z.literal(30), z.literal(60), z.literal(90)]) });

const summarySchema = z.object({
  ...coverage,
  shortfallRows: z.number().int(),
  shortfallCost: z.record(z.string(), z.number()),
  unpricedShortfall: z.number(),
  /** Shortfall rows with no price ("3 shortfalls without a price"): their cost is unknown, never 0. */
  unpricedShortfallRows: z.number().int(),
  oemWithoutProof: z.number().int(),
});

/** One inspection category: its rate (free apart) and its domestic (信创) share across devices. */
export const categoryPositionSchema = z.object({
  category: categoryOut,
  group: z.enum(['general', 'industrial', 'professional', 'infrastructure', 'other', 'unclassified']),
  ...coverage,
  devices: z.number().int(),
  domesticDevices: z.number().int(),
  domesticShare: z.number().nullable(),
  domesticInstallations: z.number().int(),
});
export type CategoryPositionData = z.infer<typeof categoryPositionSchema>;

export const positionResultSchema = z.object({
  today: z.string(),
  /** The subsidiary or department the position was narrowed to; null for the whole estate. */
  scope: z.string().nullable(),
  rows: z.array(positionRowSchema),
  summary: summarySchema,
  byScope: z.array(z.object({ scope: scopeOut, ...coverage })),
  byCategory: z.array(categoryPositionSchema),
  /** The inspection catalog (categories, core minimums) the figures were counted by. */
  catalog: z.object({ id: z.string(), version: z.string(), verified: z.boolean() }),
  expiring: z.array(expiringSchema),
  expired: z.array(z.object(termNotice)),
  reclaim: z.array(
    z.object({
      rowId: z.string(),
      publisher: z.string(),
      name: z.string(),
      version: z.string(),
      edition: z.string(),
      metric: metricOut,
      scope: scopeOut,
      unused: z.number().nullable(),
      unitPrice: z.number().nullable(),
      currency: z.string().nullable(),
      value: z.number().nullable(),
      entitlementKeys: z.array(z.string()),
    }),
  ),
  findings: z.array(
    z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
  ),
});
export type PositionResult = z.infer<typeof positionResultSchema>;

const positionInputSchema = z.object({
  /** A subsidiary's or department's name: only its pools, and its installations' coverage. */
  scope: z.string().trim().max(500).optional(),
  /** The day to compute for (default: today). */
  today: isoDateSchema.optional(),
});

export const summaryResultSchema = z.object({
  summary: summarySchema,
  expiring: z.object({ within30: z.number().int(), within60: z.number().int(), within90: z.number().int() }),
  /** The soonest to end, up to five. */
  expiringSoon: z.array(expiringSchema),
  counts: z.object({ products: z.number().int(), entitlements: z.number().int(), installations: z.number().int() }),
});
export type SummaryResult = z.infer<typeof summaryResultSchema>;

export { EXPORT_TARGETS } from './vocabulary';
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

// ---- the method table --------------------------------------------------------------------------------------

export const samMethods = {
  'sam.list': method({ kind: 'read', input: listQuerySchema, output: listResultSchema }),
  /** Adds a record, or replaces the one with `id`; a natural key another record has is refused at its field. */
  'sam.save': method({ kind: 'write', input: saveInputSchema, output: z.object({ id: z.number().int() }) }),
  'sam.delete': method({
    kind: 'write',
    input: z.object({ register: samRegisterSchema, ids: z.array(z.number().int().positive()).min(1).max(100_000) }),
    output: z.object({ deleted: z.number().int() }),
  }),
  'sam.import.prepare': method({
    kind: 'read',
    input: importSpecSchema.omit({ columns: true, values: true, constants: true }),
    output: prepareResultSchema,
  }),
  'sam.import.dryRun': method({ kind: 'read', long: true, input: importSpecSchema, output: importReportSchema }),
  /** All or nothing (or the valid rows with `skipInvalid`), in one transaction; cancel changes nothing. */
  'sam.import.commit': method({
    kind: 'write',
    backupBefore: true,
    transaction: 'handler',
    long: true,
    input: commitInputSchema,
    output: commitResultSchema,
  }),
  'sam.profiles.list': method({ kind: 'read', input: z.object({ kind: samKindSchema.optional() }), output: z.array(mappingProfileSchema) }),
  'sam.profiles.save': method({ kind: 'write', input: mappingProfileSchema, output: mappingProfileSchema }),
  'sam.profiles.delete': method({
    kind: 'write',
    input: z.object({ name: z.string().min(1) }),
    output: z.object({ deleted: z.boolean() }),
  }),
  /** The alias dictionary in use: the user's edited copy, or the shipped one. */
  'sam.aliases.get': method({
    kind: 'read',
    input: z.object({}),
    output: z.object({ edited: z.boolean(), dictionary: aliasDictionarySchema }),
  }),
  /** Replaces the dictionary (null restores the shipped one); a name standing for two publishers is refused at it. */
  'sam.aliases.save': method({
    kind: 'write',
    input: z.object({ dictionary: aliasDictionarySchema.nullable() }),
    output: z.object({ edited: z.boolean() }),
  }),
  'sam.position': method({ kind: 'read', input: positionInputSchema, output: positionResultSchema }),
  /** Keeps the whole enterprise's position figures of today, to follow the rate and the domestic share over time. */
  'sam.snapshots.take': method({
    kind: 'write',
    input: z.object({ note: z.string().trim().max(200).optional() }),
    output: positionSnapshotSchema,
  }),
  /** Every snapshot, oldest first. */
  'sam.snapshots.list': method({ kind: 'read', input: z.object({}), output: z.array(positionSnapshotSchema) }),
  'sam.summary': method({ kind: 'read', input: z.object({ today: isoDateSchema.optional() }), output: summaryResultSchema }),
  /** Writes a register or the position to `path`, as XLSX or CSV by its extension; formula-like cells neutralized. */
  'sam.export': method({
    kind: 'read',
    consistency: 'committed',
    long: true,
    input: z.object({ what: z.enum(EXPORT_TARGETS), path: pathField('write'), scope: z.string().trim().max(500).optional() }),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  }),
};
