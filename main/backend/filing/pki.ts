/**
 * X.509 and CMS for the filing package: PEM, fingerprints, certificate facts, detached CMS SignedData
 * (ECDSA P-256 / SHA-256, the form `openssl cms -verify -binary` accepts) and chain building to a CA.
 * pkijs and @peculiar/x509 both run on Node's WebCrypto (x509 is set up where it is loaded, heavy-modules.ts).
 */
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import type { SignerInfo } from '../../../shared/contract/filing/schemas';
import { x509 } from '../heavy-modules';

// Node's WebCrypto is the standard one, but the libraries type it as the DOM's Crypto, which Node's type
// declarations only approximate (and main/ is compiled without the DOM library): hence `as never`.
pkijs.setEngine('denggao-node', new pkijs.CryptoEngine({ name: 'denggao-node', crypto: webcrypto as never }));

export type PrivateKey = webcrypto.CryptoKey;
/** @peculiar/x509, loaded on first use (see heavy-modules.ts). */
export { x509 };

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentTypeAttr: '1.2.840.113549.1.9.3',
  messageDigestAttr: '1.2.840.113549.1.9.4',
  signingTimeAttr: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecPublicKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
} as const;

export const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Accepts `AB:CD…` as openssl prints it, or plain hex. */
export function normalizeFingerprint(text: string): string {
  return text.replace(/[:\s]/g, '').toLowerCase();
}

export function pemEncode(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${base64}-----END ${label}-----\n`;
}

/** Every block with this label, in order (a chain file holds several). */
export function pemDecodeAll(text: string, label: string): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]*?)-----END ${label}-----`, 'g');
  return [...text.matchAll(pattern)].map((match) => new Uint8Array(Buffer.from((match[1] ?? '').replace(/\s/g, ''), 'base64')));
}

/** PEM text or DER bytes of one or more certificates, as DER. */
export function certificatesFrom(input: string | Uint8Array): Uint8Array[] {
  if (typeof input !== 'string') {
    const text = Buffer.from(input).toString('latin1');
    return text.includes('-----BEGIN CERTIFICATE-----') ? pemDecodeAll(text, 'CERTIFICATE') : [input];
  }
  return pemDecodeAll(input, 'CERTIFICATE');
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/** Whether the certificate's public key is an EC key on P-256. */
export function hasP256Key(certificate: pkijs.Certificate): boolean {
  const algorithm = certificate.subjectPublicKeyInfo.algorithm;
  const params = algorithm.algorithmParams;
  return algorithm.algorithmId === OID.ecPublicKey && params instanceof asn1js.ObjectIdentifier && params.getValue() === OID.p256;
}

/** The facts a user compares out of band: names, validity, fingerprints. */
export function describeSigner(certificateDer: Uint8Array, sm2SpkiDer?: Uint8Array): SignerInfo {
  const certificate = new (x509().X509Certificate)(toArrayBuffer(certificateDer));
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    fingerprintSha256: sha256Hex(certificateDer),
    ...(sm2SpkiDer ? { sm2PublicKeyFingerprint: sha256Hex(sm2SpkiDer) } : {}),
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
  };
}

/** A CA may put the USCC in serialNumber, OU, CN or organizationIdentifier: any subject value containing it counts. */
export function subjectNamesUscc(certificateDer: Uint8Array, uscc: string): boolean {
  const certificate = parseCertificate(certificateDer);
  return certificate.subject.typesAndValues.some((attribute) => {
    const value: unknown = (attribute.value.valueBlock as { value?: unknown }).value;
    return typeof value === 'string' && value.toUpperCase().includes(uscc);
  });
}

export function isValidAt(certificateDer: Uint8Array, at: Date): boolean {
  const certificate = parseCertificate(certificateDer);
  return certificate.notBefore.value <= at && at <= certificate.notAfter.value;
}

