/**
 * The receiver's import: verify and extract in one pass into a fresh folder, refuse anything that is not
 * valid and trusted, refuse a package id already held, then keep the filing (row + files) — or nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MEMBER } from '../../../shared/contract/filing/paths';
import type { FilingSummary, ReceivedFiling } from '../../../shared/contract/filing/receiver';
import type { Manifest, VerifyResult } from '../../../shared/contract/filing/schemas';
import { continuityFrom } from '../../../shared/domain/audit/chain';
import { formatDateTime } from '../../../shared/i18n/formats';
import { auditLogEntries } from '../audit/json-stream';
import { parseFiledData, summarizeFiling } from '../../../shared/domain/filing/summary';
import type { HandlerContext } from '../context';
import { AppError, toErrorData, validationError } from '../errors';
import { translate } from '../../../shared/i18n';
import type { IssuedReceipt } from '../../../shared/contract/filing/receipt';
import { discardReceipt, issuedReceiptOf, prepareIssuer, publishReceipt, recordReceipt, signReceipt, signerProven, type ReceiptFields, type ReceiptIssuer, type ReceiptRequest } from './receipts';
import { extractPackage } from './package-reader';
import { findFilingByPackageId, getFiling, insertFiling, lastAnchoredAuditHead, trustedCertificatesPem } from './repository';

/** Received packages' files live here, one folder per package id. */
export const FILINGS_FOLDER = 'filings';

export function trustFor(ctx: HandlerContext, extra: readonly string[], useTrustList = true): { certificates: string[] } {
  return { certificates: [...(useTrustList ? trustedCertificatesPem(ctx.db) : []), ...extra] };
}

export interface ImportInput {
  path: string;
  trust: string[];
  /** Sign a receipt: accepted when imported, refused when refused after the signer was proven. */
  receipt?: ReceiptRequest | undefined;
}

export async function importFiling(ctx: HandlerContext, input: ImportInput): Promise<{ filing: ReceivedFiling; summary: FilingSummary; verify: VerifyResult; receipt: IssuedReceipt | null }> {
  // The keys first: a wrong passphrase must stop the import before anything is read or kept.
  const issuer = input.receipt ? await prepareIssuer(ctx, input.receipt) : undefined;
  let verified: VerifyResult | undefined;
  try {
    return await verifyAndKeep(ctx, input, issuer, (verify) => (verified = verify));
  } catch (error) {
    if (issuer && verified && signerProven(verified) && error instanceof AppError) throw await withRefusalReceipt(ctx, issuer, verified, error);
    throw error;
  }
}

async function verifyAndKeep(ctx: HandlerContext, input: ImportInput, issuer: ReceiptIssuer | undefined, onVerified: (verify: VerifyResult) => void) {
  const root = path.join(ctx.dataDir, FILINGS_FOLDER);
  const incoming = path.join(root, `.incoming-${crypto.randomUUID()}`);
  let kept = false;
  try {
    const verify = await (
      extractPackage(input.path, incoming, {
        trust: trustFor(ctx, input.trust),
        locale: ctx.locale,
        signal: ctx.signal,        now: ctx.now(),
        onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
      })
    );
    onVerified(verify);
    if (!verify.valid || !verify.manifest || !verify.signer || !verify.manifestSha256) throw notVerified(input.path, verify);
    const manifest = verify.manifest;
    const manifestSha256 = verify.manifestSha256;
    refuseReplay(ctx, manifest.packageId);
    refuseStrayAmendment(ctx, manifest);
    await refuseDivergedHistory(ctx, manifest, incoming);

    const data = readFiledData(incoming, ctx.locale);
    const summary = summarizeFiling(data, manifest.createdAt.slice(0, 10));
    await ctx.backupBeforeWriting(); // only now: a refused package writes no backup
    const folder = path.join(FILINGS_FOLDER, manifest.packageId);
    const target = path.join(ctx.dataDir, folder);
    // A folder without a row is the leftover of an import that failed after the rename: nothing refers to it.
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(incoming, target);
    const id = crypto.randomUUID();
    const issued = issuer
      ? await signReceipt(ctx, issuer, { ...receiptSubject(manifest, manifestSha256), result: 'accepted', reasons: [], refusal: [], review: null }, id)
      : undefined;
    try {
      const output = ctx.db.transaction(() => {
        refuseReplay(ctx, manifest.packageId);
        insertFiling(ctx.db, { id, manifest, signer: verify.signer!, data, summary, importedAt: ctx.now().toISOString(), importedBy: ctx.actor, folder, manifestSha256, status: issued ? 'accepted' : 'received' });
        if (issued) recordReceipt(ctx, issued);
        const result = { filing: getFiling(ctx.db, id)!, summary, verify };
        // The filing and its audit entry commit together. With a receipt the input holds the passphrase, which the
        // default entry would keep: the entry names the receipt instead.
        if (issued) ctx.audit({ entity: `filing.receipt:${issued.receipt.receiptId}`, before: null, after: { path: input.path, filing: result.filing, accessionNumber: issued.receipt.accessionNumber, result: 'accepted' } });
        else ctx.auditResult({ ...result, receipt: null });
        return result;
      })();
      kept = true;
      return { ...output, receipt: issued ? { ...issuedReceiptOf(issued), path: publishReceipt(ctx, issued, issuer!.out) } : null };
    } catch (error) {
      if (issued && !kept) discardReceipt(ctx, issued);
      if (!kept) fs.rmSync(target, { recursive: true, force: true });
      throw error;
    }
  } finally {
    if (!kept) fs.rmSync(incoming, { recursive: true, force: true });
  }
}

