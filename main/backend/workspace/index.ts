import path from 'node:path';
import type { DataSection, DomainHandlers } from '../context';
import { latestVersion, type Migration } from '../db/migrate';
import { APP_VERSION } from '../version';
import { exportWorkspaceData, importWorkspaceData } from './data';
import { readSettings, writeSettings } from './settings';

export interface WorkspaceDeps {
  sections: readonly DataSection[];
  migrations: readonly Migration[];
  databaseFile: string;
  cancelJob(jobId: string): boolean;
}

export function createWorkspaceHandlers(deps: WorkspaceDeps): DomainHandlers<'workspace'> & DomainHandlers<'jobs'> {
  return {
    'workspace.info': (_input, { dataDir }) => ({
      dataDir: path.resolve(dataDir),
      databaseFile: deps.databaseFile,
      schemaVersion: latestVersion(deps.migrations),
      appVersion: APP_VERSION,
    }),
    'workspace.getSettings': (_input, { db }) => readSettings(db),
    'workspace.saveSettings': (patch, { db }) => writeSettings(db, patch),
    'workspace.exportData': (_input, { db, now }) => exportWorkspaceData(db, deps.sections, now()),
    'workspace.importData': (data, { db }) => ({ imported: importWorkspaceData(db, deps.sections, data) }),
    'jobs.cancel': ({ jobId }) => ({ cancelled: deps.cancelJob(jobId) }),
  };
}
