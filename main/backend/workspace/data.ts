import type Database from 'better-sqlite3';
import { DATA_FORMAT_VERSION, type WorkspaceData } from '../../../shared/contract/data';
import type { DataSection } from '../context';
import { assertRowsWithin } from '../limits';
import { APP_NAME, APP_VERSION } from '../version';

/** The whole workspace as the canonical data JSON. */
export function exportWorkspaceData(db: Database.Database, sections: readonly DataSection[], now: Date): WorkspaceData {
  const data: Record<string, unknown> = {
    formatVersion: DATA_FORMAT_VERSION,
    generator: { name: APP_NAME, version: APP_VERSION },
    exportedAt: now.toISOString(),
  };
  // A consistent snapshot: the export runs in its turn behind writes (consistency: 'committed') and in one go.
  for (const section of sections) data[section.key] = section.exportData(db);
  return data as WorkspaceData;
}

/**
 * Replaces the workspace's data with the document, all or nothing: every section is cleared (in reverse
 * order, so rows that refer to others go first) and imported, inside the caller's transaction (the backend's,
 * for workspace.importData).
 */
export function importWorkspaceData(db: Database.Database, sections: readonly DataSection[], data: WorkspaceData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const section of sections) checkListLengths(data[section.key], section.key);
  for (const section of [...sections].reverse()) section.clear(db);
  for (const section of sections) {
    counts[section.key] = (section as DataSection<typeof section.key>).importData(db, data[section.key] as never);
  }
  return counts;
}

/** Every list in a section, however deep (a domain may nest its rows), must stay within the row limit. */
function checkListLengths(value: unknown, field: string): void {
  if (Array.isArray(value)) {
    assertRowsWithin(value.length, { field });
    // Only lists of objects can hold further lists; scanning 200,000 strings would be wasted time.
    if (typeof value[0] === 'object') value.forEach((item, i) => checkListLengths(item, `${field}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object') checkListLengths(child, `${field}.${key}`);
  }
}
