/**
 * The filing chain after a package arrives (docs/filing-package.md, "Receipts and amendments"): the receipt
 * (回执) a receiver signs for each decision, the return for correction with reasons per section, the review
 * (复评), and the sender's record of what it sent and what came back. The receipt schema is strict, like the
 * manifest's: a field this version does not know means a newer format.
 */
import { z } from 'zod';
import { gradeSchema } from '../assessment/schemas';
import { usccSchema } from '../profile/schemas';
import { enterpriseSchema, periodSchema, signerInfoSchema, verifyErrorSchema } from './schemas';

export const RECEIPT_FORMAT = 'denggao-filing-receipt';
export const RECEIPT_FORMAT_VERSION = 1;
export const RECEIPT_EXTENSION = '.dgrcpt';

/** Members of a receipt file (a ZIP, like a package): the signed receipt.json and its two signatures. */
export const RECEIPT_MEMBER = {
  receipt: 'receipt.json',
  cms: 'signatures/receipt.p7s',
  sm2Signature: 'signatures/receipt.sm2.sig',
  signerCert: 'signatures/signer.pem',
  signerSm2Key: 'signatures/signer.sm2.pem',
} as const;

/** receipt.json is read whole; a receipt with reasons and a review stays far below this. */
export const RECEIPT_MAX_BYTES = 1024 * 1024;

export const RECEIPT_RESULTS = ['accepted', 'returned', 'refused'] as const;
export const receiptResultSchema = z.enum(RECEIPT_RESULTS);

/**
 * 受理编号: the receiver's USCC, the year of issue by the receiver's clock and a six-digit sequence within that
 * year, e.g. `91110000100000000R-2026-000042`. Unique per receiver (the receiver's database holds it unique).
 */
export const ACCESSION_NUMBER_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}-\d{4}-\d{6}$/;
export const accessionNumberSchema = z.string().regex(ACCESSION_NUMBER_PATTERN, 'accession number: USCC-YYYY-NNNNNN');

/** The section a reason for return names: a data section the package filed, or `general` for the whole filing. */
export const GENERAL_SECTION = 'general';
export const returnReasonSchema = z.strictObject({
  section: z.string().trim().min(1, { message: 'validation.required' }).max(100),
  text: z.string().trim().min(1, { message: 'validation.required' }).max(2000),
});
export type ReturnReason = z.infer<typeof returnReasonSchema>;

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits');

/** A reviewer's change to one indicator of the filed self-assessment (初评 → 复评). */
export const indicatorAdjustmentSchema = z.strictObject({
  indicatorId: z.string().trim().min(1, { message: 'validation.required' }).max(100),
  /** The points the filing's finalized assessment gave, as filed. */
  selfPoints: z.number(),
  reviewedPoints: z.number().min(0),
  note: z.string().trim().max(2000).default(''),
});

export const reviewSchema = z.strictObject({
  /** The grade the filing's finalized assessment gave (null: it filed none). */
  selfGrade: gradeSchema.nullable(),
  reviewedGrade: gradeSchema,
  notes: z.string().trim().max(4000).default(''),
  adjustments: z.array(indicatorAdjustmentSchema).max(500).default([]),
  reviewedAt: z.iso.datetime({ offset: true }),
  reviewedBy: z.string().max(200),
});
export type Review = z.infer<typeof reviewSchema>;

export const receiptSchema = z
  .strictObject({
    format: z.literal(RECEIPT_FORMAT),
    formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
    receiptId: z.uuid(),
    accessionNumber: accessionNumberSchema,
    /** `sm2KeySha256` binds the SM2 key to the CMS-signed bytes (a certificate has no room for it). */
    receiver: z.strictObject({ name: z.string().trim().min(1).max(200), uscc: usccSchema, sm2KeySha256: hexDigest }),
    sender: enterpriseSchema,
    packageId: z.uuid(),
    /** SHA-256 of the package's manifest.json as signed. */
    manifestSha256: hexDigest,
    period: periodSchema,
    /** The receiver's clock when it signed; equals the CMS signingTime. The filing's trusted time. */
    issuedAt: z.iso.datetime({ offset: true }),
    result: receiptResultSchema,
    /** Returned for correction: why, per section. */
    reasons: z.array(returnReasonSchema).max(200),
    /** Refused: what the receiver's checks found. */
    refusal: z.array(z.strictObject({ code: z.string().max(200), message: z.string().max(4000) })).max(200),
    /** The package this one amends, as its manifest names it. */
    amends: z.uuid().nullable(),
    review: reviewSchema.nullable(),
  })
  .superRefine((receipt, ctx) => {
    if ((receipt.result === 'returned') !== receipt.reasons.length > 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'reasons are given exactly when the filing is returned' });
    if ((receipt.result === 'refused') !== receipt.refusal.length > 0)
      ctx.addIssue({ code: 'custom', path: ['refusal'], message: 'refusal findings are given exactly when the package is refused' });
  });
export type Receipt = z.infer<typeof receiptSchema>;

export const receiptVerifyResultSchema = z.object({
  valid: z.boolean(),
  result: receiptResultSchema.nullable(),
  accessionNumber: z.string().nullable(),
  packageId: z.string().nullable(),
  errors: z.array(verifyErrorSchema),
  receipt: receiptSchema.optional(),
  signer: signerInfoSchema.optional(),
});
export type ReceiptVerifyResult = z.infer<typeof receiptVerifyResultSchema>;

/** A receipt this workspace issued as a receiver. */
export const issuedReceiptSchema = z.object({
  receiptId: z.string(),
  accessionNumber: z.string(),
  packageId: z.string(),
  /** The filing it decided; null for a refused package, which was never imported. */
  filingId: z.string().nullable(),
  enterprise: z.object({ name: z.string(), uscc: z.string() }),
  period: z.string(),
  result: receiptResultSchema,
  reasons: z.array(returnReasonSchema),
  issuedAt: z.string(),
  issuedBy: z.string(),
  /** The receipt file written for this call (the workspace keeps its own copy too). */
  path: z.string(),
});
export type IssuedReceipt = z.infer<typeof issuedReceiptSchema>;

/** The sender's side: each package it signed, and its state from the newest receipt imported for it. */
export const SENT_STATES = ['sent', 'accepted', 'returned', 'refused'] as const;
export const sentPackageSchema = z.object({
  packageId: z.string(),
  period: z.string(),
  createdAt: z.string(),
  manifestSha256: z.string(),
  path: z.string(),
  amends: z.string().nullable(),
  state: z.enum(SENT_STATES),
  /** The newest receipt (by the receiver's time), or null while none came back. */
  receipt: receiptSchema.nullable(),
});
export type SentPackage = z.infer<typeof sentPackageSchema>;
