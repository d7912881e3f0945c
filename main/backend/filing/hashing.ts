/**
 * SHA-256 and SM3 of a member, computed while its bytes stream past, so a large attachment is read once
 * and never held in memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export interface Digests {
  size: number;
  sha256: string;
  sm3: string;
}

export function digestsOf(bytes: Uint8Array): Digests {
  return {
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sm3: createHash('sm3').update(bytes).digest('hex'),
  };
}

/** A pass-through stream that hashes what flows through it; `digests()` is valid after 'end'. */
export class HashingStream extends Transform {
  private readonly sha256: Hash = createHash('sha256');
  private readonly sm3: Hash = createHash('sm3');
  private size = 0;
  private result: Digests | undefined;

  constructor(private readonly onBytes?: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sha256.update(chunk);
    this.sm3.update(chunk);
    this.size += chunk.length;
    this.onBytes?.(chunk.length);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.result = { size: this.size, sha256: this.sha256.digest('hex'), sm3: this.sm3.digest('hex') };
    callback();
  }

  digests(): Digests {
    if (!this.result) throw new Error('HashingStream: digests() before the stream ended');
    return this.result;
  }
}
