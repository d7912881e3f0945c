import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, makeTempDir, tempBackend } from '../../test/support/workspace';
import { workspaceState } from '../../test/support/page-door';

const owner = { domain: 'governance', entityId: 'department' };
const asPage = { door: 'page' } as const;

describe('paths in calls from the page', () => {
  let backend: ReturnType<typeof tempBackend>;
  let outside: string;
  const secret = () => path.join(outside, 'secret.txt');
  const upload = async (name: string, text: string) =>
    expectOk(
      await backend.call('files.upload', { name, offset: 0, chunkBase64: Buffer.from(text).toString('base64'), final: true }, asPage),
    ).path!;

  beforeEach(() => {
    backend = tempBackend();
    outside = makeTempDir('denggao-outside-');
    fs.writeFileSync(secret(), 'root:x:0:0');
  });
  afterEach(() => {
    backend.dispose();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('accepts what the renderer does: an upload from staging/, an output under exports/ read back', async () => {
    const staged = await upload('evidence.txt', '成立文件');
    expect(expectOk(await backend.call('attachments.add', { path: staged, owner }, asPage)).name).toBe('evidence.txt');
    const { path: out } = expectOk(await backend.call('files.exportPath', { name: 'products.csv' }, asPage));
    expectOk(await backend.call('sam.export', { what: 'products', path: out }, asPage));
    expect(expectOk(await backend.call('files.read', { path: out, offset: 0, length: 1000 }, asPage)).size).toBeGreaterThan(0);
  });

  it('refuses a link in staging/ that points outside, as if it were the file it points to', async () => {
    const staged = await upload('evidence.txt', 'x');
    const link = path.join(path.dirname(staged), 'link.txt');
    fs.symlinkSync(secret(), link);
    const result = await backend.call('attachments.add', { path: link, owner }, asPage);
    expect(!result.ok && result.error).toMatchObject({ code: 'error.door.readOutsideWorkspace', details: { field: 'path', file: link } });
  });

  it('refuses to write through a folder link in exports/, and writes nothing outside', async () => {
    const { path: out } = expectOk(await backend.call('files.exportPath', { name: 'x.csv' }, asPage));
    const linkedFolder = path.join(path.dirname(out), 'elsewhere');
    fs.symlinkSync(outside, linkedFolder);
    const before = await workspaceState(backend, backend.dataDir, outside);
    const result = await backend.call('sam.export', { what: 'products', path: path.join(linkedFolder, 'x.csv') }, asPage);
    expect(!result.ok && result.error.code).toBe('error.door.writeOutsideExports');
    expect(await workspaceState(backend, backend.dataDir, outside)).toEqual(before);
  });

  it('refuses `..` and relative paths, even ones that would land inside the workspace', async () => {
    const staged = await upload('evidence.txt', 'x');
    const upAndBack = `${path.dirname(staged)}/../${path.basename(path.dirname(staged))}/evidence.txt`;
    for (const candidate of [upAndBack, path.relative(process.cwd(), staged)]) {
      const result = await backend.call('attachments.add', { path: candidate, owner }, asPage);
      expect(!result.ok && result.error.code, candidate).toBe('error.door.readOutsideWorkspace');
    }
  });

  it('keeps the workspace’s own files out of reach: no writing over the database, no reading the keys', async () => {
    const database = path.join(backend.dataDir, 'denggao.sqlite');
    const before = fs.readFileSync(database);
    const overwrite = await backend.call('sam.export', { what: 'products', path: database }, asPage);
    expect(!overwrite.ok && overwrite.error.code).toBe('error.door.writeOutsideExports');
    expect(fs.readFileSync(database).equals(before)).toBe(true);
    const read = await backend.call('files.read', { path: database, offset: 0, length: 100 }, asPage);
    expect(!read.ok && read.error.code).toBe('error.door.readOutsideWorkspace');
  });

  it('names the one report of a list that lies outside, and signs nothing', async () => {
    const report = await upload('report.pdf', '%PDF-1.7 ours');
    fs.writeFileSync(path.join(outside, 'stolen.pdf'), '%PDF-1.7 not ours');
    const result = await backend.call(
      'filing.export',
      { reports: [report, path.join(outside, 'stolen.pdf')], passphrase: 'secret-passphrase', period: '2025' },
      asPage,
    );
    expect(!result.ok && result.error).toMatchObject({ code: 'error.door.readOutsideWorkspace', details: { field: 'reports[1]' } });
    expect(fs.existsSync(path.join(backend.dataDir, 'exports')) ? fs.readdirSync(path.join(backend.dataDir, 'exports')) : []).toEqual([]);
  });

  it('words the refusal in the caller’s language', async () => {
    const result = await backend.call('files.read', { path: secret(), offset: 0, length: 10 }, { ...asPage, locale: 'en-US' });
    expect(!result.ok && result.error.message).toMatch(
      /^The app window may only read files in the workspace’s staging, exports and backups folders \(path: /,
    );
  });

  it('leaves the CLI, which acts with the user’s own authority, free to name any file', async () => {
    expect(expectOk(await backend.call('attachments.add', { path: secret(), owner })).size).toBe(10);
  });
});
