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