/** Detached CMS SignedData over `content`, signed attributes contentType, signingTime and messageDigest. */
export async function signCmsDetached(params: {
  content: Uint8Array;
  privateKey: PrivateKey;
  certificateDer: Uint8Array;
  chainDer: Uint8Array[];
  signingTime: Date;
}): Promise<Uint8Array> {
  const signer = parseCertificate(params.certificateDer);
  const digest = createHash('sha256').update(params.content).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentTypeAttr, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.signingTimeAttr, values: [new asn1js.UTCTime({ valueDate: params.signingTime })] }),
            new pkijs.Attribute({ type: OID.messageDigestAttr, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })] }),
          ],
        }),
      }),
    ],
    certificates: [signer, ...params.chainDer.map(parseCertificate)],
  });
  await signedData.sign(params.privateKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

export type CmsCheck =
  | { ok: true; signerDer: Uint8Array; certificatesDer: Uint8Array[]; signingTime: Date | undefined }
  | { ok: false; code: 'filing.verify.cmsMalformed' | 'filing.verify.cmsUnsupportedAlgorithm'; detail: string; signerDer?: Uint8Array }
  | { ok: false; code: 'filing.verify.cmsInvalid'; detail: string; signerDer: Uint8Array; certificatesDer: Uint8Array[] };

function parseSignedData(p7sDer: Uint8Array): pkijs.SignedData | string {
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(p7sDer));
    if (contentInfo.contentType !== OID.signedData) return `content type ${contentInfo.contentType} is not SignedData`;
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Checks a detached CMS signature over `content`: shape first, then algorithms, then the signature itself. */
export async function verifyCmsDetached(p7sDer: Uint8Array, content: Uint8Array): Promise<CmsCheck> {
  const signedData = parseSignedData(p7sDer);
  if (typeof signedData === 'string') return { ok: false, code: 'filing.verify.cmsMalformed', detail: signedData };
  if (signedData.encapContentInfo.eContent)
    return { ok: false, code: 'filing.verify.cmsMalformed', detail: 'content is embedded, not detached' };
  if (signedData.encapContentInfo.eContentType !== OID.data)
    return { ok: false, code: 'filing.verify.cmsMalformed', detail: 'content type is not id-data' };
  const signerInfo = signedData.signerInfos[0];
  if (signedData.signerInfos.length !== 1 || !signerInfo)
    return { ok: false, code: 'filing.verify.cmsMalformed', detail: `${signedData.signerInfos.length} signers instead of 1` };
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid;
  const signer =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : undefined;
  if (!signer) return { ok: false, code: 'filing.verify.cmsMalformed', detail: 'the signer certificate is not included' };
  const signerDer = new Uint8Array(signer.toSchema().toBER());
  const certificatesDer = certificates.map((c) => new Uint8Array(c.toSchema().toBER()));
  const algorithms = [signerInfo.digestAlgorithm.algorithmId, signerInfo.signatureAlgorithm.algorithmId];
  if (algorithms[0] !== OID.sha256 || algorithms[1] !== OID.ecdsaWithSha256 || !hasP256Key(signer)) {
    return { ok: false, code: 'filing.verify.cmsUnsupportedAlgorithm', detail: algorithms.join(' / '), signerDer };
  }
  try {
    const verified = await signedData.verify({ signer: 0, data: toArrayBuffer(content), checkChain: false, extendedMode: true });
    if (verified.signatureVerified) return { ok: true, signerDer, certificatesDer, signingTime: signedSigningTime(signerInfo) };
    return { ok: false, code: 'filing.verify.cmsInvalid', detail: 'signature mismatch', signerDer, certificatesDer };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String((error as { message?: unknown }).message ?? error);
    return { ok: false, code: 'filing.verify.cmsInvalid', detail, signerDer, certificatesDer };
  }
}

/** The signingTime attribute, which the signature covers (UTCTime or GeneralizedTime); undefined when absent. */
function signedSigningTime(signerInfo: pkijs.SignerInfo): Date | undefined {
  const attribute = signerInfo.signedAttrs?.attributes.find((candidate) => candidate.type === OID.signingTimeAttr);
  const value: unknown = attribute?.values[0];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return undefined;
}

const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';
/** KeyUsage bits in the first byte of the bit string, counted from the most significant bit. */
const KEY_USAGE = { digitalSignature: 0x80, nonRepudiation: 0x40, keyCertSign: 0x04 } as const;
const OID_EXTENDED_KEY_USAGE = '2.5.29.37';
/** Purposes a signer's extended key usage may name: S/MIME (openssl cms's default), document signing, any. */
const SIGNING_PURPOSES = ['1.3.6.1.5.5.7.3.4', '1.3.6.1.5.5.7.3.36', '2.5.29.37.0'];

/**
 * Whether the certificate that signed the CMS chains to one of the CA certificates, valid at every one of
 * `times`. The path starts at the signer — never at whichever certificate the sender put first or last in
 * the CMS — and each step up must be a CA certificate (basic constraints cA, keyCertSign where key usage is
 * present, path length respected) whose key verifies the certificate below it. Certificates the sender
 * carried may serve as intermediates; only the receiver's own copies are anchors (matched byte for byte).
 */
export async function chainsToTrustedCa(
  signerDer: Uint8Array,
  carriedDer: Uint8Array[],
  caDer: Uint8Array[],
  times: Date[],
): Promise<boolean> {
  const anchors = caDer.map(parseCertificate).filter(isCa);
  if (anchors.length === 0) return false;
  const anchorBytes = new Set(caDer.map((der) => Buffer.from(der).toString('hex')));
  const candidates = [...anchors, ...carriedDer.map(parseCertificate)];
  const validAtAllTimes = (certificate: pkijs.Certificate) =>
    times.every((at) => certificate.notBefore.value <= at && at <= certificate.notAfter.value);

  async function reachesAnchor(certificate: pkijs.Certificate, depth: number, seen: Set<string>): Promise<boolean> {
    if (depth >= FILING_LIMITS.maxChainDepth) return false;
    for (const issuer of candidates) {
      const key = derHex(issuer);
      if (seen.has(key) || !certificate.issuer.isEqual(issuer.subject) || !isCa(issuer) || !allowsDepth(issuer, depth)) continue;
      if (!validAtAllTimes(issuer) || !(await issuerSigned(certificate, issuer))) continue;
      if (anchorBytes.has(key)) return true;
      if (await reachesAnchor(issuer, depth + 1, new Set([...seen, key]))) return true;
    }
    return false;
  }

  const signer = parseCertificate(signerDer);
  if (!validAtAllTimes(signer)) return false;
  return reachesAnchor(signer, 0, new Set([derHex(signer)]));
}

function derHex(certificate: pkijs.Certificate): string {
  return Buffer.from(certificate.toSchema().toBER()).toString('hex');
}

async function issuerSigned(certificate: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  try {
    return await certificate.verify(issuer);
  } catch {
    return false; // an algorithm pkijs cannot check (an SM2-signed CA certificate, say) proves nothing
  }
}

function extension(certificate: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return certificate.extensions?.find((candidate) => candidate.extnID === oid);
}

/** A certificate may issue others: basic constraints cA=true, and keyCertSign if key usage is present. */
function isCa(certificate: pkijs.Certificate): boolean {
  const constraints = extension(certificate, OID_BASIC_CONSTRAINTS)?.parsedValue;
  if (!(constraints instanceof pkijs.BasicConstraints) || !constraints.cA) return false;
  return keyUsageAllows(certificate, KEY_USAGE.keyCertSign);
}

/** Whether key usage (when present) has one of the bits in `mask`. */
function keyUsageAllows(certificate: pkijs.Certificate, mask: number): boolean {
  const usage = extension(certificate, OID_KEY_USAGE)?.parsedValue;
  if (!(usage instanceof asn1js.BitString)) return true;
  return ((usage.valueBlock.valueHexView[0] ?? 0) & mask) !== 0;
}

/**
 * Whether the certificate may sign documents, as `openssl cms -verify` judges a signer: key usage (when present)
 * has digitalSignature or nonRepudiation, and extended key usage (when present) names a signing purpose.
 * Document signing (id-kp-documentSigning) is accepted too, where openssl's S/MIME default would not.
 */
export function maySignDocuments(certificateDer: Uint8Array): boolean {
  const certificate = parseCertificate(certificateDer);
  if (!keyUsageAllows(certificate, KEY_USAGE.digitalSignature | KEY_USAGE.nonRepudiation)) return false;
  const purposes = extension(certificate, OID_EXTENDED_KEY_USAGE)?.parsedValue;
  if (!(purposes instanceof pkijs.ExtKeyUsage)) return true;
  return purposes.keyPurposes.some((purpose) => SIGNING_PURPOSES.includes(purpose));
}

/** pathLenConstraint: how many CA certificates may follow this one below it (`depth` of them do). */
function allowsDepth(issuer: pkijs.Certificate, intermediatesBelow: number): boolean {
  const constraints = extension(issuer, OID_BASIC_CONSTRAINTS)?.parsedValue as pkijs.BasicConstraints;
  const limit = constraints.pathLenConstraint;
  const value = typeof limit === 'number' ? limit : limit instanceof asn1js.Integer ? limit.valueBlock.valueDec : undefined;
  return value === undefined || intermediatesBelow <= value;
}

/** A CA certificate (cA=true, keyCertSign where key usage is present): an anchor that signer certificates may chain to. */
export function isCaCertificate(certificateDer: Uint8Array): boolean {
  // The same test the trust path applies to every issuer: a trust-list entry is shown as a CA only if it can act as one.
  return isCa(parseCertificate(certificateDer));
}
