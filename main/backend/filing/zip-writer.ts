/**
 * A small streaming ZIP writer (PKZIP APPNOTE 6.3, ZIP64 where sizes or offsets need it) for the filing
 * package. Each member is written once, in order: its local header, then its data as it streams past,
 * then the header is completed in place (CRC and sizes) with a positional write — no data descriptors, so
 * every reader sees sizes up front. Names carry the UTF-8 flag; entries are Unix regular files 0644.
 *
 * Why not yazl: it computes CRC-32 in JavaScript, which cost more than SHA-256 and SM3 together on large
 * attachments; Node's zlib.crc32 is native.
 */
import { open, type FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64End: 0x06064b50, zip64Locator: 0x07064b50 } as const;
const UTF8_FLAG = 0x0800;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const VERSION = { default: 20, zip64: 45 } as const;
const MADE_BY_UNIX = 3 << 8;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
/** Entries this large get a ZIP64 local header (a margin below 4 GiB for deflate's worst-case growth). */
const ZIP64_LOCAL_THRESHOLD = 0xffff0000;

export interface EntryOptions {
  compress: boolean;
  mtime: Date;
  /** The uncompressed size the caller expects (decides the local header's form); the real size is checked against it. */
  expectedSize: number;
  /** Sees every uncompressed chunk, in order (hashing, progress). */
  onChunk?: (chunk: Uint8Array) => void;
}

export interface EntryResult {
  crc32: number;
  size: number;
  compressedSize: number;
}

interface CentralRecord extends EntryResult {
  name: Buffer;
  method: 0 | 8;
  time: number;
  date: number;
  offset: number;
  zip64Local: boolean;
}

export class ZipFileWriter {
  private position = 0;
  private readonly records: CentralRecord[] = [];

  private constructor(
    private readonly handle: FileHandle,
    private readonly forceZip64: boolean,
  ) {}

