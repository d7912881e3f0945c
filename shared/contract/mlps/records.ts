/**
 * Graded protection records as the workspace stores them: the register of protected objects, gradings, filings,
 * gap assessments, remediation and the enterprise mechanisms the 2009 opinion names. These shapes are the
 * `mlps` section of the canonical data JSON and the inputs and outputs of the mlps methods.
 * Zod messages are i18n keys (shared/i18n).
 */
import { z } from 'zod';
import { MAJOR_HIDDEN_RISK_PRINCIPLES } from './vocabulary';
import { phoneSchema } from '../profile/schemas';
import {
  EXTENSION_SETS,
  ITEM_STATUSES,
  RISK_RATINGS,
  controlCatalogSchema,
  controlPointAssessmentSchema,
  drElementLevelSchema,
  drElementLevelsSchema,
  drLevelSchema,
  dueItemSchema,
  familyCodeSchema,
  certificateNumberSchema,
  filingFormNumberSchema,
  groupScoreSchema,
  harmSchema,
  isoDateSchema,
  itemAssessmentSchema,
  itemIdSchema,
  layerSchema,
  mlpsLevelSchema,
  protectedObjectKindSchema,
  requirementSetSchema,
  result2021GradeSchema,
  conclusion2025Schema,
  riskRatingSchema,
  signOffSchema,
} from './schemas';

export { MAJOR_HIDDEN_RISK_PRINCIPLES } from './vocabulary';

const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });
/** Optional free text: absent and blank are the same, stored as ''. */
const optionalText = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' }).default('');
export const recordIdSchema = z.string().min(1, { message: 'validation.required' }).max(64, { message: 'validation.tooLong' });
const minutesSchema = z.number().nonnegative();

