/**
 * What a report prints from: the workspace's canonical data JSON (exportWorkspaceData), read key by key.
 *
 * The domains behind most keys (assessment, plan, mlps, sam, governance, declarations) join the data JSON on
 * their own branches; this file is the one place that says which key a report reads and what shape it expects
 * there. Each key is read through `readSection`: absent (or null) → null, and every report section prints a
 * short "no data recorded" line for it; present but malformed → a clear error naming the key and the field,
 * rather than a report that silently leaves things out.
 *
 * The shapes below are built from the domain schemas already in shared/contract. When a domain's own section
 * schema lands in shared/contract/data.ts, its entry here should become that schema (or a projection of it).
 */
import { z } from 'zod';
import { answerSchema, templateSchema } from '../../../shared/contract/assessment/schemas';
import { declarationSchema } from '../../../shared/contract/forms/schemas';
import { governanceDataSchema } from '../../../shared/contract/governance/schemas';
import {
  gapAssessmentSchema,
  gradedObjectSchema,
  harmSchema,
  isoDateSchema,
  recoveryTargetsSchema,
} from '../../../shared/contract/mlps/schemas';
import { planSchema } from '../../../shared/contract/plan/schemas';
import type { Profile } from '../../../shared/contract/profile/schemas';
import { AppError, formatPath } from '../errors';

// ── assessment: templates in use and the yearly assessments ───────────────────────────────────────────

