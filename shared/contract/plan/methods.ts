import { z } from 'zod';
import { method } from '../core';
import { gradeSchema } from '../assessment/schemas';
import { explainedRuleResultSchema, isoDateSchema, milestoneStatusSchema, planRecordSchema, planSchema, planStatusSchema } from './schemas';

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
  policy: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), deadline: z.string(), filingDue: z.string() }),
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
});
export type PlanDue = z.infer<typeof planDueSchema>;

export const planMethods = {
  /** The plan of a year, or (no year) the latest plan; null when there is none. */
  'plan.get': method({ kind: 'read', input: z.object({ year: z.number().int().optional() }), output: planRecordSchema.nullable() }),
  /**
   * Saves the plan as a draft, whatever rules it still breaks — except bad input (a milestone after the target
   * date, a target below the current grade, a repeated id), which is refused at its field with nothing saved.
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
    input: z.object({ planId: id, date: isoDateSchema, text: z.string().trim().min(1, { message: 'validation.required' }).max(5000, { message: 'validation.tooLong' }) }),
    output: planRecordSchema,
  }),
  /** For the dashboard: the latest plan's filing due date, overdue and upcoming milestones, grades. */
  'plan.due': method({ kind: 'read', input: z.object({}), output: planDueSchema }),
};