/** A rule's finding as data (see shared/contract/core.ts `Finding`): the page and the CLI put it into words. */
export const findingSchema = z.object({
  code: z.string(),
  field: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

// ── Register of protected objects (等级保护对象) ───────────────────────────────────────────────────────

/** 一般数据 / 重要数据 / 核心数据: the data classes the 2025 data inventory sheet (数据摸底调查表) asks for. */
export const DATA_CLASSES = ['general', 'important', 'core'] as const;
export const dataClassSchema = z.enum(DATA_CLASSES, { message: 'validation.invalidOption' });

/**
 * One 数据摸底调查表 (data inventory sheet) of the 2025 filing form: the form asks for one sheet per data category —
 * the unit's smallest data class (e.g. 金融账户, 个人交易信息), not single data items such as 电话
 * (docs/standards.md §2). A sheet without its category is refused at `name`.
 */
export const dataCategorySchema = z.object({
  /** The data category (数据类别) the sheet is about. */
  name: requiredText(100),
  dataClass: dataClassSchema.default('general'),
  /** Free text, e.g. "约 200 万条" or "3 TB". */
  volume: optionalText(100),
  personalInfo: z.boolean().default(false),
  sensitivePersonalInfo: z.boolean().default(false),
  storageLocation: optionalText(200),
  /** The sheet's further particulars; absent from data written before the 2025 sheet: blank. */
  dataItems: optionalText(500),
  source: optionalText(200),
  purpose: optionalText(500),
  sharedWith: optionalText(500),
  crossBorder: z.boolean().default(false),
  protectionMeasures: optionalText(1000),
  responsible: optionalText(100),
});
export type DataCategory = z.infer<typeof dataCategorySchema>;

/** The register's fields, as tables 2 of the filing form and issue 5 name them. */
export const protectedObjectFieldsSchema = z.object({
  name: requiredText(200),
  /** 系统编号: the enterprise's own number for the object; unique when given. */
  number: optionalText(50),
  kind: protectedObjectKindSchema,
  businessType: optionalText(100),
  businessDescription: optionalText(2000),
  serviceScope: optionalText(200),
  serviceUsers: optionalText(200),
  networkCoverage: optionalText(200),
  interconnections: optionalText(500),
  keyProducts: optionalText(1000),
  goLiveOn: isoDateSchema.optional(),
  /** A new system files within the deadline counted from going live. */
  newSystem: z.boolean().default(false),
  /** 是否是分系统 (table 2). */
  subsystem: z.boolean().default(false),
  ownerDepartment: optionalText(100),
  /** The object (cloud platform, infrastructure) this one runs on. */
  hostedOn: recordIdSchema.optional(),
  /** Extension requirement sets assessed besides the general requirements. */
  extensions: z.array(z.enum(EXTENSION_SETS, { message: 'validation.invalidOption' })).default([]),
  dataCategories: z.array(dataCategorySchema).default([]),
  processesMuchPersonalInfo: z.boolean().default(false),
  /** Serves the public (面向社会公众提供服务): such platforms are in principle level 3 or above. */
  servesPublic: z.boolean().default(false),
});
export const protectedObjectSchema = protectedObjectFieldsSchema.extend({ id: recordIdSchema });
export type ProtectedObject = z.infer<typeof protectedObjectSchema>;
/** Create when `id` is absent, else replace the object's register fields (grading and filing stay). */
export const saveObjectInputSchema = protectedObjectFieldsSchema.extend({ id: recordIdSchema.optional() });

// ── Grading and filing ─────────────────────────────────────────────────────────────────────────────────

export const gradingRecordSchema = z.object({
  business: harmSchema,
  service: harmSchema,
  gradedOn: isoDateSchema,
  expertReview: signOffSchema.optional(),
  /** 是否有主管部门 (table 3): the competent department's approval is asked only where the unit has one. */
  hasCompetentDepartment: z.boolean().optional(),
  approval: signOffSchema.optional(),
});
export type GradingRecord = z.infer<typeof gradingRecordSchema>;

export const completedAssessmentSchema = z.object({
  completedOn: isoDateSchema,
  /** 测评机构. */
  agency: optionalText(200),
  conclusion: conclusion2025Schema.optional(),
  score: z.number().min(0).max(100).optional(),
});
export type CompletedAssessment = z.infer<typeof completedAssessmentSchema>;

export const filingRecordSchema = z.object({
  /** 备案证明编号: given with the certificate, so it may be absent while the certificate is awaited. */
  certificateNumber: certificateNumberSchema.optional(),
  /**
   * The 备案表编号 this system was filed under, only where it is not the unit's current one (see `mlps.unit`):
   * kept when older data named another number per system, so nothing entered is lost.
   */
  formNumber: filingFormNumberSchema.optional(),
  /** 受理备案的公安机关. */
  authority: requiredText(200),
  filedOn: isoDateSchema,
  certificateOn: isoDateSchema.optional(),
  assessments: z.array(completedAssessmentSchema).default([]),
});
export type FilingRecord = z.infer<typeof filingRecordSchema>;

/** The last re-grading or material change of the register: the grading goes through expert review again. */
export const materialChangeSchema = z.object({ on: isoDateSchema, fields: z.array(z.string()) });
export type MaterialChange = z.infer<typeof materialChangeSchema>;

/** Recurring duties the schedule asks for and the user records as done: self-inspection and the 保护工作方案. */
export const SCHEDULE_RECORD_KINDS = ['selfInspection', 'protectionPlan'] as const;
export const scheduleRecordKindSchema = z.enum(SCHEDULE_RECORD_KINDS, { message: 'validation.invalidOption' });
export type ScheduleRecordKind = z.infer<typeof scheduleRecordKindSchema>;
export const scheduleRecordFieldsSchema = z.object({
  objectId: recordIdSchema,
  kind: scheduleRecordKindSchema,
  doneOn: isoDateSchema,
  note: optionalText(2000),
});
export const scheduleRecordSchema = scheduleRecordFieldsSchema.extend({ id: recordIdSchema });
export type ScheduleRecord = z.infer<typeof scheduleRecordSchema>;

export const scheduleSchema = z.object({
  filingDue: isoDateSchema.nullable(),
  certificateDue: isoDateSchema.nullable(),
  certificateValidFrom: isoDateSchema.nullable(),
  certificateValidUntil: isoDateSchema.nullable(),
  nextAssessmentDue: isoDateSchema.nullable(),
  items: z.array(dueItemSchema),
  findings: z.array(findingSchema),
});

export const gradingViewSchema = gradingRecordSchema.extend({
  businessLevel: mlpsLevelSchema,
  serviceLevel: mlpsLevelSchema,
  level: mlpsLevelSchema,
});

/** One object with everything about it the object page shows. */
export const objectViewSchema = z.object({
  object: protectedObjectSchema,
  grading: gradingViewSchema.nullable(),
  filing: filingRecordSchema.nullable(),
  schedule: scheduleSchema,
  /** Self-inspections and protection plans recorded, latest first. */
  scheduleRecords: z.array(scheduleRecordSchema),
  materialChange: materialChangeSchema.nullable(),
  /** Grading checks that concern this object (platform below hosted, big data, public platform, sign-offs). */
  findings: z.array(findingSchema),
});
export type ObjectView = z.infer<typeof objectViewSchema>;

export const objectSummarySchema = z.object({
  id: recordIdSchema,
  name: z.string(),
  number: z.string(),
  kind: protectedObjectKindSchema,
  level: mlpsLevelSchema.nullable(),
  hostedOn: z.string().nullable(),
  /** 备案证明编号, once the certificate is given. */
  certificateNumber: z.string().nullable(),
  /** The most pressing due item not yet done, if any. */
  nextDue: dueItemSchema.nullable(),
  score: z.number().nullable(),
  result2021: result2021GradeSchema.nullable(),
});
export type ObjectSummary = z.infer<typeof objectSummarySchema>;

// ── Gap assessment ─────────────────────────────────────────────────────────────────────────────────────

/** A status change from the page: `status: null` clears the item; `risk: null` clears its risk. */
export const itemStatusPatchSchema = z.object({
  itemId: itemIdSchema,
  status: z.enum(ITEM_STATUSES, { message: 'validation.invalidOption' }).nullable(),
  risk: z.enum(RISK_RATINGS, { message: 'validation.invalidOption' }).nullable().optional(),
  note: z.string().max(2000, { message: 'validation.tooLong' }).optional(),
});

/** shared/domain/mlps/scoring.ts `ScoreReport` as data. */
export const scoreReportSchema = z.object({
  catalog: z.object({ id: z.string(), version: z.string() }),
  formulas: z.object({
    rulesId: z.string(),
    rulesVersion: z.string(),
    score: z.string(),
    meanOver: z.enum(['family', 'layer']),
    result2021: z.string(),
    compliance2025: z.string(),
  }),
  families: z.array(groupScoreSchema.extend({ family: familyCodeSchema, layer: layerSchema })),
  layers: z.array(groupScoreSchema.extend({ layer: layerSchema })),
  overall: groupScoreSchema,
  risks: z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
  result2021: result2021GradeSchema.nullable(),
  compliance2025: z.object({ ratePercent: z.number(), conclusion: conclusion2025Schema }).nullable(),
  majorHiddenRisks: z.object({ recorded: z.number().int(), remediated: z.number().int() }),
  complete: z.boolean(),
  /** Not every applicable item has a status yet: any verdict above is provisional. */
  provisional: z.boolean(),
  findings: z.array(findingSchema),
});
export type ScoreReportData = z.infer<typeof scoreReportSchema>;

export const catalogRefSchema = z.object({ id: z.string(), version: z.string(), name: z.string() });

/** A catalog item as the assessment page and the CLI list it. */
export const catalogItemViewSchema = z.object({
  id: z.string(),
  level: z.number().int(),
  family: familyCodeSchema,
  set: requirementSetSchema,
  controlPoint: z.string(),
  controlPointName: z.string(),
  controlPointNameEn: z.string(),
  summary: z.string(),
  summaryEn: z.string().optional(),
  text: z.string().optional(),
});
export type CatalogItemView = z.infer<typeof catalogItemViewSchema>;

export const assessmentViewSchema = z.object({
  objectId: recordIdSchema,
  level: mlpsLevelSchema,
  extensions: z.array(z.enum(EXTENSION_SETS)),
  catalog: catalogRefSchema,
  /** The items in scope, in catalog order. */
  items: z.array(catalogItemViewSchema),
  statuses: z.array(itemAssessmentSchema),
  controlPoints: z.array(controlPointAssessmentSchema),
  score: scoreReportSchema,
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** One object's stored assessment in the data JSON. */
export const storedAssessmentSchema = z.object({
  objectId: recordIdSchema,
  items: z.array(itemAssessmentSchema.extend({ note: z.string().default('') })).default([]),
  controlPoints: z.array(controlPointAssessmentSchema.extend({ note: z.string().default('') })).default([]),
});

// ── Major hidden risks (重大风险隐患) ─────────────────────────────────────────────────────────────────────

export const majorHiddenRiskPrincipleSchema = z.enum(MAJOR_HIDDEN_RISK_PRINCIPLES, { message: 'validation.invalidOption' });
export type MajorHiddenRiskPrinciple = z.infer<typeof majorHiddenRiskPrincipleSchema>;

/**
 * A 重大风险隐患 of one object: judged on its own, it may stem from one high-risk finding or from several
 * findings of any rating together, so it is a record of its own, not a flag on an item.
 */
export const majorHiddenRiskFieldsSchema = z.object({
  objectId: recordIdSchema,
  title: requiredText(200),
  /** The findings (requirement items of the object's assessment) it stems from. */
  itemIds: z.array(itemIdSchema).min(1, { message: 'mlps.majorHiddenRisk.itemsRequired' }),
  principles: z.array(majorHiddenRiskPrincipleSchema).min(1, { message: 'mlps.majorHiddenRisk.principlesRequired' }),
  /** 发现日期: when it was found (absent for risks recorded before it was asked). */
  identifiedOn: isoDateSchema.optional(),
  remediated: z.boolean().default(false),
  remediatedOn: isoDateSchema.optional(),
  note: optionalText(2000),
});
export const majorHiddenRiskSchema = majorHiddenRiskFieldsSchema.extend({ id: recordIdSchema });
export type MajorHiddenRisk = z.infer<typeof majorHiddenRiskSchema>;

// ── Remediation (整改) ──────────────────────────────────────────────────────────────────────────────────

export const REMEDIATION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const remediationStatusSchema = z.enum(REMEDIATION_STATUSES, { message: 'validation.invalidOption' });
/** Still to do: counts as open on the dashboard and in the action plan. */
export const OPEN_REMEDIATION_STATUSES = ['open', 'in-progress'] as const;

export const remediationFieldsSchema = z.object({
  objectId: recordIdSchema,
  /** The requirement item whose gap the task closes; a task may also stand alone. */
  itemId: itemIdSchema.optional(),
  title: requiredText(200),
  owner: optionalText(100),
  dueOn: isoDateSchema.optional(),
  status: remediationStatusSchema.default('open'),
  /** Estimated cost in 万元. */
  cost: z.number().nonnegative().optional(),
  notes: optionalText(2000),
});
export const remediationTaskSchema = remediationFieldsSchema.extend({ id: recordIdSchema });
export type RemediationTask = z.infer<typeof remediationTaskSchema>;

// ── Enterprise mechanisms ─────────────────────────────────────────────────────────────────────────────

/** 应急预案. */
export const emergencyPlanFieldsSchema = z.object({
  title: requiredText(200),
  scope: optionalText(500),
  version: optionalText(50),
  owner: optionalText(100),
  approvedOn: isoDateSchema.optional(),
  reviewedOn: isoDateSchema.optional(),
  notes: optionalText(2000),
});
export const emergencyPlanSchema = emergencyPlanFieldsSchema.extend({ id: recordIdSchema });

/** 应急演练: when, what was rehearsed, what it found. */
export const drillFieldsSchema = z.object({
  planId: recordIdSchema.optional(),
  heldOn: isoDateSchema,
  scenario: requiredText(300),
  participants: optionalText(500),
  findings: optionalText(2000),
  improvements: optionalText(2000),
});
export const drillSchema = drillFieldsSchema.extend({ id: recordIdSchema });

export const RISK_STATUSES = ['open', 'mitigating', 'accepted', 'closed'] as const;
/** 重大风险: the risk register of the opinion's point 5. */
export const riskFieldsSchema = z.object({
  title: requiredText(200),
  objectId: recordIdSchema.optional(),
  description: optionalText(2000),
  rating: riskRatingSchema,
  owner: optionalText(100),
  measures: optionalText(2000),
  status: z.enum(RISK_STATUSES, { message: 'validation.invalidOption' }).default('open'),
  identifiedOn: isoDateSchema.optional(),
  reviewedOn: isoDateSchema.optional(),
});
export const riskSchema = riskFieldsSchema.extend({ id: recordIdSchema });

/** 重要信息保护: what important information is held and how it is protected. */
export const infoProtectionFieldsSchema = z.object({
  title: requiredText(200),
  objectId: recordIdSchema.optional(),
  dataClass: dataClassSchema.default('important'),
  holder: optionalText(100),
  measures: optionalText(2000),
  reviewedOn: isoDateSchema.optional(),
});
export const infoProtectionSchema = infoProtectionFieldsSchema.extend({ id: recordIdSchema });

/** Security posts: the three administrators the separation check looks at, and the others a unit names. */
export const DUTY_ROLES = ['security-leader', 'system-admin', 'audit-admin', 'security-admin', 'network-admin', 'other'] as const;
export const dutyFieldsSchema = z.object({
  role: z.enum(DUTY_ROLES, { message: 'validation.invalidOption' }),
  /** The post's own name, for 'other' or a more precise title. */
  title: optionalText(100),
  person: requiredText(100),
  /** The object the post serves; absent for an enterprise-wide post. */
  objectId: recordIdSchema.optional(),
  department: optionalText(100),
  appointedOn: isoDateSchema.optional(),
  notes: optionalText(1000),
});
export const dutySchema = dutyFieldsSchema.extend({ id: recordIdSchema });
export type Duty = z.infer<typeof dutySchema>;

/** Disaster recovery of one object (GB/T 20988). */
export const recoveryRecordSchema = z.object({
  objectId: recordIdSchema,
  level: drLevelSchema,
  targetRtoMinutes: minutesSchema.optional(),
  targetRpoMinutes: minutesSchema.optional(),
  testedRtoMinutes: minutesSchema.optional(),
  testedRpoMinutes: minutesSchema.optional(),
  lastDrillOn: isoDateSchema.optional(),
  notes: optionalText(2000),
  /** The level each of the seven GB/T 20988 elements meets; absent from data JSON written before: none judged. */
  elements: drElementLevelsSchema.default({}),
});
export type RecoveryRecord = z.infer<typeof recoveryRecordSchema>;
export const recoveryViewSchema = recoveryRecordSchema.extend({
  /** The level every element meets (the lowest element); null until all seven are judged. */
  achievedLevel: drElementLevelSchema.nullable(),
  findings: z.array(findingSchema),
});
export type RecoveryView = z.infer<typeof recoveryViewSchema>;

// ── Catalogs ──────────────────────────────────────────────────────────────────────────────────────────

export const catalogSummarySchema = catalogRefSchema.extend({
  builtIn: z.boolean(),
  active: z.boolean(),
  itemCount: z.number().int(),
  importedAt: z.string().nullable(),
});

// ── The 2025 filing form's own fields (备案表, tables 1–3) ─────────────────────────────────────────────────

/** A code of one of the form's option lists (shared/catalogs/mlps/filing-form-codes.ts); checked against it on save. */
const optionCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, { message: 'validation.invalidOption' });
const phoneText = z.union([z.literal(''), phoneSchema]).default('');
const emailText = z.union([z.literal(''), z.string().trim().email({ message: 'profile.email.invalid' })]).default('');

/**
 * Table 1 of the filing form beyond what the enterprise profile holds, stored once per unit: the unit's
 * 备案表编号, and the particulars the form asks that the profile does not (docs/standards.md §2).
 */
export const mlpsUnitSchema = z.object({
  /** 备案表编号 on the form's cover, given by the receiving police office. */
  formNumber: filingFormNumberSchema.optional(),
  postalCode: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{6}$/, { message: 'mlps.validation.postalCode' }),
    ])
    .default(''),
  /** 单位负责人: the leader in charge of the unit's information security — not the legal representative. */
  securityLeader: z
    .object({ name: optionalText(100), title: optionalText(100), officePhone: phoneText, email: emailText })
    .default({ name: '', title: '', officePhone: '', email: '' }),
  /** The responsible department's contact: name, office phone and e-mail are the profile's; these the form adds. */
  contactTitle: optionalText(100),
  contactMobile: phoneText,
  /** 隶属关系 (1 中央 …), 单位类型, 行业类别: codes. */
  affiliation: optionCodeSchema.optional(),
  unitType: optionCodeSchema.optional(),
  industry: optionCodeSchema.optional(),
  /**
   * The competent department's name, printed in table 3 of each object whose grading answers 是否有主管部门
   * with yes. The answer itself is the grading's (gradingRecord.hasCompetentDepartment): one place for it.
   */
  competentDepartment: optionalText(200),
});
export type MlpsUnit = z.infer<typeof mlpsUnitSchema>;
/** What the schema makes of `{}`, written out (records.test.ts holds it to that): no parse on every start. */
export const EMPTY_MLPS_UNIT: MlpsUnit = {
  postalCode: '',
  securityLeader: { name: '', title: '', officePhone: '', email: '' },
  contactTitle: '',
  contactMobile: '',
  competentDepartment: '',
};

