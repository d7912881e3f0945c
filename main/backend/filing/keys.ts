/**
 * The signer's keys: an ECDSA P-256 key with its X.509 certificate (for CMS) and an SM2 key pair.
 *
 * A key directory holds
 *   signer.key.json  both private keys, encrypted: scrypt(passphrase) → AES-256-GCM (never plain text)
 *   signer.pem       the P-256 certificate (self-signed, or issued by the enterprise's CA)
 *   signer.sm2.pem   the SM2 public key (SubjectPublicKeyInfo)
 *   chain.pem        after a PKCS#12 import: the CA certificates it carried (embedded in every CMS)
 * Private keys never leave this directory; packages carry only the certificate and public key.
 */
import { createPrivateKey, createPublicKey, randomBytes, scrypt, createCipheriv, createDecipheriv, webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { enterpriseSchema, type SignerInfo } from '../../../shared/contract/filing/schemas';
import { LIMITS } from '../../../shared/contract/limits';
import { filingError } from './errors';
import {
  P256,
  certificatesFrom,
  describeSigner,
  parseCertificate,
  pemDecodeAll,
  pemEncode,
  sha256Hex,
  toArrayBuffer,
  type PrivateKey,
  x509,
} from './pki';
import { generateSm2KeyPair, sm2PublicKeyFromSpki, sm2PublicKeyOf, sm2PublicKeyToSpki, type Sm2KeyPair } from './sm2';

export const KEY_FILES = {
  encryptedKeys: 'signer.key.json',
  certificate: 'signer.pem',
  sm2PublicKey: 'signer.sm2.pem',
  chain: 'chain.pem',
} as const;

export const MIN_PASSPHRASE_LENGTH = 8;
/** Self-signed certificates last three years, like a graded-protection filing certificate. */
export const DEFAULT_VALIDITY_DAYS = 3 * 365;

const KEYSTORE_FORMAT = 'denggao-signing-keys';
/**
 * Version 1 bound only the format and version as AES-GCM additional data. Version 2 (written since) also
 * records the SHA-256 of both public keys (the certificate's and the SM2 SubjectPublicKeyInfo) and binds
 * them: a public key file swapped beside the keystore is refused before any passphrase is tried, and
 * fingerprints edited to match the swap no longer decrypt. Version 1 stores still open.
 */
const KEYSTORE_VERSION = 2;
const READABLE_VERSIONS = [1, 2] as const;
/** OWASP's scrypt recommendation: 128 MiB of memory, about 0.3 s on this machine. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

/** Everything signing needs, decrypted; keep it in memory only as long as the signing takes. */
export interface SigningKeys {
  certificateDer: Uint8Array;
  /** CA certificates to embed beside the signer certificate (empty for a self-signed one). */
  chainDer: Uint8Array[];
  p256PrivateKey: PrivateKey;
  sm2: Sm2KeyPair;
  sm2PublicKeySpkiDer: Uint8Array;
  signer: SignerInfo;
}

interface KeystoreFile {
  format: typeof KEYSTORE_FORMAT;
  version: (typeof READABLE_VERSIONS)[number];
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  /** Version 2: SHA-256 (hex) of the public keys stored beside the keystore. */
  publicKeys?: PublicKeyFingerprints;
  ciphertext: string;
}

interface PublicKeyFingerprints {
  /** Of the DER SubjectPublicKeyInfo in signer.pem's certificate (not of the certificate: it may be renewed). */
  p256Spki: string;
  /** Of the DER SubjectPublicKeyInfo in signer.sm2.pem. */
  sm2Spki: string;
}

interface KeystorePlaintext {
  p256Pkcs8: string;
  sm2PrivateKey: string;
}

// ---------------------------------------------------------------------------------------------------------
// Public API

/** Makes a P-256 key with a self-signed certificate naming the enterprise, and an SM2 key pair. */
export async function generateSigningKeys(options: {
  keyDir: string;
  passphrase: string;
  enterprise: { name: string; uscc: string };
  validityDays?: number;
  now?: Date;
}): Promise<SignerInfo> {
  checkPassphrase(options.passphrase);
  const enterprise = parseEnterprise(options.enterprise);
  await refuseExistingKeys(options.keyDir);
  const keyPair = (await webcrypto.subtle.generateKey(P256, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = options.now ?? new Date();
  const certificate = await x509().X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    // JSON form, so a comma or plus sign in the name needs no escaping.
    name: [{ CN: [enterprise.name] }, { O: [enterprise.name] }, { '2.5.4.5': [enterprise.uscc] }, { C: ['CN'] }],
    // A minute's slack so a receiver whose clock is slightly behind still sees the certificate as valid.
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + (options.validityDays ?? DEFAULT_VALIDITY_DAYS) * 86_400_000),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys: keyPair,
    extensions: [
      new (x509().BasicConstraintsExtension)(false, undefined, true),
      new (x509().KeyUsagesExtension)(x509().KeyUsageFlags.digitalSignature | x509().KeyUsageFlags.nonRepudiation, true),
      await x509().SubjectKeyIdentifierExtension.create(keyPair.publicKey),
    ],
  });
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keyPair.privateKey));
  return storeKeys(options.keyDir, options.passphrase, { certificateDer: new Uint8Array(certificate.rawData), chainDer: [], pkcs8 });
}

