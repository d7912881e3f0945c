/**
 * The first line of defence against a hostile archive: everything here is decided from the central
 * directory alone, before a single byte of member data is inflated or written anywhere.
 */
import { createReadStream } from 'node:fs';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { FilingVerifyCode } from '../../../shared/contract/filing/codes';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import { collisionKey, unsafePathReason } from '../../../shared/contract/filing/paths';
import type { MessageParams } from './errors';

export interface StructureProblem {
  code: FilingVerifyCode;
  file?: string;
  params?: MessageParams;
}

export interface CheckedEntry {
  name: string;
  entry: yauzl.Entry;
}

const UTF8_FLAG = 0x800;
const ENCRYPTED_FLAG = 0x1;
const STRONG_ENCRYPTION_FLAG = 0x40;
const HOST_UNIX = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const DOS_DIRECTORY = 0x10;
const DOS_REPARSE_POINT = 0x400;
const STORED = 0;
const DEFLATED = 8;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      file,
      // Names are decoded here, not by yauzl: it would silently read names without the UTF-8 flag as CP437.
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (error, zipfile) => (error ? reject(error) : resolve(zipfile)),
    );
  });
}

/** All central-directory records. Call only after the entry count has been checked against the limit. */
export function readEntries(zipfile: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zipfile.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.once('end', () => resolve(entries));
    zipfile.once('error', reject);
    zipfile.readEntry();
  });
}

/** Reads of member data: large, because hashing costs per chunk (yauzl's own reads are 16 KiB). */
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * A member's uncompressed bytes, read straight from the package file in large chunks (yauzl only locates
 * the data, bounds-checked), inflated if deflated, and checked as they pass: no more bytes than the
 * central directory says (a lying size cannot inflate without bound), and at the end exactly that many,
 * with the recorded CRC-32. `dataStart` is where the raw data begins in the file.
 */
export async function openEntryStream(
  zipfile: yauzl.ZipFile,
  entry: yauzl.Entry,
  file: string,
): Promise<{ stream: Readable; dataStart: number }> {
  const fileDataStart = await entryDataStart(zipfile, entry);
  const raw =
    entry.compressedSize === 0
      ? Readable.from([])
      : createReadStream(file, { start: fileDataStart, end: fileDataStart + entry.compressedSize - 1, highWaterMark: READ_CHUNK_BYTES });
  const check = new EntryCheck(entry.uncompressedSize, entry.crc32);
  const stream =
    entry.compressionMethod === 8
      ? pipeline(raw, createInflateRaw({ chunkSize: 256 * 1024 }), check, () => undefined)
      : pipeline(raw, check, () => undefined);
  return { stream, dataStart: fileDataStart };
}

/** Where a member's raw data begins in the package file (yauzl checks it lies within the file). */
export async function entryDataStart(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return (await zipfile.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
}

/** Counts and CRCs a member's uncompressed bytes against its central-directory record. */
class EntryCheck extends Transform {
  private size = 0;
  private crc = 0;

  constructor(
    private readonly expectedSize: number,
    private readonly expectedCrc: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.expectedSize) return callback(new Error(`more than the ${this.expectedSize} bytes recorded`));
    this.crc = crc32(chunk, this.crc);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.size !== this.expectedSize) return callback(new Error(`${this.size} bytes, ${this.expectedSize} recorded`));
    if (this.crc >>> 0 !== this.expectedCrc >>> 0) return callback(new Error('CRC-32 mismatch'));
    callback();
  }
}

/**
 * Names must be UTF-8 whether or not the language-encoding flag is set: Denggao always sets it, and a
 * name without it (as Chinese Windows tools write GBK names) is accepted only if it happens to be valid
 * UTF-8, such as plain ASCII.
 */
function decodeName(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/** Symbolic links, directories, devices: anything but a regular file, by Unix mode or DOS attributes. */
function isRegularFile(entry: yauzl.Entry, name: string): boolean {
  if (name.endsWith('/')) return false;
  const dosAttributes = entry.externalFileAttributes & 0xffff;
  if (dosAttributes & (DOS_DIRECTORY | DOS_REPARSE_POINT)) return false;
  if (entry.versionMadeBy >> 8 === HOST_UNIX) {
    const fileType = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (fileType !== 0 && fileType !== S_IFREG) return false;
  }
  return true;
}

function entryProblems(entry: yauzl.Entry, name: string): StructureProblem[] {
  const problems: StructureProblem[] = [];
  if (!isRegularFile(entry, name)) problems.push({ code: 'filing.verify.notRegularFile', file: name });
  else {
    const reason = unsafePathReason(name);
    if (reason) problems.push({ code: 'filing.verify.unsafePath', file: name, params: { reason } });
  }
  if (entry.generalPurposeBitFlag & (ENCRYPTED_FLAG | STRONG_ENCRYPTION_FLAG))
    problems.push({ code: 'filing.verify.encryptedEntry', file: name });
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    problems.push({ code: 'filing.verify.unsupportedCompression', file: name, params: { method: entry.compressionMethod } });
  }
  if (entry.uncompressedSize > FILING_LIMITS.compressionRatioMinBytes) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > FILING_LIMITS.maxCompressionRatio) {
      problems.push({
        code: 'filing.verify.compressionRatio',
        file: name,
        params: { ratio: Math.round(ratio), limit: FILING_LIMITS.maxCompressionRatio },
      });
    }
  }
  return problems;
}

function folderKeysOf(name: string): string[] {
  const segments = name.split('/');
  return segments.slice(1).map((_, index) => collisionKey(segments.slice(0, index + 1).join('/')));
}

/** Checks every central-directory record; the checked entries are usable only when there are no problems. */
export function checkStructure(entries: yauzl.Entry[]): { entries: CheckedEntry[]; problems: StructureProblem[] } {
  const problems: StructureProblem[] = [];
  const checked: CheckedEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const raw = entry.fileNameRaw;
    const name = decodeName(raw);
    if (name === null) {
      const flagged = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0;
      problems.push({ code: 'filing.verify.nameNotUtf8', file: lossyUtf8.decode(raw), params: { flagged: String(flagged) } });
      continue;
    }
    problems.push(...entryProblems(entry, name));
    const key = collisionKey(name);
    if (seen.has(key)) problems.push({ code: 'filing.verify.duplicateName', file: name });
    seen.add(key);
    total += entry.uncompressedSize;
    checked.push({ name, entry });
  }
  // A file named like another member's folder ('a' beside 'a/b') cannot be extracted either: same clash.
  const folders = new Set(checked.flatMap(({ name }) => folderKeysOf(name)));
  for (const { name } of checked) {
    if (folders.has(collisionKey(name))) problems.push({ code: 'filing.verify.duplicateName', file: name });
  }
  if (total > FILING_LIMITS.maxTotalUncompressedBytes) {
    problems.push({ code: 'filing.verify.totalTooLarge', params: { limit: FILING_LIMITS.maxTotalUncompressedBytes } });
  }
  return { entries: checked, problems };
}
