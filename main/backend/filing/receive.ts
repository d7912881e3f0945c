/**
 * The receiver's import: verify and extract in one pass into a fresh folder, refuse anything that is not
 * valid and trusted, refuse a package id already held, then keep the filing (row + files) — or nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
import {
  discardReceipt,
  issuedReceiptOf,
  prepareIssuer,
  publishReceipt,
  recordReceipt,
  signReceipt,
  signerProven,
  type ReceiptFields,
  type ReceiptIssuer,
  type ReceiptRequest,
} from './receipts';
import { extractPackage } from './package-reader';
import { checkCarriedPackages, withCarried, type CarriedPackage } from './rollup-verify';
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

export async function importFiling(
  ctx: HandlerContext,
  input: ImportInput,
): Promise<{ filing: ReceivedFiling; summary: FilingSummary; verify: VerifyResult; receipt: IssuedReceipt | null }> {
  // The keys first: a wrong passphrase must stop the import before anything is read or kept.
  const issuer = input.receipt ? await prepareIssuer(ctx, input.receipt) : undefined;
  let verified: VerifyResult | undefined;
  try {
    return await verifyAndKeep(ctx, input, issuer, (verify) => (verified = verify));
  } catch (error) {
    if (issuer && verified && signerProven(verified) && error instanceof AppError)
      throw await withRefusalReceipt(ctx, issuer, verified, error);
    throw error;
  }
}

async function verifyAndKeep(
  ctx: HandlerContext,
  input: ImportInput,
  issuer: ReceiptIssuer | undefined,
  onVerified: (verify: VerifyResult) => void,
) {
  const root = path.join(ctx.dataDir, FILINGS_FOLDER);
  const incoming = path.join(root, `.incoming-${crypto.randomUUID()}`);
  const scratch = `${incoming}.carried`; // where a roll-up's carried packages are extracted
  const placed: string[] = []; // files and folders put in their final place: removed unless the filing is kept
  let kept = false;
  try {
    const outer = await extractPackage(input.path, incoming, {
      trust: trustFor(ctx, input.trust),
      locale: ctx.locale,
      signal: ctx.signal,
      now: ctx.now(),
      onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
    });
    onVerified(outer);
    if (!outer.valid || !outer.manifest || !outer.signer || !outer.manifestSha256) throw notVerified(input.path, outer);
    const manifest = outer.manifest;
    const manifestSha256 = outer.manifestSha256;
    // Every tier verifies before anything is held against the history here.
    const { verify, carried } = await checkCarried(ctx, outer, incoming, scratch);
    if (!verify.valid) throw notVerified(input.path, verify);
    refuseReplay(ctx, manifest.packageId);
    refuseStrayAmendment(ctx, manifest);
    await refuseDivergedHistory(ctx, manifest, incoming);
    const carriedFilings = await prepareCarried(ctx, carried, manifest.packageId);

    const data = readFiledData(incoming, ctx.locale);
    const summary = summarizeFiling(data, manifest.createdAt.slice(0, 10));
    await ctx.backupBeforeWriting(); // only now: a refused package writes no backup
    const folder = path.join(FILINGS_FOLDER, manifest.packageId);
    placeFolder(ctx, incoming, folder, placed);
    const keptPackage = await keepPackageFile(ctx, input.path, manifest.packageId);
    placed.push(path.join(ctx.dataDir, keptPackage.file));
    for (const one of carriedFilings) placeFolder(ctx, one.extracted, one.folder, placed);
    const id = crypto.randomUUID();
    const issued = issuer
      ? await signReceipt(
          ctx,
          issuer,
          { ...receiptSubject(manifest, manifestSha256), result: 'accepted', reasons: [], refusal: [], review: null },
          id,
        )
      : undefined;
    try {
      const output = ctx.db.transaction(() => {
        refuseReplay(ctx, manifest.packageId);
        const importedAt = ctx.now().toISOString();
        insertFiling(ctx.db, {
          id,
          manifest,
          signer: verify.signer!,
          data,
          summary,
          importedAt,
          importedBy: ctx.actor,
          folder,
          manifestSha256,
          status: issued ? 'accepted' : 'received',
          packageFile: keptPackage.file,
          packageSha256: keptPackage.sha256,
          parentId: null,
        });
        insertCarried(ctx, carriedFilings, id, importedAt);
        if (issued) recordReceipt(ctx, issued);
        const result = { filing: getFiling(ctx.db, id)!, summary, verify };
        // The filing and its audit entry commit together. With a receipt the input holds the passphrase, which the
        // default entry would keep: the entry names the receipt instead.
        if (issued)
          ctx.audit({
            entity: `filing.receipt:${issued.receipt.receiptId}`,
            before: null,
            after: { path: input.path, filing: result.filing, accessionNumber: issued.receipt.accessionNumber, result: 'accepted' },
          });
        else ctx.auditResult({ ...result, receipt: null });
        return result;
      })();
      kept = true;
      return { ...output, receipt: issued ? { ...issuedReceiptOf(issued), path: publishReceipt(ctx, issued, issuer!.out) } : null };
    } catch (error) {
      if (issued && !kept) discardReceipt(ctx, issued);
      throw error;
    }
  } finally {
    if (!kept) for (const file of placed) fs.rmSync(file, { recursive: true, force: true });
    if (!kept) fs.rmSync(incoming, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** An extracted package's folder put in its place (relative `folder`), noted in `placed` to be removed on failure. */
