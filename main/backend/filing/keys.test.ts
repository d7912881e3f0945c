import { execFileSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KEY_FILES,
  certificateFingerprint,
  exportCertificatePem,
  generateSigningKeys,
  hasSigningKeys,
  importPkcs12,
  loadSigningKeys,
  readSigner,
} from './keys';
import { AppError, toErrorData } from '../errors';
import { rejectionOf } from '../../../test/support/rejection';
import { opensslCa, opensslLeaf, opensslPkcs12 } from '../../../test/support/openssl-pki';

const PASSPHRASE = '正确的口令 correct horse';
const ENTERPRISE = { name: '示例集团, 有限公司', uscc: '91110000100000000R' };

let work: string;
let keyDir: string;

function openssl(args: string[], cwd = work): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'filing-keys-'));
  keyDir = join(work, 'keys');
  await generateSigningKeys({ keyDir, passphrase: PASSPHRASE, enterprise: ENTERPRISE });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated keys', () => {
  it('writes a self-signed certificate whose subject names the enterprise and its USCC', () => {
    const subject = openssl([
      'x509',
      '-in',
      join(keyDir, KEY_FILES.certificate),
      '-noout',
      '-subject',
      '-nameopt',
      'utf8,sep_comma_plus_space',
    ]);
    expect(subject).toContain('CN=示例集团, 有限公司');
    expect(subject).toContain('O=示例集团, 有限公司');
    expect(subject).toContain('serialNumber=91110000100000000R');
    const text = openssl(['x509', '-in', join(keyDir, KEY_FILES.certificate), '-noout', '-text']);
    expect(text).toContain('ecdsa-with-SHA256');
    expect(text).toContain('NIST CURVE: P-256');
    expect(text).toMatch(/CA:FALSE/);
  });

  it('never stores a private key in plain text', () => {
    const store = readFileSync(join(keyDir, KEY_FILES.encryptedKeys), 'utf8');
    expect(store).not.toMatch(/PRIVATE KEY|p256Pkcs8|sm2PrivateKey/);
    expect(JSON.parse(store)).toMatchObject({ kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } });
    expect(statSync(join(keyDir, KEY_FILES.encryptedKeys)).mode & 0o077).toBe(0);
  });

  it('reports the fingerprint openssl computes', async () => {
    const signer = await readSigner(keyDir);
    const fromOpenssl = openssl(['x509', '-in', join(keyDir, KEY_FILES.certificate), '-noout', '-fingerprint', '-sha256']);
    const hex = fromOpenssl.split('=')[1]?.replace(/[:\s]/g, '').toLowerCase();
    expect(signer.fingerprintSha256).toBe(hex);
    expect(certificateFingerprint(await exportCertificatePem(keyDir))).toBe(hex);
    expect(signer.sm2PublicKeyFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(signer.subject).toContain('91110000100000000R');
  });

  it('loads back with the passphrase and refuses a wrong one', async () => {
    const keys = await loadSigningKeys(keyDir, PASSPHRASE);
    expect(keys.signer.fingerprintSha256).toBe((await readSigner(keyDir)).fingerprintSha256);
    expect(keys.sm2.publicKeyHex).toMatch(/^04[0-9a-f]{128}$/);
    expect(await codeOf(loadSigningKeys(keyDir, 'wrong passphrase'))).toBe('filing.keys.badPassphrase');
  });

  it('refuses to overwrite existing keys, a short passphrase and a malformed USCC', async () => {
    expect(await codeOf(generateSigningKeys({ keyDir, passphrase: PASSPHRASE, enterprise: ENTERPRISE }))).toBe('filing.keys.alreadyExist');
    const fresh = join(work, 'fresh');
    expect(await codeOf(generateSigningKeys({ keyDir: fresh, passphrase: 'short', enterprise: ENTERPRISE }))).toBe(
      'filing.keys.passphraseTooShort',
    );
    expect(
      await codeOf(generateSigningKeys({ keyDir: fresh, passphrase: PASSPHRASE, enterprise: { name: 'X', uscc: '9111000010000000OI' } })),
    ).toBe('filing.keys.invalidEnterprise');
    expect(await hasSigningKeys(fresh)).toBe(false);
  });

  it('says which keys are missing and notices a certificate swapped for another', async () => {
    expect(await codeOf(loadSigningKeys(join(work, 'nowhere'), PASSPHRASE))).toBe('filing.keys.notFound');
    const other = join(work, 'other');
    await generateSigningKeys({ keyDir: other, passphrase: PASSPHRASE, enterprise: ENTERPRISE });
    const mixed = join(work, 'mixed');
    await generateSigningKeys({ keyDir: mixed, passphrase: PASSPHRASE, enterprise: ENTERPRISE });
    copyFileSync(join(other, KEY_FILES.certificate), join(mixed, KEY_FILES.certificate));
    expect(await codeOf(loadSigningKeys(mixed, PASSPHRASE))).toBe('filing.keys.publicKeyReplaced'); // recorded in the keystore since version 2
    writeFileSync(join(mixed, KEY_FILES.encryptedKeys), '{"format":"something else"}');
    expect(await codeOf(loadSigningKeys(mixed, PASSPHRASE))).toBe('filing.keys.corrupt');
  });
});

