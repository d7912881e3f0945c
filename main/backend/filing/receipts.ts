/**
 * Receipts (回执), both ends. The receiver signs one for each decision on a package — accepted on import,
 * returned for correction with reasons per section, or refused after verification when the signer was
 * trusted — with its own keys, numbered by accession number. The sender imports it, verified against its trust
 * list and matched to a package it sent; the receipt's time (the receiver's clock) dates the filing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  RECEIPT_EXTENSION,
  RECEIPT_FORMAT,
  RECEIPT_FORMAT_VERSION,
  type IssuedReceipt,
  type Receipt,
  type SentPackage,
} from '../../../shared/contract/filing/receipt';
import type { VerifyResult } from '../../../shared/contract/filing/schemas';
import { VERIFY_STEPS } from '../../../shared/contract/filing/codes';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { newExportPath } from '../files/workspace-files';
import { readProfile } from '../profile/repository';
import {
  findSentPackage,
  hasSentReceipt,
  insertIssuedReceipt,
  issuedReceiptFrom,
  insertSentReceipt,
  nextAccessionSeq,
  type NewIssuedReceipt,
} from './chain-repository';
import { loadSigningKeys, type SigningKeys } from './keys';
import { subjectNamesUscc } from './pki';
import { sm2KeySha256, verifyReceipt, writeReceipt } from './receipt-file';
import { refusedForFindings, trustFor } from './receive';

/** The receiver's copies of the receipts it signed, one file per accession number. */
export const RECEIPTS_FOLDER = 'receipts';

/** How a receiver signs receipts: its keys, and where the caller wants the file (default: under exports/). */
export interface ReceiptRequest {
  passphrase: string;
  keyDir: string;
  out?: string | undefined;
}

/** Keys loaded and identity checked before anything else happens: a wrong passphrase changes nothing. */
export interface ReceiptIssuer {
  receiver: { name: string; uscc: string };
  keys: SigningKeys;
  out: string | undefined;
}

export async function prepareIssuer(ctx: HandlerContext, request: ReceiptRequest): Promise<ReceiptIssuer> {
  const profile = readProfile(ctx.db);
  if (!profile) throw new AppError('filing.export.noProfile');
  const out = request.out ? path.resolve(request.out) : undefined;
  if (out && fs.existsSync(out))
    throw new AppError('filing.write.outputUnwritable', { path: out, detail: 'EEXIST' }, { file: out, field: 'out' });
  const keys = await loadSigningKeys(request.keyDir, request.passphrase);
  if (!subjectNamesUscc(keys.certificateDer, profile.uscc))
    throw new AppError('filing.write.signerEnterpriseMismatch', { uscc: profile.uscc }, { field: 'keyDir' });
  return { receiver: { name: profile.name, uscc: profile.uscc }, keys, out };
}

export type ReceiptFields = Pick<
  Receipt,
  'sender' | 'packageId' | 'manifestSha256' | 'period' | 'result' | 'reasons' | 'refusal' | 'amends' | 'review'
>;

/**
 * Signs a receipt into the workspace's receipts folder and gives what to record. The caller records it in the
 * transaction that commits the decision, then publishes it (`publishReceipt`); if that transaction fails it
 * calls `discardReceipt`, so no signed receipt exists for a decision that was not kept.
 */
export async function signReceipt(
  ctx: HandlerContext,
  issuer: ReceiptIssuer,
  fields: ReceiptFields,
  filingId: string | null,
): Promise<NewIssuedReceipt> {
  const now = ctx.now();
  const year = now.getUTCFullYear();
  const seq = nextAccessionSeq(ctx.db, year);
  const receipt: Receipt = {
    format: RECEIPT_FORMAT,
    formatVersion: RECEIPT_FORMAT_VERSION,
    receiptId: crypto.randomUUID(),
    accessionNumber: `${issuer.receiver.uscc}-${year}-${String(seq).padStart(6, '0')}`,
    receiver: { ...issuer.receiver, sm2KeySha256: sm2KeySha256(issuer.keys) },
    issuedAt: now.toISOString(),
    ...fields,
  };
  const file = path.join(RECEIPTS_FOLDER, `${receipt.accessionNumber}${RECEIPT_EXTENSION}`);
  fs.mkdirSync(path.join(ctx.dataDir, RECEIPTS_FOLDER), { recursive: true });
  await writeReceipt(path.join(ctx.dataDir, file), receipt, issuer.keys);
  return { receipt, year, seq, filingId, file, issuedBy: ctx.actor };
}