function placeFolder(ctx: HandlerContext, extracted: string, folder: string, placed: string[]): void {
  const target = path.join(ctx.dataDir, folder);
  // A folder without a row is the leftover of an import that failed after the rename: nothing refers to it.
  fs.rmSync(target, { recursive: true, force: true });
  placed.push(target);
  fs.renameSync(extracted, target);
}

/**
 * The package file as received, kept beside its extracted folder so that a roll-up can pass it on byte for
 * byte. Copied after verification: a file changed in between is caught when a roll-up re-verifies it.
 */
async function keepPackageFile(ctx: HandlerContext, source: string, packageId: string): Promise<{ file: string; sha256: string }> {
  const file = path.join(FILINGS_FOLDER, `${packageId}.dgpkg`);
  const hash = crypto.createHash('sha256');
  const out = fs.createWriteStream(path.join(ctx.dataDir, file), { flags: 'w' });
  await pipeline(
    fs.createReadStream(source),
    new Transform({ transform: (chunk: Buffer, _encoding, done) => done(null, (hash.update(chunk), chunk)) }),
    out,
  );
  return { file, sha256: hash.digest('hex') };
}

/** A roll-up's carried packages, checked tier by tier against the signers it declares; a plain package has none. */
async function checkCarried(
  ctx: HandlerContext,
  outer: VerifyResult,
  incoming: string,
  scratch: string,
): Promise<{ verify: VerifyResult; carried: CarriedPackage[] }> {
  if (!outer.manifest?.inner) return { verify: outer, carried: [] };
  const checked = await checkCarriedPackages(outer.manifest!, incoming, {
    scratch,
    locale: ctx.locale,
    now: ctx.now(),
    signal: ctx.signal,
  });
  return { verify: withCarried(outer, checked, ctx.locale), carried: checked.carried };
}

interface CarriedFiling {
  carried: CarriedPackage;
  /** The carried package above it, or null for one the outer package carries directly. */
  parent: CarriedPackage | null;
  manifest: Manifest;
  data: Record<string, unknown>;
  summary: FilingSummary;
  /** Where its members were extracted, and its folder in the workspace (relative). */
  extracted: string;
  folder: string;
  /** Its package file, kept inside the folder of the package that carried it (relative). */
  packageFile: string;
}

/** Each carried package (parents first) with its data read and checked, refused as a direct filing would be. */
async function prepareCarried(ctx: HandlerContext, carried: readonly CarriedPackage[], outerPackageId: string): Promise<CarriedFiling[]> {
  const prepared: CarriedFiling[] = [];
  const seen = new Set<string>([outerPackageId]);
  const visit = async (level: readonly CarriedPackage[], parent: CarriedPackage | null, parentPackageId: string) => {
    for (const one of level) {
      const manifest = one.verify!.manifest!;
      if (seen.has(manifest.packageId))
        throw new AppError('filing.rollup.duplicateEnterprise', { uscc: manifest.enterprise.uscc, file: one.path }, { file: one.path });
      seen.add(manifest.packageId);
      refuseReplay(ctx, manifest.packageId);
      await refuseDivergedHistory(ctx, manifest, one.folder);
      const data = withCarriedFile(one.path, () => readFiledData(one.folder, ctx.locale));
      prepared.push({
        carried: one,
        parent,
        manifest,
        data,
        summary: summarizeFiling(data, manifest.createdAt.slice(0, 10)),
        extracted: one.folder,
        folder: path.join(FILINGS_FOLDER, manifest.packageId),
        packageFile: path.join(FILINGS_FOLDER, parentPackageId, ...one.declared.path.split('/')),
      });
      await visit(one.carried, one, manifest.packageId);
    }
  };
  await visit(carried, null, outerPackageId);
  return prepared;
}

