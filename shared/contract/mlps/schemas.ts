/**
 * Graded protection (等级保护, "mlps"): the data shapes the pure rules, the catalogs and, later, the backend
 * methods share. Facts behind the enums are in docs/standards.md §2–5.
 */
import { z } from 'zod';
import { HARMED_OBJECTS, HARM_DEGREES, REQUIREMENT_SETS, EXTENSION_SETS, DR_ELEMENTS, FILING_FORM_NUMBER_PATTERN } from './vocabulary';

export { HARMED_OBJECTS, HARM_DEGREES, EXTENSION_SETS, DR_ELEMENTS } from './vocabulary';

/** Calendar dates travel as ISO strings (YYYY-MM-DD): no time zone can shift a deadline by a day. */
export const isoDateSchema = z.iso.date({ message: 'mlps.validation.date' });
export type IsoDate = z.infer<typeof isoDateSchema>;

// ── Levels ────────────────────────────────────────────────────────────────────────────────────────────

/** Security protection levels 1 自主保护级 … 5 专控保护级. */
export const MLPS_LEVELS = [1, 2, 3, 4, 5] as const;
export const mlpsLevelSchema = z.literal(MLPS_LEVELS);
export type MlpsLevel = z.infer<typeof mlpsLevelSchema>;

/** GB/T 22239-2019 publishes requirements for levels 1–4 only. */
export const CATALOG_LEVELS = [1, 2, 3, 4] as const;
export const catalogLevelSchema = z.literal(CATALOG_LEVELS);
export type CatalogLevel = z.infer<typeof catalogLevelSchema>;

// ── Grading (GB/T 22240-2020) ─────────────────────────────────────────────────────────────────────────

export const harmedObjectSchema = z.enum(HARMED_OBJECTS, { message: 'mlps.validation.harmedObject' });
export type HarmedObject = z.infer<typeof harmedObjectSchema>;

export const harmDegreeSchema = z.enum(HARM_DEGREES, { message: 'mlps.validation.harmDegree' });
export type HarmDegree = z.infer<typeof harmDegreeSchema>;

export const harmSchema = z.object({ object: harmedObjectSchema, degree: harmDegreeSchema });
export type Harm = z.infer<typeof harmSchema>;

/** The two judgements a grading makes: 业务信息安全 and 系统服务安全. */
export const gradingInputSchema = z.object({ business: harmSchema, service: harmSchema });
export type GradingInput = z.infer<typeof gradingInputSchema>;

export const gradingResultSchema = z.object({
  business: mlpsLevelSchema,
  service: mlpsLevelSchema,
  /** The object's level: the higher of the two. */
  level: mlpsLevelSchema,
});
export type GradingResult = z.infer<typeof gradingResultSchema>;

/** 等级保护对象 types named by GB/T 22240-2020 and issue 5. */
export const PROTECTED_OBJECT_KINDS = [
  'information-system',
  'network-infrastructure',
  'data-resource',
  'cloud-platform',
  'iot',
  'industrial-control',
  'mobile',
  'big-data-platform',
] as const;
export const protectedObjectKindSchema = z.enum(PROTECTED_OBJECT_KINDS);
export type ProtectedObjectKind = z.infer<typeof protectedObjectKindSchema>;

/** Who signed off and when: 专家评审 or 主管部门审核批准. */
export const signOffSchema = z.object({
  date: isoDateSchema,
  by: z.string().trim().min(1, { message: 'validation.required' }).max(200, { message: 'validation.tooLong' }),
});
export type SignOff = z.infer<typeof signOffSchema>;

/** What the grading checks need to know about one object; the register holds more. */
export const gradedObjectSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: protectedObjectKindSchema,
  /** Undefined while the object is not yet graded. */
  level: mlpsLevelSchema.optional(),
  /** The id of the object (cloud platform, infrastructure) this one runs on. */
  hostedOn: z.string().min(1).optional(),
  processesMuchPersonalInfo: z.boolean().default(false),
  /** A platform serving the public (面向社会公众提供服务). */
  servesPublic: z.boolean().default(false),
  gradedOn: isoDateSchema.optional(),
  expertReview: signOffSchema.optional(),
  /** 是否有主管部门 (filing form table 3); undefined while not answered. Approval is asked only where it is true. */
  hasCompetentDepartment: z.boolean().optional(),
  approval: signOffSchema.optional(),
  /** The last re-grading or material change of the register, which asks for expert review again. */
  materialChange: z.object({ on: isoDateSchema, fields: z.array(z.string()) }).optional(),
});
export type GradedObject = z.infer<typeof gradedObjectSchema>;

