/**
 * Issue 13, part 2, through the IPC relay: every method of the contract that takes a path, called by our
 * own page with paths outside the workspace, is refused by name and changes nothing. The relay is the real
 * one, over a real backend; only the Electron frame is a stand-in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract';
import { pathAccessOf, schemaLeaves } from '../../shared/contract/path-fields';
import { makeTempDir, tempBackend } from '../../test/support/workspace';
import { workspaceState } from '../../test/support/page-door';
import { createCallHandler } from './ipc-relay';

const index = 'file:///opt/denggao/resources/app.asar/dist/renderer/index.html';

/** For each method with path fields: an input valid in every other respect, reading `read` and writing `write`. */
const ATTACKS: Record<string, (read: string, write: string) => Record<string, unknown>> = {
  'files.read': (read) => ({ path: read, offset: 0, length: 100 }),
  'attachments.add': (read) => ({ path: read, owner: { domain: 'governance', entityId: 'department' } }),
  'assessment.templates.import': (read) => ({ path: read }),
  'assessment.templates.export': (_read, write) => ({ id: 'x', version: '1', path: write }),
  'mlps.importCatalog': (read) => ({ path: read }),
  'mlps.exportActionPlan': (_read, write) => ({ path: write }),
  'sam.import.prepare': (read) => ({ path: read }),
  'sam.import.dryRun': (read) => ({ path: read }),
  'sam.import.commit': (read, write) => ({ path: read, rejectsPath: write, skipInvalid: true }),
  'sam.export': (_read, write) => ({ what: 'products', path: write }),
  'reports.render': (_read, write) => ({ kind: 'summary', out: write }),
  'filing.views.exportXlsx': (_read, write) => ({ out: write }),
  'filing.views.report': (_read, write) => ({ out: write }),
  'filing.keys.info': (_read, write) => ({ keyDir: write }),
  'filing.keys.generate': (_read, write) => ({ keyDir: write, passphrase: 'secret-passphrase' }),
  'filing.keys.importP12': (read, write) => ({ keyDir: write, path: read, p12Password: 'p', passphrase: 'secret-passphrase' }),
  'filing.keys.exportCertificate': (_read, write) => ({ keyDir: write }),
  'filing.previewManifest': (read, write) => ({ keyDir: write, reports: [read], period: '2025' }),
  'filing.export': (read, write) => ({ reports: [read], out: write, passphrase: 'secret-passphrase', period: '2025' }),
  'filing.verify': (read) => ({ path: read }),
  'filing.trust.add': (read) => ({ path: read }),
  'filing.import': (read, write) => ({ path: read, receipt: { keyDir: write, passphrase: 'secret-passphrase', out: write } }),
  'filing.filings.decide': (_read, write) => ({ id: 'x', result: 'accepted', keyDir: write, passphrase: 'secret-passphrase', out: write }),
  'filing.receipt.verify': (read) => ({ path: read }),
  'filing.receipt.import': (read) => ({ path: read }),
  'backup.restore': (read) => ({ path: read }),
};

function methodsWithPathFields(): string[] {
  return Object.entries(methods)
    .filter(([, spec]) => schemaLeaves(spec.input).some((leaf) => pathAccessOf(leaf.schema)))
    .map(([name]) => name)
    .sort();
}

describe('IPC relay: paths from the page', () => {
  let backend: ReturnType<typeof tempBackend>;
  let outside: string;
  let handle: ReturnType<typeof createCallHandler>;
  const frame = { url: `${index}#/` };
  const fromPage = (method: string, input: unknown) => handle({ senderFrame: frame }, method, input, {});

  beforeEach(() => {
    backend = tempBackend();
    outside = makeTempDir('denggao-outside-');
    // A file the attacker wants: it even looks like a PDF, the one check `reports: [...]` made.
    fs.writeFileSync(path.join(outside, 'secret.pdf'), '%PDF-1.7 secret');
    handle = createCallHandler({ callByName: (m, i, o) => backend.callByName(m, i, o), mainFrame: () => frame, appIndexUrl: index });
  });
  afterEach(() => {
    backend.dispose();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('has an attack for every method whose input carries a path, so a new one is not left out', () => {
    expect(Object.keys(ATTACKS).sort()).toEqual(methodsWithPathFields());
  });

  it.each(Object.keys(ATTACKS))('%s: refuses paths outside the workspace by name, and nothing changes', async (method) => {
    const read = path.join(outside, 'secret.pdf');
    const write = path.join(outside, 'written', 'out.bin');
    const before = await workspaceState(backend, backend.dataDir, outside);
    const result = await fromPage(method, ATTACKS[method]!(read, write));
    expect(!result.ok && result.error.code).toMatch(/^error\.door\.(readOutsideWorkspace|writeOutsideExports)$/);
    expect(await workspaceState(backend, backend.dataDir, outside)).toEqual(before);
  });

  it('the documented attack: attachments.add of /etc/passwd, then files.read, gives the page nothing', async () => {
    const added = await fromPage('attachments.add', { path: '/etc/passwd', owner: { domain: 'governance', entityId: 'department' } });
    expect(!added.ok && added.error).toMatchObject({ code: 'error.door.readOutsideWorkspace', details: { field: 'path' } });
    expect(await fromPage('attachments.list', { owner: { domain: 'governance', entityId: 'department' } })).toEqual({
      ok: true,
      value: [],
    });
  });
});
