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
import { auditLogEntries } from '../audit/json-stream';
import { parseFiledData, summarizeFiling } from '../../../shared/domain/filing/summary';
import type { HandlerContext } from '../context';
import { AppError, validationError } from '../errors';
import { filingWork } from './app-error';
import { extractPackage } from './package-reader';
import { findFilingByPackageId, getFiling, insertFiling, lastAnchoredAuditHead, trustedCertificatesPem } from './repository';

/** Received packages' files live here, one folder per package id. */
export const FILINGS_FOLDER = 'filings';

export function trustFor(ctx: HandlerContext, extra: readonly string[], useTrustList = true): { certificates: string[] } {
  return { certificates: [...(useTrustList ? trustedCertificatesPem(ctx.db) : []), ...extra] };
}

export async function importFiling(ctx: HandlerContext, input: { path: string; trust: string[] }): Promise<{ filing: ReceivedFiling; summary: FilingSummary; verify: VerifyResult }> {
  const root = path.join(ctx.dataDir, FILINGS_FOLDER);
  const incoming = path.join(root, `.incoming-${crypto.randomUUID()}`);
  let kept = false;
  try {
    const verify = await filingWork(() =>
      extractPackage(input.path, incoming, {
        trust: trustFor(ctx, input.trust),
        locale: ctx.locale,
        signal: ctx.signal,        now: ctx.now(),
        onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
      }),
    );
    if (!verify.valid || !verify.manifest || !verify.signer) throw notVerified(input.path, verify);
    const manifest = verify.manifest;
    refuseReplay(ctx, manifest.packageId);
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
    try {
      const output = ctx.db.transaction(() => {
        refuseReplay(ctx, manifest.packageId);
        insertFiling(ctx.db, { id, manifest, signer: verify.signer!, data, summary, importedAt: ctx.now().toISOString(), importedBy: ctx.actor, folder });
        const result = { filing: getFiling(ctx.db, id)!, summary, verify };
        ctx.auditResult(result); // the filing and its audit entry commit together
        return result;
      })();
      kept = true;
      return output;
    } catch (error) {
      fs.rmSync(target, { recursive: true, force: true });
      throw error;
    }
  } finally {
    if (!kept) fs.rmSync(incoming, { recursive: true, force: true });
  }
}

function notVerified(file: string, verify: VerifyResult): AppError {
  const first = verify.errors[0];
  const more = verify.errors.length > 1 ? ` (+${verify.errors.length - 1})` : '';
  return new AppError(
    'filing.import.notVerified',
    { detail: `${first ? `${first.message} [${first.code}]` : ''}${more}` },
    { file, issues: verify.errors.map((error) => ({ code: error.code, message: error.message, ...(error.file ? { file: error.file } : {}) })) },
  );
}

function refuseReplay(ctx: HandlerContext, packageId: string): void {
  const held = findFilingByPackageId(ctx.db, packageId);
  if (held) {
    throw new AppError('filing.import.replay', { packageId, enterprise: held.enterprise.name, period: held.period, importedAt: held.importedAt }, { field: 'packageId' });
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
