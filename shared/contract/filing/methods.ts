/**
 * Filing package methods (docs/filing-package.md): the sender's keys and export, verification, and the
 * receiver's trust list, import, filings and consolidated view.
 *
 * `keyDir` is optional everywhere: the default is the key folder inside the workspace's data folder. The
 * CLI passes its `--key-dir`. Private keys never leave that folder and are never stored in plain text.
 */
import { z } from 'zod';
import { assessmentComparisonSchema } from '../assessment/schemas';
import { method } from '../core';
import { pathField } from '../path-fields';
import { gradeSchema } from '../assessment/schemas';
import { issuedReceiptSchema, receiptVerifyResultSchema, returnReasonSchema, reviewSchema, sentPackageSchema } from './receipt';
import {
  consolidatedSchema,
  filingDetailSchema,
  filingSummarySchema,
  metricChangeSchema,
  receivedFilingSchema,
  trustEntrySchema,
} from './receiver';
import { catalogRefSchema, enterpriseSchema, periodSchema, signerInfoSchema, verifyResultSchema } from './schemas';
import { consolidationViewSchema, periodComparisonSchema, viewFilterSchema, viewQuerySchema } from './views';

const path = pathField('read', z.string().min(1, { message: 'validation.required' }));
/** What the consolidation exports cover: a period (absent = each enterprise's newest) and a view's filter. */
const viewExportInput = z.object({
  period: z.string().min(1).optional(),
  filter: viewFilterSchema.default({}),
  out: pathField('write').optional(),
});
/** Written by keys.generate and importP12; the page may only name a folder under exports/ (or leave it out). */
const keyDir = pathField('write').optional();
const passphrase = z.string().min(1, { message: 'validation.required' });
/** PEM certificates (the CLI's --trust files, read as text) trusted for this one call, beside the trust list. */
const extraTrust = z
  .array(z.string().max(256 * 1024))
  .max(100)
  .default([]);

export const keysInfoSchema = z.object({
  keyDir: z.string(),
  present: z.boolean(),
  signer: signerInfoSchema.nullable(),
  /** CA certificates imported with a PKCS#12 key, embedded in every signature. */
  chainCertificates: z.number().int(),
});
export type KeysInfo = z.infer<typeof keysInfoSchema>;

/** What goes into a package: data sections, attachment files, report PDFs. */
export const packageContentSchema = z.object({
  /** The data JSON's top-level sections to file (e.g. `profile`, `sam`); absent = all of them. */
  sections: z.array(z.string().min(1)).optional(),
  /** The evidence files of the attachments index (needs the `attachments` section). */
  includeAttachments: z.boolean().default(true),
  /**
   * The workspace's audit log (audit/log.json). Its entries carry the values of every recorded change, of
   * sections left out too, so a sender filing only some sections may leave it out; the package then shows
   * no history.
   */
  includeAuditLog: z.boolean().default(true),
  /** PDF files to add under reports/ (the reports method's outputs, or any PDF the CLI names). */
  reports: z.array(path).max(200).default([]),
  period: periodSchema,
  /**
   * A roll-up: carry the packages this workspace accepted for the period (each enterprise's current accepted
   * filing received directly), unchanged, with the consolidated view of them (docs/filing-package.md, "Roll-up").
   */
  includeFilings: z.boolean().default(false),
});

export const previewFileSchema = z.object({
  path: z.string(),
  size: z.number().int(),
  kind: z.enum(['data', 'audit', 'report', 'attachment', 'signer', 'filing', 'consolidated']),
});

export const manifestPreviewSchema = z.object({
  enterprise: enterpriseSchema,
  period: z.string(),
  catalogs: z.array(catalogRefSchema),
  /** Sections of the data JSON that will be filed, and those the workspace has but will not be. */
  sections: z.array(z.string()),
  omittedSections: z.array(z.string()),
  files: z.array(previewFileSchema),
  totalBytes: z.number().int(),
  /** The key that will sign, or null if there is none yet. */
  signer: signerInfoSchema.nullable(),
});
export type ManifestPreview = z.infer<typeof manifestPreviewSchema>;

export const exportResultSchema = z.object({
  path: z.string(),
  packageId: z.string(),
  files: z.number().int(),
  packageBytes: z.number().int(),
  signerFingerprint: z.string(),
});

