/**
 * The common frame of every report: what the cover, header, signature block and appendix print. The UI and
 * the CLI fill it (the user picks the classification mark and names the approvers); the report kinds add
 * their own body.
 */
import { z } from 'zod';
import { CLASSIFICATION_MARKS } from './vocabulary';
import { LOCALES } from '../../i18n/define';

export { CLASSIFICATION_MARKS } from './vocabulary';

export const classificationMarkSchema = z.enum(CLASSIFICATION_MARKS);
export type ClassificationMark = z.infer<typeof classificationMarkSchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const APPROVAL_ROLES = ['reviewer', 'approver'] as const;
/** One line of the signature block (审核 / 批准). Name and date may be left blank to be signed by hand. */
export const approvalSchema = z.object({
  role: z.enum(APPROVAL_ROLES),
  name: z.string().max(64).optional(),
  date: isoDateSchema.optional(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const BASIS_KINDS = ['template', 'catalog', 'form', 'rules'] as const;
/** A template or catalog the data was assessed against, as the appendix lists it. */
export const assessmentBasisSchema = z.object({
  kind: z.enum(BASIS_KINDS),
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
});
export type AssessmentBasis = z.infer<typeof assessmentBasisSchema>;

export const reportFrameSchema = z.object({
  locale: z.enum(LOCALES),
  title: z.string().min(1).max(200),
  subtitle: z.string().max(200).optional(),
  enterprise: z.object({ name: z.string().min(1).max(200), uscc: z.string().min(1).max(32) }),
  /** As it should read on the cover, e.g. "2024 年度" or "2024-01-01 至 2024-12-31". */
  period: z.string().min(1).max(100),
  generatedAt: isoDateSchema,
  classification: classificationMarkSchema,
  approvals: z.array(approvalSchema),
  basis: z.array(assessmentBasisSchema),
});
export type ReportFrame = z.infer<typeof reportFrameSchema>;
