/**
 * Hashing off the main thread. OpenSSL's SM3 is about five times slower than its SHA-256 here, so hashing a
 * large member with both on one thread makes SM3 the bottleneck. A worker reads the bytes itself (a file, or
 * a byte range of the package): beside the main thread, which streams, zips and hashes SHA-256 (both also
 * compute CRC-32 and the size, and the caller compares them to be sure both saw the same bytes), or alone,
 * SHA-256 included, when nothing else needs the bytes (verifying without extracting).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface RangeDigest {
  sm3: string;
  /** Only when asked for. */
  sha256?: string;
  crc32: number;
  size: number;
}

/** Members at least this large are hashed in a worker; smaller ones are not worth the round trip. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

// Plain CommonJS evaluated in the worker: no bundling, no loader, the same under tsx, vitest and esbuild.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const zlib = require('node:zlib');
const CHUNK = 1024 * 1024;
parentPort.on('message', ({ id, file, start, length, withSha256 }) => {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
    const sm3 = createHash('sm3');
    const sha256 = withSha256 ? createHash('sha256') : null;
    const buffer = Buffer.allocUnsafe(CHUNK);
    let crc32 = 0;
    let size = 0;
    for (;;) {
      const want = length === null ? CHUNK : Math.min(CHUNK, length - size);
      if (want <= 0) break;
      const read = fs.readSync(fd, buffer, 0, want, start + size);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      sm3.update(chunk);
      if (sha256) sha256.update(chunk);
      crc32 = zlib.crc32(chunk, crc32);
      size += read;
    }
    const digest = { sm3: sm3.digest('hex'), crc32, size };
    if (sha256) digest.sha256 = sha256.digest('hex');
    parentPort.postMessage({ id, ok: true, digest });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error) });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
});
`;

type Reply = { id: number; ok: true; digest: RangeDigest } | { id: number; ok: false; message: string };

/**
 * Up to two workers (one per core beyond the main thread's share) for the duration of a package operation;
 * jobs go to the least busy. `close()` ends them and fails what is still pending.
 */
export class DigestWorkers {
  private readonly workers: DigestWorker[];

  constructor(count = Math.max(1, Math.min(2, availableParallelism()))) {
    this.workers = Array.from({ length: count }, () => new DigestWorker());
  }

  /** SM3 (and SHA-256 if asked), CRC-32 and size of `length` bytes of `file` from `start` (null: to the end). */
  digest(file: string, start = 0, length: number | null = null, options: { sha256?: boolean } = {}): Promise<RangeDigest> {
    const idle = this.workers.reduce((best, worker) => (worker.queued < best.queued ? worker : best));
    return idle.digest(file, start, length, options.sha256 ?? false);
  }

  close(): void {
    for (const worker of this.workers) worker.close();
  }
}

/** One worker thread; started on its first job. */
class DigestWorker {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(digest: RangeDigest): void; reject(error: Error): void }>();

  get queued(): number {
    return this.pending.size;
  }

  digest(file: string, start: number, length: number | null, withSha256: boolean): Promise<RangeDigest> {
    const worker = this.start();
    const id = this.nextId++;
    const result = new Promise<RangeDigest>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    worker.postMessage({ id, file, start, length, withSha256 });
    // The caller may stop waiting (a cancel, an error elsewhere): never an unhandled rejection.
    result.catch(() => undefined);
    return result;
  }

  close(): void {
    for (const { reject } of this.pending.values()) reject(new Error('digest worker closed'));
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.digest);
      else waiting?.reject(new Error(reply.message));
    });
    worker.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
    this.worker = worker;
    return worker;
  }
}
