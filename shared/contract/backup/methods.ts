import { z } from 'zod';
import { method } from '../core';
import { pathField } from '../path-fields';
import { backupInfoSchema, restoreResultSchema } from './schemas';

/** Copies of the workspace database (SQLite's online backup API) and restoring one of them. */
export const backupMethods = {
  /**
   * A consistent copy of the database now, into the backups folder. (Writing a copy anywhere else is for
   * doors acting with the user's own authority — the CLI's --out — through Backend.backupTo, never the page.)
   */
  'backup.create': method({ kind: 'read', consistency: 'committed', input: z.object({}), output: backupInfoSchema }),
  /** The backups folder, newest first. */
  'backup.list': method({ kind: 'read', input: z.object({}), output: z.array(backupInfoSchema) }),
  /**
   * Replaces the workspace database with a copy. The copy must pass PRAGMA integrity_check, carry only
   * migrations this program knows, have every table and column it needs once migrated, and settings it can
   * read; the current state is backed up first. If the restored file then fails to open, the previous one is
   * put back. Nothing changes otherwise.
   */
  'backup.restore': method({
    kind: 'write',
    transaction: 'handler',
    input: z.object({ path: pathField('read') }),
    output: restoreResultSchema,
  }),
};