/** What every receipt for a package names of it. */
export function receiptSubject(manifest: Manifest, manifestSha256: string): Pick<ReceiptFields, 'sender' | 'packageId' | 'manifestSha256' | 'period' | 'amends'> {
  return { sender: manifest.enterprise, packageId: manifest.packageId, manifestSha256, period: manifest.period, amends: manifest.amends ?? null };
}

/**
 * A package from a proven signer that is refused all the same (a file changed, a replay, a diverged history,
 * bad data, a stray amendment) gets a signed refusal: the sender learns why. It is recorded (its accession
 * number is taken) but no filing is kept; the error the import throws names the receipt as an extra issue.
 */
async function withRefusalReceipt(ctx: HandlerContext, issuer: ReceiptIssuer, verify: VerifyResult, error: AppError): Promise<AppError> {
  const data = toErrorData(error, ctx.locale);
  const found = data.details?.issues?.length ? data.details.issues : [{ code: data.code, message: data.message }];
  const refusal = found.slice(0, 200).map((issue) => ({ code: issue.code, message: issue.message }));
  const issued = await signReceipt(ctx, issuer, { ...receiptSubject(verify.manifest!, verify.manifestSha256!), result: 'refused', reasons: [], refusal, review: null }, null);
  try {
    ctx.db.transaction(() => {
      recordReceipt(ctx, issued);
      ctx.audit({ entity: `filing.receipt:${issued.receipt.receiptId}`, before: null, after: { packageId: issued.receipt.packageId, accessionNumber: issued.receipt.accessionNumber, result: 'refused', refusal } });
    })();
  } catch (recordError) {
    discardReceipt(ctx, issued);
    throw recordError;
  }
  const receiptPath = publishReceipt(ctx, issued, issuer.out);
  const notice = { code: 'filing.receipt.refusalIssued', message: translate(ctx.locale, 'filing.receipt.refusalIssued', { path: receiptPath, accessionNumber: issued.receipt.accessionNumber }), file: receiptPath };
  const issues = [...(error.details?.issues ?? [{ code: error.code, message: data.message }]), notice];
  return new AppError(error.code, error.params, { ...error.details, issues });
}

function notVerified(file: string, verify: VerifyResult): AppError {
  return refusedForFindings('filing.import.notVerified', file, verify.errors);
}

/** A refusal for what a verification found: the first finding in the message, every one in the details. */
export function refusedForFindings(code: string, file: string, errors: VerifyResult['errors']): AppError {
  const first = errors[0];
  const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
  return new AppError(
    code,
    { detail: `${first?.message ?? ''}${more}` }, // the codes stay in the details, for scripts: not in the sentence
    { file, issues: errors.map((error) => ({ code: error.code, message: error.message, ...(error.file ? { file: error.file } : {}) })) },
  );
}

