/**
 * The canonical data JSON: the whole workspace as one document. The filing package carries it,
 * `denggao data import` reads it, tests seed from it. Every domain adds its key here; a key a domain added
 * later has a default so older documents still import.
 */
import { z } from 'zod';
import { defaultCycleForYear } from '../catalogs/plan/policies';
import { assessmentRecordSchema, templateSchema } from './assessment/schemas';
import { declarationsDataSchema } from './declarations/schemas';
import { uniqueIds } from './core';
import { attachmentSchema } from './files/schemas';
import { governanceDataSchema } from './governance/schemas';
import { planPolicySchema, planRecordSchema } from './plan/schemas';
import { mlpsDataSchema } from './mlps/records';
import { profileSchema } from './profile/schemas';
import { EMPTY_SAM_DATA, samDataSchema } from './sam/data';

export const DATA_FORMAT_VERSION = 1;

/**
 * A plan record from before cycles named a `policyId`: it gets the cycle of its year, as migration 009 does
 * for stored plans (2009–2010 → the 2009 round, later → the current cycle).
 */
function withCycle(record: unknown): unknown {
  if (!isObject(record) || !isObject(record.plan) || 'cycleId' in record.plan) return record;
  const { policyId: _policyId, ...plan } = record.plan;
  const year = typeof plan.year === 'number' ? plan.year : 0;
  return { ...record, plan: { ...plan, cycleId: defaultCycleForYear(year) } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const workspaceDataSchema = z.object({
  formatVersion: z.literal(DATA_FORMAT_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }).optional(),
  exportedAt: z.string().optional(),
  profile: profileSchema.nullable(),
  /** Index of evidence files; the files themselves travel in a filing package's attachments/. */
  attachments: uniqueIds(attachmentSchema).default([]),
  /** CIO, IT department and IT performance (points 2 and 3 of the 2009 opinion). */
  governance: governanceDataSchema.default({ cio: null, department: null, performance: null }),
  /** Imported form definitions and the declarations filled in (points 6–12). */
  declarations: declarationsDataSchema.default({ forms: [], items: [] }),
  /** Indicator templates in use: the imported and copied ones, and the built-in ones an assessment uses. */
  assessmentTemplates: z.array(templateSchema).default([]),
  /** Self-assessments, every revision, with answers; finalized ones carry who, when, hash and score. */
  assessments: z.array(assessmentRecordSchema).default([]),
  /** Loaded climbing-plan cycle policies, every version, with when each was loaded. */
  planPolicies: z.array(planPolicySchema.extend({ loadedAt: z.string() })).default([]),
  /** Climbing plans (登高计划) with their status and progress snapshots; older documents name no cycle. */
  plans: z.array(z.preprocess(withCycle, planRecordSchema)).default([]),
  /** Graded protection: register, gradings, filings, assessments, remediation, mechanisms, imported catalogs. */
  mlps: mlpsDataSchema.default(mlpsDataSchema.parse({})),
  /** Software asset management (软件资产管理): registers and saved import mappings. */
  sam: samDataSchema.default(EMPTY_SAM_DATA),
});
export type WorkspaceData = z.infer<typeof workspaceDataSchema>;
/** A section of the data JSON a filing can carry or leave out: every key but the envelope's. */
export type DataSectionName = Exclude<keyof WorkspaceData, 'formatVersion' | 'generator' | 'exportedAt'>;
