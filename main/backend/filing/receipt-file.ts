/**
 * The receipt file (回执, `.dgrcpt`, docs/filing-package.md "Receipts"): a ZIP holding receipt.json, signed
 * exactly as a package's manifest is (signDetached: CMS P-256 and SM2), and the signer's certificate and SM2
 * key. Verified by the same signature and trust checks as a package (checkSignatures), plus the receipt's own:
 * its schema, no member beside the five, and the SM2 key bound by the hash the CMS-signed receipt names.
 */
import { randomUUID } from 'node:crypto';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import {
  RECEIPT_MAX_BYTES,
  RECEIPT_MEMBER,
  receiptSchema,
  type Receipt,
  type ReceiptVerifyResult,
} from '../../../shared/contract/filing/receipt';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/define';
import type { SigningKeys } from './keys';
import { Findings, checkSignatures, readSmallContainer, type SignatureMembers, type TrustOptions } from './package-reader';
import { signDetached } from './package-writer';
import { pemEncode, sha256Hex } from './pki';
import { ZipFileWriter } from './zip-writer';

const RECEIPT_SIGNATURE_MEMBERS: SignatureMembers = {
  signed: RECEIPT_MEMBER.receipt,
  cms: RECEIPT_MEMBER.cms,
  sm2Signature: RECEIPT_MEMBER.sm2Signature,
  signerCert: RECEIPT_MEMBER.signerCert,
  signerSm2Key: RECEIPT_MEMBER.signerSm2Key,
};

const WANTED: ReadonlyArray<readonly [string, number]> = [
  [RECEIPT_MEMBER.receipt, RECEIPT_MAX_BYTES],
  [RECEIPT_MEMBER.cms, FILING_LIMITS.maxSignatureMemberBytes],
  [RECEIPT_MEMBER.sm2Signature, FILING_LIMITS.maxSignatureMemberBytes],
  [RECEIPT_MEMBER.signerCert, FILING_LIMITS.maxSignatureMemberBytes],
  [RECEIPT_MEMBER.signerSm2Key, FILING_LIMITS.maxSignatureMemberBytes],
];

/** SHA-256 of the SM2 key's DER SubjectPublicKeyInfo: what a receipt names to bind the key. */
export function sm2KeySha256(keys: SigningKeys): string {
  return sha256Hex(keys.sm2PublicKeySpkiDer);
}

/** receipt.json's bytes as signed: pretty JSON, readable in any unzip tool. */
export function serializeReceipt(receipt: Receipt): Uint8Array {
  return Buffer.from(`${JSON.stringify(receiptSchema.parse(receipt), null, 2)}\n`, 'utf8');
}

/** Signs and writes the receipt; the file appears under its name only when complete. */
export async function writeReceipt(outFile: string, receipt: Receipt, keys: SigningKeys): Promise<void> {
  const bytes = serializeReceipt(receipt);
  const { cms, sm2 } = await signDetached(bytes, keys, new Date(receipt.issuedAt));
  const mtime = new Date(receipt.issuedAt);
  const members: Array<[string, Uint8Array, boolean]> = [
    [RECEIPT_MEMBER.receipt, bytes, true],
    [RECEIPT_MEMBER.signerCert, Buffer.from(pemEncode('CERTIFICATE', keys.certificateDer)), true],
    [RECEIPT_MEMBER.signerSm2Key, Buffer.from(pemEncode('PUBLIC KEY', keys.sm2PublicKeySpkiDer)), true],
    [RECEIPT_MEMBER.cms, cms, false],
    [RECEIPT_MEMBER.sm2Signature, sm2, false],
  ];
  const tempFile = join(dirname(outFile), `.${basename(outFile)}.${randomUUID()}.part`);
  const zip = await ZipFileWriter.create(tempFile);
  try {
    for (const [name, data, compress] of members) await zip.addEntry(name, [data], { compress, mtime, expectedSize: data.byteLength });
    await zip.finish();
    await rename(tempFile, outFile);
  } catch (error) {
    await zip.abort().catch(() => undefined);
    await unlink(tempFile).catch(() => undefined);
    throw error;
  }
}

/** Every check of a receipt; like verifyPackage, problems come back in the result, never thrown. */
export async function verifyReceipt(
  file: string,
  options: { trust?: TrustOptions; now?: Date; locale?: Locale } = {},
): Promise<ReceiptVerifyResult> {
  const findings = new Findings(options.locale ?? DEFAULT_LOCALE);
  const container = await readSmallContainer(file, WANTED, findings);
  if (!container) return invalid(findings);
  const { names, small } = container;
  const allowed = new Set<string>(Object.values(RECEIPT_MEMBER));
  for (const name of names) if (!allowed.has(name)) findings.add('filing.verify.extraFile', {}, name);

  const bytes = small.get(RECEIPT_MEMBER.receipt);
  if (!bytes) {
    if (!names.has(RECEIPT_MEMBER.receipt)) findings.add('filing.receipt.receiptMissing', {}, RECEIPT_MEMBER.receipt);
    return invalid(findings);
  }
  const receipt = parseReceipt(bytes, findings);
  const signer = await checkSignatures(
    {
      bytes,
      claim: receipt ? { signedAt: receipt.issuedAt, uscc: receipt.receiver.uscc } : undefined,
      members: RECEIPT_SIGNATURE_MEMBERS,
      small,
      has: (name) => names.has(name),
      trust: options.trust ?? {},
      now: options.now ?? new Date(),
    },
    findings,
  );
  if (receipt && signer?.sm2PublicKeyFingerprint && signer.sm2PublicKeyFingerprint !== receipt.receiver.sm2KeySha256) {
    findings.add('filing.receipt.sm2KeyUnbound', {}, RECEIPT_MEMBER.signerSm2Key);
  }
  return {
    valid: findings.errors.length === 0,
    result: receipt?.result ?? null,
    accessionNumber: receipt?.accessionNumber ?? null,
    packageId: receipt?.packageId ?? null,
    errors: findings.errors,
    ...(receipt ? { receipt } : {}),
    ...(signer ? { signer } : {}),
  };
}

function invalid(findings: Findings): ReceiptVerifyResult {
  return { valid: false, result: null, accessionNumber: null, packageId: null, errors: findings.errors };
}

function parseReceipt(bytes: Uint8Array, findings: Findings): Receipt | undefined {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    findings.add('filing.receipt.receiptInvalid', { field: '(root)', detail: (error as Error).message }, RECEIPT_MEMBER.receipt);
    return undefined;
  }
  const parsed = receiptSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 10)) {
    findings.add(
      'filing.receipt.receiptInvalid',
      { field: issue.path.join('.') || '(root)', detail: issue.message },
      RECEIPT_MEMBER.receipt,
    );
  }
  return undefined;
}
