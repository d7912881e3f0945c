/**
 * The receiving side of filing packages (a group headquarters or the regulator): the trust list, the
 * filings it holds, and what it computes from them. A filing's summary is derived from the data JSON the
 * package carried (shared/domain/filing/summary.ts); a section the enterprise did not file is `null`.
 */
import { z } from 'zod';
import { GRADES, gradeSchema } from '../assessment/schemas';
import { planStatusSchema } from '../plan/schemas';
import { issuedReceiptSchema, reviewSchema } from './receipt';
import { manifestSchema, signerInfoSchema } from './schemas';

const fingerprint = z.string().regex(/^[0-9a-f]{64}$/);

/** A certificate the receiver trusts: pinned by its fingerprint, and an anchor for chains when it is a CA. */
export const trustEntrySchema = z.object({
  id: z.string(),
  fingerprintSha256: fingerprint,
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  /** A CA certificate: packages signed by certificates it issued are trusted too. */
  isCa: z.boolean(),
  label: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type TrustEntry = z.infer<typeof trustEntrySchema>;

/** The current finalized assessment (a draft is not reported: its score may still change). */
export const assessmentSummarySchema = z.object({
  year: z.number().int(),
  revision: z.number().int(),
  /** The score stored when it was finalized. */
  total: z.number(),
  grade: gradeSchema,
  finalizedAt: z.string(),
  templateId: z.string(),
  templateVersion: z.string(),
});

export const planSummarySchema = z.object({
  year: z.number().int(),
  /** `ready` only while every plan rule passed; `draft` otherwise. */
  status: planStatusSchema,
  targetGrade: gradeSchema,
  targetDate: z.string(),
  milestones: z.number().int(),
  done: z.number().int(),
  /** Open milestones whose due date had passed when the package was signed. */
  overdue: z.number().int(),
  /** Mean of the milestones' percent complete (0 with no milestones). */
  percentComplete: z.number(),
});

export const MLPS_LEVEL_KEYS = [1, 2, 3, 4, 5] as const;
export const levelCountSchema = z.object({
  level: z.literal(MLPS_LEVEL_KEYS),
  objects: z.number().int(),
  /** Filed with public security (备案). */
  filed: z.number().int(),
  /** At a level that must file, and not filed. */
  notFiled: z.number().int(),
});
export type LevelCount = z.infer<typeof levelCountSchema>;

export const protectedObjectsSummarySchema = z.object({
  total: z.number().int(),
  ungraded: z.number().int(),
  levels: z.array(levelCountSchema),
});

export const gapSummarySchema = z.object({
  /** Objects with a gap assessment that could be scored. */
  assessed: z.number().int(),
  compliant: z.number().int(),
  basicallyCompliant: z.number().int(),
  noncompliant: z.number().int(),
  /** High-risk gaps across the objects. */
  highRisks: z.number().int(),
  /** Objects whose conclusion is provisional: not every applicable item assessed. Absent in older summaries. */
  provisional: z.number().int().default(0),
  /** 重大风险隐患 recorded across the objects (before remediation), and how many were remediated. */
  majorHiddenRisks: z.number().int().default(0),
  majorHiddenRisksRemediated: z.number().int().default(0),
});

export const licenceSummarySchema = z.object({
  installations: z.number().int(),
  covered: z.number().int(),
  /** 正版化率, 0–1; null with no installations. */
  genuineRate: z.number().nullable(),
  /** Units short across all licence pools (audit exposure). */
  shortfallUnits: z.number(),
  shortfallRows: z.number().int(),
});

export const filingSummarySchema = z.object({
  /** The data JSON's top-level sections the package carried. A section it omitted, or one with no records, is null below. */
  sections: z.array(z.string()),
  assessment: assessmentSummarySchema.nullable(),
  plan: planSummarySchema.nullable(),
  protectedObjects: protectedObjectsSummarySchema.nullable(),
  gap: gapSummarySchema.nullable(),
  licences: licenceSummarySchema.nullable(),
});
export type FilingSummary = z.infer<typeof filingSummarySchema>;

export const FILING_STATUSES = ['received', 'accepted', 'returned'] as const;
export const filingStatusSchema = z.enum(FILING_STATUSES);
export type FilingStatus = z.infer<typeof filingStatusSchema>;

/** One received filing. Several for the same enterprise and period are its history; the newest is current. */
export const receivedFilingSchema = z.object({
  id: z.string(),
  packageId: z.string(),
  enterprise: z.object({ name: z.string(), uscc: z.string() }),
  period: z.string(),
  /** When the enterprise signed it (manifest createdAt). */
  createdAt: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  signerFingerprint: fingerprint,
  signerSubject: z.string(),
  fileCount: z.number().int(),
  totalBytes: z.number().int(),
  /** The filing of its enterprise and period that is consolidated (see docs/filing-package.md, "Amendments"). */
  current: z.boolean(),
  /** The receiver's decision: none yet, accepted, or returned for correction. */
  status: filingStatusSchema,
  /** The package id of the filing this one amends. */
  amends: z.string().nullable(),
  /** The accession number (受理编号) of the newest receipt signed for it. */
  accessionNumber: z.string().nullable(),
  /** The roll-up filing that carried it (the tier above); null when received directly. */
  parentId: z.string().nullable().default(null),
  /** How many filings it carried, as a roll-up (0 for a unit's own filing). */
  children: z.number().int().default(0),
});
export type ReceivedFiling = z.infer<typeof receivedFilingSchema>;

export const filingDetailSchema = z.object({
  filing: receivedFilingSchema,
  manifest: manifestSchema,
  signer: signerInfoSchema.nullable(),
  summary: filingSummarySchema,
  /** The data JSON as filed (whatever sections it has). */
  data: z.record(z.string(), z.unknown()),
  /** Earlier and later filings of the same enterprise and period. */
  history: z.array(receivedFilingSchema),
  review: reviewSchema.nullable(),
  /** The receipts signed for it, newest first. */
  receipts: z.array(issuedReceiptSchema),
});
export type FilingDetail = z.infer<typeof filingDetailSchema>;

const gradeOrNone = z.enum([...GRADES, 'none']);
export type GradeOrNone = z.infer<typeof gradeOrNone>;

export const consolidatedSchema = z.object({
  /** The period shown; null = each enterprise's newest filing of any period. */
  period: z.string().nullable(),
  /** Every period the receiver holds filings for, newest first. */
  periods: z.array(z.string()),
  /** The roll-up filing drilled into and the tiers above it, top first; absent at the top. */
  trail: z.array(receivedFilingSchema).optional(),
  /** Each enterprise's consolidated filing, its self-assessed summary and the receiver's review (复评) of it. */
  enterprises: z.array(
    z.object({ filing: receivedFilingSchema, summary: filingSummarySchema, review: reviewSchema.nullable().default(null) }),
  ),
  /** Enterprises by their assessed grade and their plan's target grade ('none' = not filed). */
  gradeTargets: z.array(z.object({ grade: gradeOrNone, target: gradeOrNone, count: z.number().int() })),
  byGrade: z.array(z.object({ grade: gradeOrNone, count: z.number().int() })),
  planProgress: z.object({
    enterprises: z.number().int(),
    milestones: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    /** Mean percent complete over the enterprises with a plan. */
    percentComplete: z.number().nullable(),
  }),
  protectedObjects: z.object({ total: z.number().int(), ungraded: z.number().int(), levels: z.array(levelCountSchema) }),
  gap: gapSummarySchema.extend({ enterprises: z.number().int() }),
  licences: z.object({
    enterprises: z.number().int(),
    installations: z.number().int(),
    covered: z.number().int(),
    genuineRate: z.number().nullable(),
    shortfallUnits: z.number(),
    enterprisesWithShortfall: z.number().int(),
  }),
});
export type Consolidated = z.infer<typeof consolidatedSchema>;

/** One figure that differs (or not) between two filings; `metric` is an i18n key. */
export const metricChangeSchema = z.object({
  metric: z.string(),
  before: z.union([z.number(), z.string()]).nullable(),
  after: z.union([z.number(), z.string()]).nullable(),
  /** after − before for numbers; null otherwise. */
  delta: z.number().nullable(),
});
export type MetricChange = z.infer<typeof metricChangeSchema>;