// ── Filing and assessment schedule ────────────────────────────────────────────────────────────────────

/** 备案表编号 (see FILING_FORM_NUMBER_PATTERN). */
export const filingFormNumberSchema = z.string().trim().regex(FILING_FORM_NUMBER_PATTERN, { message: 'mlps.validation.filingFormNumber' });

/**
 * 备案证明编号: the certificate's number, per system. No published rule for its format was found (numbers seen
 * look like `11010243001-26001`), so any printable text is accepted; control characters are refused.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
export const certificateNumberSchema = z
  .string()
  .max(60, { message: 'validation.tooLong' })
  .refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'mlps.validation.certificateNumber' })
  .trim()
  .min(1, { message: 'validation.required' });

export const scheduleInputSchema = z.object({
  level: mlpsLevelSchema,
  gradedOn: isoDateSchema.optional(),
  /** A new system files within the deadline counted from going live instead of from grading. */
  newSystem: z.boolean().default(false),
  goLiveOn: isoDateSchema.optional(),
  filedOn: isoDateSchema.optional(),
  certificateOn: isoDateSchema.optional(),
  /** Dates of completed level assessments (等级测评). */
  assessmentsCompletedOn: z.array(isoDateSchema).default([]),
  /** Dates of recorded self-inspections (自查). */
  selfInspectionsOn: z.array(isoDateSchema).default([]),
  /** Dates a 保护工作方案 was recorded as drawn up. */
  protectionPlansOn: z.array(isoDateSchema).default([]),
});
export type ScheduleInput = z.input<typeof scheduleInputSchema>;

/** certificateExpiry is the renewal: applied for within the window before the certificate expires. */
export const DUE_KINDS = ['filing', 'certificate', 'certificateExpiry', 'assessment', 'selfInspection', 'protectionPlan'] as const;
export const dueKindSchema = z.enum(DUE_KINDS);
export type DueKind = z.infer<typeof dueKindSchema>;

export const DUE_STATUSES = ['done', 'overdue', 'upcoming', 'scheduled'] as const;
export const dueStatusSchema = z.enum(DUE_STATUSES);

