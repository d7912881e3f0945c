/**
 * The canonical data JSON: the whole workspace as one document. The filing package carries it,
 * `denggao data import` reads it, tests seed from it. Every domain adds its key here; a key a domain added
 * later has a default so older documents still import.
 */
import { z } from 'zod';
import { uniqueIds } from './core';
import { attachmentSchema } from './files/schemas';
import { profileSchema } from './profile/schemas';

export const DATA_FORMAT_VERSION = 1;

export const workspaceDataSchema = z.object({
  formatVersion: z.literal(DATA_FORMAT_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }).optional(),
  exportedAt: z.string().optional(),
  profile: profileSchema.nullable(),
  /** Index of evidence files; the files themselves travel in a filing package's attachments/. */
  attachments: uniqueIds(attachmentSchema).default([]),
});
export type WorkspaceData = z.infer<typeof workspaceDataSchema>;
