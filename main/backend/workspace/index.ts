import path from 'node:path';
import type { DataSection, DomainHandlers } from '../context';
import { latestVersion, type Migration } from '../db/migrate';
import { APP_VERSION } from '../version';
import { exportWorkspaceData, importWorkspaceData } from './data';
import { readSettings, writeSettings } from './settings';

export interface WorkspaceDeps {
  /** The data JSON's sections, loaded at the first export or import (see main/backend/domains.ts). */
  sections: () => Promise<readonly DataSection[]>;
  migrations: readonly Migration[];
  databaseFile: string;
}

export function createWorkspaceHandlers(deps: WorkspaceDeps): DomainHandlers<'workspace'> {
  return {
    'workspace.info': (_input, { dataDir }) => ({
      dataDir: path.resolve(dataDir),
      databaseFile: deps.databaseFile,
      schemaVersion: latestVersion(deps.migrations),
      appVersion: APP_VERSION,
    }),
    'workspace.getSettings': (_input, { db }) => readSettings(db),
    'workspace.saveSettings': (patch, { db }) => writeSettings(db, patch),
    'workspace.exportData': async (_input, { db, now }) => exportWorkspaceData(db, await deps.sections(), now()),
    'workspace.importData': async (data, { db }) => ({ imported: importWorkspaceData(db, await deps.sections(), data) }),
  };
}
