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
export function auditHashInputFromJson(prevHash: string, entry: Omit<AuditFields, 'before' | 'after'>, beforeJson: string, afterJson: string): string {
  const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  return `${prevHash}{"actor":${text(entry.actor)},"after":${afterJson},"at":${text(entry.at)},"before":${beforeJson},"entity":${text(entry.entity)},"method":${text(entry.method)},"seq":${entry.seq}}`;
}

export function auditEntryHash(prevHash: string, entry: AuditFields, sha256: (text: string) => string = sha256Hex): string {
  return sha256(auditHashInput(prevHash, entry));
}

/** Whether `head` is the newest entry of the chain (seq 0 and the genesis hash for an empty one). */
export function isChainHead(entries: readonly AuditEntry[], head: { seq: number; hash: string }): boolean {
  const newest = entries.at(-1);
  return newest ? newest.seq === head.seq && newest.hash === head.hash : head.seq === 0 && head.hash === AUDIT_GENESIS_HASH;
}

/**
 * Whether a chain carries on from a head anchored earlier (a receiver holds the head of the sender's last
 * filing): the entry at that seq is still there with that hash — or a `backup.restore` entry says it replaced
 * exactly that history (a restore rewinds the log to the backup's, and records the head it replaced).
 * A re-hashed or truncated chain does neither.
 */
export function continuesFrom(entries: readonly AuditEntry[], anchor: { seq: number; hash: string }): boolean {
  if (anchor.seq === 0) return true;
  if (entries[anchor.seq - 1]?.hash === anchor.hash) return true;
  return entries.some((entry) => entry.method === 'backup.restore' && sameHead(entry.before, anchor));
}

function sameHead(before: unknown, anchor: { seq: number; hash: string }): boolean {
  const replaced = before !== null && typeof before === 'object' ? (before as { auditHead?: { seq?: unknown; hash?: unknown } | null }).auditHead : undefined;
  return replaced?.seq === anchor.seq && replaced.hash === anchor.hash;
}

/**
 * Checks a whole chain, oldest first: numbered 1, 2, 3… without gaps, each linked to the one before, each
 * hash matching its content. Names the first entry where that fails.
 */
export function verifyAuditChain(entries: readonly AuditEntry[], sha256: (text: string) => string = sha256Hex): AuditVerification {
  let prevHash = AUDIT_GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const broken = (reason: 'sequence' | 'link' | 'content') => ({ ok: false, entries: entries.length, head: null, firstBroken: { seq: entry.seq, index, reason } });
    if (entry.seq !== index + 1) return broken('sequence');
    if (entry.prevHash !== prevHash) return broken('link');
    if (auditEntryHash(prevHash, entry, sha256) !== entry.hash) return broken('content');
    prevHash = entry.hash;
  }
  return { ok: true, entries: entries.length, head: entries.length > 0 ? prevHash : null };
}
