import { z } from 'zod';
import { method } from '../core';
import { gradeSchema } from '../assessment/schemas';
import {
  explainedRuleResultSchema,
  isoDateSchema,
  milestoneStatusSchema,
  planPolicySchema,
  planRecordSchema,
  planSchema,
  planStatusSchema,
} from './schemas';

const id = z.string().trim().min(1);

export const planCheckSchema = z.object({
  planId: z.string(),
  /** From the latest finalized assessment; null when there is none. */
  currentGrade: gradeSchema.nullable(),
  currentAssessmentId: z.string().nullable(),
  today: z.string(),
  results: z.array(explainedRuleResultSchema),
  /** No rule failed: the plan may be marked ready for filing. */
  ready: z.boolean(),
  /** The cycle the plan answers to, as its newest policy version states it. */
  policy: z.object({
    id: z.string(),
    version: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    verified: z.boolean(),
    start: z.string(),
    end: z.string(),
    filingDue: z.string(),
  }),
  /** Dates the plan has missed (the cycle's filing deadline), in the caller's language. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type PlanCheck = z.infer<typeof planCheckSchema>;

export const dueItemSchema = z.object({
  kind: z.enum(['filing', 'milestone']),
  date: z.string(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  milestoneId: z.string().optional(),
  title: z.string().optional(),
});

export const planDueSchema = z.object({
  planId: z.string().nullable(),
  year: z.number().int().nullable(),
  status: planStatusSchema.nullable(),
  currentGrade: gradeSchema.nullable(),
  targetGrade: gradeSchema.nullable(),
  targetDate: z.string().nullable(),
  filingDue: z.string().nullable(),
  items: z.array(dueItemSchema),
  overdueCount: z.number().int(),
  /** The cycle's name in the caller's language, and its missed deadlines as sentences. */
  cycleName: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type PlanDue = z.infer<typeof planDueSchema>;

/** A cycle's policy as it now judges plans: loaded (with when) or built in (`loadedAt` null). */
export const cyclePolicySchema = z.object({ policy: planPolicySchema, loadedAt: z.string().nullable() });
export type CyclePolicy = z.infer<typeof cyclePolicySchema>;

export const planMethods = {
  /** The plan of a year, or (no year) the latest plan; null when there is none. */
  'plan.get': method({ kind: 'read', input: z.object({ year: z.number().int().optional() }), output: planRecordSchema.nullable() }),
  /**
   * Saves the plan as a draft, whatever rules of its cycle it still breaks (`plan.check` lists them). Refused,
   * with nothing saved, only for a cycle no policy is known for, or the same id used twice in a list.
   */
  'plan.save': method({ kind: 'write', input: planSchema, output: planRecordSchema }),
  'plan.check': method({ kind: 'read', input: z.object({ id: id.optional() }), output: planCheckSchema }),
  /** Refused, with every failing rule as a reason, unless all rules pass. */
  'plan.markReady': method({ kind: 'write', input: z.object({ id }), output: planRecordSchema }),
  /** Execution tracking: does not change what was filed, so a ready plan stays ready. */
  'plan.updateMilestone': method({
    kind: 'write',
    input: z.object({ planId: id, milestoneId: id, status: milestoneStatusSchema, percentComplete: z.number().min(0).max(100) }),
    output: planRecordSchema,
  }),
  'plan.addSnapshot': method({
    kind: 'write',
    input: z.object({
      planId: id,
      date: isoDateSchema,
      text: z.string().trim().min(1, { message: 'validation.required' }).max(5000, { message: 'validation.tooLong' }),
    }),
    output: planRecordSchema,
  }),
  /** Every known cycle and the policy version that judges its plans. */
  'plan.policies': method({ kind: 'read', input: z.object({}), output: z.array(cyclePolicySchema) }),
  /**
   * Loads a cycle's policy (a new cycle, or a new version of one, e.g. the current cycle with the receiver's
   * dates). Refused with nothing stored when its dates are reversed or outside the cycle, or it names an
   * indicator the assessment template lacks. Plans keep the cycle they name and are judged by the new version.
   */
  'plan.loadPolicy': method({ kind: 'write', input: z.object({ policy: planPolicySchema }), output: cyclePolicySchema }),
  /** For the dashboard: the latest plan's filing due date, overdue and upcoming milestones, grades. */
  'plan.due': method({ kind: 'read', input: z.object({}), output: planDueSchema }),
};
