/**
 * Hostile archives, built byte by byte here (yazl refuses to write most of them). Each is extracted into a
 * folder inside a sandbox; the sandbox must hold nothing else afterwards and the folder must be empty.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import type { VerifyResult } from '../../../shared/contract/filing/schemas';
import { extractPackage, verifyPackage } from './package-reader';

interface RawEntry {
  name: string | Buffer;
  data?: Buffer;
  /** 0 stored, 8 deflate, anything else written as is. */
  method?: number;
  utf8Flag?: boolean;
  extraFlags?: number;
  /** Unix mode in the external attributes (made by Unix), e.g. 0o120777 for a symbolic link. */
  unixMode?: number;
  /** Lie about sizes in the central directory. */
  declaredUncompressed?: number;
  declaredCompressed?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** A minimal PKZIP writer: local headers, central directory, and a ZIP64 end record when there are > 65535 entries. */
function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const raw = entry.data ?? Buffer.alloc(0);
    const method = entry.method ?? 0;
    const stored = method === 8 ? zlib.deflateRawSync(raw) : raw;
    const flags = (entry.utf8Flag === false ? 0 : 0x800) | (entry.extraFlags ?? 0);
    const crc = zlib.crc32(raw);
    const compressed = entry.declaredCompressed ?? stored.length;
    const uncompressed = entry.declaredUncompressed ?? raw.length;
    const common = Buffer.concat([
      u16(20),
      u16(flags),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(compressed),
      u32(uncompressed),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, stored]);
    const madeBy = entry.unixMode === undefined ? 20 : (3 << 8) | 20;
    const external = entry.unixMode === undefined ? 0 : entry.unixMode * 0x10000;
    centrals.push(Buffer.concat([u32(0x02014b50), u16(madeBy), common, u16(0), u16(0), u16(0), u32(external), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = entries.length;
  const tail: Buffer[] = [];
  if (count > 0xffff) {
    const zip64EndOffset = offset + directory.length;
    tail.push(
      Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(count),
        u64(count),
        u64(directory.length),
        u64(offset),
      ]),
    );
    tail.push(Buffer.concat([u32(0x07064b50), u32(0), u64(zip64EndOffset), u32(1)]));
  }
  const shortCount = Math.min(count, 0xffff);
  tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(shortCount), u16(shortCount), u32(directory.length), u32(offset), u16(0)]));
  return Buffer.concat([...locals, directory, ...tail]);
}

let sandboxRoot: string;
let counter = 0;

beforeAll(() => {
  sandboxRoot = mkdtempSync(join(tmpdir(), 'filing-hostile-'));
});
afterAll(() => rmSync(sandboxRoot, { recursive: true, force: true }));

/** Extracts the archive into sandbox/out/dest and checks nothing landed anywhere in the sandbox. */
async function extractHostile(entries: RawEntry[] | Buffer): Promise<VerifyResult> {
  const sandbox = join(sandboxRoot, `case-${++counter}`);
  const dest = join(sandbox, 'out', 'dest');
  mkdirSync(dest, { recursive: true });
  const archive = join(sandboxRoot, `case-${counter}.dgpkg`);
  writeFileSync(archive, Buffer.isBuffer(entries) ? entries : buildZip(entries));
  const result = await extractPackage(archive, dest);
  expect(readdirSync(sandbox, { recursive: true })).toEqual(['out', join('out', 'dest')]);
  expect(result.valid).toBe(false);
  return result;
}

function pairs(result: VerifyResult): Array<[string, string | undefined]> {
  return result.errors.map((e) => [e.code, e.file]);
}

const payload = Buffer.from('owned');

