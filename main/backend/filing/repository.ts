/** SQL for the receiver's trust list and received filings (tables of migration 006). */
import type Database from 'better-sqlite3';
import type { AuditHead, Manifest, SignerInfo } from '../../../shared/contract/filing/schemas';
import {
  filingSummarySchema,
  type FilingStatus,
  type FilingSummary,
  type ReceivedFiling,
  type TrustEntry,
} from '../../../shared/contract/filing/receiver';
import { SUMMARY_VERSION, summarizeFiling } from '../../../shared/domain/filing/summary';
import { currentFilingOrder, staleSummaryIds, writeFilingFacts, type FactsSubject } from './facts';

// ── Trust list ────────────────────────────────────────────────────────────────────────────────────────

interface TrustRow {
  id: string;
  fingerprint_sha256: string;
  certificate_pem: string;
  subject: string;
  issuer: string;
  not_before: string;
  not_after: string;
  is_ca: number;
  label: string;
  added_at: string;
  added_by: string;
}

const toTrustEntry = (row: TrustRow): TrustEntry => ({
  id: row.id,
  fingerprintSha256: row.fingerprint_sha256,
  subject: row.subject,
  issuer: row.issuer,
  notBefore: row.not_before,
  notAfter: row.not_after,
  isCa: row.is_ca === 1,
  label: row.label,
  addedAt: row.added_at,
  addedBy: row.added_by,
});

export function listTrust(db: Database.Database): TrustEntry[] {
  return (db.prepare('SELECT * FROM filing_trust ORDER BY added_at, id').all() as TrustRow[]).map(toTrustEntry);
}

export function trustedCertificatesPem(db: Database.Database): string[] {
  return db.prepare('SELECT certificate_pem FROM filing_trust ORDER BY added_at, id').pluck().all() as string[];
}

export function findTrustByFingerprint(db: Database.Database, fingerprint: string): TrustEntry | null {
  const row = db.prepare('SELECT * FROM filing_trust WHERE fingerprint_sha256 = ?').get(fingerprint) as TrustRow | undefined;
  return row ? toTrustEntry(row) : null;
}

export function insertTrust(db: Database.Database, entry: TrustEntry, certificatePem: string): void {
  db.prepare('INSERT INTO filing_trust VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    entry.id,
    entry.fingerprintSha256,
    certificatePem,
    entry.subject,
    entry.issuer,
    entry.notBefore,
    entry.notAfter,
    entry.isCa ? 1 : 0,
    entry.label,
    entry.addedAt,
    entry.addedBy,
  );
}

export function removeTrust(db: Database.Database, id: string): boolean {
  return db.prepare('DELETE FROM filing_trust WHERE id = ?').run(id).changes > 0;
}

// ── Received filings ──────────────────────────────────────────────────────────────────────────────────

export interface NewFiling {
  id: string;
  manifest: Manifest;
  signer: SignerInfo;
  data: Record<string, unknown>;
  summary: FilingSummary;
  importedAt: string;
  importedBy: string;
  folder: string;
  manifestSha256: string;
  /** Accepted when the import signed an acceptance receipt; received (undecided) otherwise. */
  status: FilingStatus;
  /** The package file as received, relative to the workspace folder, and its SHA-256. */
  packageFile: string;
  packageSha256: string;
  /** The roll-up filing that carried this one; null when received directly. */
  parentId: string | null;
}

interface FilingRow {
  id: string;
  package_id: string;
  uscc: string;
  enterprise_name: string;
  period: string;
  created_at: string;
  imported_at: string;
  imported_by: string;
  signer_fingerprint: string;
  signer_subject: string;
  file_count: number;
  total_bytes: number;
  status: FilingStatus;
  amends_package_id: string | null;
  accession_number: string | null;
  parent_filing_id: string | null;
  children: number;
  is_current: number;
}

/**
 * Every filing with a flag for the current one of its enterprise and period, the one consolidated: the
 * accepted one received last if any was accepted, else the undecided one received last (rowid order) — never
 * a returned one, and never the one whose sender-chosen createdAt is latest (a package dated 2029 must not
 * stay current). Filings carried in a roll-up compete only with their siblings in it: each tier keeps its view. The accession number is that of the newest receipt signed for it.
 */