/**
 * Imports a certificate and P-256 key issued by the enterprise's CA from PKCS#12 (.p12/.pfx), with any
 * CA certificates it carries, and generates the SM2 key pair beside it (a CA certificate has no room for one).
 */
export async function importPkcs12(options: {
  keyDir: string;
  passphrase: string;
  p12: Uint8Array;
  p12Password: string;
}): Promise<SignerInfo> {
  checkPassphrase(options.passphrase);
  await refuseExistingKeys(options.keyDir);
  const { keys, certificates } = await readPkcs12(options.p12, options.p12Password);
  const key = keys[0];
  if (!key) throw filingError('filing.keys.p12NoKey');
  if (certificates.length === 0) throw filingError('filing.keys.p12NoCertificate');
  const publicSpki = p256PublicSpkiOf(key);
  const leafIndex = certificates.findIndex((der) => {
    const spki = parseCertificate(der).subjectPublicKeyInfo.toSchema().toBER();
    return Buffer.from(spki).equals(publicSpki);
  });
  const leaf = certificates[leafIndex];
  if (!leaf) throw filingError('filing.keys.p12KeyMismatch');
  const chainDer = certificates.filter((_, index) => index !== leafIndex);
  return storeKeys(options.keyDir, options.passphrase, { certificateDer: leaf, chainDer, pkcs8: key });
}

/** Decrypts the keys for signing. A wrong passphrase fails with `filing.keys.badPassphrase`. */
export async function loadSigningKeys(keyDir: string, passphrase: string): Promise<SigningKeys> {
  const store = await readKeystore(keyDir);
  const certificateDer = await readCertificate(keyDir);
  const sm2PublicKeySpkiDer = await readSm2PublicKey(keyDir);
  checkPublicKeys(store, certificateDer, sm2PublicKeySpkiDer);
  const plaintext = await decryptKeystore(store, passphrase);
  const chainDer = await readChain(keyDir);
  const pkcs8 = new Uint8Array(Buffer.from(plaintext.p256Pkcs8, 'base64'));
  const sm2PublicKeyHex = sm2PublicKeyFromSpki(sm2PublicKeySpkiDer);
  if (
    !Buffer.from(certificateSpki(certificateDer)).equals(p256PublicSpkiOf(pkcs8)) ||
    sm2PublicKeyHex !== sm2PublicKeyOf(plaintext.sm2PrivateKey)
  ) {
    throw filingError('filing.keys.mismatch');
  }
  const p256PrivateKey = await webcrypto.subtle.importKey('pkcs8', pkcs8, P256, false, ['sign']);
  return {
    certificateDer,
    chainDer,
    p256PrivateKey,
    sm2: { publicKeyHex: sm2PublicKeyHex, privateKeyHex: plaintext.sm2PrivateKey },
    sm2PublicKeySpkiDer,
    signer: describeSigner(certificateDer, sm2PublicKeySpkiDer),
  };
}

