/**
 * The posture at a glance: the figures the home page's charts and the summary report's charts draw, computed
 * once by the backend from the same views the reports print (main/backend/reports/posture.ts). Every count is
 * a count of whole things, so charts never put half an object on an axis.
 */
import { z } from 'zod';
import { gradeSchema } from '../assessment/schemas';
import { READINESS_STATUSES } from '../governance/readiness';
import { MILESTONE_STATUSES } from '../plan/schemas';

const count = z.number().int().nonnegative();
const countsOf = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as { [P in K[number]]: typeof count });

/** Levels 1–5 of GB/T 22240, then the objects not graded yet. */
export const POSTURE_LEVELS = ['1', '2', '3', '4', '5', 'ungraded'] as const;
export type PostureLevel = (typeof POSTURE_LEVELS)[number];

export const postureSchema = z.object({
  /** The day the figures are as of (`YYYY-MM-DD`). */
  asOf: z.iso.date(),
  /** The latest finalized grade and the climbing plan's target; null where not recorded. */
  grade: z.object({ current: gradeSchema.nullable(), target: gradeSchema.nullable(), targetDate: z.iso.date().nullable() }),
  /** The latest plan's milestones by status, and those past their date while still open; null without a plan. */
  plan: z.object({ milestones: countsOf(MILESTONE_STATUSES), overdue: count }).nullable(),
  /** The licence position; null while nothing is registered. */
  sam: z
    .object({
      installations: count,
      coveredInstallations: count,
      /** 正版化率 (0–1); null while nothing that needs a licence is installed. */
      genuineRate: z.number().min(0).max(1).nullable(),
      /** Shortfall cost per currency; rows without a price are counted apart, never as 0. */
      shortfallCost: z.record(z.string(), z.number().nonnegative()),
      unpricedShortfallRows: count,
    })
    .nullable(),
  /** Protected objects per level, filed and not filed. */
  objects: z.array(z.object({ level: z.enum(POSTURE_LEVELS), filed: count, unfiled: count })),
  /** Due items: the MLPS schedule's overdue and upcoming items, the plan's overdue milestones. */
  due: z.object({ mlpsOverdue: count, mlpsUpcoming: count, planOverdue: count }),
  /** The twelve points by status. */
  readiness: countsOf(READINESS_STATUSES),
});
export type Posture = z.infer<typeof postureSchema>;
