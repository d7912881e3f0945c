import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../main/backend';

/** Everything a refused call must leave as it was: the data, the audit log and the files on both sides. */
export async function workspaceState(backend: Backend, dataDir: string, outside: string): Promise<unknown> {
  const data = await backend.call('workspace.exportData', {});
  const audit = await backend.call('audit.list', { limit: 500 });
  return {
    data: data.ok ? { ...data.value, exportedAt: null } : data,
    auditTotal: audit.ok ? audit.value.total : audit,
    workspaceFiles: listTree(dataDir).filter((file) => !/^denggao\.sqlite(-wal|-shm)?$/.test(file)),
    outsideFiles: listTree(outside),
  };
}

function listTree(root: string): string[] {
  return fs.existsSync(root)
    ? (fs.readdirSync(root, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).sort()
    : [];
}
