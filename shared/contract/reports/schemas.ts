/**
 * Report generation: which reports there are, what each needs, and the render request and its result.
 * The frame a report prints around its body (cover, signatures, appendix) is in ./frame.ts.
 */
import { z } from 'zod';
import { REPORT_KINDS } from './vocabulary';
import { LOCALES } from '../../i18n/define';
import { pathField } from '../path-fields';
import { approvalSchema, classificationMarkSchema } from './frame';

export { REPORT_KINDS } from './vocabulary';

export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

/**
 * The workspace data a report draws on, by domain (assessment reads the data JSON's `assessments` and
 * `assessmentTemplates`, plan its `plans`; the others their own key).
 */
export const REPORT_DATA = ['profile', 'assessment', 'plan', 'mlps', 'sam', 'governance', 'declarations'] as const;
export const reportDataSchema = z.enum(REPORT_DATA);
export type ReportData = z.infer<typeof reportDataSchema>;

/**
 * The i18n key that says a report lacks a piece of data. The gaps report needs more than a protected object:
 * one with a gap assessment, so its missing `mlps` reads differently.
 */
export function missingDataMessageKey(kind: ReportKind, need: ReportData): `reports.need.${ReportData | 'gaps'}` {
  return kind === 'gaps' && need === 'mlps' ? 'reports.need.gaps' : `reports.need.${need}`;
}

export const renderReportInputSchema = z.object({
  kind: reportKindSchema,
  /** A protected object's id: the mlps and gaps reports print only that object. */
  objectId: z.string().trim().min(1).max(200).optional(),
  classification: classificationMarkSchema.default('internal'),
  approvals: z.array(approvalSchema).max(4).default([]),
  /** The report's language; default: the caller's. */
  locale: z.enum(LOCALES).optional(),
  /** Where to write the PDF; default: a fresh file in the workspace's exports folder (see files.exportPath). */
  out: pathField('write', z.string().trim().min(1).max(1000)).optional(),
});
export type RenderReportInput = z.input<typeof renderReportInputSchema>;

export const renderReportOutputSchema = z.object({
  path: z.string(),
  pages: z.number().int().positive(),
  bytes: z.number().int().positive(),
});

export const reportKindInfoSchema = z.object({
  kind: reportKindSchema,
  /** Data the report cannot be printed without. */
  needs: z.array(reportDataSchema),
  /** Of `needs`, what the workspace does not hold yet: the report is available when this is empty. */
  missing: z.array(reportDataSchema),
  available: z.boolean(),
  /** Takes an objectId (mlps, gaps). */
  scoped: z.boolean(),
});
export type ReportKindInfo = z.infer<typeof reportKindInfoSchema>;

/** A protected object a scoped report can be limited to. */
export const reportObjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.number().int().nullable(),
  /** It has a gap assessment (the gaps report can print it). */
  assessed: z.boolean(),
});
export type ReportObject = z.infer<typeof reportObjectSchema>;

export const reportKindsOutputSchema = z.object({
  kinds: z.array(reportKindInfoSchema),
  objects: z.array(reportObjectSchema),
});
export type ReportKindsOutput = z.infer<typeof reportKindsOutputSchema>;