export function discardReceipt(ctx: HandlerContext, issued: NewIssuedReceipt): void {
  fs.rmSync(path.join(ctx.dataDir, issued.file), { force: true });
}

/** Records the signed receipt (inside the caller's transaction). */
export function recordReceipt(ctx: HandlerContext, issued: NewIssuedReceipt): void {
  insertIssuedReceipt(ctx.db, issued);
}

/** The row shape of a receipt just signed (its path is the workspace's copy until published). */
export function issuedReceiptOf(issued: NewIssuedReceipt): IssuedReceipt {
  return issuedReceiptFrom(issued.receipt, { filingId: issued.filingId, issuedBy: issued.issuedBy, path: issued.file });
}

/** Copies the workspace's copy to where the caller asked (or under exports/) and says where it went. */
export function publishReceipt(ctx: HandlerContext, issued: NewIssuedReceipt, out: string | undefined): string {
  const target = out ?? newExportPath(ctx.dataDir, `receipt-${issued.receipt.accessionNumber}${RECEIPT_EXTENSION}`, ctx.now());
  fs.copyFileSync(path.join(ctx.dataDir, issued.file), target, fs.constants.COPYFILE_EXCL);
  return target;
}

/** The steps whose failure means the signer is not proven: a refusal receipt goes only to a proven signer. */
const SIGNER_STEPS = new Set<string>(
  VERIFY_STEPS.filter(({ step }) => step === 'cms' || step === 'sm2' || step === 'signer').flatMap(({ codes }) => codes),
);

/** Whether verification proved who signed (a trusted signer), whatever else it found wrong. */
export function signerProven(verify: VerifyResult): boolean {
  return (
    verify.signer !== undefined &&
    verify.manifest !== undefined &&
    verify.manifestSha256 !== undefined &&
    !verify.errors.some((error) => SIGNER_STEPS.has(error.code))
  );
}

// ── The sender's side ─────────────────────────────────────────────────────────────────────────────────

export async function verifyReceiptFile(ctx: HandlerContext, input: { path: string; trust: string[]; useTrustList?: boolean }) {
  return verifyReceipt(input.path, { trust: trustFor(ctx, input.trust, input.useTrustList ?? true), now: ctx.now(), locale: ctx.locale });
}

/**
 * Imports a receipt for a package this workspace sent: valid, signed by a signer it trusts, about a package
 * it sent with the manifest it signed, and not imported before; otherwise refused, nothing changed.
 */
export async function importReceipt(ctx: HandlerContext, input: { path: string; trust: string[] }): Promise<SentPackage> {
  const verify = await verifyReceiptFile(ctx, input);
  const receipt = verify.receipt;
  if (!verify.valid || !receipt) throw refusedForFindings('filing.receipt.notVerified', input.path, verify.errors);
  const sent = findSentPackage(ctx.db, receipt.packageId);
  if (!sent || sent.uscc !== receipt.sender.uscc)
    throw new AppError('filing.receipt.unknownPackage', { packageId: receipt.packageId }, { file: input.path, field: 'packageId' });
  if (sent.manifestSha256 !== receipt.manifestSha256)
    throw new AppError('filing.receipt.manifestMismatch', { packageId: receipt.packageId }, { file: input.path, field: 'manifestSha256' });
  if (hasSentReceipt(ctx.db, receipt.receiptId))
    throw new AppError('filing.receipt.replay', { accessionNumber: receipt.accessionNumber }, { file: input.path, field: 'receiptId' });
  {
    insertSentReceipt(ctx.db, receipt, ctx.now().toISOString());
    const result = findSentPackage(ctx.db, receipt.packageId)!;
    const { uscc: _uscc, ...state } = result;
    ctx.audit({
      entity: `filing.receipt:${receipt.receiptId}`,
      before: null,
      after: {
        packageId: receipt.packageId,
        accessionNumber: receipt.accessionNumber,
        result: receipt.result,
        issuedAt: receipt.issuedAt,
        receiver: receipt.receiver,
      },
    });
    return state;
  }
}
