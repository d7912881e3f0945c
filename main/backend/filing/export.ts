/**
 * The sender's side: what goes into a package from this workspace (the data JSON, or the sections chosen;
 * the attachment files; report PDFs), the preview of it, and the signed package itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { DataSection, HandlerContext } from '../context';
import type { ManifestPreview, packageContentSchema } from '../../../shared/contract/filing/methods';
import { MEMBER, safeMemberSegment } from '../../../shared/contract/filing/paths';
import type { Manifest, PackageMeta } from '../../../shared/contract/filing/schemas';
import type { Attachment } from '../../../shared/contract/files/schemas';
import { catalogsUsed, sectionsOf } from '../../../shared/domain/filing/summary';
import { auditChainFileBytes, auditChainHead, writeAuditChainFile } from '../audit/log';
import { AppError } from '../errors';
import { WORKSPACE_FOLDERS, attachmentPath } from '../files/workspace-files';
import { readProfile } from '../profile/repository';
import { APP_NAME, APP_VERSION } from '../version';
import { exportWorkspaceData } from '../workspace/data';
import { KEY_FILES, exportCertificatePem, hasSigningKeys, loadSigningKeys, readSigner } from './keys';
import { writePackage, type PackageSource } from './package-writer';
import { findSentPackage, insertSentPackage } from './chain-repository';
import { planRollup, recheckCarried, type PlannedRollup } from './rollup-export';

export type PackageContent = z.output<typeof packageContentSchema>;

interface PlannedPackage {
  meta: PackageMeta;
  sources: PackageSource[];
  preview: Omit<ManifestPreview, 'signer'>;
  /** With `includeFilings`: the accepted packages carried (a roll-up). */
  rollup?: PlannedRollup;
}

const PDF_MAGIC = Buffer.from('%PDF-');

/** Decides every member of the package from the workspace as it is now; reads no file content but PDFs' first bytes. */
/**
 * `auditLogFile`, for an export, is where the audit log is written for the writer to read; a preview
 * leaves it out and the log is only measured.
 */
export function planPackage(
  ctx: HandlerContext,
  sections: readonly DataSection[],
  content: PackageContent,
  auditLogFile?: string,
): PlannedPackage {
  const profile = readProfile(ctx.db);
  if (!profile) throw new AppError('filing.export.noProfile');
  const data = exportWorkspaceData(ctx.db, sections, ctx.now()) as unknown as Record<string, unknown>;
  const available = sectionsOf(data);
  const chosen = content.sections ?? available;
  for (const section of chosen) {
    if (!available.includes(section))
      throw new AppError('filing.export.unknownSection', { section, available: available.join(', ') }, { field: 'sections' });
  }
  const filed: Record<string, unknown> = { formatVersion: data.formatVersion, generator: data.generator, exportedAt: data.exportedAt };
  for (const section of available) if (chosen.includes(section)) filed[section] = data[section];
  const dataBytes = Buffer.from(`${JSON.stringify(filed, null, 2)}\n`, 'utf8');

  const sources: PackageSource[] = [{ path: MEMBER.workspace, data: dataBytes }];
  const files: ManifestPreview['files'] = [{ path: MEMBER.workspace, size: dataBytes.byteLength, kind: 'data' }];
  if (content.includeAuditLog) {
    // The whole log: a chain verifies only whole. Its entries hold values of every section (see the contract).
    // Written to a file a piece at a time: a 127 MB log held as entries, JSON and a buffer took 600 MB.
    const size = auditLogFile === undefined ? auditChainFileBytes(ctx.db) : writeAuditChainFile(ctx.db, auditLogFile);
    if (auditLogFile !== undefined) sources.push({ path: MEMBER.auditLog, file: auditLogFile });
    files.push({ path: MEMBER.auditLog, size, kind: 'audit' });
  }
  if (content.includeAttachments && chosen.includes('attachments')) {
    for (const attachment of uniqueContent((filed.attachments ?? []) as Attachment[])) {
      const file = attachmentPath(ctx.dataDir, attachment.sha256);
      if (!fs.existsSync(file)) throw new AppError('filing.export.attachmentMissing', { name: attachment.name, file }, { file });
      // Under its hash, so two files of the same name never collide and the receiver finds it from the index.
      const member = `attachments/${attachment.sha256}/${safeMemberSegment(attachment.name)}`;
      sources.push({ path: member, file });
      files.push({ path: member, size: attachment.size, kind: 'attachment' });
    }
  }
  const reportNames = new Set<string>();
  content.reports.forEach((report, index) => {
    const member = `reports/${uniqueName(safeMemberSegment(path.basename(report, path.extname(report))), reportNames)}.pdf`;
    sources.push({ path: member, file: report });
    files.push({ path: member, size: pdfSize(report, index), kind: 'report' });
  });

  const rollup = content.includeFilings ? planRollup(ctx, content.period, profile.uscc) : undefined;
  if (rollup) {
    sources.push(...rollup.sources);
    files.push(...rollup.files);
  }

  const meta: PackageMeta = {
    generator: { name: APP_NAME, version: APP_VERSION },
    enterprise: { name: profile.name, uscc: profile.uscc },
    period: content.period,
    catalogs: catalogsUsed(filed),
    // Signed even when the log stays out: the receiver can hold the sender to this history next time.
    auditHead: auditChainHead(ctx.db),
    ...(rollup ? { inner: rollup.inner } : {}),
  };
  return {
    meta,
    sources,
    ...(rollup ? { rollup } : {}),
    preview: {
      enterprise: meta.enterprise,
      period: meta.period,
      catalogs: meta.catalogs,
      sections: available.filter((section) => chosen.includes(section)),
      omittedSections: available.filter((section) => !chosen.includes(section)),
      files,
      totalBytes: files.reduce((sum, file) => sum + file.size, 0),
    },
  };
}