export const keyProductSchema = z
  .object({
    type: optionCodeSchema,
    quantity: z.number().int().nonnegative(),
    /** How many of them are domestic products: the form prints the share (国产品率). */
    domestic: z.number().int().nonnegative(),
  })
  .refine((product) => product.domestic <= product.quantity, { message: 'mlps.validation.domesticAboveQuantity', path: ['domestic'] });

/** A service the system uses (系统采用服务情况); a type not listed is not used. */
export const usedServiceSchema = z.object({ type: optionCodeSchema, provider: optionCodeSchema.optional() });

/** Tables 2 and 3 of the 2025 filing form beyond the register's own fields, per object: coded options as codes. */
export const filingFormFieldsSchema = z.object({
  businessType: optionCodeSchema.optional(),
  serviceScope: optionCodeSchema.optional(),
  /** For 跨省 / 跨地: across how many. */
  serviceScopeSpan: z.number().int().positive().optional(),
  serviceObjects: optionCodeSchema.optional(),
  networkCoverage: optionCodeSchema.optional(),
  networkNature: optionCodeSchema.optional(),
  interconnections: z.array(optionCodeSchema).default([]),
  keyProducts: z.array(keyProductSchema).default([]),
  services: z.array(usedServiceSchema).default([]),
  /** 等级测评单位. */
  assessmentBody: optionalText(200),
  /** For a sub-system: the parent system and the unit that runs it. */
  parentSystem: optionalText(200),
  parentUnit: optionalText(200),
  /** Table 3: who filled the form and when. */
  filledBy: optionalText(100),
  filledOn: isoDateSchema.optional(),
});
export type FilingFormFields = z.infer<typeof filingFormFieldsSchema>;
/** What the schema makes of `{}`, written out (records.test.ts holds it to that). */
export const EMPTY_FILING_FORM_FIELDS: FilingFormFields = {
  interconnections: [],
  keyProducts: [],
  services: [],
  assessmentBody: '',
  parentSystem: '',
  parentUnit: '',
  filledBy: '',
};

