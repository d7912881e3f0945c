import { z } from 'zod';

/** A file the workspace keeps as evidence, stored once by content hash and linked to what it supports. */
export const attachmentSchema = z.object({
  id: z.string(),
  /** The original file name, as the user chose it. */
  name: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What it is attached to: a domain and the id of a record there (e.g. `assessment`, `answer:…`). */
  owner: z.object({ domain: z.string().min(1), entityId: z.string().min(1) }),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
