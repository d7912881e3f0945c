/**
 * Governance records the 2009 opinion asks for (points 2 and 3): the CIO, the dedicated IT management
 * department with its four implementations, and the IT performance assessment system.
 *
 * The schemas say what shape a record has; what is wrong with a well-shaped record (a future date on
 * something marked done, a negative staff count) is a rule in shared/domain/governance, reported as
 * findings, and the backend refuses to save while there are any (see validateCio / validateDepartment /
 * validatePerformance). The ids below are stable keys; their wording lives in
 * shared/catalogs/governance/opinion-2009.ts.
 */
import { z } from 'zod';
import { CIO_DUTY_IDS, IMPLEMENTATION_IDS, RESPONSIBILITY_AREA_IDS, KPI_LEVEL_IDS } from './vocabulary';

export { CIO_DUTY_IDS, IMPLEMENTATION_IDS, RESPONSIBILITY_AREA_IDS, KPI_LEVEL_IDS } from './vocabulary';

const isoDate = z.iso.date();

export const cioDutyIdSchema = z.enum(CIO_DUTY_IDS);
export type CioDutyId = z.infer<typeof cioDutyIdSchema>;

export const implementationIdSchema = z.enum(IMPLEMENTATION_IDS);
export type ImplementationId = z.infer<typeof implementationIdSchema>;

export const IMPLEMENTATION_STATUSES = ['done', 'in-progress', 'not-started'] as const;
export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;

export const responsibilityAreaSchema = z.enum(RESPONSIBILITY_AREA_IDS);
export type ResponsibilityArea = z.infer<typeof responsibilityAreaSchema>;

export const kpiLevelSchema = z.enum(KPI_LEVEL_IDS);
export type KpiLevel = z.infer<typeof kpiLevelSchema>;

// ── CIO ────────────────────────────────────────────────────────────────────────────────────────────

export const cioDutyAssignmentSchema = z.object({
  assigned: z.boolean(),
  /** The document or decision that assigns the duty (e.g. a board resolution number); '' when none. */
  document: z.string(),
});
export type CioDutyAssignment = z.infer<typeof cioDutyAssignmentSchema>;

export const cioRightsSchema = z.object({
  decision: z.boolean(),
  approval: z.boolean(),
  /** Major decisions hear the CIO's opinion. */
  consultedOnMajorDecisions: z.boolean(),
  document: z.string(),
});

export const cioTrainingSchema = z.object({
  title: z.string().min(1),
  organizer: z.string(),
  attendedOn: isoDate,
  hours: z.number().nonnegative().nullable(),
});
export type CioTraining = z.infer<typeof cioTrainingSchema>;

export const cioRecordSchema = z.object({
  appointed: z.boolean(),
  name: z.string(),
  position: z.string(),
  appointedOn: isoDate.nullable(),
  /** Held concurrently by the current head of IT, as the opinion allows where a full CIO is not yet possible (兼任). */
  concurrent: z.boolean(),
  /** Keyed by duty; a duty left out is not assigned. */
  duties: z.partialRecord(cioDutyIdSchema, cioDutyAssignmentSchema),
  rights: cioRightsSchema,
  trainings: z.array(cioTrainingSchema),
});
export type CioRecord = z.infer<typeof cioRecordSchema>;

// ── IT department ──────────────────────────────────────────────────────────────────────────────────

export const implementationSchema = z.object({
  status: implementationStatusSchema,
  /** What shows it: the founding document, the function statement, the roster, the responsibility rules. */
  evidence: z.string(),
});

export const rosterEntrySchema = z.object({
  name: z.string().min(1),
  position: z.string(),
  duties: z.string(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const itDepartmentSchema = z.object({
  name: z.string(),
  establishedOn: isoDate.nullable(),
  implementations: z.object({
    organization: implementationSchema,
    functions: implementationSchema,
    staff: implementationSchema,
    responsibility: implementationSchema,
  }),
  /** Whole number; a negative count is a rule finding (governance.department.staffCountNegative), not a parse error. */
  staffCount: z.number().int(),
  roster: z.array(rosterEntrySchema),
});
export type ItDepartment = z.infer<typeof itDepartmentSchema>;

// ── IT performance assessment ──────────────────────────────────────────────────────────────────────

/** A year, half-year, quarter or month: 2009, 2009-H1, 2009-Q3, 2009-07. */
export const periodSchema = z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, { message: 'validation.period' });

export const kpiActualSchema = z.object({ period: periodSchema, value: z.string().min(1) });

export const kpiSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  ownerUnit: z.string().min(1),
  level: kpiLevelSchema,
  /** Targets are as the enterprise states them ("≥ 98 %", "上线运行"), so text. */
  target: z.string(),
  areas: z.array(responsibilityAreaSchema).min(1),
  actuals: z.array(kpiActualSchema),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const itPerformanceSchema = z.object({
  established: z.boolean(),
  establishedOn: isoDate.nullable(),
  /** The document that sets up the assessment system. */
  document: z.string(),
  kpis: z.array(kpiSchema),
});
export type ItPerformance = z.infer<typeof itPerformanceSchema>;

/** The governance part of the workspace's canonical data JSON; null = not yet recorded. */
export const governanceDataSchema = z.object({
  cio: cioRecordSchema.nullable(),
  department: itDepartmentSchema.nullable(),
  performance: itPerformanceSchema.nullable(),
});
export type GovernanceData = z.infer<typeof governanceDataSchema>;