export const dueItemSchema = z.object({
  kind: dueKindSchema,
  due: isoDateSchema,
  status: dueStatusSchema,
  /** Days from today to the due date; negative when overdue. */
  daysLeft: z.number().int(),
  /** The first day the item can be done, where the rules set a window (the renewal's 3 months before expiry). */
  opensOn: isoDateSchema.optional(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

// ── Control catalog (GB/T 22239-2019) ─────────────────────────────────────────────────────────────────

export const FAMILY_CODES = ['PES', 'CNS', 'ABS', 'CES', 'SMC', 'PSS', 'ORS', 'HRS', 'CMS', 'MMS'] as const;
export const familyCodeSchema = z.enum(FAMILY_CODES);
export type FamilyCode = z.infer<typeof familyCodeSchema>;

export const LAYERS = ['technical', 'management'] as const;
export const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

export const requirementSetSchema = z.enum(REQUIREMENT_SETS);
export type RequirementSet = z.infer<typeof requirementSetSchema>;
export type ExtensionSet = (typeof EXTENSION_SETS)[number];
export const REQUIREMENT_SET_DIGIT: Record<RequirementSet, number> = { general: 1, cloud: 2, mobile: 3, iot: 4, ics: 5 };

/** `L3-CES1-01`: level, family code, requirement-set digit, two-digit item number. */
export const ITEM_ID_PATTERN = /^L([1-5])-(PES|CNS|ABS|CES|SMC|PSS|ORS|HRS|CMS|MMS)([1-5])-(\d{2})$/;
export const itemIdSchema = z.string().regex(ITEM_ID_PATTERN, { message: 'mlps.validation.itemId' });

export const controlFamilySchema = z.object({
  code: familyCodeSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  layer: layerSchema,
});
export type ControlFamily = z.infer<typeof controlFamilySchema>;

export const controlPointSchema = z.object({
  /** Stable across levels, e.g. `CES1-01` for 身份鉴别: the same point at every level it appears in. */
  id: z.string().min(1),
  family: familyCodeSchema,
  set: requirementSetSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});
export type ControlPoint = z.infer<typeof controlPointSchema>;

export const controlItemSchema = z.object({
  id: itemIdSchema,
  level: catalogLevelSchema,
  family: familyCodeSchema,
  set: requirementSetSchema,
  controlPoint: z.string().min(1),
  /** A short phrase in our own words (zh-CN): the standard's text is copyrighted. */
  summary: z.string().min(1),
  summaryEn: z.string().min(1).optional(),
  /** The requirement's full text: only in a catalog the enterprise holds a licence for. */
  text: z.string().min(1).optional(),
});
export type ControlItem = z.infer<typeof controlItemSchema>;

export const controlCatalogSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  name: z.string().min(1),
  notes: z.string(),
  families: z.array(controlFamilySchema),
  controlPoints: z.array(controlPointSchema),
  items: z.array(controlItemSchema),
});
export type ControlCatalog = z.infer<typeof controlCatalogSchema>;

// ── Gap assessment and scoring ────────────────────────────────────────────────────────────────────────

/** 符合 / 部分符合 / 不符合 — per item. */
export const ITEM_STATUSES = ['compliant', 'partial', 'noncompliant'] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** 不适用 is decided per control point, never per item: it takes the point's items out of the base. */
export const CONTROL_POINT_STATUSES = ['applicable', 'na'] as const;
export const controlPointStatusSchema = z.enum(CONTROL_POINT_STATUSES);
export type ControlPointStatus = z.infer<typeof controlPointStatusSchema>;

/** 高 / 中 / 低 risk of a gap. */
export const RISK_RATINGS = ['high', 'medium', 'low'] as const;
export const riskRatingSchema = z.enum(RISK_RATINGS);
export type RiskRating = z.infer<typeof riskRatingSchema>;

export const itemAssessmentSchema = z.object({
  itemId: itemIdSchema,
  status: itemStatusSchema,
  /** Only meaningful for a gap (部分符合 / 不符合). */
  risk: riskRatingSchema.optional(),
  /** Relative weight in the score; 1 when absent. */
  weight: z.number().positive().optional(),
  note: z.string().optional(),
});
export type ItemAssessment = z.infer<typeof itemAssessmentSchema>;

export const controlPointAssessmentSchema = z.object({
  controlPointId: z.string().min(1),
  status: controlPointStatusSchema,
  note: z.string().optional(),
});
export type ControlPointAssessment = z.infer<typeof controlPointAssessmentSchema>;

export const gapAssessmentSchema = z.object({
  level: catalogLevelSchema,
  /** The extension sets that apply to the object besides the general requirements. */
  extensions: z.array(z.enum(EXTENSION_SETS)).default([]),
  items: z.array(itemAssessmentSchema).default([]),
  controlPoints: z.array(controlPointAssessmentSchema).default([]),
});
export type GapAssessment = z.input<typeof gapAssessmentSchema>;

/** 2021 report template overall result: 优 / 良 / 中 / 差. */
export const RESULT_2021_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export const result2021GradeSchema = z.enum(RESULT_2021_GRADES);
export type Result2021Grade = z.infer<typeof result2021GradeSchema>;

/** 2025 template conclusion: 符合 / 基本符合 / 不符合. */
export const CONCLUSIONS_2025 = ['compliant', 'basically-compliant', 'noncompliant'] as const;
export const conclusion2025Schema = z.enum(CONCLUSIONS_2025);
export type Conclusion2025 = z.infer<typeof conclusion2025Schema>;

export const statusCountsSchema = z.object({
  compliant: z.number().int(),
  partial: z.number().int(),
  noncompliant: z.number().int(),
  /** Items of applicable control points with no status yet: left out of the score. */
  unassessed: z.number().int(),
  /** Items of control points marked 不适用. */
  notApplicable: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const groupScoreSchema = z.object({
  counts: statusCountsSchema,
  /** 0–100, or null when nothing in the group was assessed. */
  score: z.number().nullable(),
});
export type GroupScore = z.infer<typeof groupScoreSchema>;

// ── Disaster recovery (GB/T 20988) ────────────────────────────────────────────────────────────────────

export const DR_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export const drLevelSchema = z.literal(DR_LEVELS);
export type DrLevel = z.infer<typeof drLevelSchema>;

export const drElementSchema = z.enum(DR_ELEMENTS);
export type DrElement = z.infer<typeof drElementSchema>;
/** The level an element meets; 0 when it does not meet level 1. */
export const DR_ELEMENT_LEVELS = [0, ...DR_LEVELS] as const;
export const drElementLevelSchema = z.literal(DR_ELEMENT_LEVELS, { message: 'validation.invalidOption' });
export type DrElementLevel = z.infer<typeof drElementLevelSchema>;
/** What the user recorded per element; an element not yet judged is absent. */
export const drElementLevelsSchema = z.partialRecord(drElementSchema, drElementLevelSchema);
export type DrElementLevels = z.infer<typeof drElementLevelsSchema>;

export const recoveryTargetsSchema = z.object({
  level: drLevelSchema,
  targetRtoMinutes: z.number().nonnegative().optional(),
  targetRpoMinutes: z.number().nonnegative().optional(),
  testedRtoMinutes: z.number().nonnegative().optional(),
  testedRpoMinutes: z.number().nonnegative().optional(),
});
export type RecoveryTargets = z.infer<typeof recoveryTargetsSchema>;

// ── Security job duties ──────────────────────────────────────────────────────────────────────────────

/** The three administrator posts GB/T 22239 asks to keep apart: 系统管理员 / 审计管理员 / 安全管理员. */
export const ADMIN_ROLES = ['system-admin', 'audit-admin', 'security-admin'] as const;
export const adminRoleSchema = z.enum(ADMIN_ROLES);
export type AdminRole = z.infer<typeof adminRoleSchema>;

export const roleAssignmentSchema = z.object({ role: adminRoleSchema, person: z.string().trim().min(1) });
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

// ── Policy data (shared/catalogs/mlps) ────────────────────────────────────────────────────────────────

export const mlpsPolicySchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  notes: z.string(),
  /** Levels at or above this file with public security. */
  filingFromLevel: mlpsLevelSchema,
  /** Initial levels at or above this go through expert review (and, where the unit has one, the competent department's approval). */
  reviewFromLevel: mlpsLevelSchema,
  /** Big-data platforms with much personal information are in principle at least this level. */
  bigDataPersonalInfoMinLevel: mlpsLevelSchema,
  /** Platforms serving the public are in principle at least this level. */
  publicPlatformMinLevel: mlpsLevelSchema,
});
export type MlpsPolicy = z.infer<typeof mlpsPolicySchema>;

const monthsPerLevelSchema = z.partialRecord(z.enum(['1', '2', '3', '4', '5']), z.number().int().positive());

/** The filing and inspection calendar as data (shared/catalogs/mlps/schedule.ts), so a newer notice changes data. */
export const scheduleRulesSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  /** Where each fact comes from (docs/standards.md sections). */
  source: z.string().min(1),
  notes: z.string(),
  filingDeadlineDays: z.number().int().positive(),
  certificateWorkingDays: z.number().int().positive(),
  certificateValidityYears: z.number().int().positive(),
  /** Filings before this date count their validity from it. */
  certificateValidityEpoch: isoDateSchema,
  extensionYearsPerAssessment: z.number().int().nonnegative(),
  /** Renewal is applied for within this many months before the certificate expires. */
  renewalWindowMonths: z.number().int().positive(),
  /** Months between level assessments (等级测评), per level assessed periodically. */
  assessmentIntervalMonths: monthsPerLevelSchema,
  /** Months between self-inspections (自查), per level that must inspect itself. */
  selfInspectionIntervalMonths: monthsPerLevelSchema,
  /** The 保护工作方案: from which level, and how long after the assessment it builds on. */
  protectionPlan: z.object({
    fromLevel: mlpsLevelSchema,
    dueDaysAfterAssessment: z.number().int().nonnegative(),
    /** False while no published deadline was found: the UI says the due date is our assumption. */
    deadlineVerified: z.boolean(),
  }),
  /** Register fields whose change counts as a material change: the grading goes through expert review again. */
  materialChangeFields: z.array(z.string().min(1)),
  /** A due date this many days ahead or fewer is 'upcoming' (items without a window of their own). */
  upcomingWithinDays: z.number().int().nonnegative(),
});
export type ScheduleRules = z.infer<typeof scheduleRulesSchema>;

