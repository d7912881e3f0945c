import { z } from 'zod';
import { method } from '../core';
import { findingSchema, readinessOverviewSchema } from './readiness';
import {
  cioRecordSchema,
  governanceDataSchema,
  itDepartmentSchema,
  itPerformanceSchema,
  kpiLevelSchema,
  responsibilityAreaSchema,
} from './schemas';

/**
 * What the governance pages show: the records, and beside them what is still missing (gaps never block a
 * save; only bad input does), the coverage of the five responsibility areas, and the opinion's deadlines.
 */
export const governanceViewSchema = z.object({
  data: governanceDataSchema,
  gaps: z.object({
    cio: z.array(findingSchema),
    department: z.array(findingSchema),
    performance: z.array(findingSchema),
  }),
  coverage: z.object({
    coveredAreas: z.array(responsibilityAreaSchema),
    missingAreas: z.array(responsibilityAreaSchema),
    coveredLevels: z.array(kpiLevelSchema),
    missingLevels: z.array(kpiLevelSchema),
  }),
  deadlines: z.array(
    z.object({
      id: z.string(),
      date: z.iso.date(),
      completedOn: z.iso.date().nullable(),
      status: z.enum(['met', 'late', 'missed', 'open']),
    }),
  ),
});
export type GovernanceView = z.infer<typeof governanceViewSchema>;

/** Each save is refused, with the findings at their fields, while validateCio / validateDepartment / validatePerformance report any. */
export const governanceMethods = {
  'governance.get': method({ kind: 'read', input: z.object({}), output: governanceViewSchema }),
  'governance.saveCio': method({ kind: 'write', input: cioRecordSchema, output: governanceViewSchema }),
  'governance.saveDepartment': method({ kind: 'write', input: itDepartmentSchema, output: governanceViewSchema }),
  'governance.savePerformance': method({ kind: 'write', input: itPerformanceSchema, output: governanceViewSchema }),
};

export const readinessMethods = {
  'readiness.get': method({ kind: 'read', input: z.object({}), output: readinessOverviewSchema }),
};