/** A carried package's data refused names the path to it through the roll-up. */
function withCarriedFile<T>(carriedPath: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const file = `${carriedPath}/${error.details?.file ?? MEMBER.workspace}`;
    throw new AppError(error.code, { ...error.params, file }, { ...error.details, file });
  }
}

/** The carried filings' rows, each naming the filing that carried it: the drill-down group → second tier → unit. */
function insertCarried(ctx: HandlerContext, carried: readonly CarriedFiling[], outerId: string, importedAt: string): void {
  const ids = new Map<CarriedPackage, string>();
  for (const one of carried) {
    const id = crypto.randomUUID();
    ids.set(one.carried, id);
    refuseReplay(ctx, one.manifest.packageId);
    insertFiling(ctx.db, {
      id,
      manifest: one.manifest,
      signer: one.carried.verify!.signer!,
      data: one.data,
      summary: one.summary,
      importedAt,
      importedBy: ctx.actor,
      folder: one.folder,
      manifestSha256: one.carried.verify!.manifestSha256!,
      status: 'received', // this receiver decided on the roll-up, not on what its signer accepted
      packageFile: one.packageFile,
      packageSha256: one.carried.declared.sha256,
      parentId: one.parent ? ids.get(one.parent)! : outerId,
    });
  }
}

/** What every receipt for a package names of it. */
export function receiptSubject(
  manifest: Manifest,
  manifestSha256: string,
): Pick<ReceiptFields, 'sender' | 'packageId' | 'manifestSha256' | 'period' | 'amends'> {
  return {
    sender: manifest.enterprise,
    packageId: manifest.packageId,
    manifestSha256,
    period: manifest.period,
    amends: manifest.amends ?? null,
  };
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
  const issued = await signReceipt(
    ctx,
    issuer,
    { ...receiptSubject(verify.manifest!, verify.manifestSha256!), result: 'refused', reasons: [], refusal, review: null },
    null,
  );
  try {
    ctx.db.transaction(() => {
      recordReceipt(ctx, issued);
      ctx.audit({
        entity: `filing.receipt:${issued.receipt.receiptId}`,
        before: null,
        after: { packageId: issued.receipt.packageId, accessionNumber: issued.receipt.accessionNumber, result: 'refused', refusal },
      });
    })();
  } catch (recordError) {
    discardReceipt(ctx, issued);
    throw recordError;
  }
  const receiptPath = publishReceipt(ctx, issued, issuer.out);
  const notice = {
    code: 'filing.receipt.refusalIssued',
    message: translate(ctx.locale, 'filing.receipt.refusalIssued', { path: receiptPath, accessionNumber: issued.receipt.accessionNumber }),
    file: receiptPath,
  };
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
  if (!amended)
    throw new AppError('filing.import.amendsUnknown', { packageId: manifest.amends }, { file: MEMBER.manifest, field: 'amends' });
  if (amended.enterprise.uscc !== manifest.enterprise.uscc || amended.period !== manifest.period) {
    throw new AppError(
      'filing.import.amendsMismatch',
      {
        packageId: manifest.amends,
        amendedEnterprise: amended.enterprise.name,
        amendedUscc: amended.enterprise.uscc,
        amendedPeriod: amended.period,
        uscc: manifest.enterprise.uscc,
        period: manifest.period,
      },
      { file: MEMBER.manifest, field: 'amends' },
    );
  }
}

function refuseReplay(ctx: HandlerContext, packageId: string): void {
  const held = findFilingByPackageId(ctx.db, packageId);
  if (held) {
    throw new AppError(
      'filing.import.replay',
      { packageId, enterprise: held.enterprise.name, period: held.period, importedAt: formatDateTime(held.importedAt, ctx.locale) },
      { field: 'packageId' },
    );
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
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new AppError('filing.import.dataNotJson', { detail: typeof data }, { file: MEMBER.workspace });
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
  throw new AppError(
    'filing.import.dataInvalid',
    { field, detail: first?.message ?? '' },
    { file: MEMBER.workspace, field, issues: (details?.issues ?? []).map((issue) => ({ ...issue, file: MEMBER.workspace })) },
  );
}
