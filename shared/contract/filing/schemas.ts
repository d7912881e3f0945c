/**
 * The filing package's manifest.json and the verifier's answer, as zod schemas (docs/filing-package.md
 * explains each field). The manifest schema is strict: a field this version does not know means a newer
 * format, which must raise formatVersion.
 */
import { z } from 'zod';
import { FILING_LIMITS } from './limits';
import { usccSchema } from '../profile/schemas';
import { REQUIRED_LISTED_MEMBERS, collisionKey, isInnerPackagePath, isListablePath } from './paths';

export const FILING_FORMAT = 'denggao-filing-package';
/**
 * Version 2 added `auditHead`, the sender's audit chain head, so the signature anchors the history even when
 * the log itself is left out. A reader takes 1 and 2; the writer writes 2 whenever it knows the head.
 */
export const FILING_FORMAT_VERSION = 2;
/** Version 3 added `amends`, the package id of the filing this one replaces; the writer writes 3 only then. */
export const AMENDMENT_FORMAT_VERSION = 3;
/** Version 4 added `inner`, the packages a roll-up carries (with or without `amends`); written only for a roll-up. */
export const ROLLUP_FORMAT_VERSION = 4;
const FORMAT_VERSIONS_READ = [1, 2, 3, 4] as const;
/** A reader refuses a manifest of a higher version than this. */
export const NEWEST_FORMAT_VERSION_READ: number = Math.max(...FORMAT_VERSIONS_READ);

/** 统一社会信用代码, checked as the profile checks it (GB 32100 alphabet and check character): one rule. */
/** A year, a half (H1/H2), a quarter (Q1–Q4) or a month. */
export const periodSchema = z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, 'period: YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM');

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits');

export const manifestFileSchema = z.strictObject({
  path: z.string().refine(isListablePath, 'not a path a manifest may list'),
  size: z.number().int().nonnegative(),
  sha256: hexDigest,
  sm3: hexDigest,
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** The newest audit entry's seq and hash (seq 0 and 64 zeros for an empty log). */
export const auditHeadSchema = z.strictObject({ seq: z.number().int().nonnegative(), hash: hexDigest });
export type AuditHead = z.infer<typeof auditHeadSchema>;

export const catalogRefSchema = z.strictObject({ id: z.string().min(1).max(200), version: z.string().min(1).max(100) });
export type CatalogRef = z.infer<typeof catalogRefSchema>;

export const enterpriseSchema = z.strictObject({ name: z.string().trim().min(1).max(200), uscc: usccSchema });

/**
 * A package a roll-up carries, as the roll-up's signer declares it: where it is, which package of which
 * enterprise and period, and the signer certificates (SHA-256 fingerprints) the roll-up's signer vouches for
 * as that enterprise's — the receiver checks the inner signature against these, and only these.
 */
export const innerPackageSchema = z.strictObject({
  path: z.string().refine(isInnerPackagePath, 'filings/<name>.dgpkg'),
  sha256: hexDigest,
  packageId: z.uuid(),
  enterprise: enterpriseSchema,
  period: periodSchema,
  /** SHA-256 of the inner package's manifest.json as signed (what its receipts name). */
  manifestSha256: hexDigest,
  trustedSigners: z.array(hexDigest).min(1).max(10),
  /** The accession number of the receipt by which the roll-up's signer accepted it, when it issued one. */
  accessionNumber: z.string().max(100).nullable(),
});
export type InnerPackage = z.infer<typeof innerPackageSchema>;

export const generatorSchema = z.strictObject({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) });

export const manifestSchema = z
  .strictObject({
    format: z.literal(FILING_FORMAT),
    formatVersion: z.union(FORMAT_VERSIONS_READ.map((version) => z.literal(version))),
    generator: generatorSchema,
    packageId: z.uuid(),
    enterprise: enterpriseSchema,
    period: periodSchema,
    createdAt: z.iso.datetime({ offset: true }),
    catalogs: z.array(catalogRefSchema).max(1000),
    files: z.array(manifestFileSchema).max(FILING_LIMITS.maxEntries),
    auditHead: auditHeadSchema.optional(),
    amends: z.uuid().optional(),
    inner: z.array(innerPackageSchema).min(1).max(FILING_LIMITS.maxInnerPackages).optional(),
  })
  .superRefine((manifest, ctx) => {
    if (manifest.formatVersion >= 2 !== (manifest.auditHead !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['auditHead'], message: `auditHead is required from formatVersion 2 on, and unknown before` });
    }
    // Version 3 means an amendment; version 4 (a roll-up) may be one or not.
    const amendsRequired = manifest.formatVersion === AMENDMENT_FORMAT_VERSION;
    if (manifest.amends !== undefined ? manifest.formatVersion < AMENDMENT_FORMAT_VERSION : amendsRequired) {
      ctx.addIssue({
        code: 'custom',
        path: ['amends'],
        message: `amends is required in formatVersion 3, optional in 4, and unknown before`,
      });
    }
    if (manifest.formatVersion >= ROLLUP_FORMAT_VERSION !== (manifest.inner !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['inner'], message: `inner is required from formatVersion 4 on, and unknown before` });
    }
    if (manifest.amends !== undefined && manifest.amends === manifest.packageId)
      ctx.addIssue({ code: 'custom', path: ['amends'], message: 'a package cannot amend itself' });
    const seen = new Set<string>();
    manifest.files.forEach((file, index) => {
      const key = collisionKey(file.path);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['files', index, 'path'], message: `duplicate path ${file.path}` });
      seen.add(key);
    });
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const required of REQUIRED_LISTED_MEMBERS) {
      if (!listed.has(required)) ctx.addIssue({ code: 'custom', path: ['files'], message: `must list ${required}` });
    }
    const catalogIds = new Set<string>();
    manifest.catalogs.forEach((catalog, index) => {
      if (catalogIds.has(catalog.id))
        ctx.addIssue({ code: 'custom', path: ['catalogs', index, 'id'], message: `duplicate catalog ${catalog.id}` });
      catalogIds.add(catalog.id);
    });
  });