const FILINGS_WITH_CURRENT = `
  SELECT id, package_id, uscc, enterprise_name, period, created_at, imported_at, imported_by, signer_fingerprint,
         signer_subject, file_count, total_bytes, status, amends_package_id, parent_filing_id,
         (SELECT COUNT(*) FROM received_filings c WHERE c.parent_filing_id = f.id) AS children,
         (SELECT accession_number FROM issued_receipts r WHERE r.filing_id = f.id ORDER BY r.issued_at DESC, r.accession_seq DESC LIMIT 1) AS accession_number,
         status <> 'returned'
           AND ROW_NUMBER() OVER (PARTITION BY uscc, period, IFNULL(parent_filing_id, '') ORDER BY ${currentFilingOrder('rowid')}) = 1 AS is_current
  FROM received_filings f`;

const toFiling = (row: FilingRow): ReceivedFiling => ({
  id: row.id,
  packageId: row.package_id,
  enterprise: { name: row.enterprise_name, uscc: row.uscc },
  period: row.period,
  createdAt: row.created_at,
  importedAt: row.imported_at,
  importedBy: row.imported_by,
  signerFingerprint: row.signer_fingerprint,
  signerSubject: row.signer_subject,
  fileCount: row.file_count,
  totalBytes: row.total_bytes,
  current: row.is_current === 1,
  status: row.status,
  amends: row.amends_package_id,
  accessionNumber: row.accession_number,
  parentId: row.parent_filing_id,
  children: row.children,
});

export function insertFiling(db: Database.Database, filing: NewFiling): void {
  const { manifest } = filing;
  const { lastInsertRowid } = db.prepare(`INSERT INTO received_filings VALUES (${Array(24).fill('?').join(', ')})`).run(
    filing.id,
    manifest.packageId,
    manifest.enterprise.uscc,
    manifest.enterprise.name,
    manifest.period,
    manifest.createdAt,
    filing.importedAt,
    filing.importedBy,
    filing.signer.fingerprintSha256,
    filing.signer.subject,
    JSON.stringify(filing.signer),
    JSON.stringify(manifest),
    JSON.stringify(filing.data),
    JSON.stringify(filing.summary),
    SUMMARY_VERSION,
    filing.folder,
    manifest.files.length,
    manifest.files.reduce((sum, file) => sum + file.size, 0),
    filing.status,
    manifest.amends ?? null,
    filing.manifestSha256,
    filing.packageFile,
    filing.packageSha256,
    filing.parentId,
  );
  const subject = {
    id: filing.id,
    seq: Number(lastInsertRowid),
    uscc: manifest.enterprise.uscc,
    enterpriseName: manifest.enterprise.name,
    period: manifest.period,
    createdAt: manifest.createdAt,
    status: filing.status,
  };
  writeFilingFacts(db, subject, filing.data, filing.summary);
}

function factsSubject(db: Database.Database, id: string): FactsSubject {
  const row = db
    .prepare('SELECT rowid AS seq, uscc, enterprise_name, period, created_at, status FROM received_filings WHERE id = ?')
    .get(id) as
    { seq: number; uscc: string; enterprise_name: string; period: string; created_at: string; status: FilingStatus } | undefined;
  if (!row) throw new Error(`no filing ${id}`);
  return {
    id,
    seq: row.seq,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    period: row.period,
    createdAt: row.created_at,
    status: row.status,
  };
}

function storedData(db: Database.Database, id: string): Record<string, unknown> {
  return JSON.parse(db.prepare('SELECT data_json FROM received_filings WHERE id = ?').pluck().get(id) as string) as Record<string, unknown>;
}

/** Rewrites a filing's consolidation facts from its stored data and (current) summary. */
export function refreshFilingFacts(db: Database.Database, id: string): void {
  const summary = filingSummary(db, id);
  writeFilingFacts(db, factsSubject(db, id), storedData(db, id), summary);
}

export function findFilingByPackageId(db: Database.Database, packageId: string): ReceivedFiling | null {
  const row = db.prepare(`SELECT * FROM (${FILINGS_WITH_CURRENT}) WHERE package_id = ?`).get(packageId) as FilingRow | undefined;
  return row ? toFiling(row) : null;
}