/** Signing a receipt: the receiver's keys, and where to write it (default: a fresh path under exports/). */
const receiptSigning = z.object({ keyDir, passphrase, out: pathField('write').optional() });

export const filingMethods = {
  'filing.keys.info': method({ kind: 'read', input: z.object({ keyDir }), output: keysInfoSchema }),
  /** A P-256 key with a self-signed certificate naming the enterprise, and an SM2 key; name and USCC default to the profile's. */
  'filing.keys.generate': method({
    kind: 'write',
    input: z.object({ keyDir, passphrase, name: z.string().trim().min(1).max(200).optional(), uscc: z.string().trim().optional() }),
    output: keysInfoSchema,
  }),
  /** A certificate and key issued by the enterprise's CA (.p12/.pfx); the SM2 key is generated beside it. */
  'filing.keys.importP12': method({
    kind: 'write',
    backupBefore: false, // writes key files, not the workspace's rows
    input: z.object({ keyDir, path, p12Password: z.string(), passphrase }),
    output: keysInfoSchema,
  }),
  /** The certificate as PEM under exports/, for the receiver's trust list. */
  'filing.keys.exportCertificate': method({
    kind: 'read',
    input: z.object({ keyDir }),
    output: z.object({ path: z.string(), fingerprintSha256: z.string() }),
  }),

  /** What the package will hold and who will sign it, before anything is signed. */
  'filing.previewManifest': method({
    kind: 'read',
    consistency: 'committed',
    input: packageContentSchema.extend({ keyDir }),
    output: manifestPreviewSchema,
  }),
  /**
   * Writes and signs the package (streaming; progress and cancel). `out` defaults to a fresh path under exports/.
   * A write: it waits for writes in progress, so the package holds committed data only, and the signing is
   * recorded in the audit log (committed before the package is put in place, hence its own transaction).
   */
  'filing.export': method({
    kind: 'write',
    transaction: 'handler',
    long: true,
    input: packageContentSchema.extend({
      keyDir,
      passphrase,
      out: pathField('write').optional(),
      /** The package id of an earlier package of the same period that this one replaces (an amendment). */
      amends: z.uuid().optional(),
    }),
    output: exportResultSchema,
  }),

  /** Every check of docs/filing-package.md; trust = the workspace's trust list plus `trust`. */
  'filing.verify': method({
    kind: 'read',
    long: true,
    input: z.object({ path, trust: extraTrust, useTrustList: z.boolean().default(true) }),
    output: verifyResultSchema,
  }),

  'filing.trust.list': method({ kind: 'read', input: z.object({}), output: z.array(trustEntrySchema) }),
  /** A certificate (PEM or DER file, or PEM text): a signer pinned by its fingerprint, or a CA. */
  'filing.trust.add': method({
    kind: 'write',
    input: z
      .object({
        path: pathField('read').optional(),
        pem: z
          .string()
          .min(1)
          .max(256 * 1024)
          .optional(),
        label: z.string().trim().max(200).default(''),
      })
      .refine((input) => (input.path === undefined) !== (input.pem === undefined), {
        message: 'filing.trust.needCertificate',
        path: ['pem'],
      }),
    output: trustEntrySchema,
  }),
  'filing.trust.remove': method({ kind: 'write', input: z.object({ id: z.string().min(1) }), output: z.object({ removed: z.boolean() }) }),

  /** Verifies, then keeps the filing; an invalid package, or a package id already held, changes nothing. */
  'filing.import': method({
    kind: 'write',
    // The backup comes once the package has verified (a refused one writes none), outside any transaction.
    backupBefore: 'whenChecked',
    transaction: 'handler',
    long: true,
    input: z.object({ path, trust: extraTrust, receipt: receiptSigning.optional() }),
    output: z.object({
      filing: receivedFilingSchema,
      summary: filingSummarySchema,
      verify: verifyResultSchema,
      receipt: issuedReceiptSchema.nullable(),
    }),
  }),
  /**
   * The receiver's decision on an imported filing, in a signed receipt: accepted, or returned for correction
   * with reasons per section (a section the filing carries, or `general`). A returned filing stays returned.
   */
  'filing.filings.decide': method({
    kind: 'write',
    transaction: 'handler',
    input: receiptSigning.extend({
      id: z.string().min(1),
      result: z.enum(['accepted', 'returned']),
      reasons: z.array(returnReasonSchema).max(200).default([]),
    }),
    output: issuedReceiptSchema,
  }),
  /** A copy of a receipt this workspace signed, under exports/ (to hand to the sender again). */
  'filing.receipts.export': method({
    kind: 'read',
    input: z.object({ receiptId: z.string().min(1) }),
    output: z.object({ path: z.string() }),
  }),
  /** The receiver's review (复评) of an imported filing: a grade, notes and per-indicator adjustments. */
  'filing.review.save': method({
    kind: 'write',
    input: z.object({
      filingId: z.string().min(1),
      reviewedGrade: gradeSchema,
      notes: z.string().trim().max(4000).default(''),
      adjustments: z
        .array(
          z.object({
            indicatorId: z.string().trim().min(1, { message: 'validation.required' }),
            reviewedPoints: z.number().min(0),
            note: z.string().trim().max(2000).default(''),
          }),
        )
        .max(500)
        .default([]),
    }),
    output: reviewSchema,
  }),
  /** Every check of a receipt (signatures, trust, format); trust = the trust list plus `trust`. */
  'filing.receipt.verify': method({
    kind: 'read',
    input: z.object({ path, trust: extraTrust, useTrustList: z.boolean().default(true) }),
    output: receiptVerifyResultSchema,
  }),
  /** The sender imports a receipt for a package it sent; anything else is refused and nothing changes. */
  'filing.receipt.import': method({
    kind: 'write',
    backupBefore: false /* records one receipt */,
    input: z.object({ path, trust: extraTrust }),
    output: sentPackageSchema,
  }),
  /** The packages this workspace signed, each with its state from the newest receipt. */
  'filing.sent.list': method({ kind: 'read', input: z.object({}), output: z.array(sentPackageSchema) }),
  'filing.filings.list': method({
    kind: 'read',
    input: z.object({ uscc: z.string().optional(), period: z.string().optional(), parent: z.string().optional() }),
    output: z.array(receivedFilingSchema),
  }),
  'filing.filings.get': method({ kind: 'read', input: z.object({ id: z.string().min(1) }), output: filingDetailSchema }),
  /**
   * Each enterprise's current filing, added up: of those received directly, or (`parentId`) of those a roll-up
   * filing carried — the drill-down group → second tier → unit.
   */
  'filing.consolidated': method({
    kind: 'read',
    input: z.object({ period: z.string().optional(), parentId: z.string().optional() }),
    output: consolidatedSchema,
  }),
  /** The consolidation views (shared/contract/filing/views.ts): figures, filter choices, a breakdown and a ranked page. */
  'filing.views.consolidation': method({ kind: 'read', input: viewQuerySchema, output: consolidationViewSchema }),
  /** The same filter over two periods, side by side with the change of each figure. */
  'filing.views.compare': method({
    kind: 'read',
    input: z.object({ before: z.string().min(1), after: z.string().min(1), filter: viewFilterSchema.default({}) }),
    output: periodComparisonSchema,
  }),
  /** The consolidated tables as a workbook (summary, grades and targets, objects, by group, every enterprise); default under exports/. */
  'filing.views.exportXlsx': method({
    kind: 'read',
    consistency: 'committed',
    long: true,
    input: viewExportInput,
    output: z.object({ path: z.string(), rows: z.number().int() }),
  }),
  /** The consolidated report as a PDF (charts, tables, the top of the ranking); default under exports/. */
  'filing.views.report': method({
    kind: 'read',
    consistency: 'committed',
    long: true,
    input: viewExportInput,
    output: z.object({ path: z.string(), pages: z.number().int() }),
  }),
  /** Two periods of one enterprise (each period's current filing). */
  'filing.compare': method({
    kind: 'read',
    input: z.object({ uscc: z.string().min(1), before: z.string().min(1), after: z.string().min(1) }),
    output: z.object({
      before: receivedFilingSchema,
      after: receivedFilingSchema,
      changes: z.array(metricChangeSchema),
      /** Indicator by indicator, when both filings carry a scored assessment. */
      assessment: assessmentComparisonSchema.nullable(),
    }),
  }),
};