/** The public side of the keys (subject, validity, fingerprints) — no passphrase needed. */
export async function readSigner(keyDir: string): Promise<SignerInfo> {
  const store = await readKeystore(keyDir);
  const certificateDer = await readCertificate(keyDir);
  const sm2PublicKeySpkiDer = await readSm2PublicKey(keyDir);
  checkPublicKeys(store, certificateDer, sm2PublicKeySpkiDer);
  return describeSigner(certificateDer, sm2PublicKeySpkiDer);
}

export async function hasSigningKeys(keyDir: string): Promise<boolean> {
  return exists(join(keyDir, KEY_FILES.encryptedKeys));
}

/** The certificate as PEM, for the receiver's trust list. */
export async function exportCertificatePem(keyDir: string): Promise<string> {
  return pemEncode('CERTIFICATE', await readCertificate(keyDir));
}

/** SHA-256 of the DER certificate, lowercase hex (openssl's -fingerprint -sha256 without colons). */
export function certificateFingerprint(certificate: string | Uint8Array): string {
  const der = certificatesFrom(certificate)[0];
  if (!der) throw filingError('filing.keys.corrupt', {}, { file: 'certificate' });
  return sha256Hex(der);
}

// ---------------------------------------------------------------------------------------------------------
// Storage

function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw filingError('filing.keys.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH });
}

function parseEnterprise(input: { name: string; uscc: string }): { name: string; uscc: string } {
  const parsed = enterpriseSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw filingError('filing.keys.invalidEnterprise', { field: issue?.path.join('.') ?? '', detail: issue?.message ?? '' });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function refuseExistingKeys(keyDir: string): Promise<void> {
  if (await hasSigningKeys(keyDir)) throw filingError('filing.keys.alreadyExist', { dir: keyDir });
}

function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01; // positive and without a leading zero byte
  return bytes.toString('hex');
}

async function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r * params.p }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** The AES-GCM additional data: what a keystore binds besides its ciphertext (see KEYSTORE_VERSION). */
function keystoreAad(store: Pick<KeystoreFile, 'version' | 'publicKeys'>): Buffer {
  const head = `${KEYSTORE_FORMAT}/${store.version}`;
  if (store.version === 1) return Buffer.from(head);
  if (store.publicKeys === undefined) throw new Error('a version 2 keystore records its public keys');
  return Buffer.from(`${head}\np256Spki=${store.publicKeys.p256Spki}\nsm2Spki=${store.publicKeys.sm2Spki}`);
}

function certificateSpki(certificateDer: Uint8Array): Uint8Array {
  return new Uint8Array(parseCertificate(certificateDer).subjectPublicKeyInfo.toSchema().toBER());
}

/** Refuses public key files that are not the ones a version 2 keystore was written with (version 1 records none). */
function checkPublicKeys(store: KeystoreFile, certificateDer: Uint8Array, sm2SpkiDer: Uint8Array): void {
  if (store.publicKeys === undefined) return;
  if (sha256Hex(certificateSpki(certificateDer)) !== store.publicKeys.p256Spki) {
    throw filingError('filing.keys.publicKeyReplaced', {}, { file: KEY_FILES.certificate });
  }
  if (sha256Hex(sm2SpkiDer) !== store.publicKeys.sm2Spki)
    throw filingError('filing.keys.publicKeyReplaced', {}, { file: KEY_FILES.sm2PublicKey });
}

async function storeKeys(
  keyDir: string,
  passphrase: string,
  material: { certificateDer: Uint8Array; chainDer: Uint8Array[]; pkcs8: Uint8Array },
): Promise<SignerInfo> {
  const sm2 = generateSm2KeyPair();
  const sm2Spki = sm2PublicKeyToSpki(sm2.publicKeyHex);
  const plaintext: KeystorePlaintext = { p256Pkcs8: Buffer.from(material.pkcs8).toString('base64'), sm2PrivateKey: sm2.privateKeyHex };
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const publicKeys: PublicKeyFingerprints = { p256Spki: sha256Hex(certificateSpki(material.certificateDer)), sm2Spki: sha256Hex(sm2Spki) };
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(keystoreAad({ version: KEYSTORE_VERSION, publicKeys }));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(plaintext), 'utf8'), cipher.final()]);
  const store: KeystoreFile = {
    format: KEYSTORE_FORMAT,
    version: KEYSTORE_VERSION,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    publicKeys,
    ciphertext: ciphertext.toString('base64'),
  };
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  await writeFile(join(keyDir, KEY_FILES.certificate), pemEncode('CERTIFICATE', material.certificateDer));
  await writeFile(join(keyDir, KEY_FILES.sm2PublicKey), pemEncode('PUBLIC KEY', sm2Spki));
  if (material.chainDer.length > 0) {
    await writeFile(join(keyDir, KEY_FILES.chain), material.chainDer.map((der) => pemEncode('CERTIFICATE', der)).join(''));
  }
  // Last, and never over an existing file: its presence is what marks the directory as holding keys.
  await writeFile(join(keyDir, KEY_FILES.encryptedKeys), JSON.stringify(store, null, 2), { mode: 0o600, flag: 'wx' });
  return describeSigner(material.certificateDer, sm2Spki);
}

