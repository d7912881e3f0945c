import { z } from 'zod';
import { method } from '../core';
import { workspaceDataSchema } from '../data';
import { settingsSchema, workspaceInfoSchema } from './schemas';

export const workspaceMethods = {
  'workspace.info': method({ kind: 'read', input: z.object({}), output: workspaceInfoSchema }),
  'workspace.getSettings': method({ kind: 'read', input: z.object({}), output: settingsSchema }),
  'workspace.saveSettings': method({ kind: 'write', input: settingsSchema.partial(), output: settingsSchema }),
  'workspace.exportData': method({ kind: 'read', consistency: 'committed', input: z.object({}), output: workspaceDataSchema }),
  /** All or nothing: the document replaces the workspace's data in one transaction, or nothing changes. */
  'workspace.importData': method({
    kind: 'write',
    backupBefore: true,
    input: workspaceDataSchema,
    output: z.object({ imported: z.record(z.string(), z.number().int()) }),
  }),
};
