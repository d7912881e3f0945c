import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, tempBackend } from '../../../test/support/workspace';

describe('files and attachments', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('assembles an upload from ordered chunks into the staging folder', async () => {
    backend = tempBackend();
    const first = expectOk(
      await backend.call('files.upload', {
        name: '软件清单.csv',
        offset: 0,
        chunkBase64: Buffer.from('名称,版本\n').toString('base64'),
        final: false,
      }),
    );
    const last = expectOk(
      await backend.call('files.upload', {
        uploadId: first.uploadId,
        name: '软件清单.csv',
        offset: first.received,
        chunkBase64: Buffer.from('WPS,11\n').toString('base64'),
        final: true,
      }),
    );
    expect(last.path).toContain(path.join(backend.dataDir, 'staging'));
    expect(fs.readFileSync(last.path!, 'utf8')).toBe('名称,版本\nWPS,11\n');
  });

  it('refuses a chunk out of order, naming the file', async () => {
    backend = tempBackend();
    const first = expectOk(await backend.call('files.upload', { name: 'a.csv', offset: 0, chunkBase64: 'YWJj', final: false }));
    const skipped = await backend.call('files.upload', {
      uploadId: first.uploadId,
      name: 'a.csv',
      offset: 99,
      chunkBase64: 'YWJj',
      final: true,
    });
    expect(!skipped.ok && skipped.error).toMatchObject({ code: 'error.file.uploadOutOfOrder', details: { file: 'a.csv' } });
  });

  it('keeps an upload name from escaping the staging folder', async () => {
    backend = tempBackend();
    const result = expectOk(await backend.call('files.upload', { name: '../../evil.sh', offset: 0, chunkBase64: 'YWJj', final: true }));
    expect(path.resolve(result.path!).startsWith(path.join(backend.dataDir, 'staging'))).toBe(true);
  });

  it('reads back an export in chunks, and refuses to read outside the workspace folders', async () => {
    backend = tempBackend();
    const { path: out } = expectOk(await backend.call('files.exportPath', { name: '报告.pdf' }));
    expect(path.basename(out)).toMatch(/^报告-\d{8}T\d{6}\.pdf$/);
    fs.writeFileSync(out, 'x'.repeat(10));
    const head = expectOk(await backend.call('files.read', { path: out, offset: 0, length: 6 }));
    const tail = expectOk(await backend.call('files.read', { path: out, offset: 6, length: 6 }));
    expect([
      head.eof,
      tail.eof,
      Buffer.from(head.chunkBase64 + '', 'base64').length + Buffer.from(tail.chunkBase64, 'base64').length,
    ]).toEqual([false, true, 10]);
    const outside = await backend.call('files.read', { path: '/etc/passwd', offset: 0, length: 10 });
    expect(!outside.ok && outside.error.code).toBe('error.file.outsideWorkspace');
  });

  it('stores attachment content once by hash, lists it by owner, and carries the index in the data JSON', async () => {
    backend = tempBackend();
    const source = path.join(backend.dataDir, 'evidence.txt');
    fs.writeFileSync(source, '信息化管理部成立文件');
    const owner = { domain: 'governance', entityId: 'department' };
    const a = expectOk(await backend.call('attachments.add', { path: source, owner }));
    const b = expectOk(await backend.call('attachments.add', { path: source, name: '副本.txt', owner }));
    expect(a.sha256).toBe(b.sha256);
    expect(fs.readdirSync(path.join(backend.dataDir, 'attachments', a.sha256.slice(0, 2)))).toEqual([a.sha256]);
    expect(expectOk(await backend.call('attachments.list', { owner })).map((x) => x.name)).toEqual(['evidence.txt', '副本.txt']);
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expect(data.attachments).toHaveLength(2);
    expectOk(await backend.call('attachments.remove', { id: a.id }));
    expect(expectOk(await backend.call('attachments.list', { owner }))).toHaveLength(1);
  });
});