// ── Filing form (2025 template, tables 1–4, data inventory sheets) ──────────────────────────────────────────

export const TABLE4_DOCUMENTS = [
  'topology',
  'organisationAndPolicies',
  'designOrRemediationPlan',
  'productList',
  'assessmentReport',
  'expertReview',
  'approval',
] as const;
export const table4DocumentSchema = z.enum(TABLE4_DOCUMENTS);

const codeRef = z.string().nullable();
export const filingFormSchema = z.object({
  /** The code lists the form was printed with. */
  codes: z.object({ id: z.string(), version: z.string() }),
  /** 备案表编号 (cover): the unit's, or the one this system was filed under. */
  formNumber: z.string().nullable(),
  /** 备案证明编号 of this system's certificate. */
  certificateNumber: z.string().nullable(),
  /** Table 1: the unit. */
  unit: z.object({
    name: z.string(),
    address: z.string(),
    postalCode: z.string(),
    regionCode: z.string(),
    /** 单位负责人: the leader in charge of information security. */
    securityLeader: z.object({ name: z.string(), title: z.string(), officePhone: z.string(), email: z.string() }),
    department: z.string(),
    contact: z.object({ name: z.string(), title: z.string(), officePhone: z.string(), mobile: z.string(), email: z.string() }),
    affiliation: codeRef,
    unitType: codeRef,
    industry: codeRef,
    /** Objects in the register per level (index 0 = level 1). */
    objectsPerLevel: z.array(z.number().int()).length(5),
    objectCount: z.number().int(),
  }),
  /** Table 2: the system. */
  system: protectedObjectSchema
    .omit({ dataCategories: true })
    .extend({ hostedOnName: z.string().nullable(), form: filingFormFieldsSchema }),
  /** Table 3: its grading. */
  grading: gradingViewSchema
    .extend({
      expertReviewed: z.boolean(),
      approved: z.boolean(),
      reportAttached: z.boolean(),
      hasCompetentDepartment: z.boolean(),
      competentDepartment: z.string(),
    })
    .nullable(),
  /** Table 4 (level ≥ 3): which documents are attached or on record. */
  documents: z.array(z.object({ document: table4DocumentSchema, provided: z.boolean(), attachments: z.array(z.string()) })).nullable(),
  /** The 数据摸底调查表: one sheet per data category. */
  dataInventory: z.array(dataCategorySchema),
  /** What the form still lacks. */
  findings: z.array(findingSchema),
});
export type FilingForm = z.infer<typeof filingFormSchema>;