describe('hostile archives are rejected before anything is written', () => {
  it('zip-slip names with ..', async () => {
    const result = await extractHostile([
      { name: '../x', data: payload },
      { name: 'attachments/../../../y', data: payload },
    ]);
    expect(pairs(result)).toEqual([
      ['filing.verify.unsafePath', '../x'],
      ['filing.verify.unsafePath', 'attachments/../../../y'],
    ]);
  });

  it('absolute, drive-letter and backslash names', async () => {
    const absolute = join(sandboxRoot, 'absolute-target');
    const result = await extractHostile([
      { name: absolute, data: payload },
      { name: 'C:/Windows/x', data: payload },
      { name: 'attachments\\..\\..\\z', data: payload },
    ]);
    expect(pairs(result)).toEqual([
      ['filing.verify.unsafePath', absolute],
      ['filing.verify.unsafePath', 'C:/Windows/x'],
      ['filing.verify.unsafePath', 'attachments\\..\\..\\z'],
    ]);
    // the reason in the reader's words, not the program's token
    expect(result.errors.map((e) => e.message).join()).toMatch(/是绝对路径.*带有盘符.*含有反斜杠/);
  });

  it('a symbolic link entry, a directory entry and a device', async () => {
    const result = await extractHostile([
      { name: 'attachments/link', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 },
      { name: 'attachments/', unixMode: 0o040755 },
      { name: 'attachments/dev', unixMode: 0o020644 },
    ]);
    expect(pairs(result)).toEqual([
      ['filing.verify.notRegularFile', 'attachments/link'],
      ['filing.verify.notRegularFile', 'attachments/'],
      ['filing.verify.notRegularFile', 'attachments/dev'],
    ]);
  });

  it('a zip bomb: one entry that inflates more than the ratio limit', async () => {
    const result = await extractHostile([{ name: 'attachments/bomb.bin', data: Buffer.alloc(20 * 1024 * 1024), method: 8 }]);
    expect(pairs(result)).toEqual([['filing.verify.compressionRatio', 'attachments/bomb.bin']]);
  });

  it('entries that together claim more than the total size limit', async () => {
    const huge = 0xfffffff0; // each within the ratio limit by its declared compressed size, together > 4 GiB
    const result = await extractHostile([
      { name: 'attachments/a.bin', data: payload, declaredUncompressed: huge, declaredCompressed: Math.ceil(huge / 50), method: 8 },
      { name: 'attachments/b.bin', data: payload, declaredUncompressed: huge, declaredCompressed: Math.ceil(huge / 50), method: 8 },
    ]);
    expect(pairs(result)).toEqual([['filing.verify.totalTooLarge', undefined]]);
  });

  it('100,000 tiny entries, refused from the end record alone', async () => {
    const entries: RawEntry[] = Array.from({ length: 100_000 }, (_, i) => ({ name: `attachments/${i}` }));
    const result = await extractHostile(entries);
    expect(pairs(result)).toEqual([['filing.verify.tooManyEntries', undefined]]);
    expect(result.errors[0]?.message).toContain(String(FILING_LIMITS.maxEntries));
  });

  it('duplicate names, exact and differing only in case or Unicode normalisation', async () => {
    const result = await extractHostile([
      { name: 'data/workspace.json', data: payload },
      { name: 'data/workspace.json', data: payload },
      { name: 'attachments/Report.txt', data: payload },
      { name: 'attachments/report.TXT', data: payload },
      { name: 'attachments/caf\u00e9.txt', data: payload },
      { name: 'attachments/cafe\u0301.txt', data: payload },
    ]);
    expect(pairs(result)).toEqual([
      ['filing.verify.duplicateName', 'data/workspace.json'],
      ['filing.verify.duplicateName', 'attachments/report.TXT'],
      ['filing.verify.duplicateName', 'attachments/cafe\u0301.txt'],
    ]);
  });

  it('a file named like the folder of another member', async () => {
    const result = await extractHostile([
      { name: 'attachments/a', data: payload },
      { name: 'attachments/A/b.txt', data: payload },
    ]);
    expect(pairs(result)).toEqual([['filing.verify.duplicateName', 'attachments/a']]);
  });

  it('names that are not UTF-8, with or without the UTF-8 flag', async () => {
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x70, 0x64, 0x66]); // 报告.pdf in GBK
    const result = await extractHostile([
      { name: Buffer.concat([Buffer.from('reports/'), gbk]), data: payload, utf8Flag: false },
      { name: Buffer.concat([Buffer.from('attachments/'), gbk]), data: payload, utf8Flag: true },
    ]);
    expect(result.errors.map((e) => e.code)).toEqual(['filing.verify.nameNotUtf8', 'filing.verify.nameNotUtf8']);
    expect(result.errors[0]?.file).toMatch(/^reports\/\uFFFD/);
  });

  it('accepts plain ASCII names without the UTF-8 flag as far as names go', async () => {
    const result = await extractHostile([{ name: 'attachments/readme.txt', data: payload, utf8Flag: false }]);
    expect(result.errors.map((e) => e.code)).not.toContain('filing.verify.nameNotUtf8');
    expect(result.errors.map((e) => e.code)).toContain('filing.verify.manifestMissing');
  });

  it('encrypted entries and unknown compression methods', async () => {
    const result = await extractHostile([
      // Traditional encryption puts a 12-byte header before the data, which the sizes must account for.
      { name: 'attachments/secret.bin', data: payload, extraFlags: 0x1, declaredCompressed: payload.length + 12 },
      { name: 'attachments/bzip2.bin', data: payload, method: 12 },
    ]);
    expect(pairs(result)).toEqual([
      ['filing.verify.encryptedEntry', 'attachments/secret.bin'],
      ['filing.verify.unsupportedCompression', 'attachments/bzip2.bin'],
    ]);
  });

  it('a manifest larger than its limit is never read into memory', async () => {
    const size = FILING_LIMITS.maxManifestBytes + 1;
    const result = await extractHostile([
      { name: 'manifest.json', data: Buffer.from('{}'), method: 8, declaredUncompressed: size, declaredCompressed: Math.ceil(size / 50) },
    ]);
    expect(pairs(result)).toContainEqual(['filing.verify.memberTooLarge', 'manifest.json']);
  });

  it('a file that is not a ZIP at all', async () => {
    const result = await extractHostile(Buffer.from('%PDF-1.7 this is not a zip'));
    expect(result.errors.map((e) => e.code)).toEqual(['filing.verify.notZip']);
  });

  it('verification alone writes nothing either', async () => {
    const archive = join(sandboxRoot, 'slip-verify.dgpkg');
    writeFileSync(archive, buildZip([{ name: '../verify-slip', data: payload }]));
    const result = await verifyPackage(archive);
    expect(pairs(result)).toEqual([['filing.verify.unsafePath', '../verify-slip']]);
    expect(readdirSync(sandboxRoot)).not.toContain('verify-slip');
  });
});
