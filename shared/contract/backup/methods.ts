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
  'backup.create': method({ kind: 'read', input: z.object({}), output: backupInfoSchema }),
  /** The backups folder, newest first. */
  'backup.list': method({ kind: 'read', input: z.object({}), output: z.array(backupInfoSchema) }),
  /**
   * Replaces the workspace database with a copy. The copy must pass PRAGMA integrity_check and carry a
   * schema version this program knows; the current state is backed up first. Nothing changes otherwise.
   */
  'backup.restore': method({ kind: 'write', input: z.object({ path: pathField('read') }), output: restoreResultSchema }),
};