// ── Dashboard ─────────────────────────────────────────────────────────────────────────────────────────

export const dueEntrySchema = dueItemSchema.extend({ objectId: z.string(), objectName: z.string(), level: mlpsLevelSchema });
export const remediationEntrySchema = remediationTaskSchema.extend({ objectName: z.string() });

export const dashboardSchema = z.object({
  today: isoDateSchema,
  objectCount: z.number().int(),
  /** Objects per level 1–5 (index 0 = level 1) and not yet graded. */
  perLevel: z.array(z.number().int()).length(5),
  ungraded: z.number().int(),
  overdue: z.array(dueEntrySchema),
  upcoming: z.array(dueEntrySchema),
  /** The lists above are cut short; these count every item. */
  dueCounts: z.object({ overdue: z.number().int(), upcoming: z.number().int() }),
  remediation: z.object({ open: z.number().int(), overdue: z.number().int(), next: z.array(remediationEntrySchema) }),
  /** The lowest-scored assessed objects, worst first. */
  lowestScores: z.array(
    z.object({
      objectId: z.string(),
      objectName: z.string(),
      score: z.number(),
      result2021: result2021GradeSchema.nullable(),
      ratePercent: z.number().nullable(),
      conclusion2025: conclusion2025Schema.nullable(),
      /** Not every applicable item assessed yet: the verdict is provisional. */
      provisional: z.boolean(),
    }),
  ),
  assessedCount: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

// ── The data JSON section ─────────────────────────────────────────────────────────────────────────────

export const storedObjectSchema = protectedObjectSchema.extend({
  grading: gradingRecordSchema.nullable().default(null),
  filing: filingRecordSchema
    .extend({
      /**
       * Data JSON written before the 2025 forms: the 11-digit number then stored per system, which is in fact the
       * unit's 备案表编号. Read only; an import moves it to `mlps.unit.formNumber` (docs/data-json notes in
       * docs/standards.md §2). Never written.
       */
      filingNumber: filingFormNumberSchema.optional(),
    })
    .nullable()
    .default(null),
  /** Absent from data JSON written before it was recorded: no change since grading. */
  materialChange: materialChangeSchema.nullable().default(null),
});

export const mlpsDataSchema = z.object({
  objects: z.array(storedObjectSchema).default([]),
  assessments: z.array(storedAssessmentSchema).default([]),
  remediation: z.array(remediationTaskSchema).default([]),
  recovery: z.array(recoveryRecordSchema).default([]),
  emergencyPlans: z.array(emergencyPlanSchema).default([]),
  drills: z.array(drillSchema).default([]),
  risks: z.array(riskSchema).default([]),
  /** Table 1 of the 2025 filing form beyond the profile, with the unit's 备案表编号; absent from older data: none. */
  unit: mlpsUnitSchema.nullable().default(null),
  /** Tables 2–3 of the 2025 filing form, per object; absent from older data: none filled in. */
  filingForms: z.array(filingFormFieldsSchema.extend({ objectId: recordIdSchema })).default([]),
  /** Absent from data JSON written before the register existed: none recorded. */
  majorHiddenRisks: z.array(majorHiddenRiskSchema).default([]),
  /** Absent from data JSON written before self-inspections were recorded: none recorded. */
  scheduleRecords: z.array(scheduleRecordSchema).default([]),
  infoProtection: z.array(infoProtectionSchema).default([]),
  duties: z.array(dutySchema).default([]),
  /** Catalogs the enterprise imported (e.g. a licensed full-text one); the built-in one is not repeated here. */
  catalogs: z.array(controlCatalogSchema.extend({ importedAt: z.string() })).default([]),
  /** `id@version` of the catalog assessments use; null for the built-in one. */
  activeCatalog: z.object({ id: z.string(), version: z.string() }).nullable().default(null),
});
export type MlpsData = z.infer<typeof mlpsDataSchema>;