async function readKeyFile(keyDir: string, name: string): Promise<Buffer> {
  try {
    return await readFile(join(keyDir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw filingError('filing.keys.notFound', { dir: keyDir }, { cause: error });
    throw error;
  }
}

async function readKeystore(keyDir: string): Promise<KeystoreFile> {
  const text = (await readKeyFile(keyDir, KEY_FILES.encryptedKeys)).toString('utf8');
  const corrupt = (cause?: unknown) => filingError('filing.keys.corrupt', {}, { file: KEY_FILES.encryptedKeys, cause });
  let store: KeystoreFile;
  try {
    store = JSON.parse(text) as KeystoreFile;
  } catch (error) {
    throw corrupt(error);
  }
  const kdf = store?.kdf;
  const valid =
    store?.format === KEYSTORE_FORMAT &&
    (READABLE_VERSIONS as readonly number[]).includes(store.version) &&
    kdf?.name === 'scrypt' &&
    store.cipher?.name === 'aes-256-gcm' &&
    [kdf.salt, store.cipher.iv, store.cipher.tag, store.ciphertext].every((s) => typeof s === 'string') &&
    (store.version === 1 ||
      [store.publicKeys?.p256Spki, store.publicKeys?.sm2Spki].every((s) => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s)));
  if (!valid) throw corrupt();
  checkScryptParameters(kdf);
  return store;
}

/**
 * The scrypt parameters come from the file, so they decide how much memory and time a passphrase attempt
 * costs: out of range, the keystore is refused before deriving anything (N=2^40 would never finish).
 */
function checkScryptParameters(kdf: KeystoreFile['kdf']): void {
  const refuse = (param: string, value: unknown, range: string) =>
    filingError('filing.keys.kdfOutOfRange', { param, value: String(value), range }, { file: KEY_FILES.encryptedKeys });
  const { N, r, p } = kdf;
  const maxMemory = LIMITS.maxScryptMemoryBytes;
  // scrypt needs N a power of two above 1; its memory is 128·N·r bytes.
  if (!Number.isSafeInteger(N) || N < 2 || 128 * N > maxMemory || (N & (N - 1)) !== 0)
    throw refuse('N', N, `2^1 … 2^${Math.log2(maxMemory / 128)}`);
  if (!Number.isSafeInteger(r) || r < 1 || 128 * N * r > maxMemory) throw refuse('r', r, `1 … ${Math.floor(maxMemory / (128 * N))}`);
  if (!Number.isSafeInteger(p) || p < 1 || p > LIMITS.maxScryptParallelism) throw refuse('p', p, `1 … ${LIMITS.maxScryptParallelism}`);
}

async function decryptKeystore(store: KeystoreFile, passphrase: string): Promise<KeystorePlaintext> {
  const key = await deriveKey(passphrase, Buffer.from(store.kdf.salt, 'base64'), store.kdf);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(store.cipher.iv, 'base64'));
  decipher.setAAD(keystoreAad(store));
  decipher.setAuthTag(Buffer.from(store.cipher.tag, 'base64'));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(Buffer.from(store.ciphertext, 'base64')), decipher.final()]);
  } catch (error) {
    // GCM authenticates: a wrong passphrase (or a tampered file) cannot decrypt.
    throw filingError('filing.keys.badPassphrase', {}, { cause: error });
  }
  return JSON.parse(plaintext.toString('utf8')) as KeystorePlaintext;
}

