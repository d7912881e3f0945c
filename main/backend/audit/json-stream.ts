/**
 * An audit log's JSON (a filing package's audit/log.json: an array of entries) checked as it streams: each
 * entry is cut out of the bytes, parsed, validated and linked into the chain, then dropped. A 127 MB log
 * read whole and parsed took some 600 MB; this holds one entry at a time. Entries are cut at the byte level
 * (every JSON structural character is ASCII, and no byte of a multi-byte UTF-8 character is below 0x80).
 */
import type { AuditEntry, AuditVerification } from '../../../shared/contract/audit/schemas';
import { auditEntrySchema } from '../../../shared/contract/audit/schemas';
import { auditChainVerifier } from '../../../shared/domain/audit';
import { nodeSha256 } from './log';

export type AuditLogCheck = { ok: true; chain: AuditVerification } | { ok: false; detail: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const BYTE = { quote: 0x22, backslash: 0x5c, open: 0x5b, close: 0x5d, openObject: 0x7b, closeObject: 0x7d, comma: 0x2c } as const;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

class InvalidLog extends Error {}

/** Reads the whole stream; the verdict is "not an audit log" (with why) or the chain's verification. */
export async function checkAuditLogStream(chunks: AsyncIterable<Uint8Array>): Promise<AuditLogCheck> {
  const chain = auditChainVerifier(nodeSha256);
  let count = 0;
  try {
    for await (const entry of auditLogEntries(chunks)) {
      chain.add(entry);
      count += 1;
    }
  } catch (error) {
    if (error instanceof InvalidLog) return { ok: false, detail: error.message };
    throw error;
  }
  return { ok: true, chain: chain.result(count) };
}

/** The log's entries one at a time, each parsed and validated; throws on bytes that are not an audit log. */
export async function* auditLogEntries(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<AuditEntry> {
  const splitter = new EntrySplitter();
  for await (const chunk of chunks) yield* splitter.push(chunk);
  splitter.end();
}

/** What the splitter expects next at the top level of `[ entry, entry, … ]`. */
type Expect = 'start' | 'entryOrEnd' | 'entry' | 'commaOrEnd' | 'nothing';

class EntrySplitter {
  count = 0;
  private expect: Expect = 'start';
  private atStart = true;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The current entry's bytes so far, as slices of the chunks they came in. */
  private parts: Uint8Array[] = [];

  *push(chunk: Uint8Array): Generator<AuditEntry> {
    const from = this.atStart ? skipBom(chunk) : 0;
    this.atStart = false;
    let entryStart = this.depth > 0 ? from : -1;
    for (let index = from; index < chunk.length; index++) {
      const byte = chunk[index]!;
      if (this.depth > 0) {
        if (!this.insideEntry(byte)) continue;
        this.parts.push(chunk.subarray(entryStart, index + 1));
        entryStart = -1;
        yield this.finishEntry();
      } else if (byte === BYTE.openObject && (this.expect === 'entryOrEnd' || this.expect === 'entry')) {
        this.depth = 1;
        entryStart = index;
      } else this.between(byte);
    }
    if (entryStart >= 0) this.parts.push(chunk.subarray(entryStart));
  }

  end(): void {
    if (this.expect !== 'nothing') throw new InvalidLog('Unexpected end of JSON input');
  }

  /** Tracks strings and nesting inside an entry; true when this byte closes it. */
  private insideEntry(byte: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (byte === BYTE.backslash) this.escaped = true;
      else if (byte === BYTE.quote) this.inString = false;
      return false;
    }
    if (byte === BYTE.quote) this.inString = true;
    else if (byte === BYTE.openObject || byte === BYTE.open) this.depth++;
    else if (byte === BYTE.closeObject || byte === BYTE.close) this.depth--;
    return this.depth === 0;
  }

  /** The array's own punctuation around the entries. */
  private between(byte: number): void {
    if (isSpace(byte)) return;
    if (this.expect === 'start' && byte === BYTE.open) this.expect = 'entryOrEnd';
    else if ((this.expect === 'entryOrEnd' || this.expect === 'commaOrEnd') && byte === BYTE.close) this.expect = 'nothing';
    else if (this.expect === 'commaOrEnd' && byte === BYTE.comma) this.expect = 'entry';
    else if (this.expect === 'start') throw new InvalidLog('(root): expected an array of audit entries');
    else if (this.expect === 'nothing') throw new InvalidLog('Unexpected data after the JSON array');
    else throw new InvalidLog(`${this.count}: expected an audit entry object`);
  }

  private finishEntry(): AuditEntry {
    const bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    this.parts = [];
    const index = this.count++;
    this.expect = 'commaOrEnd';
    let json: unknown;
    try {
      json = JSON.parse(strictUtf8.decode(bytes));
    } catch (error) {
      throw new InvalidLog(`${index}: ${(error as Error).message}`);
    }
    const parsed = auditEntrySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InvalidLog(`${[index, ...issue.path].join('.')}: ${issue.message}`);
    }
    return parsed.data;
  }
}

function skipBom(chunk: Uint8Array): number {
  return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
}