export const assessmentRecordSchema = z.object({
  id: z.string().min(1),
  year: z.number().int(),
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  status: z.enum(['draft', 'finalized']),
  answers: z.array(answerSchema),
  finalizedAt: z.string().optional(),
  finalizedBy: z.string().optional(),
  /** A finalized assessment superseded by a newer revision of the same year is left out of the results. */
  supersededBy: z.string().optional(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const assessmentSectionSchema = z.object({
  templates: z.array(templateSchema).default([]),
  assessments: z.array(assessmentRecordSchema).default([]),
});
export type AssessmentSection = z.infer<typeof assessmentSectionSchema>;

// ── mlps: the protected-object register with grading, filing, gap assessment and remediation ──────────

export const REMEDIATION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const remediationTaskSchema = z.object({
  id: z.string().min(1),
  /** The catalog item the task closes, when it is about one. */
  itemId: z.string().optional(),
  title: z.string().min(1),
  owner: z.string().default(''),
  dueDate: isoDateSchema.optional(),
  status: z.enum(REMEDIATION_STATUSES),
  /** 万元. */
  cost: z.number().nonnegative().optional(),
});
export type RemediationTask = z.infer<typeof remediationTaskSchema>;

export const mlpsObjectSchema = gradedObjectSchema.extend({
  number: z.string().optional(),
  businessType: z.string().optional(),
  businessDescription: z.string().optional(),
  serviceScope: z.string().optional(),
  serviceUsers: z.string().optional(),
  networkCoverage: z.string().optional(),
  interconnections: z.string().optional(),
  keyProducts: z.string().optional(),
  goLiveOn: isoDateSchema.optional(),
  ownerDepartment: z.string().optional(),
  newSystem: z.boolean().optional(),
  /** The two judgements of the grading wizard and the day it was done. */
  grading: z.object({ business: harmSchema, service: harmSchema, gradedOn: isoDateSchema.optional() }).optional(),
  filing: z
    .object({ number: z.string().optional(), authority: z.string().optional(), filedOn: isoDateSchema.optional(), certificateOn: isoDateSchema.optional() })
    .optional(),
  assessmentsCompletedOn: z.array(isoDateSchema).default([]),
  gap: gapAssessmentSchema.optional(),
  remediation: z.array(remediationTaskSchema).default([]),
  recovery: recoveryTargetsSchema.optional(),
});
export type MlpsObject = z.infer<typeof mlpsObjectSchema>;

export const mlpsSectionSchema = z.object({ objects: z.array(mlpsObjectSchema).default([]) });
export type MlpsSection = z.infer<typeof mlpsSectionSchema>;

// ── sam: the effective licence position, as SAM's rules compute it ───────────────────────────────────

/**
 * The part of SAM's licence position (shared/domain/sam/position.ts, `LicencePosition`) a report prints. Its
 * fields are a structural subset of that type, so the position computes straight into it.
 */
export interface SamScope {
  kind: string;
  name: string;
}
export interface SamPositionRow {
  kind: 'entitled' | 'unlicensed' | 'no-entitlement-needed';
  publisher: string;
  name: string;
  version: string;
  edition: string;
  metric: string | null;
  scope: SamScope;
  /** null: unlimited (site, enterprise). */
  entitled: number | null;
  consumed: number;
  shortfall: number;
  shortfallCost: number | null;
  currency: string | null;
}
export interface SamCoverage {
  installations: number;
  coveredInstallations: number;
  /** 0–1, or null while nothing is installed. */
  genuineRate: number | null;
}
export interface SamExpiring {
  publisher: string;
  name: string;
  version: string;
  edition: string;
  metric: string;
  quantity: number | null;
  scope: SamScope;
  end: string;
  daysLeft: number;
  within: 30 | 60 | 90;
}
export interface SamPositionView {
  rows: SamPositionRow[];
  summary: SamCoverage & { shortfallRows: number; shortfallCost: Record<string, number>; unpricedShortfall: number };
  byScope: Array<SamCoverage & { scope: SamScope }>;
  expiring: SamExpiring[];
}
export interface SamView {
  counts: { products: number; entitlements: number; installations: number };
  position: SamPositionView;
}

/** Computes the SAM view from the `sam` key of the data JSON; supplied by SAM's rules (see collectSources). */
export type SamSummarizer = (sam: unknown, asOf: string) => SamView | null;

// ── everything together ──────────────────────────────────────────────────────────────────────────────

export interface ReportSources {
  /** The day the report is as of (YYYY-MM-DD): deadlines and "overdue" are judged against it. */
  asOf: string;
  profile: Profile | null;
  assessment: AssessmentSection | null;
  plan: z.infer<typeof planSchema> | null;
  mlps: MlpsSection | null;
  sam: SamView | null;
  governance: z.infer<typeof governanceDataSchema> | null;
  declarations: Array<z.infer<typeof declarationSchema>> | null;
}

export interface CollectOptions {
  asOf: string;
  /** How the `sam` key becomes the licence position; without it the SAM parts print "no data". */
  summarizeSam?: SamSummarizer;
}

/** The data JSON keys each part of ReportSources is read from. */
export const SOURCE_KEYS = {
  assessment: 'assessment',
  plan: 'plan',
  mlps: 'mlps',
  sam: 'sam',
  governance: 'governance',
  declarations: 'declarations',
} as const;

export function collectSources(data: Readonly<Record<string, unknown>>, options: CollectOptions): ReportSources {
  const sam = data[SOURCE_KEYS.sam];
  return {
    asOf: options.asOf,
    profile: (data.profile ?? null) as Profile | null,
    assessment: readSection(data, SOURCE_KEYS.assessment, assessmentSectionSchema),
    plan: readSection(data, SOURCE_KEYS.plan, planSchema),
    mlps: readSection(data, SOURCE_KEYS.mlps, mlpsSectionSchema),
    sam: sam === undefined || sam === null || !options.summarizeSam ? null : options.summarizeSam(sam, options.asOf),
    governance: readSection(data, SOURCE_KEYS.governance, governanceDataSchema),
    declarations: readSection(data, SOURCE_KEYS.declarations, z.array(declarationSchema)),
  };
}

/**
 * One key of the data JSON, validated: null when absent or null; an AppError `reports.data.invalid` naming the
 * key and the first wrong field when it does not have the expected shape.
 */
export function readSection<S extends z.ZodType>(data: Readonly<Record<string, unknown>>, key: string, schema: S): z.output<S> | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = formatPath([key, ...issue.path]);
  throw new AppError('reports.data.invalid', { section: key, field, detail: issue.message }, { field });
}
