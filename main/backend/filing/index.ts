/**
 * The filing domain's handlers: keys, export, verification, and the receiver's trust list, import,
 * filings and consolidated view. The package format itself lives in keys.ts, package-writer.ts and
 * package-reader.ts (docs/filing-package.md).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KeysInfo } from '../../../shared/contract/filing/methods';
import type { ReceivedFiling, TrustEntry } from '../../../shared/contract/filing/receiver';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import { compareAssessments } from '../../../shared/domain/assessment/compare';
import { compareSummaries, consolidate } from '../../../shared/domain/filing/consolidate';
import { currentAssessmentScore } from '../../../shared/domain/filing/summary';
import type { DataSection, DomainHandlers, HandlerContext } from '../context';
import { AppError } from '../errors';
import { WORKSPACE_FOLDERS, newExportPath } from '../files/workspace-files';
import { readProfile } from '../profile/repository';
import { exportPackage, previewPackage } from './export';
import {
  KEY_FILES,
  certificateFingerprint,
  exportCertificatePem,
  generateSigningKeys,
  hasSigningKeys,
  importPkcs12,
  readSigner,
} from './keys';
import { verifyWithCarried } from './rollup-verify';
import { certificatesFrom, describeSigner, isCaCertificate, isValidAt, pemEncode } from './pki';
import { importFiling, trustFor } from './receive';
import { comparePeriods, consolidationView } from './views';
import { consolidatedReport, exportViewXlsx } from './views-export';
import { listSentPackages, receiptsForFiling, reviewOf } from './chain-repository';
import { decideFiling, exportIssuedReceipt, reviewFiling } from './decisions';
import { importReceipt, verifyReceiptFile } from './receipts';
import {
  filingContent,
  filingSummary,
  findTrustByFingerprint,
  getFiling,
  insertTrust,
  listFilings,
  listTrust,
  periods,
  removeTrust,
} from './repository';

/** The signing keys' default home: inside the workspace folder, encrypted, never in a package. */
export const KEYS_FOLDER = 'keys';

export function defaultKeyDir(dataDir: string): string {
  return path.join(dataDir, KEYS_FOLDER);
}

const keyDirOf = (input: { keyDir?: string | undefined }, ctx: HandlerContext) => path.resolve(input.keyDir ?? defaultKeyDir(ctx.dataDir));

async function keysInfo(keyDir: string): Promise<KeysInfo> {
  if (!(await hasSigningKeys(keyDir))) return { keyDir, present: false, signer: null, chainCertificates: 0 };
  const chainFile = path.join(keyDir, KEY_FILES.chain);
  const chain = fs.existsSync(chainFile) ? certificatesFrom(fs.readFileSync(chainFile, 'latin1')).length : 0;
  return { keyDir, present: true, signer: await readSigner(keyDir), chainCertificates: chain };
}

/**
 * The key methods take passphrases, which the default audit entry (the validated input) would keep in the
 * log — a log that travels in every filing package. Their entry records where the keys are and whose they are.
 */
function auditKeys(ctx: HandlerContext, info: KeysInfo): KeysInfo {
  ctx.audit({
    entity: 'filing.keys',
    before: null,
    after: { keyDir: info.keyDir, signer: info.signer, chainCertificates: info.chainCertificates },
  });
  return info;
}

function readCertificateFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
}

function addTrust(ctx: HandlerContext, input: { path?: string | undefined; pem?: string | undefined; label: string }): TrustEntry {
  const source = input.path ?? 'PEM';
  const der = certificatesFrom(input.path ? readCertificateFile(input.path) : input.pem!)[0];
  let signer;
  try {
    if (!der) throw new Error('no certificate');
    signer = describeSigner(der);
  } catch {
    throw new AppError('filing.trust.notCertificate', { file: source }, { file: source, field: input.path ? 'path' : 'pem' });
  }
  const fingerprint = certificateFingerprint(der!);
  // Verification wants every certificate of a path valid now: an expired anchor could never vouch for a package.
  if (!isValidAt(der!, ctx.now())) {
    throw new AppError(
      'filing.trust.notValidNow',
      { notBefore: signer.notBefore, notAfter: signer.notAfter, now: ctx.now().toISOString() },
      { field: input.path ? 'path' : 'pem' },
    );
  }
  if (findTrustByFingerprint(ctx.db, fingerprint)) throw new AppError('filing.trust.alreadyTrusted', { fingerprint }, { field: 'pem' });
  const entry: TrustEntry = {
    id: crypto.randomUUID(),
    fingerprintSha256: fingerprint,
    subject: signer.subject,
    issuer: signer.issuer,
    notBefore: signer.notBefore,
    notAfter: signer.notAfter,
    isCa: isCaCertificate(der!),
    label: input.label,
    addedAt: ctx.now().toISOString(),
    addedBy: ctx.actor,
  };
  insertTrust(ctx.db, entry, pemEncode('CERTIFICATE', der!));
  return entry;
}