  /** Creates the file (refusing an existing one). `forceZip64` writes every ZIP64 field, for tests of that path. */
  static async create(file: string, options: { forceZip64?: boolean } = {}): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(file, 'wx'), options.forceZip64 ?? false);
  }

  /** Each chunk is used up (hashed, deflated, written) before the next is taken, so a source may reuse its buffer. */
  async addEntry(name: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: EntryOptions): Promise<EntryResult> {
    const nameBytes = Buffer.from(name, 'utf8');
    const method = options.compress ? 8 : 0;
    const { time, date } = dosDateTime(options.mtime);
    const record: CentralRecord = {
      name: nameBytes,
      method,
      time,
      date,
      offset: this.position,
      zip64Local: this.forceZip64 || options.expectedSize >= ZIP64_LOCAL_THRESHOLD,
      crc32: 0,
      size: 0,
      compressedSize: 0,
    };
    await this.write(localHeader(record));

    const deflate = options.compress ? new Deflater() : undefined;
    for await (const chunk of chunks) {
      record.crc32 = zlib.crc32(chunk, record.crc32);
      record.size += chunk.byteLength;
      options.onChunk?.(chunk);
      const out = deflate ? await deflate.push(chunk) : [chunk];
      for (const piece of out) await this.write(piece);
    }
    if (deflate) for (const piece of await deflate.finish()) await this.write(piece);
    record.compressedSize = this.position - record.offset - localHeader(record).length;
    if (record.size !== options.expectedSize) throw new Error(`${name}: ${record.size} bytes, expected ${options.expectedSize}`);
    if (!record.zip64Local && (record.size >= MAX32 || record.compressedSize >= MAX32))
      throw new Error(`${name}: too large for its local header`);
    // The header has the same length with its real values: complete it in place.
    await this.handle.write(localHeader(record), 0, undefined, record.offset);
    this.records.push(record);
    return { crc32: record.crc32, size: record.size, compressedSize: record.compressedSize };
  }

  /** Writes the central directory and the end records, and closes the file. */
  async finish(): Promise<void> {
    const directoryStart = this.position;
    for (const record of this.records) await this.write(centralHeader(record, this.forceZip64));
    const directorySize = this.position - directoryStart;
    const needsZip64 = this.forceZip64 || this.records.length >= MAX16 || directoryStart >= MAX32 || directorySize >= MAX32;
    if (needsZip64) {
      const zip64EndOffset = this.position;
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(SIG.zip64End, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE(MADE_BY_UNIX | VERSION.zip64, 12);
      end64.writeUInt16LE(VERSION.zip64, 14);
      end64.writeBigUInt64LE(BigInt(this.records.length), 24);
      end64.writeBigUInt64LE(BigInt(this.records.length), 32);
      end64.writeBigUInt64LE(BigInt(directorySize), 40);
      end64.writeBigUInt64LE(BigInt(directoryStart), 48);
      await this.write(end64);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(SIG.zip64Locator, 0);
      locator.writeBigUInt64LE(BigInt(zip64EndOffset), 8);
      locator.writeUInt32LE(1, 16);
      await this.write(locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG.end, 0);
    end.writeUInt16LE(Math.min(this.records.length, MAX16), 8);
    end.writeUInt16LE(Math.min(this.records.length, MAX16), 10);
    end.writeUInt32LE(Math.min(directorySize, MAX32), 12);
    end.writeUInt32LE(Math.min(directoryStart, MAX32), 16);
    await this.write(end);
    await this.handle.close();
  }

  /** Closes the file after a failure; the caller removes it. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  private async write(bytes: Uint8Array): Promise<void> {
    let written = 0;
    while (written < bytes.byteLength) {
      const { bytesWritten } = await this.handle.write(bytes, written, bytes.byteLength - written, this.position + written);
      written += bytesWritten;
    }
    this.position += written;
  }
}

/** Deflate chunk by chunk, handing back what zlib produced so far (memory stays bounded by a chunk). */
class Deflater {
  private readonly stream = zlib.createDeflateRaw();
  private readonly ready: Buffer[] = [];
  private failure: Error | undefined;

  constructor() {
    this.stream.on('data', (piece: Buffer) => this.ready.push(piece));
    this.stream.on('error', (error) => (this.failure = error));
  }

  async push(chunk: Uint8Array): Promise<Buffer[]> {
    await new Promise<void>((resolve, reject) => this.stream.write(chunk, (error) => (error ? reject(error) : resolve())));
    return this.take();
  }

  async finish(): Promise<Buffer[]> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once('end', resolve);
      this.stream.once('error', reject);
      this.stream.end();
      this.stream.resume();
    });
    return this.take();
  }

  private take(): Buffer[] {
    if (this.failure) throw this.failure;
    return this.ready.splice(0, this.ready.length);
  }
}

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function localHeader(record: CentralRecord): Buffer {
  const extra = record.zip64Local ? zip64Extra([record.size, record.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(30 + record.name.length + extra.length);
  header.writeUInt32LE(SIG.local, 0);
  header.writeUInt16LE(record.zip64Local ? VERSION.zip64 : VERSION.default, 4);
  header.writeUInt16LE(UTF8_FLAG, 6);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt16LE(record.time, 10);
  header.writeUInt16LE(record.date, 12);
  header.writeUInt32LE(record.crc32 >>> 0, 14);
  header.writeUInt32LE(record.zip64Local ? MAX32 : record.compressedSize, 18);
  header.writeUInt32LE(record.zip64Local ? MAX32 : record.size, 22);
  header.writeUInt16LE(record.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  record.name.copy(header, 30);
  extra.copy(header, 30 + record.name.length);
  return header;
}

function centralHeader(record: CentralRecord, forceZip64: boolean): Buffer {
  // Only the fields that overflow go into the ZIP64 extra field, in the order the format fixes.
  const large = [record.size, record.compressedSize, record.offset].map((value) => forceZip64 || value >= MAX32);
  const extra = large.some(Boolean)
    ? zip64Extra([record.size, record.compressedSize, record.offset].filter((_, index) => large[index]))
    : Buffer.alloc(0);
  const zip64 = extra.length > 0 || record.zip64Local;
  const header = Buffer.alloc(46 + record.name.length + extra.length);
  header.writeUInt32LE(SIG.central, 0);
  header.writeUInt16LE(MADE_BY_UNIX | VERSION.zip64, 4);
  header.writeUInt16LE(zip64 ? VERSION.zip64 : VERSION.default, 6);
  header.writeUInt16LE(UTF8_FLAG, 8);
  header.writeUInt16LE(record.method, 10);
  header.writeUInt16LE(record.time, 12);
  header.writeUInt16LE(record.date, 14);
  header.writeUInt32LE(record.crc32 >>> 0, 16);
  header.writeUInt32LE(large[1] ? MAX32 : record.compressedSize, 20);
  header.writeUInt32LE(large[0] ? MAX32 : record.size, 24);
  header.writeUInt16LE(record.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(REGULAR_FILE_0644, 38);
  header.writeUInt32LE(large[2] ? MAX32 : record.offset, 42);
  record.name.copy(header, 46);
  extra.copy(header, 46 + record.name.length);
  return header;
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + values.length * 8);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(values.length * 8, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + index * 8));
  return extra;
}