export const scoringRulesSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  notes: z.string(),
  pre2021: z.object({
    id: z.string().min(1),
    /** What the mean runs over: the ten families (the old 层面) or the two layers (technical, management). */
    meanOver: z.enum(['family', 'layer']),
    partialCredit: z.number().min(0).max(1),
    defaultWeight: z.number().positive(),
  }),
  result2021: z.object({
    id: z.string().min(1),
    /** Tried in order; the first whose conditions hold wins; none → 差. */
    grades: z.array(z.object({ grade: result2021GradeSchema, minScore: z.number(), worstRiskAllowed: riskRatingSchema.nullable() })),
  }),
  compliance2025: z.object({
    id: z.string().min(1),
    partialCredit: z.number().min(0).max(1),
    /** Rate strictly above this (percent) and no 重大风险隐患 → 符合; with one → 基本符合. */
    compliantAbove: z.number(),
    /** Rate at or above this (percent) → 基本符合; below → 不符合. */
    basicFrom: z.number(),
    /**
     * Whether a major hidden risk already remediated still keeps a rate above `compliantAbove` from 符合. The
     * template counts them before remediation; whether the verdict does is not stated (our choice, data).
     */
    remediatedMajorHiddenRisksBlock: z.boolean(),
  }),
});
export type ScoringRules = z.infer<typeof scoringRulesSchema>;

