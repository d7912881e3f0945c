import { z } from 'zod';
import { method } from '../core';
import { auditPageSchema, storedAuditVerificationSchema } from './schemas';

/** The audit log: every write through the backend, in a hash chain (docs/audit-log.md). */
export const auditMethods = {
  'audit.verify': method({ kind: 'read', input: z.object({}), output: storedAuditVerificationSchema }),
  'audit.list': method({
    kind: 'read',
    input: z.object({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(500).default(50),
      /** Only entries of this method, e.g. `profile.save`. */
      method: z.string().optional(),
    }),
    output: auditPageSchema,
  }),
};
