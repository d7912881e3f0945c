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

/**
 * A pass-through stream that hashes what flows through it; `digests()` is valid after 'end'. With
 * `{ sm3: false }` only SHA-256 is computed here (SM3 is done elsewhere, see digest-workers.ts) and `digests()`
 * takes the SM3 the caller got.
 */
export class HashingStream extends Transform {
  private readonly sha256: Hash = createHash('sha256');
  private readonly sm3: Hash | null;
  private size = 0;
  private result: { size: number; sha256: string; sm3: string | null } | undefined;

  constructor(
    private readonly onBytes?: (bytes: number) => void,
    options: { sm3?: boolean } = {},
  ) {
    super();
    this.sm3 = options.sm3 === false ? null : createHash('sm3');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sha256.update(chunk);
    this.sm3?.update(chunk);
    this.size += chunk.length;
    this.onBytes?.(chunk.length);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.result = { size: this.size, sha256: this.sha256.digest('hex'), sm3: this.sm3?.digest('hex') ?? null };
    callback();
  }

  digests(sm3FromElsewhere?: string): Digests {
    if (!this.result) throw new Error('HashingStream: digests() before the stream ended');
    const sm3 = this.result.sm3 ?? sm3FromElsewhere;
    if (sm3 === undefined) throw new Error('HashingStream: no SM3 computed here and none given');
    return { size: this.result.size, sha256: this.result.sha256, sm3 };
  }
}
