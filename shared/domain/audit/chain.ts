/**
 * The audit log's hash chain. Each entry's hash is SHA-256 over the previous entry's hash followed by the
 * entry's canonical JSON, so editing, removing or reordering any entry breaks every link after it.
 * Pure: the backend appends with it, `denggao audit verify` and a filing receiver check with it.
 */
import type { AuditEntry, AuditVerification } from '../../contract/audit/schemas';
import { canonicalJson } from './canonical';
import { sha256Hex } from './sha256';

/** The "previous hash" of the first entry. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** What is hashed: every field of the entry but the two hashes. */
export type AuditFields = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** The text whose SHA-256 is the entry's hash. */
export function auditHashInput(prevHash: string, entry: AuditFields): string {
  return auditHashInputFromJson(prevHash, entry, canonicalJson(entry.before), canonicalJson(entry.after));
}

/**
 * The same text from before/after already in canonical JSON (the form the log stores), so appending does
 * not serialize them twice. Keys in canonical (sorted) order: actor, after, at, before, entity, method, seq.
 */
export function auditHashInputFromJson(
  prevHash: string,
  entry: Omit<AuditFields, 'before' | 'after'>,
  beforeJson: string,
  afterJson: string,
): string {
  const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  return `${prevHash}{"actor":${text(entry.actor)},"after":${afterJson},"at":${text(entry.at)},"before":${beforeJson},"entity":${text(entry.entity)},"method":${text(entry.method)},"seq":${entry.seq}}`;
}

export function auditEntryHash(prevHash: string, entry: AuditFields, sha256: (text: string) => string = sha256Hex): string {
  return sha256(auditHashInput(prevHash, entry));
}

/**
 * Whether a verified whole chain ends at `head`: numbered 1…n, its head is entry n (seq 0 and the genesis hash
 * for an empty chain).
 */
export function chainEndsAt(chain: AuditVerification, head: { seq: number; hash: string }): boolean {
  return chain.ok && chain.entries === head.seq && (chain.head ?? AUDIT_GENESIS_HASH) === head.hash;
}

/**
 * Whether a chain, fed an entry at a time, carries on from a head anchored earlier (a receiver holds the head
 * of the sender's last filing): the entry at that seq is still there with that hash — or a `backup.restore`
 * entry says it replaced exactly that history (a restore rewinds the log to the backup's, and records the
 * head it replaced). A re-hashed or truncated chain does neither. Fed entry by entry so a large log streams.
 */
export function continuityFrom(anchor: { seq: number; hash: string }): { add(entry: AuditEntry): void; continues(): boolean } {
  let found = anchor.seq === 0;
  return {
    add(entry) {
      if (entry.seq === anchor.seq && entry.hash === anchor.hash) found = true;
      else if (entry.method === 'backup.restore' && sameHead(entry.before, anchor)) found = true;
    },
    continues: () => found,
  };
}

function sameHead(before: unknown, anchor: { seq: number; hash: string }): boolean {
  const replaced =
    before !== null && typeof before === 'object'
      ? (before as { auditHead?: { seq?: unknown; hash?: unknown } | null }).auditHead
      : undefined;
  return replaced?.seq === anchor.seq && replaced.hash === anchor.hash;
}

/**
 * Checks a whole chain, oldest first: numbered 1, 2, 3… without gaps, each linked to the one before, each
 * hash matching its content. Names the first entry where that fails.
 */
export function verifyAuditChain(entries: readonly AuditEntry[], sha256: (text: string) => string = sha256Hex): AuditVerification {
  const chain = auditChainVerifier(sha256);
  for (const entry of entries) if (!chain.add(entry)) break;
  return chain.result(entries.length);
}

/**
 * The same check an entry at a time, so a log of any length is verified holding one entry: `add` says
 * whether the chain is still whole; `result` gives the verdict over `total` entries.
 */
export function auditChainVerifier(sha256: (text: string) => string = sha256Hex): {
  add(entry: AuditEntry): boolean;
  result(total: number): AuditVerification;
} {
  let prevHash = AUDIT_GENESIS_HASH;
  let index = 0;
  let firstBroken: NonNullable<AuditVerification['firstBroken']> | undefined;
  return {
    add(entry) {
      if (firstBroken !== undefined) return false;
      const reason =
        entry.seq !== index + 1
          ? 'sequence'
          : entry.prevHash !== prevHash
            ? 'link'
            : auditEntryHash(prevHash, entry, sha256) !== entry.hash
              ? 'content'
              : undefined;
      if (reason !== undefined) {
        firstBroken = { seq: entry.seq, index, reason };
        return false;
      }
      prevHash = entry.hash;
      index++;
      return true;
    },
    result(total) {
      if (firstBroken !== undefined) return { ok: false, entries: total, head: null, firstBroken };
      return { ok: true, entries: total, head: index > 0 ? prevHash : null };
    },
  };
}
