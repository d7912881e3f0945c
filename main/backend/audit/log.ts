/**
 * The audit log's storage: append an entry in the caller's transaction, read pages, export and verify the
 * chain. Hashing goes through Node's crypto here (fast); shared/domain/audit verifies the same hashes in
 * pure code, so a receiver or the renderer can check a chain without the backend.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditVerification } from '../../../shared/contract/audit/schemas';
import { LIMITS } from '../../../shared/contract/limits';
import { AUDIT_GENESIS_HASH, auditChainVerifier, auditHashInputFromJson, canonicalJson } from '../../../shared/domain/audit';

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
      insert: db.prepare(
        'INSERT INTO audit_log (seq, at, actor, method, entity, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
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

/** The newest entry's seq and hash; seq 0 and the genesis hash for an empty log. What a filing package anchors. */
export function auditChainHead(db: Database.Database): { seq: number; hash: string } {
  const newest = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return newest ?? { seq: 0, hash: AUDIT_GENESIS_HASH };
}

/** The whole chain, oldest first, as the filing package carries it (for small logs and tests: it holds them all). */
export function exportAuditChain(db: Database.Database): AuditEntry[] {
  return (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]).map(toEntry);
}

/**
 * The same chain as JSON text (exactly `JSON.stringify(exportAuditChain(db))`), a piece at a time: a
 * 127 MB log is never one array, one string and one buffer at once. One statement reads the rows, so
 * they are one snapshot even if entries are appended meanwhile.
 */
export function* auditChainJsonChunks(db: Database.Database): Generator<string> {
  yield '[';
  let first = true;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    yield `${first ? '' : ','}${JSON.stringify(toEntry(row))}`;
    first = false;
  }
  yield ']';
}

/** Writes the chain's JSON (and a final newline) to a file, a piece at a time; returns its size in bytes. */
export function writeAuditChainFile(db: Database.Database, file: string): number {
  const fd = fs.openSync(file, 'wx', 0o600);
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const bytes = Buffer.from(pending.join(''), 'utf8');
    fs.writeSync(fd, bytes);
    size += bytes.byteLength;
    pending = [];
    pendingLength = 0;
  };
  try {
    for (const chunk of auditChainJsonChunks(db)) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= WRITE_BATCH_CHARS) flush();
    }
    pending.push('\n');
    flush();
  } finally {
    fs.closeSync(fd);
  }
  return size;
}

/** The size of the file writeAuditChainFile would write, without writing it (for a preview). */
export function auditChainFileBytes(db: Database.Database): number {
  let size = 1; // the final newline
  for (const chunk of auditChainJsonChunks(db)) size += Buffer.byteLength(chunk, 'utf8');
  return size;
}

/** Entries are gathered into writes of about a megabyte: one system call per entry would be slow. */
const WRITE_BATCH_CHARS = 1024 * 1024;

export function listAuditEntries(
  db: Database.Database,
  page: { offset: number; limit: number; method?: string | undefined },
): { total: number; entries: AuditEntry[] } {
  const where = page.method ? 'WHERE method = ?' : '';
  const args = page.method ? [page.method] : [];
  const total = db
    .prepare(`SELECT count(*) FROM audit_log ${where}`)
    .pluck()
    .get(...args) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...args, page.limit, page.offset) as AuditRow[];
  return { total, entries: rows.map(toEntry) };
}

/**
 * Verifies the stored chain an entry at a time (memory stays flat however long the log). An entry whose
 * stored JSON cannot even be read counts as edited content.
 */
export function verifyStoredAuditChain(db: Database.Database): AuditVerification {
  const total = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const chain = auditChainVerifier(nodeSha256);
  let index = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    let entry: AuditEntry;
    try {
      entry = toEntry(row);
    } catch {
      return { ok: false, entries: total, head: null, firstBroken: { seq: row.seq, index, reason: 'content' } };
    }
    if (!chain.add(entry)) break; // leaving the loop closes the statement
    index++;
  }
  return chain.result(total);
}
