/**
 * The sender's side of a roll-up (docs/filing-package.md, "Roll-up"): a receiver that is itself a sender (a
 * second-tier unit, a group) carries the packages it accepted for the period, byte for byte as they came, with
 * its own data and its consolidated view of them, all under its own signature. The manifest declares each
 * carried package and the signer this workspace trusted it from, which is what the next receiver checks.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MEMBER } from '../../../shared/contract/filing/paths';
import type { ReceivedFiling } from '../../../shared/contract/filing/receiver';
import type { InnerPackage } from '../../../shared/contract/filing/schemas';
import { consolidate } from '../../../shared/domain/filing/consolidate';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { reviewOf } from './chain-repository';
import { verifyPackage } from './package-reader';
import type { PackageSource } from './package-writer';
import { filingContent, filingSummary, listFilings } from './repository';

export interface PlannedRollup {
  inner: InnerPackage[];
  sources: PackageSource[];
  /** Preview rows: the carried packages and the consolidated view. */
  files: Array<{ path: string; size: number; kind: 'filing' | 'consolidated' }>;
  /** What to re-check before signing: each carried file must still be the package accepted. */
  carried: Array<{ filing: ReceivedFiling; file: string; manifestSha256: string | null }>;
}

/**
 * The accepted filings of the period received directly (a filing carried in another's roll-up travels inside
 * it), each the current one of its enterprise — the latest accepted of an amendment chain. Never the signer's
 * own enterprise; never one whose package was not kept.
 */
export function planRollup(ctx: HandlerContext, period: string, ownUscc: string): PlannedRollup {
  const accepted = listFilings(ctx.db, { period, parent: 'none' }).filter((filing) => filing.current && filing.status === 'accepted');
  if (accepted.length === 0) throw new AppError('filing.rollup.nothingAccepted', { period }, { field: 'includeFilings' });
  const plan: PlannedRollup = { inner: [], sources: [], files: [], carried: [] };
  for (const filing of accepted) {
    if (filing.enterprise.uscc === ownUscc)
      throw new AppError('filing.rollup.includesSelf', { uscc: ownUscc, file: filing.packageId }, { field: 'includeFilings' });
    const content = filingContent(ctx.db, filing.id)!;
    const enterprise = `${filing.enterprise.name} (${filing.enterprise.uscc})`;
    if (!content.packageFile || !content.packageSha256 || !content.manifestSha256)
      throw new AppError('filing.rollup.packageNotKept', { packageId: filing.packageId, enterprise }, { field: 'includeFilings' });
    const file = path.join(ctx.dataDir, content.packageFile);
    const member = `filings/${filing.packageId}.dgpkg`;
    plan.inner.push({
      path: member,
      sha256: content.packageSha256,
      packageId: filing.packageId,
      enterprise: filing.enterprise,
      period: filing.period,
      manifestSha256: content.manifestSha256,
      trustedSigners: [filing.signerFingerprint],
      accessionNumber: filing.accessionNumber,
    });
    plan.sources.push({ path: member, file, compress: false }); // signed ZIPs: nothing to gain, and bytes stay as they were
    plan.files.push({ path: member, size: fileSize(file), kind: 'filing' });
    plan.carried.push({ filing, file, manifestSha256: content.manifestSha256 });
  }
  const view = consolidate(
    accepted.map((filing) => ({ filing, summary: filingSummary(ctx.db, filing.id), review: reviewOf(ctx.db, filing.id) })),
    period,
    [period],
  );
  const consolidatedBytes = Buffer.from(`${JSON.stringify(view, null, 2)}\n`, 'utf8');
  plan.sources.push({ path: MEMBER.consolidated, data: consolidatedBytes });
  plan.files.push({ path: MEMBER.consolidated, size: consolidatedBytes.byteLength, kind: 'consolidated' });
  return plan;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // a missing file is refused, by name, when the roll-up is checked before signing
  }
}

/**
 * Before signing for them: each kept package must still be, byte for byte, the one accepted (its SHA-256 as
 * kept) and still verify under the signer it was accepted from. A roll-up must never vouch for changed bytes.
 */
export async function recheckCarried(ctx: HandlerContext, plan: PlannedRollup): Promise<void> {
  for (const [index, { filing, file, manifestSha256 }] of plan.carried.entries()) {
    const enterprise = `${filing.enterprise.name} (${filing.enterprise.uscc})`;
    const changed = (detail: string) =>
      new AppError('filing.rollup.packageChanged', { packageId: filing.packageId, enterprise, detail }, { file, field: 'includeFilings' });
    const sha256 = await fileSha256(file).catch((error: NodeJS.ErrnoException) => {
      throw changed(error.code ?? String(error));
    });
    if (sha256 !== plan.inner[index]!.sha256) throw changed('SHA-256');
    const verify = await verifyPackage(file, {
      trust: { fingerprints: [filing.signerFingerprint] },
      locale: ctx.locale,
      now: ctx.now(),
      signal: ctx.signal,
    });
    if (!verify.valid) throw changed(verify.errors[0]?.message ?? '');
    if (verify.manifestSha256 !== manifestSha256) throw changed('manifest.json');
  }
}

async function fileSha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
