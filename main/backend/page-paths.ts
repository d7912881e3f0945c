/**
 * The one rule for paths in calls from the page (the IPC relay and the bridge mark such calls
 * `door: 'page'`). The renderer never needs the rest of the disk: it uploads what the user picks into
 * staging/ (files.upload), restores copies listed from backups/, and has outputs written under exports/
 * (files.exportPath) and read back for the browser to save. So every marked field of a page's call
 * (shared/contract/path-fields.ts) must resolve — symlinks followed, no `..`, absolute — to
 *   read:  a file or folder under staging/, exports/ or backups/;
 *   write: a file or folder under exports/.
 * The database, the key folder, the attachment store and everything outside the workspace stay out of
 * the page's reach, whatever the method. The CLI (no door) passes paths with the user's own authority.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { pathAccessOf, pathValuesIn, schemaLeaves, type PathAccess } from '../../shared/contract/path-fields';
import { BACKUPS_FOLDER } from './backup/files';
import { AppError } from './errors';
import { WORKSPACE_FOLDERS } from './files/workspace-files';

const PAGE_FOLDERS: Record<PathAccess, readonly string[]> = {
  read: [WORKSPACE_FOLDERS.staging, WORKSPACE_FOLDERS.exports, BACKUPS_FOLDER],
  write: [WORKSPACE_FOLDERS.exports],
};

const REFUSAL_CODE: Record<PathAccess, string> = {
  read: 'error.door.readOutsideWorkspace',
  write: 'error.door.writeOutsideExports',
};

/**
 * Checks every path in a page's parsed input and puts the resolved path in its place, so the handler
 * opens the very file that was checked. Returns the refusal for the first path outside its folders.
 */
export function pagePathRefusal(schema: z.ZodType, input: unknown, dataDir: string): AppError | null {
  if (!takesPaths(schema)) return null; // most methods: no need to walk a large input (a data import) at all
  for (const found of pathValuesIn(schema, input)) {
    const resolved = confined(found.value, PAGE_FOLDERS[found.access], dataDir);
    if (resolved === null)
      return new AppError(REFUSAL_CODE[found.access], { field: found.field, file: found.value }, { field: found.field, file: found.value });
    found.replace(resolved);
  }
  return null;
}

const pathTaking = new WeakMap<z.ZodType, boolean>();

function takesPaths(schema: z.ZodType): boolean {
  let answer = pathTaking.get(schema);
  if (answer === undefined) pathTaking.set(schema, (answer = schemaLeaves(schema).some((leaf) => pathAccessOf(leaf.schema) !== undefined)));
  return answer;
}

/** The real path of `file` if it lies under one of `folders` of the workspace, else null. */
function confined(file: string, folders: readonly string[], dataDir: string): string | null {
  if (!path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) return null;
  const real = realPathAllowingMissing(file);
  if (real === null) return null;
  const inside = folders.some((folder) => {
    const root = realPathAllowingMissing(path.join(dataDir, folder));
    return root !== null && real.startsWith(root + path.sep);
  });
  return inside ? real : null;
}

/**
 * fs.realpathSync for a path that may not exist yet (an output): the real path of its nearest existing
 * ancestor, with the missing rest appended. A symlink anywhere on the way is followed, so a link inside
 * exports/ that points elsewhere resolves to where it points. Null when it cannot be resolved (a link
 * loop, a file used as a folder): such a path is refused, not guessed at.
 */
function realPathAllowingMissing(file: string): string | null {
  try {
    return fs.realpathSync.native(file);
  } catch (error) {
    const parent = path.dirname(file);
    // A dangling link is missing too, but writing to it would create its target, wherever that is.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === file || isLink(file)) return null;
    const realParent = realPathAllowingMissing(parent);
    return realParent === null ? null : path.join(realParent, path.basename(file));
  }
}

function isLink(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}
