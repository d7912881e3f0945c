import { z } from 'zod';
import { method } from '../core';

/**
 * Cancelling a running job. Its own small table, which the backend loads as it starts: a cancel must take
 * effect at once, never wait for its domain's schemas to load while the job it cancels runs on.
 */
export const jobsMethods = {
  'jobs.cancel': method({ kind: 'read', input: z.object({ jobId: z.string() }), output: z.object({ cancelled: z.boolean() }) }),
};
