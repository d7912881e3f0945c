import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/contract/limits';
import { runCli } from '../cli/run';
import { expectOk, tempBackend } from '../../test/support/workspace';

/** Sparse files: the size is real to every check, the disk holds nothing. */
function sparse(file: string, bytes: number): string {
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return file;
}

describe('limits', () => {
  const backends: ReturnType<typeof tempBackend>[] = [];
  afterEach(() => backends.splice(0).forEach((b) => b.dispose()));
  const open = () => {
    const b = tempBackend();
    backends.push(b);
    return b;
  };

  it('refuses an attachment over the limit, naming the file, its size and the limit, and stores nothing', async () => {
    const b = open();
    const file = sparse(path.join(b.dataDir, '扫描件.pdf'), LIMITS.maxAttachmentBytes + 1);
    const result = await b.call('attachments.add', { path: file, owner: { domain: 'profile', entityId: '1' } });
    expect(!result.ok && result.error).toMatchObject({ code: 'error.file.tooLarge', details: { file } });
    expect(!result.ok && result.error.message).toBe(`文件 ${file} 过大（512.0 MiB），上限为 512 MiB`);
    expect(fs.existsSync(path.join(b.dataDir, 'attachments'))).toBe(false);
  });

  it('refuses an upload chunk that would pass the upload limit', async () => {
    const b = open();
    const first = expectOk(
      await b.call('files.upload', { name: 'big.xlsx', offset: 0, chunkBase64: Buffer.from('abc').toString('base64'), final: false }),
    );
    sparse(path.join(b.dataDir, 'staging', first.uploadId, 'big.xlsx'), LIMITS.maxUploadBytes);
    const next = await b.call('files.upload', {
      uploadId: first.uploadId,
      name: 'big.xlsx',
      offset: LIMITS.maxUploadBytes,
      chunkBase64: Buffer.from('d').toString('base64'),
      final: true,
    });
    expect(!next.ok && next.error).toMatchObject({ code: 'error.file.tooLarge', details: { file: 'big.xlsx' } });
  });

  it('refuses a data file over the import limit before reading it (CLI)', async () => {
    const b = open();
    const file = sparse(path.join(b.dataDir, 'data.json'), LIMITS.maxImportFileBytes + 1);
    let stderr = '';
    const code = await runCli(['data', 'import', '--file', file, '--data-dir', b.dataDir, '--lang', 'en-US'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: {},
      cwd: b.dataDir,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`File ${file} is too large (256.0 MiB); the limit is 256 MiB`);
  });

  it('refuses an import list over the row limit, naming the list, and changes nothing', async () => {
    const b = open();
    const row = { name: 'x', size: 0, sha256: '0'.repeat(64), owner: { domain: 'd', entityId: 'e' }, addedAt: '', addedBy: '' };
    const attachments = Array.from({ length: LIMITS.maxImportRows + 1 }, (_, i) => ({ ...row, id: String(i) }));
    const result = await b.call('workspace.importData', { formatVersion: 1, profile: null, attachments });
    expect(!result.ok && result.error).toMatchObject({ code: 'error.import.tooManyRows', details: { field: 'attachments' } });
    expect(!result.ok && result.error.message).toContain('200001');
    expect(expectOk(await b.call('workspace.exportData', {})).attachments).toEqual([]);
  }, 60_000);
});
