import { z } from 'zod';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One recorded write: who (the actor name set in the app), when, which method, on what, and the values
 * before and after. `before`/`after` are JSON; a value too large to keep is recorded as
 * `{ omitted: true, bytes, sha256 }` of its canonical JSON.
 */
export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  method: z.string(),
  entity: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: sha256Schema,
  hash: sha256Schema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  /** The last entry's hash when the chain is whole: a filing can sign it to pin the history it carries. */
  head: z.string().nullable(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      /** Position in the list (0-based), for a chain whose numbering itself is broken. */
      index: z.number().int().nonnegative(),
      /** sequence: a gap or reordering; link: prevHash differs from the entry before; content: the entry was edited. */
      reason: z.enum(['sequence', 'link', 'content']),
    })
    .optional(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

/**
 * The workspace's own log, checked also against the heads its backups' names recorded (docs/audit-log.md):
 * a backup taken since the last restore names an entry the log must still hold, with that hash.
 */
export const storedAuditVerificationSchema = auditVerificationSchema.extend({
  backupAnchors: z.object({
    checked: z.number().int().nonnegative(),
    contradicted: z.array(z.object({ backup: z.string(), seq: z.number().int().nonnegative() })),
  }),
});
export type StoredAuditVerification = z.infer<typeof storedAuditVerificationSchema>;

export const auditPageSchema = z.object({
  total: z.number().int().nonnegative(),
  /** Newest first. */
  entries: z.array(auditEntrySchema),
});