export type Manifest = z.infer<typeof manifestSchema>;

/** What the writer needs besides the files: everything in the manifest but the file list. */
export const packageMetaSchema = z.strictObject({
  generator: generatorSchema,
  enterprise: enterpriseSchema,
  period: periodSchema,
  catalogs: z.array(catalogRefSchema).max(1000),
  /** Defaults to a fresh random UUID. */
  packageId: z.uuid().optional(),
  /** Defaults to the time of writing. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
  /** The sender's audit chain head; without it the package is written in format version 1. */
  auditHead: auditHeadSchema.optional(),
  /** The package id of the filing this one replaces (format version 3, which needs the audit head too). */
  amends: z.uuid().optional(),
  /** The packages a roll-up carries (format version 4). */
  inner: z.array(innerPackageSchema).min(1).max(FILING_LIMITS.maxInnerPackages).optional(),
});
export type PackageMeta = z.infer<typeof packageMetaSchema>;

const sha256Fingerprint = hexDigest;

/** The signer as the verifier saw it (also what the key store reports about its own keys). */
export const signerInfoSchema = z.object({
  /** RFC 4514 form, e.g. `CN=示例集团有限公司, O=示例集团有限公司, 2.5.4.5=91110000100000000R, C=CN`. */
  subject: z.string(),
  issuer: z.string(),
  /** SHA-256 of the DER certificate, lowercase hex. */
  fingerprintSha256: sha256Fingerprint,
  /** SHA-256 of the DER SubjectPublicKeyInfo of the SM2 key, lowercase hex; absent if there was none to read. */
  sm2PublicKeyFingerprint: sha256Fingerprint.optional(),
  notBefore: z.iso.datetime({ offset: true }),
  notAfter: z.iso.datetime({ offset: true }),
});
export type SignerInfo = z.infer<typeof signerInfoSchema>;

export const verifyErrorSchema = z.object({
  code: z.string(),
  /** The member concerned, when there is one. */
  file: z.string().optional(),
  message: z.string(),
});
export type VerifyError = z.infer<typeof verifyErrorSchema>;

export const verifyResultSchema = z.object({
  valid: z.boolean(),
  errors: z.array(verifyErrorSchema),
  /** Present when manifest.json parsed and matched the schema (even if other checks failed). */
  manifest: manifestSchema.optional(),
  /** SHA-256 of manifest.json's bytes as signed, lowercase hex (with `manifest`): what a receipt names. */
  manifestSha256: hexDigest.optional(),
  /** Present when the CMS signature named a signer certificate. */
  signer: signerInfoSchema.optional(),
  /**
   * A roll-up's carried packages, each checked against the signers the outer package declares for it, tier by
   * tier (a package inside an inner roll-up has the path through it: `filings/a.dgpkg/filings/b.dgpkg`).
   */
  inner: z
    .array(
      z.object({
        path: z.string(),
        valid: z.boolean(),
        /** As the outer package declares it. */
        enterprise: z.object({ name: z.string(), uscc: z.string() }),
        packageId: z.string(),
        /** 1 for a package the outer carries directly, 2 for one inside that, … */
        tier: z.number().int(),
        errors: z.array(verifyErrorSchema),
      }),
    )
    .optional(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;
