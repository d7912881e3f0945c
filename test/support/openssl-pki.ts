/**
 * Certificates made by the `openssl` command line rather than by our own code (test/fixtures/pki.ts), so key
 * import and trust are tried against what an enterprise CA really issues: a P-256 CA, a leaf it signs for
 * document signing, and PKCS#12 bundles as `openssl pkcs12 -export` writes them. Files land in `dir` under
 * the names given (`<name>.key`, `<name>.pem`, `<name>.p12`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SM2_DEFAULT_USER_ID } from '../../main/backend/filing/sm2';

export function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const P256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const DAYS = ['-days', '30'];

/** A self-signed CA certificate that may issue certificates: `<name>.key`, `<name>.pem`. */
export function opensslCa(dir: string, name: string, subject = `/CN=${name}`): void {
  openssl(
    ['req', '-x509', ...P256, '-keyout', `${name}.key`, '-out', `${name}.pem`, ...DAYS, '-subj', subject].concat([
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]),
    dir,
  );
}

/**
 * A leaf certificate the CA `ca` issues for `subject`: `<name>.key`, `<name>.pem`. `keyUsage` (an openssl
 * extension value) is left out when not given, as a CA that issues bare certificates would.
 */
export function opensslLeaf(dir: string, options: { ca: string; subject: string; name?: string; keyUsage?: string }): void {
  const name = options.name ?? 'leaf';
  openssl(['req', ...P256, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', options.subject], dir);
  const extensions: string[] = [];
  if (options.keyUsage !== undefined) {
    fs.writeFileSync(path.join(dir, `${name}.ext`), `keyUsage=${options.keyUsage}\n`);
    extensions.push('-extfile', `${name}.ext`);
  }
  const { ca } = options;
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      ...DAYS,
    ].concat(extensions),
    dir,
  );
}

/** A PKCS#12 bundle of a key, its certificate and (when given) the CA chain, under `password`: `<out>.p12`. */
export function opensslPkcs12(
  dir: string,
  options: { out: string; password: string; key?: string; certificate?: string; chain?: string },
): void {
  const members = [
    ...(options.key === undefined ? ['-nokeys'] : ['-inkey', `${options.key}.key`]),
    ...(options.certificate === undefined ? ['-nocerts'] : ['-in', `${options.certificate}.pem`]),
    ...(options.chain === undefined ? [] : ['-certfile', `${options.chain}.pem`]),
  ];
  openssl(['pkcs12', '-export', ...members, '-out', `${options.out}.p12`, '-passout', `pass:${options.password}`], dir);
}

/**
 * OpenSSL's verdict on a detached, DER-encoded CMS signature (`cms`) over `content`: the signer's chain
 * checked against `caFile`, or not at all when none is given (`-noverify`, the signature alone). Throws when
 * OpenSSL refuses it. Paths are relative to `dir`, or absolute.
 */
export function opensslCmsVerify(dir: string, options: { cms: string; content: string; caFile?: string }): void {
  const trust = options.caFile === undefined ? ['-noverify'] : ['-CAfile', options.caFile];
  openssl(
    ['cms', '-verify', '-binary', '-inform', 'DER', '-in', options.cms, '-content', options.content, ...trust, '-out', '/dev/null'],
    dir,
  );
}

/**
 * OpenSSL's verdict on an SM2 signature over `content` with SM3 and the default signer id of GB/T 35276
 * (the id our signer uses, SM2_DEFAULT_USER_ID). Returns OpenSSL's output ("Verified OK"); throws when refused.
 */
export function opensslSm2Verify(dir: string, options: { publicKey: string; signature: string; content: string }): string {
  return openssl(
    [
      'dgst',
      '-sm3',
      '-verify',
      options.publicKey,
      '-sigopt',
      `distid:${SM2_DEFAULT_USER_ID}`,
      '-signature',
      options.signature,
      options.content,
    ],
    dir,
  );
}