/** The preview: the plan, the signer and the two key files the writer adds. */
export async function previewPackage(
  ctx: HandlerContext,
  sections: readonly DataSection[],
  content: PackageContent,
  keyDir: string,
): Promise<ManifestPreview> {
  const { preview } = planPackage(ctx, sections, content);
  if (!(await hasSigningKeys(keyDir))) return { ...preview, signer: null };
  {
    const signer = await readSigner(keyDir);
    const certificate = Buffer.byteLength(await exportCertificatePem(keyDir));
    // The writer re-encodes the key directory's PEM files exactly as they were written.
    const sm2Key = fs.statSync(path.join(keyDir, KEY_FILES.sm2PublicKey)).size;
    const files = [
      ...preview.files,
      { path: MEMBER.signerCert, size: certificate, kind: 'signer' as const },
      { path: MEMBER.signerSm2Key, size: sm2Key, kind: 'signer' as const },
    ];
    return { ...preview, files, totalBytes: preview.totalBytes + certificate + sm2Key, signer };
  }
}

export async function exportPackage(
  ctx: HandlerContext,
  sections: readonly DataSection[],
  content: PackageContent,
  options: { keyDir: string; passphrase: string; out: string; amends?: string | undefined },
) {
  const amends = options.amends ? amendedPackage(ctx, options.amends, content.period) : undefined;
  const auditLogFile = path.join(ctx.dataDir, WORKSPACE_FOLDERS.staging, `audit-log-${crypto.randomUUID()}.json`);
  fs.mkdirSync(path.dirname(auditLogFile), { recursive: true });
  try {
    const plan = planPackage(ctx, sections, content, auditLogFile);
    if (plan.rollup) await recheckCarried(ctx, plan.rollup);
    return await writePlannedPackage(ctx, amends ? { ...plan, meta: { ...plan.meta, amends } } : plan, content, options);
  } finally {
    fs.rmSync(auditLogFile, { force: true });
  }
}

async function writePlannedPackage(
  ctx: HandlerContext,
  plan: PlannedPackage,
  content: PackageContent,
  options: { keyDir: string; passphrase: string; out: string },
) {
  {
    const keys = await loadSigningKeys(options.keyDir, options.passphrase);
    const result = await writePackage({
      outFile: options.out,
      meta: plan.meta,
      sources: plan.sources,
      keys,
      signal: ctx.signal,
      onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
      beforePublish: (signed) =>
        recordSigning(ctx, plan, content, { ...signed, out: options.out, signerFingerprint: keys.signer.fingerprintSha256 }),
    });
    return {
      path: result.outFile,
      packageId: result.manifest.packageId,
      files: result.manifest.files.length,
      packageBytes: result.packageBytes,
      signerFingerprint: keys.signer.fingerprintSha256,
    };
  }
}

/** An amendment names a package this workspace sent for the same period. */
function amendedPackage(ctx: HandlerContext, packageId: string, period: string): string {
  const sent = findSentPackage(ctx.db, packageId);
  if (!sent) throw new AppError('filing.export.amendsUnknown', { packageId }, { field: 'amends' });
  if (sent.period !== period)
    throw new AppError('filing.export.amendsOtherPeriod', { packageId, amendedPeriod: sent.period, period }, { field: 'amends' });
  return packageId;
}

/**
 * The audit entry of a signing: who (the entry's actor), when (its time), which package and what it holds.
 * Committed before the package is put in place (filing.export holds its own transaction): a package never
 * exists without its entry; a failure in between leaves an entry for a package that was not published.
 * Never the passphrase: the log travels in later packages.
 */
function recordSigning(
  ctx: HandlerContext,
  plan: PlannedPackage,
  content: PackageContent,
  signed: { manifest: Manifest; manifestBytes: Uint8Array; out: string; signerFingerprint: string },
): void {
  const after = {
    packageId: signed.manifest.packageId,
    manifestSha256: crypto.createHash('sha256').update(signed.manifestBytes).digest('hex'),
    createdAt: signed.manifest.createdAt,
    enterprise: plan.meta.enterprise,
    period: plan.meta.period,
    sections: plan.preview.sections,
    omittedSections: plan.preview.omittedSections,
    includeAuditLog: content.includeAuditLog,
    files: signed.manifest.files.length,
    signerFingerprint: signed.signerFingerprint,
    path: signed.out,
    ...(signed.manifest.amends ? { amends: signed.manifest.amends } : {}),
  };
  ctx.db.transaction(() => {
    // The sent package, for the receipts that will come back for it (and for amendments naming it).
    insertSentPackage(ctx.db, {
      packageId: after.packageId,
      uscc: after.enterprise.uscc,
      period: after.period,
      createdAt: after.createdAt,
      manifestSha256: after.manifestSha256,
      path: after.path,
      amends: signed.manifest.amends ?? null,
    });
    ctx.audit({ entity: `filing.package:${after.packageId}`, before: null, after });
  })();
}

/** One attachment per stored content: records that share a file share its member. */
function uniqueContent(attachments: readonly Attachment[]): Attachment[] {
  const seen = new Set<string>();
  return attachments.filter((attachment) => !seen.has(attachment.sha256) && seen.add(attachment.sha256));
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The size of a report file, which must be a PDF (checked by its first bytes, not its name). */
function pdfSize(file: string, index: number): number {
  const field = `reports[${index}]`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(PDF_MAGIC.length);
    fs.readSync(fd, head, 0, head.length, 0);
    if (!head.equals(PDF_MAGIC)) throw new AppError('filing.export.reportNotPdf', { file }, { file, field });
    return fs.fstatSync(fd).size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file, field });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
