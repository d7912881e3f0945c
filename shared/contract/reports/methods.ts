import { z } from 'zod';
import { method } from '../core';
import { postureSchema } from './posture';
import { renderReportInputSchema, renderReportOutputSchema, reportKindsOutputSchema } from './schemas';

export const reportsMethods = {
  /** Lays out and writes a PDF report in a worker thread: progress events, cancel, no half-written file. */
  'reports.render': method({
    kind: 'read',
    consistency: 'committed',
    long: true,
    input: renderReportInputSchema,
    output: renderReportOutputSchema,
  }),
  /** Every report kind with the data it needs and whether the workspace holds it, and the objects to scope to. */
  'reports.kinds': method({ kind: 'read', input: z.object({}), output: reportKindsOutputSchema }),
  /** The posture at a glance (grade, plan, 正版化率, objects, due items, the twelve points): the home page's charts. */
  'reports.posture': method({ kind: 'read', input: z.object({}), output: postureSchema }),
};