async function readCertificate(keyDir: string): Promise<Uint8Array> {
  const der = pemDecodeAll((await readKeyFile(keyDir, KEY_FILES.certificate)).toString('latin1'), 'CERTIFICATE')[0];
  if (!der) throw filingError('filing.keys.corrupt', {}, { file: KEY_FILES.certificate });
  return der;
}

async function readChain(keyDir: string): Promise<Uint8Array[]> {
  const path = join(keyDir, KEY_FILES.chain);
  return (await exists(path)) ? pemDecodeAll((await readFile(path)).toString('latin1'), 'CERTIFICATE') : [];
}

async function readSm2PublicKey(keyDir: string): Promise<Uint8Array> {
  const der = pemDecodeAll((await readKeyFile(keyDir, KEY_FILES.sm2PublicKey)).toString('latin1'), 'PUBLIC KEY')[0];
  if (!der || !sm2PublicKeyFromSpki(der)) throw filingError('filing.keys.corrupt', {}, { file: KEY_FILES.sm2PublicKey });
  return der;
}

// ---------------------------------------------------------------------------------------------------------
// PKCS#12

const BAG = { key: '1.2.840.113549.1.12.10.1.1', shroudedKey: '1.2.840.113549.1.12.10.1.2', cert: '1.2.840.113549.1.12.10.1.3' } as const;

/** The P-256 public key (DER SubjectPublicKeyInfo) of a PKCS#8 private key; other key types are refused. */
function p256PublicSpkiOf(pkcs8: Uint8Array): Buffer {
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw filingError('filing.keys.unsupportedKey', { detail: (error as Error).message }, { cause: error });
  }
  const details = privateKey.asymmetricKeyDetails;
  if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
    throw filingError('filing.keys.unsupportedKey', {
      detail: `${privateKey.asymmetricKeyType ?? '?'} ${details?.namedCurve ?? ''}`.trim(),
    });
  }
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
}

interface ShroudedKeyBag {
  parseInternalValues(parameters: { password: ArrayBuffer }): Promise<void>;
  parsedValue?: pkijs.PrivateKeyInfo;
}

async function readPkcs12(p12: Uint8Array, password: string): Promise<{ keys: Uint8Array[]; certificates: Uint8Array[] }> {
  const passwordBuffer = toArrayBuffer(new TextEncoder().encode(password));
  const keys: Uint8Array[] = [];
  const certificates: Uint8Array[] = [];
  try {
    const pfx = pkijs.PFX.fromBER(toArrayBuffer(p12));
    await pfx.parseInternalValues({ password: passwordBuffer, checkIntegrity: true });
    const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
    if (!authenticatedSafe) throw new Error('no authenticated safe');
    await authenticatedSafe.parseInternalValues({ safeContents: authenticatedSafe.safeContents.map(() => ({ password: passwordBuffer })) });
    for (const contents of authenticatedSafe.parsedValue?.safeContents ?? []) {
      for (const bag of contents.value.safeBags) {
        if (bag.bagId === BAG.shroudedKey) {
          // Declared protected in pkijs's types, yet it is the documented way to decrypt a shrouded key.
          const shrouded = bag.bagValue as unknown as ShroudedKeyBag;
          await shrouded.parseInternalValues({ password: passwordBuffer });
          if (shrouded.parsedValue) keys.push(new Uint8Array(shrouded.parsedValue.toSchema().toBER()));
        } else if (bag.bagId === BAG.key) {
          keys.push(new Uint8Array((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER()));
        } else if (bag.bagId === BAG.cert) {
          const certificate = (bag.bagValue as pkijs.CertBag).parsedValue;
          if (certificate instanceof pkijs.Certificate) certificates.push(new Uint8Array(certificate.toSchema().toBER()));
        }
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/unsupported|unknown|not supported|not implemented/i.test(detail))
      throw filingError('filing.keys.p12Unsupported', { detail }, { cause: error });
    throw filingError('filing.keys.p12BadPassword', {}, { cause: error });
  }
  return { keys, certificates: certificates.filter((der) => der.byteLength > 0) };
}