/** `parent`: only the filings a roll-up filing carried (its id), or (`'none'`) only those received directly. */
export function listFilings(
  db: Database.Database,
  filter: { uscc?: string | undefined; period?: string | undefined; parent?: string | undefined } = {},
): ReceivedFiling[] {
  const rows = db
    .prepare(
      `SELECT * FROM (${FILINGS_WITH_CURRENT})
       WHERE (@uscc IS NULL OR uscc = @uscc) AND (@period IS NULL OR period = @period)
         AND (@parent IS NULL OR (@parent = 'none' AND parent_filing_id IS NULL) OR parent_filing_id = @parent)
       ORDER BY enterprise_name, uscc, period DESC, created_at DESC`,
    )
    .all({ uscc: filter.uscc ?? null, period: filter.period ?? null, parent: filter.parent ?? null }) as FilingRow[];
  return rows.map(toFiling);
}

/** The audit head that an enterprise's filing received last here signed (null before format version 2). */
export function lastAnchoredAuditHead(
  db: Database.Database,
  uscc: string,
): { packageId: string; importedAt: string; head: AuditHead } | null {
  const row = db
    .prepare('SELECT package_id, imported_at, manifest_json FROM received_filings WHERE uscc = ? ORDER BY rowid DESC LIMIT 1')
    .get(uscc) as { package_id: string; imported_at: string; manifest_json: string } | undefined;
  const head = row ? (JSON.parse(row.manifest_json) as Manifest).auditHead : undefined;
  return row && head ? { packageId: row.package_id, importedAt: row.imported_at, head } : null;
}

export function getFiling(db: Database.Database, id: string): ReceivedFiling | null {
  const row = db.prepare(`SELECT * FROM (${FILINGS_WITH_CURRENT}) WHERE id = ?`).get(id) as FilingRow | undefined;
  return row ? toFiling(row) : null;
}

export function filingContent(
  db: Database.Database,
  id: string,
): {
  manifest: Manifest;
  signer: SignerInfo;
  data: Record<string, unknown>;
  folder: string;
  manifestSha256: string | null;
  packageFile: string | null;
  packageSha256: string | null;
} | null {
  const row = db
    .prepare(
      'SELECT manifest_json, signer_json, data_json, folder, manifest_sha256, package_file, package_sha256 FROM received_filings WHERE id = ?',
    )
    .get(id) as
    | {
        manifest_json: string;
        signer_json: string;
        data_json: string;
        folder: string;
        manifest_sha256: string | null;
        package_file: string | null;
        package_sha256: string | null;
      }
    | undefined;
  if (!row) return null;
  return {
    manifest: JSON.parse(row.manifest_json) as Manifest,
    signer: JSON.parse(row.signer_json) as SignerInfo,
    data: JSON.parse(row.data_json) as Record<string, unknown>,
    folder: row.folder,
    manifestSha256: row.manifest_sha256,
    packageFile: row.package_file,
    packageSha256: row.package_sha256,
  };
}

/**
 * A filing's summary as stored. A summary made under older rules is recomputed here but not stored: this is
 * a read, and a read must not write while another call's write may hold the connection's transaction. The
 * stored copy is brought up to date after the workspace opens, before its first call (`refreshStaleSummaries`),
 * so this path only runs for a workspace the current build has not yet opened.
 */
export function filingSummary(db: Database.Database, id: string): FilingSummary {
  const row = db.prepare('SELECT summary_json, summary_version, created_at FROM received_filings WHERE id = ?').get(id) as
    { summary_json: string; summary_version: number; created_at: string } | undefined;
  if (!row) throw new Error(`no filing ${id}`);
  if (row.summary_version === SUMMARY_VERSION) {
    const stored = filingSummarySchema.safeParse(JSON.parse(row.summary_json));
    if (stored.success) return stored.data;
  }
  return summarizeFiling(storedData(db, id), row.created_at.slice(0, 10));
}

/**
 * Summaries made under older rules, and the facts read off them, are rewritten, so neither a filing's page nor
 * the consolidated views ever mix figures of two rule versions. Runs after the workspace opens,
 * before its first call (main/backend/open-maintenance.ts): only a new build changes the rules.
 */
export function refreshStaleSummaries(db: Database.Database): void {
  for (const id of staleSummaryIds(db)) {
    const summary = filingSummary(db, id);
    db.prepare('UPDATE received_filings SET summary_json = ?, summary_version = ? WHERE id = ?').run(
      JSON.stringify(summary),
      SUMMARY_VERSION,
      id,
    );
    writeFilingFacts(db, factsSubject(db, id), storedData(db, id), summary);
  }
}

export function periods(db: Database.Database): string[] {
  return db.prepare('SELECT DISTINCT period FROM received_filings ORDER BY period DESC').pluck().all() as string[];
}
