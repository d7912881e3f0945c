/** SQL for the filing chain (tables of migration 015): receipts signed and received, reviews, packages sent. */
import type Database from 'better-sqlite3';
import {
  receiptSchema,
  reviewSchema,
  type IssuedReceipt,
  type Receipt,
  type Review,
  type SentPackage,
} from '../../../shared/contract/filing/receipt';
import type { FilingStatus } from '../../../shared/contract/filing/receiver';
import { setFactsStatus } from './facts';

// ── Receiver: receipts signed, decisions, reviews ─────────────────────────────────────────────────────

/** The next sequence number of the receiver's accession numbers in a year (writes run one at a time). */
export function nextAccessionSeq(db: Database.Database, year: number): number {
  return db.prepare('SELECT COALESCE(MAX(accession_seq), 0) + 1 FROM issued_receipts WHERE accession_year = ?').pluck().get(year) as number;
}

export interface NewIssuedReceipt {
  receipt: Receipt;
  year: number;
  seq: number;
  filingId: string | null;
  /** The workspace's copy, relative to the workspace folder. */
  file: string;
  issuedBy: string;
}

export function insertIssuedReceipt(db: Database.Database, issued: NewIssuedReceipt): void {
  const { receipt } = issued;
  db.prepare('INSERT INTO issued_receipts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    receipt.receiptId,
    receipt.accessionNumber,
    issued.year,
    issued.seq,
    receipt.packageId,
    issued.filingId,
    receipt.sender.uscc,
    receipt.sender.name,
    receipt.period,
    receipt.result,
    JSON.stringify(receipt),
    issued.file,
    receipt.issuedAt,
    issued.issuedBy,
  );
}

interface IssuedRow {
  receipt_json: string;
  filing_id: string | null;
  file: string;
  issued_by: string;
}

/** A signed receipt as the receiver lists it. */
export function issuedReceiptFrom(receipt: Receipt, held: { filingId: string | null; issuedBy: string; path: string }): IssuedReceipt {
  return {
    receiptId: receipt.receiptId,
    accessionNumber: receipt.accessionNumber,
    packageId: receipt.packageId,
    filingId: held.filingId,
    enterprise: receipt.sender,
    period: receipt.period,
    result: receipt.result,
    reasons: receipt.reasons,
    issuedAt: receipt.issuedAt,
    issuedBy: held.issuedBy,
    path: held.path,
  };
}

const toIssued = (row: IssuedRow): IssuedReceipt =>
  issuedReceiptFrom(receiptSchema.parse(JSON.parse(row.receipt_json)), {
    filingId: row.filing_id,
    issuedBy: row.issued_by,
    path: row.file,
  });

export function receiptsForFiling(db: Database.Database, filingId: string): IssuedReceipt[] {
  const rows = db
    .prepare(
      'SELECT receipt_json, filing_id, file, issued_by FROM issued_receipts WHERE filing_id = ? ORDER BY issued_at DESC, accession_seq DESC',
    )
    .all(filingId) as IssuedRow[];
  return rows.map(toIssued);
}

export function findIssuedReceipt(db: Database.Database, receiptId: string): IssuedReceipt | null {
  const row = db.prepare('SELECT receipt_json, filing_id, file, issued_by FROM issued_receipts WHERE receipt_id = ?').get(receiptId) as
    IssuedRow | undefined;
  return row ? toIssued(row) : null;
}

export function setFilingStatus(db: Database.Database, filingId: string, status: FilingStatus): void {
  db.prepare('UPDATE received_filings SET status = ? WHERE id = ?').run(status, filingId);
  setFactsStatus(db, filingId, status);
}

export function saveReview(db: Database.Database, filingId: string, review: Review): void {
  db.prepare('INSERT INTO filing_reviews VALUES (?, ?) ON CONFLICT (filing_id) DO UPDATE SET review_json = excluded.review_json').run(
    filingId,
    JSON.stringify(review),
  );
}

export function reviewOf(db: Database.Database, filingId: string): Review | null {
  const json = db.prepare('SELECT review_json FROM filing_reviews WHERE filing_id = ?').pluck().get(filingId) as string | undefined;
  return json ? reviewSchema.parse(JSON.parse(json)) : null;
}

// ── Sender: packages sent and the receipts that came back ─────────────────────────────────────────────

export interface NewSentPackage {
  packageId: string;
  uscc: string;
  period: string;
  createdAt: string;
  manifestSha256: string;
  path: string;
  amends: string | null;
}

export function insertSentPackage(db: Database.Database, sent: NewSentPackage): void {
  db.prepare('INSERT INTO sent_packages VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    sent.packageId,
    sent.uscc,
    sent.period,
    sent.createdAt,
    sent.manifestSha256,
    sent.path,
    sent.amends,
  );
}

interface SentRow {
  package_id: string;
  uscc: string;
  period: string;
  created_at: string;
  manifest_sha256: string;
  path: string;
  amends_package_id: string | null;
  receipt_json: string | null;
}

/** Each sent package with its newest receipt by the receiver's time (the sender's clock decides nothing here). */
const SENT_WITH_RECEIPT = `
  SELECT s.*, (SELECT receipt_json FROM sent_receipts r WHERE r.package_id = s.package_id ORDER BY r.issued_at DESC, r.imported_at DESC LIMIT 1) AS receipt_json
  FROM sent_packages s`;

const toSent = (row: SentRow): SentPackage => {
  const receipt = row.receipt_json ? receiptSchema.parse(JSON.parse(row.receipt_json)) : null;
  return {
    packageId: row.package_id,
    period: row.period,
    createdAt: row.created_at,
    manifestSha256: row.manifest_sha256,
    path: row.path,
    amends: row.amends_package_id,
    state: receipt?.result ?? 'sent',
    receipt,
  };
};

export function listSentPackages(db: Database.Database): SentPackage[] {
  return (db.prepare(`${SENT_WITH_RECEIPT} ORDER BY s.created_at DESC, s.rowid DESC`).all() as SentRow[]).map(toSent);
}

export function findSentPackage(db: Database.Database, packageId: string): (SentPackage & { uscc: string }) | null {
  const row = db.prepare(`${SENT_WITH_RECEIPT} WHERE s.package_id = ?`).get(packageId) as SentRow | undefined;
  return row ? { ...toSent(row), uscc: row.uscc } : null;
}

export function hasSentReceipt(db: Database.Database, receiptId: string): boolean {
  return db.prepare('SELECT 1 FROM sent_receipts WHERE receipt_id = ?').get(receiptId) !== undefined;
}

export function insertSentReceipt(db: Database.Database, receipt: Receipt, importedAt: string): void {
  db.prepare('INSERT INTO sent_receipts VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    receipt.receiptId,
    receipt.packageId,
    receipt.accessionNumber,
    receipt.result,
    receipt.issuedAt,
    JSON.stringify(receipt),
    importedAt,
  );
}