/** A copy of the test's key directory, to tamper with. */
function copyOfKeys(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const file of [KEY_FILES.encryptedKeys, KEY_FILES.certificate, KEY_FILES.sm2PublicKey])
    copyFileSync(join(keyDir, file), join(dir, file));
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the keystore's JSON freely, as an attacker would
function editKeystore(dir: string, edit: (store: Record<string, any>) => void): void {
  const file = join(dir, KEY_FILES.encryptedKeys);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const store = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  edit(store);
  writeFileSync(file, JSON.stringify(store));
}

describe('the keystore binds the public keys beside it', () => {
  let other: string;
  beforeAll(async () => {
    other = join(work, 'someone-else');
    await generateSigningKeys({ keyDir: other, passphrase: PASSPHRASE, enterprise: { name: '别的公司', uscc: ENTERPRISE.uscc } });
  });

  it.each([KEY_FILES.sm2PublicKey, KEY_FILES.certificate])(
    '%s swapped for another key is refused, shown or loaded, before any passphrase is tried',
    async (swapped) => {
      const dir = copyOfKeys(`swapped-${swapped}`);
      copyFileSync(join(other, swapped), join(dir, swapped));
      // Started one at a time: a second promise made up front would reject unhandled while the first is awaited.
      for (const attempt of [() => readSigner(dir), () => loadSigningKeys(dir, PASSPHRASE)]) {
        const error = await rejectionOf(attempt(), AppError);
        expect(error).toMatchObject({ code: 'filing.keys.publicKeyReplaced', details: { file: swapped } });
      }
    },
  );

  it('fingerprints edited in the keystore to match a swapped key no longer decrypt (they are additional data)', async () => {
    const dir = copyOfKeys('edited-fingerprints');
    copyFileSync(join(other, KEY_FILES.sm2PublicKey), join(dir, KEY_FILES.sm2PublicKey));
    const theirs = JSON.parse(readFileSync(join(other, KEY_FILES.encryptedKeys), 'utf8')) as { publicKeys: { sm2Spki: string } };
    editKeystore(dir, (store) => (store.publicKeys.sm2Spki = theirs.publicKeys.sm2Spki));
    expect(await codeOf(loadSigningKeys(dir, PASSPHRASE))).toBe('filing.keys.badPassphrase');
  });

  it('a version 1 keystore (written before the public keys were bound) still opens', async () => {
    const dir = copyOfKeys('version-1');
    rewriteAsVersion1(dir);
    const keys = await loadSigningKeys(dir, PASSPHRASE);
    expect(keys.signer.fingerprintSha256).toBe((await readSigner(keyDir)).fingerprintSha256);
  });
});

describe('scrypt parameters are read from the file, so they are bounded before deriving', () => {
  it.each([
    { param: 'N', value: 2 ** 40 },
    { param: 'N', value: 3 * 2 ** 10 },
    { param: 'r', value: 2 ** 20 },
    { param: 'p', value: 2 ** 30 },
    { param: 'p', value: 0 },
  ])('$param=$value is refused by name at once', async ({ param, value }) => {
    const dir = copyOfKeys(`kdf-${param}-${value}`);
    editKeystore(dir, (store) => (store.kdf[param] = value));
    const error = await rejectionOf(loadSigningKeys(dir, PASSPHRASE), AppError);
    expect(error).toMatchObject({
      code: 'filing.keys.kdfOutOfRange',
      details: { file: KEY_FILES.encryptedKeys },
      params: { param, value: String(value) },
    });
    expect(toErrorData(error, 'en-US').message).toContain(`scrypt ${param}=${value}`);
  });
});