/** A duration bound in minutes; null means unbounded. */
export const minuteRangeSchema = z.object({
  min: z.number().nonnegative(),
  minExclusive: z.boolean().default(false),
  max: z.number().nonnegative().nullable(),
});
export type MinuteRange = z.infer<typeof minuteRangeSchema>;

export const drLevelsCatalogSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  notes: z.string(),
  /** False while the RTO/RPO ranges are the commonly cited ones, not checked against the standard's text. */
  rangesVerified: z.boolean(),
  /** False while the per-element requirements are our summaries, not checked against the standard's text. */
  requirementsVerified: z.boolean(),
  levels: z.array(
    z.object({
      level: drLevelSchema,
      nameZh: z.string(),
      nameEn: z.string(),
      rto: minuteRangeSchema,
      rpo: minuteRangeSchema,
      /** What each element must have at this level, as a checklist (our own short wording). */
      requirements: z.record(drElementSchema, z.object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })),
    }),
  ),
});
export type DrLevelsCatalog = z.infer<typeof drLevelsCatalogSchema>;

const degreeLevelsSchema = z.object({ general: mlpsLevelSchema, serious: mlpsLevelSchema, 'especially-serious': mlpsLevelSchema });
export const gradingMatrixSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  notes: z.string(),
  /** levels[object][degree] */
  levels: z.object({ citizen: degreeLevelsSchema, society: degreeLevelsSchema, nation: degreeLevelsSchema }),
});
export type GradingMatrix = z.infer<typeof gradingMatrixSchema>;

const countSchema = z.number().int().nonnegative();
/** The item counts a catalog should have; `general[family]` is indexed by level − 1. */
export const expectedItemCountsSchema = z.object({
  catalogId: z.string().min(1),
  general: z.record(familyCodeSchema, z.tuple([countSchema, countSchema, countSchema, countSchema])),
  extensions: z.record(z.enum(EXTENSION_SETS), z.partialRecord(z.enum(['1', '2', '3', '4']), countSchema)),
});
export type ExpectedItemCounts = z.infer<typeof expectedItemCountsSchema>;

// ── Filing form codes (备案表 coded options) ───────────────────────────────────────────────────────────

/** The coded option lists of the filing form: table 1's unit particulars, table 2's system particulars. */
export const FILING_OPTION_SETS = [
  'affiliation',
  'unitType',
  'industry',
  'businessType',
  'serviceScope',
  'serviceObjects',
  'networkCoverage',
  'networkNature',
  'interconnection',
  'productType',
  'serviceType',
  'providerType',
] as const;
export type FilingOptionSet = (typeof FILING_OPTION_SETS)[number];

export const filingOptionSchema = z.object({ code: z.string().regex(/^\d{1,2}$/), zh: z.string().min(1), en: z.string().min(1) });
export type FilingOption = z.infer<typeof filingOptionSchema>;

export const filingFormCodesSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  notes: z.string(),
  /** Per list: false while it is our reading of the published template, not checked against the 2025 form. */
  verified: z.record(z.enum(FILING_OPTION_SETS), z.boolean()),
  options: z.record(z.enum(FILING_OPTION_SETS), z.array(filingOptionSchema).min(1)),
});
export type FilingFormCodes = z.infer<typeof filingFormCodesSchema>;
