/**
 * The climbing plan (登高计划) of the 2009 opinion, point 1: a target grade and date, main tasks with their
 * measures (措施), a timetable of milestones, and for grade-A enterprises an international benchmarking section.
 * The opinion's rules on these fields are checked by shared/domain/plan, against a policy from
 * shared/catalogs/plan.
 */
import { z } from 'zod';
import { gradeSchema } from '../assessment/schemas';

const id = z.string().trim().min(1);
/** Calendar dates are ISO strings (YYYY-MM-DD), so they compare as strings and carry no time zone. */
export const isoDateSchema = z.iso.date();

export const planTaskSchema = z.object({
  id,
  title: z.string().trim().min(1),
  description: z.string(),
  measures: z.array(z.string().trim().min(1)),
  ownerDepartment: z.string(),
  ownerPerson: z.string(),
  /** In 万元 (ten thousand yuan), the unit Chinese budgets are usually stated in; omitted when not yet known. */
  budget: z.number().finite().nonnegative().optional(),
  /** Indicators of the assessment template this task is meant to raise. */
  indicatorIds: z.array(z.string()),
});
export type PlanTask = z.infer<typeof planTaskSchema>;

export const MILESTONE_STATUSES = ['notStarted', 'inProgress', 'done', 'cancelled'] as const;
export const milestoneStatusSchema = z.enum(MILESTONE_STATUSES);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const milestoneSchema = z.object({
  id,
  title: z.string().trim().min(1),
  dueDate: isoDateSchema,
  /** The task this milestone marks progress on; omitted for plan-wide milestones. */
  taskId: z.string().optional(),
  status: milestoneStatusSchema,
  percentComplete: z.number().min(0).max(100),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const benchmarkSchema = z.object({
  id,
  /** The international peer compared with, e.g. a named company or an industry's top quartile. */
  peer: z.string().trim().min(1),
  metric: z.string().trim().min(1),
  ourValue: z.number().finite(),
  theirValue: z.number().finite(),
  unit: z.string(),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;

export const planSchema = z.object({
  id,
  /** The year the plan is written in. */
  year: z.number().int().min(2000).max(2100),
  targetGrade: gradeSchema,
  targetDate: isoDateSchema,
  /** The policy cycle the plan answers to (its rules, dates and filing deadline), e.g. `sasac-2009` or `current`. */
  cycleId: id,
  tasks: z.array(planTaskSchema),
  milestones: z.array(milestoneSchema),
  benchmarks: z.array(benchmarkSchema),
});
export type Plan = z.infer<typeof planSchema>;

/**
 * A target rule of a cycle: an enterprise now at one of `fromGrades` aims at `minimumTarget` or better —
 * a grade, or the next grade up — reached by `by` when the cycle sets a date for it.
 */
export const targetRuleSchema = z.object({
  fromGrades: z.array(gradeSchema).min(1),
  minimumTarget: z.union([gradeSchema, z.literal('nextGradeUp')]),
  by: isoDateSchema.optional(),
});
export type TargetRule = z.infer<typeof targetRuleSchema>;

/**
 * A regulator's policy for climbing plans in one cycle, as versioned data: the cycle's dates, its target rules
 * and its filing deadline. A plan names the cycle (`id`); the newest loaded version of that cycle judges it.
 * `verified` is false for our own defaults (the "current cycle"), which the user edits to the receiver's dates.
 */
export const planPolicySchema = z.object({
  id,
  version: id,
  nameZh: z.string().trim().min(1),
  nameEn: z.string().trim().min(1),
  source: z.string(),
  verified: z.boolean().default(false),
  cycle: z.object({ start: isoDateSchema, end: isoDateSchema }),
  /** Plans of the cycle are filed with the receiver by this date. */
  filingDeadline: isoDateSchema,
  targetRules: z.array(targetRuleSchema),
  /** Indicators of the assessment template every plan's tasks must address (the 2009 opinion names none). */
  requiredIndicators: z.array(z.string().trim().min(1)).default([]),
});
export type PlanPolicy = z.infer<typeof planPolicySchema>;

/** One checked rule: `ok` false means the plan may be saved as a draft but not marked ready for filing. */
export const planRuleResultSchema = z.object({
  code: z.string(),
  ok: z.boolean(),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PlanRuleResult = z.infer<typeof planRuleResultSchema>;

// ---- Stored records: what the workspace keeps, what methods return and what the data JSON carries ----

export const PLAN_STATUSES = ['draft', 'ready'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);

/** A dated record of execution (执行情况) for the regulator's periodic checks, with the milestones as they stood. */
export const progressSnapshotSchema = z.object({
  id,
  date: isoDateSchema,
  text: z.string().trim().min(1, { message: 'validation.required' }),
  createdAt: z.string(),
  createdBy: z.string(),
  milestones: z.array(z.object({ milestoneId: z.string(), status: milestoneStatusSchema, percentComplete: z.number() })),
});
export type ProgressSnapshot = z.infer<typeof progressSnapshotSchema>;

export const planRecordSchema = z.object({
  plan: planSchema,
  /** `ready` only while every rule passes; any change to the plan's content returns it to `draft`. */
  status: planStatusSchema,
  readyAt: z.string().nullable(),
  readyBy: z.string().nullable(),
  updatedAt: z.string(),
  snapshots: z.array(progressSnapshotSchema),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;

/** A rule result put into the caller's language. */
export const explainedRuleResultSchema = planRuleResultSchema.extend({ message: z.string() });
