/**
 * The receiver's consolidation views beside the consolidated view: figures over each enterprise's current
 * filing of a period, narrowed by tier, province, industry, group and by what a chart's bar stands for;
 * a ranking of the enterprises; a breakdown by a dimension; and two periods side by side.
 *
 * Tier is the filed profile's role (集团总部 headquarters or 所属企业 subsidiary); province is the first two
 * digits of the profile's 行政区划代码 (or, without a profile, of the USCC's registration-authority code).
 */
import { z } from 'zod';
import { GRADES } from '../assessment/schemas';
import { metricChangeSchema, MLPS_LEVEL_KEYS } from './receiver';

export const TIERS = ['headquarters', 'subsidiary'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

const gradeOrNoneSchema = z.enum([...GRADES, 'none']);
export type ViewGrade = z.infer<typeof gradeOrNoneSchema>;

export const viewFilterSchema = z.object({
  tier: tierSchema.optional(),
  /** Two digits of GB/T 2260, e.g. `11` (北京). */
  province: z
    .string()
    .regex(/^\d{2}$/, { message: 'filing.views.provinceInvalid' })
    .optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  groupUscc: z.string().trim().min(1).max(18).optional(),
  /** A grade chart's bar: enterprises whose current assessment has this grade ('none' = not filed). */
  grade: gradeOrNoneSchema.optional(),
  /** A level chart's bar: enterprises with protected objects at this level. */
  level: z.literal(MLPS_LEVEL_KEYS).optional(),
  /** The overdue chart: enterprises with overdue milestones or objects that must file and have not. */
  overdue: z.boolean().optional(),
});
export type ViewFilter = z.infer<typeof viewFilterSchema>;

export const RANKING_KEYS = ['assessmentTotal', 'planPercent', 'genuineRate', 'overdue', 'notFiled', 'name'] as const;
export const rankingKeySchema = z.enum(RANKING_KEYS);
export type RankingKey = z.infer<typeof rankingKeySchema>;

export const BREAKDOWNS = ['group', 'tier', 'province', 'industry'] as const;
export const breakdownSchema = z.enum(BREAKDOWNS);
export type Breakdown = z.infer<typeof breakdownSchema>;

/** The figures of a set of enterprises' current filings. */
export const viewTotalsSchema = z.object({
  enterprises: z.number().int(),
  byGrade: z.array(z.object({ grade: gradeOrNoneSchema, count: z.number().int() })),
  /** Enterprises by their grade and their plan's target grade. */
  gradeTargets: z.array(z.object({ grade: gradeOrNoneSchema, target: gradeOrNoneSchema, count: z.number().int() })),
  /** Mean assessment total over the enterprises that filed one. */
  meanTotal: z.number().nullable(),
  plan: z.object({
    enterprises: z.number().int(),
    milestones: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    percentComplete: z.number().nullable(),
  }),
  licences: z.object({
    enterprises: z.number().int(),
    installations: z.number().int(),
    covered: z.number().int(),
    /** 正版化率 pooled over all installations, 0–1. */
    genuineRate: z.number().nullable(),
    shortfallUnits: z.number(),
  }),
  objects: z.object({
    total: z.number().int(),
    ungraded: z.number().int(),
    levels: z.array(
      z.object({ level: z.literal(MLPS_LEVEL_KEYS), objects: z.number().int(), filed: z.number().int(), notFiled: z.number().int() }),
    ),
  }),
  overdue: z.object({
    milestones: z.number().int(),
    objectsNotFiled: z.number().int(),
    /** Enterprises with at least one overdue milestone or object not filed. */
    enterprises: z.number().int(),
  }),
});
export type ViewTotals = z.infer<typeof viewTotalsSchema>;

export const rankingRowSchema = z.object({
  filingId: z.string(),
  uscc: z.string(),
  name: z.string(),
  tier: tierSchema.nullable(),
  groupUscc: z.string(),
  groupName: z.string(),
  province: z.string(),
  industry: z.string(),
  grade: gradeOrNoneSchema,
  targetGrade: gradeOrNoneSchema,
  assessmentTotal: z.number().nullable(),
  planPercent: z.number().nullable(),
  genuineRate: z.number().nullable(),
  overdue: z.number().int(),
  notFiled: z.number().int(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const breakdownRowSchema = z.object({
  /** The group's USCC, the tier, the province's two digits or the industry ('' = not stated). */
  key: z.string(),
  /** The group's name; empty for the other dimensions, whose labels the page takes from its messages. */
  label: z.string(),
  enterprises: z.number().int(),
  meanTotal: z.number().nullable(),
  planPercent: z.number().nullable(),
  genuineRate: z.number().nullable(),
  overdue: z.number().int(),
  notFiled: z.number().int(),
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const viewOptionsSchema = z.object({
  tiers: z.array(z.object({ key: z.string(), count: z.number().int() })),
  provinces: z.array(z.object({ key: z.string(), count: z.number().int() })),
  industries: z.array(z.object({ key: z.string(), count: z.number().int() })),
  groups: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});

export const viewQuerySchema = z.object({
  /** Absent: each enterprise's newest current filing of any period. */
  period: z.string().min(1).optional(),
  filter: viewFilterSchema.default({}),
  sort: z.object({ by: rankingKeySchema, descending: z.boolean() }).default({ by: 'assessmentTotal', descending: true }),
  breakdown: breakdownSchema.default('group'),
  limit: z.number().int().min(1).max(1000).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ViewQuery = z.input<typeof viewQuerySchema>;

export const consolidationViewSchema = z.object({
  period: z.string().nullable(),
  periods: z.array(z.string()),
  /** What the period holds before any filter: the choices of each filter, with counts. */
  options: viewOptionsSchema,
  totals: viewTotalsSchema,
  breakdown: z.object({ by: breakdownSchema, rows: z.array(breakdownRowSchema) }),
  ranking: z.object({ total: z.number().int(), rows: z.array(rankingRowSchema) }),
});
export type ConsolidationView = z.infer<typeof consolidationViewSchema>;

export const periodComparisonSchema = z.object({
  before: z.object({ period: z.string(), totals: viewTotalsSchema }),
  after: z.object({ period: z.string(), totals: viewTotalsSchema }),
  /** Each figure of both periods with its change; `metric` is an i18n key. */
  changes: z.array(metricChangeSchema),
});
export type PeriodComparison = z.infer<typeof periodComparisonSchema>;