/**
 * Each enterprise's current filing: of the period, or (no period) its newest of any period; of those received
 * directly, or of those one roll-up filing carried (`parent`).
 */
function currentFilings(ctx: HandlerContext, period: string | undefined, parent = 'none') {
  const all = listFilings(ctx.db, { parent, ...(period ? { period } : {}) });
  const chosen = new Map<string, (typeof all)[number]>();
  for (const filing of all) {
    if (!filing.current) continue;
    const held = chosen.get(filing.enterprise.uscc);
    if (!held || filing.createdAt > held.createdAt) chosen.set(filing.enterprise.uscc, filing);
  }
  return [...chosen.values()];
}

/** The roll-up filing drilled into and the filings that carried it, top first. */
function trailTo(ctx: HandlerContext, id: string): ReceivedFiling[] {
  const trail: ReceivedFiling[] = [];
  for (let filing = getFiling(ctx.db, id); filing; filing = filing.parentId ? getFiling(ctx.db, filing.parentId) : null) {
    trail.unshift(filing);
    if (trail.length > FILING_LIMITS.maxRollupDepth + 1) break; // a cycle cannot be inserted, but never loop on one
  }
  if (trail.length === 0) throw new AppError('filing.filings.notFound', { id }, { field: 'parentId' });
  return trail;
}

function currentFilingOf(ctx: HandlerContext, uscc: string, period: string) {
  const filing = listFilings(ctx.db, { uscc, period }).find((candidate) => candidate.current);
  if (!filing) throw new AppError('filing.compare.periodMissing', { uscc, period }, { field: 'period' });
  return filing;
}

