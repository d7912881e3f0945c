/**
 * The paths only large members take: the ZIP writer's CRC and ZIP64 forms, and hashing in worker threads
 * (SM3 beside the main thread when writing or extracting, SHA-256 and SM3 in place when only verifying).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMembers, writeMembers } from '../../../test/support/zip-members';
import { MEMBER } from '../../../shared/contract/filing/paths';
import type { VerifyResult } from '../../../shared/contract/filing/schemas';
import { WORKER_MIN_BYTES, DigestWorkers } from './digest-workers';
import { exportCertificatePem, generateSigningKeys, loadSigningKeys } from './keys';
import { extractPackage, verifyPackage } from './package-reader';
import { writePackage } from './package-writer';
import { ZipFileWriter } from './zip-writer';

const ENTERPRISE = { name: '示例集团有限公司', uscc: '91110000100000000R' };
const LARGE = 'attachments/大文件.bin';
const LARGE_BYTES = WORKER_MIN_BYTES + 1_234_567;

let work: string;
let large: Buffer;
let packageFile: string;
let trust: { trust: { certificates: string[] } };

const errorsOf = (result: VerifyResult) => result.errors.map((e) => [e.code, e.file]);

/** Where a member's data starts in the archive (from its local header). */
function dataOffset(file: string, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.readLocalFileHeader(entry, { minimal: true }, (err, header) => {
          zip.close();
          return err ? reject(err) : resolve(header.fileDataStart);
        });
      });
      zip.readEntry();
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'denggao-filing-large-'));
  large = randomBytes(LARGE_BYTES);
  writeFileSync(join(work, 'large.bin'), large);
  const keyDir = join(work, 'keys');
  await generateSigningKeys({ keyDir, passphrase: 'large-test-passphrase', enterprise: ENTERPRISE });
  trust = { trust: { certificates: [await exportCertificatePem(keyDir)] } };
  packageFile = join(work, 'large.dgpkg');
  await writePackage({
    outFile: packageFile,
    meta: { generator: { name: 'Denggao', version: 'test' }, enterprise: ENTERPRISE, period: '2025', catalogs: [] },
    sources: [
      { path: MEMBER.workspace, data: Buffer.from('{"formatVersion":1}') },
      { path: LARGE, file: join(work, 'large.bin') },
      // A large member deflated: hashed inline on the way into zlib.
      { path: 'attachments/compressible.txt', file: join(work, 'large.bin'), compress: true },
    ],
    keys: await loadSigningKeys(keyDir, 'large-test-passphrase'),
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a package with members above the worker threshold', () => {
  it('records hashes that independent tools agree with, and verifies', async () => {
    const result = await verifyPackage(packageFile, trust);
    expect(result.errors).toEqual([]);
    const recorded = result.manifest!.files.find((f) => f.path === LARGE)!;
    expect(recorded).toEqual({
      path: LARGE,
      size: LARGE_BYTES,
      sha256: createHash('sha256').update(large).digest('hex'),
      sm3: createHash('sm3').update(large).digest('hex'),
    });
    const viaOpenssl = execFileSync('openssl', ['dgst', '-sm3', '-r', join(work, 'large.bin')], { encoding: 'utf8' }).split(' ')[0];
    expect(recorded.sm3).toBe(viaOpenssl);
    expect(execFileSync('unzip', ['-t', packageFile], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('extracts the same bytes (SM3 in a worker beside the extracting pass)', async () => {
    const dest = join(work, 'extracted');
    expect((await extractPackage(packageFile, dest, trust)).errors).toEqual([]);
    expect(readFileSync(join(dest, ...LARGE.split('/'))).equals(large)).toBe(true);
  });

  it('names a flipped byte in the raw data (CRC-32) when verifying and when extracting, leaving nothing extracted', async () => {
    const bytes = readFileSync(packageFile);
    bytes[(await dataOffset(packageFile, LARGE)) + 4_000_000]! ^= 0x01;
    const flipped = join(work, 'flipped.dgpkg');
    writeFileSync(flipped, bytes);
    expect(errorsOf(await verifyPackage(flipped, trust))).toEqual([['filing.verify.corruptEntry', LARGE]]);
    const dest = join(work, 'flipped-out');
    expect(errorsOf(await extractPackage(flipped, dest, trust))).toEqual([['filing.verify.corruptEntry', LARGE]]);
    expect(readdirSync(dest)).toEqual([]);
  });

  it('names changed content with a consistent CRC by both hashes, in place and while extracting', async () => {
    const members = await readMembers(packageFile);
    members.get(LARGE)![123]! ^= 0xff;
    const changed = join(work, 'changed.dgpkg');
    await writeMembers(changed, members);
    const expected = [
      ['filing.verify.sha256Mismatch', LARGE],
      ['filing.verify.sm3Mismatch', LARGE],
    ];
    expect(errorsOf(await verifyPackage(changed, trust))).toEqual(expected);
    expect(errorsOf(await extractPackage(changed, join(work, 'changed-out'), trust))).toEqual(expected);
  });
});

describe('ZipFileWriter', () => {
  it('writes ZIP64 fields that yauzl, unzip and Python read back', async () => {
    const file = join(work, 'zip64.zip');
    const zip = await ZipFileWriter.create(file, { forceZip64: true });
    const text = Buffer.from('登高 '.repeat(10_000));
    const stored = await zip.addEntry('a/stored.bin', [large.subarray(0, 100_000), large.subarray(100_000, 200_000)], {
      compress: false,
      mtime: new Date(),
      expectedSize: 200_000,
    });
    const deflated = await zip.addEntry('b/文本.txt', [text], { compress: true, mtime: new Date(), expectedSize: text.length });
    await zip.finish();
    expect(stored).toEqual({ crc32: expect.any(Number), size: 200_000, compressedSize: 200_000 });
    expect(deflated.compressedSize).toBeLessThan(text.length / 10);
    const members = await readMembers(file);
    expect(members.get('a/stored.bin')!.equals(large.subarray(0, 200_000))).toBe(true);
    expect(members.get('b/文本.txt')!.equals(text)).toBe(true);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const python = execFileSync(
      'python3',
      ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), sorted(i.file_size for i in z.infolist()))', file],
      { encoding: 'utf8' },
    );
    expect(python.trim()).toBe(`None ${JSON.stringify([text.length, 200_000].sort((a, b) => a - b)).replace(/,/g, ', ')}`);
  });

  it('refuses a member whose size is not the one announced', async () => {
    const zip = await ZipFileWriter.create(join(work, 'short.zip'));
    await expect(zip.addEntry('x', [Buffer.from('abc')], { compress: false, mtime: new Date(), expectedSize: 4 })).rejects.toThrow(
      /3 bytes, expected 4/,
    );
    await zip.abort();
  });
});

describe('DigestWorkers', () => {
  it('hashes a byte range of a file, SHA-256 on request, and fails what is pending when closed', async () => {
    const workers = new DigestWorkers(2);
    const file = join(work, 'large.bin');
    const slice = large.subarray(1000, 1000 + 50_000);
    const [ranged, whole] = await Promise.all([workers.digest(file, 1000, 50_000, { sha256: true }), workers.digest(file)]);
    expect(ranged).toEqual({
      size: 50_000,
      sha256: createHash('sha256').update(slice).digest('hex'),
      sm3: createHash('sm3').update(slice).digest('hex'),
      crc32: expect.any(Number),
    });
    expect(whole.size).toBe(LARGE_BYTES);
    expect(whole.sha256).toBeUndefined();
    const pending = workers.digest(file);
    workers.close();
    await expect(pending).rejects.toThrow(/closed/);
    const lone = new DigestWorkers(1);
    await expect(lone.digest(join(work, 'missing.bin'))).rejects.toThrow(/ENOENT/);
    lone.close();
  });
});
