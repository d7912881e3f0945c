/**
 * The audit log's storage: append an entry in the caller's transaction, read pages, export and verify the
 * chain. Hashing goes through Node's crypto here (fast); shared/domain/audit verifies the same hashes in
 * pure code, so a receiver or the renderer can check a chain without the backend.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditVerification } from '../../../shared/contract/audit/schemas';
import { LIMITS } from '../../../shared/contract/limits';
import { AUDIT_GENESIS_HASH, auditHashInputFromJson, canonicalJson, verifyAuditChain } from '../../../shared/domain/audit';

export interface AuditRecord {
  at: string;
  actor: string;
  method: string;
  entity: string | null;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  method: string;
  entity: string | null;
  before_json: string;
  after_json: string;
  prev_hash: string;
  hash: string;
}

export const nodeSha256 = (text: string): string => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** A value as it is kept: itself, or — past the size limit — its size and the SHA-256 of its canonical JSON. */
export function boundedAuditValue(value: unknown): { value: unknown; json: string } {
  const json = canonicalJson(value ?? null);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes <= LIMITS.maxAuditValueBytes) return { value, json };
  const digest = { omitted: true, bytes, sha256: nodeSha256(json) };
  return { value: digest, json: canonicalJson(digest) };
}

const statements = new WeakMap<Database.Database, { head: Database.Statement; insert: Database.Statement }>();

function prepared(db: Database.Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare('INSERT INTO audit_log (seq, at, actor, method, entity, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * Appends one entry linked to the current head. Call it inside the transaction of the write it records, so
 * both commit or neither does.
 */
export function appendAuditEntry(db: Database.Database, record: AuditRecord): { seq: number; hash: string } {
  const { head, insert } = prepared(db);
  const last = head.get() as { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const before = boundedAuditValue(record.before);
  const after = boundedAuditValue(record.after);
  const fields = { seq, at: record.at, actor: record.actor, method: record.method, entity: record.entity };
  const hash = nodeSha256(auditHashInputFromJson(prevHash, fields, before.json, after.json));
  insert.run(seq, fields.at, fields.actor, fields.method, fields.entity, before.json, after.json, prevHash, hash);
  return { seq, hash };
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  actor: row.actor,
  method: row.method,
  entity: row.entity,
  before: JSON.parse(row.before_json) as unknown,
  after: JSON.parse(row.after_json) as unknown,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The whole chain, oldest first, as the filing package carries it. */
/** The newest entry's seq and hash; seq 0 and the genesis hash for an empty log. What a filing package anchors. */
export function auditChainHead(db: Database.Database): { seq: number; hash: string } {
  const newest = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return newest ?? { seq: 0, hash: AUDIT_GENESIS_HASH };
}

export function exportAuditChain(db: Database.Database): AuditEntry[] {
  return (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]).map(toEntry);
}

export function listAuditEntries(db: Database.Database, page: { offset: number; limit: number; method?: string | undefined }): { total: number; entries: AuditEntry[] } {
  const where = page.method ? 'WHERE method = ?' : '';
  const args = page.method ? [page.method] : [];
  const total = db.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck().get(...args) as number;
  const rows = db.prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...args, page.limit, page.offset) as AuditRow[];
  return { total, entries: rows.map(toEntry) };
}

/** Verifies the stored chain. An entry whose stored JSON cannot even be read counts as edited content. */
export function verifyStoredAuditChain(db: Database.Database): AuditVerification {
  const total = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const entries: AuditEntry[] = [];
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    try {
      entries.push(toEntry(row));
    } catch {
      const before = verifyAuditChain(entries, nodeSha256);
      const firstBroken = before.firstBroken ?? { seq: row.seq, index: entries.length, reason: 'content' as const };
      return { ok: false, entries: total, head: null, firstBroken };
    }
  }
  return verifyAuditChain(entries, nodeSha256);
}