export function createFilingHandlers(sections: () => readonly DataSection[]): DomainHandlers<'filing'> {
  return {
    'filing.keys.info': (input, ctx) => keysInfo(keyDirOf(input, ctx)),
    'filing.keys.generate': async (input, ctx) => {
      const keyDir = keyDirOf(input, ctx);
      const profile = readProfile(ctx.db);
      const name = input.name ?? profile?.name;
      const uscc = input.uscc ?? profile?.uscc;
      if (!name || !uscc) throw new AppError('filing.export.noProfile');
      await generateSigningKeys({ keyDir, passphrase: input.passphrase, enterprise: { name, uscc }, now: ctx.now() });
      return auditKeys(ctx, await keysInfo(keyDir));
    },
    'filing.keys.importP12': async (input, ctx) => {
      const keyDir = keyDirOf(input, ctx);
      const p12 = readCertificateFile(input.path);
      await importPkcs12({ keyDir, passphrase: input.passphrase, p12, p12Password: input.p12Password });
      return auditKeys(ctx, await keysInfo(keyDir));
    },
    'filing.keys.exportCertificate': async (input, ctx) => {
      const pem = await exportCertificatePem(keyDirOf(input, ctx));
      const fingerprintSha256 = certificateFingerprint(pem);
      const out = newExportPath(ctx.dataDir, `signer-${fingerprintSha256.slice(0, 16)}.pem`, ctx.now());
      fs.writeFileSync(out, pem);
      return { path: out, fingerprintSha256 };
    },

    'filing.previewManifest': (input, ctx) => previewPackage(ctx, sections(), input, keyDirOf(input, ctx)),
    'filing.export': async (input, ctx) => {
      const profile = readProfile(ctx.db);
      const out = input.out
        ? path.resolve(input.out)
        : newExportPath(ctx.dataDir, `filing-${profile?.uscc ?? 'package'}-${input.period}.dgpkg`, ctx.now());
      return exportPackage(ctx, sections(), input, {
        keyDir: keyDirOf(input, ctx),
        passphrase: input.passphrase,
        out,
        amends: input.amends,
      });
    },

    'filing.verify': async (input, ctx) => {
      // A roll-up's carried packages are extracted here to be checked, and removed again.
      const scratch = path.join(ctx.dataDir, WORKSPACE_FOLDERS.staging, `verify-${crypto.randomUUID()}`);
      try {
        return await verifyWithCarried(
          input.path,
          {
            trust: trustFor(ctx, input.trust, input.useTrustList),
            locale: ctx.locale,
            signal: ctx.signal,
            now: ctx.now(),
            onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
          },
          scratch,
        );
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    },

    'filing.trust.list': (_input, { db }) => listTrust(db),
    'filing.trust.add': (input, ctx) => addTrust(ctx, input),
    'filing.trust.remove': ({ id }, { db }) => ({ removed: removeTrust(db, id) }),

    'filing.import': (input, ctx) =>
      importFiling(ctx, {
        path: input.path,
        trust: input.trust,
        receipt: input.receipt ? { ...input.receipt, keyDir: keyDirOf(input.receipt, ctx) } : undefined,
      }),
    'filing.filings.decide': (input, ctx) => decideFiling(ctx, { ...input, keyDir: keyDirOf(input, ctx) }),
    'filing.receipts.export': ({ receiptId }, ctx) => exportIssuedReceipt(ctx, receiptId),
    'filing.review.save': (input, ctx) => reviewFiling(ctx, input),
    'filing.receipt.verify': (input, ctx) => verifyReceiptFile(ctx, input),
    'filing.receipt.import': (input, ctx) => importReceipt(ctx, input),
    'filing.sent.list': (_input, { db }) => listSentPackages(db),
    'filing.filings.list': (input, { db }) => listFilings(db, input),
    'filing.filings.get': ({ id }, { db }) => {
      const filing = getFiling(db, id);
      const content = filing ? filingContent(db, id) : null;
      if (!filing || !content) throw new AppError('filing.filings.notFound', { id }, { field: 'id' });
      const history = listFilings(db, { uscc: filing.enterprise.uscc, period: filing.period }).filter((other) => other.id !== id);
      return {
        filing,
        manifest: content.manifest,
        signer: content.signer,
        summary: filingSummary(db, id),
        data: content.data,
        history,
        review: reviewOf(db, id),
        receipts: receiptsForFiling(db, id),
      };
    },
    'filing.consolidated': ({ period, parentId }, ctx) => {
      const trail = parentId ? trailTo(ctx, parentId) : [];
      const entries = currentFilings(ctx, period, parentId).map((filing) => ({
        filing,
        summary: filingSummary(ctx.db, filing.id),
        review: reviewOf(ctx.db, filing.id),
      }));
      return { ...consolidate(entries, period ?? null, periods(ctx.db)), ...(parentId ? { trail } : {}) };
    },
    'filing.views.consolidation': (input, { db }) => consolidationView(db, input),
    'filing.views.compare': (input, { db }) => comparePeriods(db, input),
    'filing.views.exportXlsx': (input, ctx) => exportViewXlsx(ctx, input),
    'filing.views.report': (input, ctx) => consolidatedReport(ctx, input),
    'filing.compare': ({ uscc, before, after }, ctx) => {
      const a = currentFilingOf(ctx, uscc, before);
      const b = currentFilingOf(ctx, uscc, after);
      const scoreA = currentAssessmentScore(filingContent(ctx.db, a.id)!.data);
      const scoreB = currentAssessmentScore(filingContent(ctx.db, b.id)!.data);
      return {
        before: a,
        after: b,
        changes: compareSummaries(filingSummary(ctx.db, a.id), filingSummary(ctx.db, b.id)),
        assessment: scoreA && scoreB ? compareAssessments(scoreA, scoreB) : null,
      };
    },
  };
}