/**
 * Re-encrypts a keystore as version 1 did: the same plaintext, additional data only "format/1", no
 * recorded public keys. Spelled out here so the test pins the old format, not whatever the code writes.
 */
function rewriteAsVersion1(dir: string): void {
  const file = join(dir, KEY_FILES.encryptedKeys);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a version-1 keystore is rewritten field by field
  const store = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  const key = scryptSync(PASSPHRASE.normalize('NFC'), Buffer.from(store.kdf.salt, 'base64'), 32, {
    N: store.kdf.N,
    r: store.kdf.r,
    p: store.kdf.p,
    maxmem: 512 * 1024 ** 2,
  });
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(store.cipher.iv, 'base64'));
  decipher.setAAD(Buffer.from(`denggao-signing-keys/2\np256Spki=${store.publicKeys.p256Spki}\nsm2Spki=${store.publicKeys.sm2Spki}`));
  decipher.setAuthTag(Buffer.from(store.cipher.tag, 'base64'));
  const plaintext = Buffer.concat([decipher.update(Buffer.from(store.ciphertext, 'base64')), decipher.final()]);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from('denggao-signing-keys/1'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const { publicKeys: _bound, ...rest } = store;
  writeFileSync(
    file,
    JSON.stringify({
      ...rest,
      version: 1,
      cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
      ciphertext: ciphertext.toString('base64'),
    }),
  );
}

describe('PKCS#12 import', () => {
  let caDir: string;

  beforeAll(() => {
    caDir = join(work, 'ca');
    execFileSync('mkdir', ['-p', caDir]);
    opensslCa(caDir, 'ca', '/CN=Group Root CA');
    // A leaf without a key-usage extension, as some CAs issue: the import must still take it.
    opensslLeaf(caDir, { ca: 'ca', subject: '/CN=Subsidiary/O=Subsidiary/OU=91110000100000000R' });
    opensslPkcs12(caDir, { out: 'leaf', password: 'p12-secret', key: 'leaf', certificate: 'leaf', chain: 'ca' });
    opensslPkcs12(caDir, { out: 'keyonly', password: 'p12-secret', key: 'leaf' });
    opensslPkcs12(caDir, { out: 'certonly', password: 'p12-secret', certificate: 'leaf' });
    openssl(
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'rsa.key', '-out', 'rsa.pem', '-days', '30', '-subj', '/CN=RSA'],
      caDir,
    );
    opensslPkcs12(caDir, { out: 'rsa', password: 'p12-secret', key: 'rsa', certificate: 'rsa' });
  });

  const p12 = (name: string) => new Uint8Array(readFileSync(join(caDir, name)));

  it('imports the certificate, its key and CA chain made by openssl pkcs12 -export', async () => {
    const dir = join(work, 'imported');
    const signer = await importPkcs12({ keyDir: dir, passphrase: PASSPHRASE, p12: p12('leaf.p12'), p12Password: 'p12-secret' });
    expect(signer.subject).toContain('CN=Subsidiary');
    expect(signer.issuer).toContain('CN=Group Root CA');
    expect(signer.fingerprintSha256).toBe(certificateFingerprint(readFileSync(join(caDir, 'leaf.pem'), 'utf8')));
    expect(existsSync(join(dir, KEY_FILES.chain))).toBe(true);
    const keys = await loadSigningKeys(dir, PASSPHRASE);
    expect(keys.chainDer).toHaveLength(1);
    expect(certificateFingerprint(keys.chainDer[0]!)).toBe(certificateFingerprint(readFileSync(join(caDir, 'ca.pem'), 'utf8')));
  });

  it('names what is wrong with a PKCS#12 it cannot use', async () => {
    const attempt = (file: string, password = 'p12-secret') =>
      codeOf(
        importPkcs12({ keyDir: join(work, `bad-${file}-${password}`), passphrase: PASSPHRASE, p12: p12(file), p12Password: password }),
      );
    expect(await attempt('leaf.p12', 'wrong')).toBe('filing.keys.p12BadPassword');
    expect(await attempt('keyonly.p12')).toBe('filing.keys.p12NoCertificate');
    expect(await attempt('certonly.p12')).toBe('filing.keys.p12NoKey');
    expect(await attempt('rsa.p12')).toBe('filing.keys.unsupportedKey');
  });
});
