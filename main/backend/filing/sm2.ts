/**
 * SM2 signatures as GB/T 35276 uses them: SM3 over Z_A ‖ M with the default signer id, DER-encoded
 * (r, s), so that `openssl dgst -sm3 -verify KEY -sigopt distid:1234567812345678` accepts them. Node's own
 * crypto cannot set the signer id, hence sm-crypto-v2.
 */
import * as asn1js from 'asn1js';
import { smCrypto } from '../heavy-modules';

const sm2 = () => smCrypto().sm2;

export const SM2_DEFAULT_USER_ID = '1234567812345678';
const OID_EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const OID_SM2_CURVE = '1.2.156.10197.1.301';

export interface Sm2KeyPair {
  /** Uncompressed point, 04 ‖ x ‖ y, 130 hex digits. */
  publicKeyHex: string;
  /** The scalar d, 64 hex digits. */
  privateKeyHex: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { publicKey, privateKey } = sm2().generateKeyPairHex();
  return { publicKeyHex: publicKey, privateKeyHex: privateKey };
}

export function sm2PublicKeyOf(privateKeyHex: string): string {
  return sm2().getPublicKeyFromPrivateKey(privateKeyHex);
}

/** DER SubjectPublicKeyInfo: id-ecPublicKey on the sm2p256v1 curve, as OpenSSL writes SM2 public keys. */
export function sm2PublicKeyToSpki(publicKeyHex: string): Uint8Array {
  const spki = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: OID_EC_PUBLIC_KEY }), new asn1js.ObjectIdentifier({ value: OID_SM2_CURVE })],
      }),
      new asn1js.BitString({ valueHex: Buffer.from(publicKeyHex, 'hex') }),
    ],
  });
  return new Uint8Array(spki.toBER());
}

/** The public point of an SM2 SubjectPublicKeyInfo, or null when the bytes are not one. */
export function sm2PublicKeyFromSpki(der: Uint8Array): string | null {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || parsed.offset !== der.byteLength) return null;
  const root = parsed.result;
  if (!(root instanceof asn1js.Sequence) || root.valueBlock.value.length !== 2) return null;
  const [algorithm, key] = root.valueBlock.value;
  if (!(algorithm instanceof asn1js.Sequence) || !(key instanceof asn1js.BitString)) return null;
  const [algOid, curveOid] = algorithm.valueBlock.value;
  if (!(algOid instanceof asn1js.ObjectIdentifier) || algOid.getValue() !== OID_EC_PUBLIC_KEY) return null;
  if (!(curveOid instanceof asn1js.ObjectIdentifier) || curveOid.getValue() !== OID_SM2_CURVE) return null;
  const hex = Buffer.from(key.valueBlock.valueHexView).toString('hex');
  return hex.length === 130 && hex.startsWith('04') && isPointOnCurve(hex) ? hex : null;
}

function isPointOnCurve(publicKeyHex: string): boolean {
  try {
    return sm2().verifyPublicKey(publicKeyHex);
  } catch {
    return false; // sm-crypto-v2 throws, rather than answers false, for a point off the curve
  }
}

export function sm2Sign(message: Uint8Array, keys: Sm2KeyPair): Uint8Array {
  const signatureHex = sm2().doSignature(message, keys.privateKeyHex, {
    hash: true,
    der: true,
    publicKey: keys.publicKeyHex,
    userId: SM2_DEFAULT_USER_ID,
  });
  return Buffer.from(signatureHex, 'hex');
}

/** False for a wrong or malformed signature (sm-crypto-v2 throws on some malformed DER). */
export function sm2Verify(message: Uint8Array, signatureDer: Uint8Array, publicKeyHex: string): boolean {
  try {
    return sm2().doVerifySignature(message, Buffer.from(signatureDer).toString('hex'), publicKeyHex, {
      hash: true,
      der: true,
      userId: SM2_DEFAULT_USER_ID,
    });
  } catch {
    return false;
  }
}
