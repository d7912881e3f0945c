/**
 * Readiness: for each of the 2009 opinion's twelve points, where this enterprise stands. Each domain's
 * backend fills its own small summary in ReadinessInput; shared/domain/governance/readiness.ts decides.
 */
import { z } from 'zod';
import { declarationStatusSchema } from '../forms/schemas';
import { governanceDataSchema } from './schemas';

const count = z.number().int().nonnegative();

/** The five levels of 国资发[2008]113号. */
export const assessmentGradeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);

export const readinessInputSchema = z.object({
  /** Today (`YYYY-MM-DD`), for deadlines. */
  asOf: z.iso.date(),
  assessment: z.object({ latestFinalizedGrade: assessmentGradeSchema.nullable() }),
  plan: z.object({ exists: z.boolean(), ready: z.boolean() }),
  governance: governanceDataSchema,
  sam: z.object({
    products: count,
    entitlements: count,
    /** Share (0–1) of installations covered by genuine entitlements; null while nothing is installed. */
    genuineRate: z.number().min(0).max(1).nullable(),
  }),
  mlps: z.object({
    objects: count,
    graded: count,
    /** Objects whose level (≥ 2) requires filing with public security. */
    needingFiling: count,
    filed: count,
    /** Objects at a level assessed yearly (≥ 3), those with a completed assessment, those whose assessment is overdue. */
    needingAssessment: count,
    assessed: count,
    assessmentsOverdue: count,
    /** 重大风险 in the risk register: recorded at all, and rated high and still open or being mitigated. */
    risksRecorded: count,
    openMajorRisks: count,
    /** High-risk findings of gap assessments not yet compliant. */
    openHighRiskItems: count,
    /** Major hidden risks (重大风险隐患) in the MLPS register not yet remediated. */
    openMajorHiddenRisks: count.default(0),
    emergencyPlans: count,
    /** Drills held in the twelve months up to the day. */
    recentDrills: count,
    infoProtection: count,
    /** Graded objects at level ≥ 3, and those with a disaster-recovery record. */
    needingRecovery: count,
    withRecovery: count,
    /** An enterprise-wide security leader post is filled. */
    securityLeader: z.boolean(),
    /** How many of the three administrator posts (system, audit, security) are filled. */
    adminPosts: count,
  }),
  declarations: z.array(z.object({ formId: z.string().min(1), status: declarationStatusSchema })),
});
export type ReadinessInput = z.infer<typeof readinessInputSchema>;

/** `optional`: participation in something SASAC leads or offers (points 6–12): not a duty left undone. */
export const READINESS_STATUSES = ['done', 'in-progress', 'not-started', 'optional', 'not-applicable'] as const;
export const readinessStatusSchema = z.enum(READINESS_STATUSES);
export type ReadinessStatus = z.infer<typeof readinessStatusSchema>;

/** Where the data behind a point lives, so the overview can link to the page that fixes it. */
export const READINESS_DOMAINS = ['assessment', 'plan', 'governance', 'sam', 'mlps', 'declarations'] as const;
export const readinessDomainSchema = z.enum(READINESS_DOMAINS);
export type ReadinessDomain = z.infer<typeof readinessDomainSchema>;

/** A Finding (shared/contract/core.ts) as data, for output validation and the CLI's JSON. */
export const findingSchema = z.object({
  code: z.string(),
  field: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Where a sub-requirement stands: `optional` where the opinion says 可 (may), e.g. the CIO. */
export const REQUIREMENT_STATUSES = ['met', 'missing', 'optional'] as const;
export const requirementStatusSchema = z.enum(REQUIREMENT_STATUSES);

/** One thing a point asks for (shared/catalogs/governance/readiness-requirements.ts) and the records' answer. */
export const readinessRequirementSchema = z.object({
  id: z.string(),
  status: requirementStatusSchema,
  /** What is missing; empty when met. */
  reasons: z.array(findingSchema),
});
export type ReadinessRequirement = z.infer<typeof readinessRequirementSchema>;

export const readinessPointSchema = z.object({
  point: z.number().int().min(1).max(12),
  status: readinessStatusSchema,
  domains: z.array(readinessDomainSchema),
  /** Why this status: what is missing, late or not applicable. May be non-empty for done (e.g. a late deadline). */
  reasons: z.array(findingSchema),
  /** The sub-requirements the opinion names for this point; the point is done only when none is missing. */
  requirements: z.array(readinessRequirementSchema),
});
export type ReadinessPoint = z.infer<typeof readinessPointSchema>;

export const readinessReportSchema = z.object({
  opinionId: z.string(),
  opinionVersion: z.string(),
  asOf: z.iso.date(),
  points: z.array(readinessPointSchema).length(12),
});
export type ReadinessReport = z.infer<typeof readinessReportSchema>;

/** A reason put into words for the overview and the CLI, with the page where the missing thing is filled. */
export const readinessReasonSchema = findingSchema.extend({
  message: z.string(),
  /** The renderer route that fixes it (e.g. `/governance/cio`). */
  page: z.string(),
});

export const readinessOverviewRequirementSchema = readinessRequirementSchema.extend({
  title: z.string(),
  statusLabel: z.string(),
  /** The opinion's words this sub-requirement rests on. */
  basis: z.string(),
  /** False where mapping the words to records is our reading: the page says so. */
  verified: z.boolean(),
  reasons: z.array(readinessReasonSchema),
  /** Where the records that answer it are kept. */
  page: z.string(),
});
export type ReadinessOverviewRequirement = z.infer<typeof readinessOverviewRequirementSchema>;

export const readinessOverviewPointSchema = readinessPointSchema.extend({
  title: z.string(),
  statusLabel: z.string(),
  reasons: z.array(readinessReasonSchema),
  requirements: z.array(readinessOverviewRequirementSchema),
  /** The page holding this point's data, for a "go there" link even when nothing is missing. */
  page: z.string(),
});

/** What `readiness.get` returns: the report in the caller's language, with counts for the dashboard. */
export const readinessOverviewSchema = readinessReportSchema.extend({
  points: z.array(readinessOverviewPointSchema).length(12),
  counts: z.record(readinessStatusSchema, z.number().int().nonnegative()),
});
export type ReadinessOverview = z.infer<typeof readinessOverviewSchema>;
