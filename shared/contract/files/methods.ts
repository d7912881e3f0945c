import { z } from 'zod';
import { method } from '../core';
import { pathField } from '../path-fields';
import { attachmentSchema } from './schemas';

/**
 * Moving files between the page and the backend, the same way through every door: the page uploads a
 * chosen file in chunks into the workspace's staging folder and hands its path to a domain method; outputs
 * are written under the workspace's exports folder and read back in chunks for the page to save.
 * The CLI passes paths directly.
 */
export const filesMethods = {
  'files.upload': method({
    kind: 'read',
    input: z.object({
      /** Absent on the first chunk; the reply gives it. */
      uploadId: z
        .string()
        .regex(/^[a-z0-9-]{8,64}$/)
        .optional(),
      name: z.string().min(1).max(255),
      offset: z.number().int().nonnegative(),
      chunkBase64: z.string(),
      final: z.boolean(),
    }),
    output: z.object({ uploadId: z.string(), received: z.number().int(), path: z.string().nullable() }),
  }),
  'files.read': method({
    kind: 'read',
    input: z.object({
      path: pathField('read'),
      offset: z.number().int().nonnegative(),
      length: z
        .number()
        .int()
        .positive()
        .max(8 * 1024 * 1024),
    }),
    output: z.object({ chunkBase64: z.string(), size: z.number().int(), eof: z.boolean() }),
  }),
  'files.exportPath': method({
    kind: 'read',
    input: z.object({ name: z.string().min(1).max(255) }),
    output: z.object({ path: z.string() }),
  }),
  'attachments.add': method({
    kind: 'write',
    input: z.object({ path: pathField('read'), name: z.string().min(1).max(255).optional(), owner: attachmentSchema.shape.owner }),
    output: attachmentSchema,
  }),
  'attachments.list': method({ kind: 'read', input: z.object({ owner: attachmentSchema.shape.owner }), output: z.array(attachmentSchema) }),
  'attachments.remove': method({ kind: 'write', input: z.object({ id: z.string() }), output: z.object({ removed: z.boolean() }) }),
};