/** An amendment must name a filing held here, of the same enterprise and period. */
function refuseStrayAmendment(ctx: HandlerContext, manifest: Manifest): void {
  if (!manifest.amends) return;
  const amended = findFilingByPackageId(ctx.db, manifest.amends);
  if (!amended) throw new AppError('filing.import.amendsUnknown', { packageId: manifest.amends }, { file: MEMBER.manifest, field: 'amends' });
  if (amended.enterprise.uscc !== manifest.enterprise.uscc || amended.period !== manifest.period) {
    throw new AppError(
      'filing.import.amendsMismatch',
      { packageId: manifest.amends, amendedEnterprise: amended.enterprise.name, amendedUscc: amended.enterprise.uscc, amendedPeriod: amended.period, uscc: manifest.enterprise.uscc, period: manifest.period },
      { file: MEMBER.manifest, field: 'amends' },
    );
  }
}

function refuseReplay(ctx: HandlerContext, packageId: string): void {
  const held = findFilingByPackageId(ctx.db, packageId);
  if (held) {
    throw new AppError('filing.import.replay', { packageId, enterprise: held.enterprise.name, period: held.period, importedAt: formatDateTime(held.importedAt, ctx.locale) }, { field: 'packageId' });
  }
}

/**
 * The sender's audit history must carry on from the head its previous filing here signed: a chain re-hashed
 * from the start, or cut short, passes every check of its own but not this one. With the log carried, the
 * anchored entry must still be in it (or a restore entry must name it as replaced); without, all that can be
 * held is that the signed head is not behind the anchored one, nor the same entry with another hash.
 */
async function refuseDivergedHistory(ctx: HandlerContext, manifest: Manifest, folder: string): Promise<void> {
  const previous = lastAnchoredAuditHead(ctx.db, manifest.enterprise.uscc);
  const head = manifest.auditHead;
  if (!previous || !head) return;
  const anchor = previous.head;
  const carried = await carriedLogContinues(folder, anchor); // the log was verified already, or is absent
  const continues = carried ?? (head.seq > anchor.seq || (head.seq === anchor.seq && head.hash === anchor.hash));
  if (continues) return;
  throw new AppError(
    'filing.import.auditHistoryDiverged',
    { previousPackageId: previous.packageId, importedAt: previous.importedAt, seq: anchor.seq, hash: anchor.hash, newSeq: head.seq },
    { file: MEMBER.auditLog },
  );
}

/** Whether the carried log carries on from the anchor, streamed an entry at a time; null without a log. */
async function carriedLogContinues(folder: string, anchor: { seq: number; hash: string }): Promise<boolean | null> {
  const file = path.join(folder, ...MEMBER.auditLog.split('/'));
  if (!fs.existsSync(file)) return null;
  const continuity = continuityFrom(anchor);
  for await (const entry of auditLogEntries(fs.createReadStream(file))) continuity.add(entry);
  return continuity.continues();
}

function readFiledData(folder: string, locale: HandlerContext['locale']): Record<string, unknown> {
  const file = path.join(folder, ...MEMBER.workspace.split('/'));
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('filing.import.dataNotJson', { detail: (error as Error).message }, { file: MEMBER.workspace });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new AppError('filing.import.dataNotJson', { detail: typeof data }, { file: MEMBER.workspace });
  refuseInvalidData(data, locale);
  return data as Record<string, unknown>;
}

/** Data that the workspace's own schema refuses would give a summary of guesses: refuse it, naming the first field. */
function refuseInvalidData(data: object, locale: HandlerContext['locale']): void {
  const parsed = parseFiledData(data);
  if (parsed.success) return;
  const { details } = validationError(parsed.error, locale);
  const first = details?.issues?.[0];
  const field = first?.field || '(root)';
  throw new AppError('filing.import.dataInvalid', { field, detail: first?.message ?? '' }, { file: MEMBER.workspace, field, issues: (details?.issues ?? []).map((issue) => ({ ...issue, file: MEMBER.workspace })) });
}
