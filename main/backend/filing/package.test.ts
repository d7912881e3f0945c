import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMembers, writeMembers } from '../../../test/support/zip-members';
import { MEMBER } from '../../../shared/contract/filing/paths';
import {
  NEWEST_FORMAT_VERSION_READ,
  verifyResultSchema,
  type Manifest,
  type PackageMeta,
  type VerifyResult,
} from '../../../shared/contract/filing/schemas';
import { AppError } from '../errors';
import { rejectionOf } from '../../../test/support/rejection';
import { opensslCa, opensslCmsVerify, opensslLeaf, opensslPkcs12, opensslSm2Verify } from '../../../test/support/openssl-pki';
import { digestsOf } from './hashing';
import { exportCertificatePem, generateSigningKeys, importPkcs12, loadSigningKeys, type SigningKeys } from './keys';
import { extractPackage, verifyPackage } from './package-reader';
import { serializeManifest, writePackage, type PackageSource } from './package-writer';
import { pemEncode, signCmsDetached } from './pki';
import { sm2Sign } from './sm2';

const PASSPHRASE = 'filing-test-passphrase';
const ENTERPRISE_A = { name: '示例集团有限公司', uscc: '91110000100000000R' };
const ENTERPRISE_B = { name: '另一家企业', uscc: '91310000MA1FL0000N' };
const WORKSPACE = Buffer.from(JSON.stringify({ profile: { name: ENTERPRISE_A.name }, assessment: { score: 72.5 } }, null, 2));
const REPORT = 'reports/自评估报告.pdf';
const PHOTO = 'attachments/证据/机房照片.jpg';
const BIG = 'attachments/bulk.bin';

let work: string;
let keysA: SigningKeys;
let keysB: SigningKeys;
let certA: string;
let certB: string;
let packageA: string;
let packageB: string;
let sources: PackageSource[];

function metaFor(enterprise: { name: string; uscc: string }, overrides: Partial<PackageMeta> = {}): PackageMeta {
  return {
    generator: { name: 'Denggao', version: '0.1.0' },
    enterprise,
    period: '2025',
    catalogs: [{ id: 'gbt22239-2019', version: '1' }],
    ...overrides,
  };
}

function codes(result: VerifyResult): string[] {
  return result.errors.map((e) => e.code);
}

function errorsOf(result: VerifyResult): Array<[string, string | undefined]> {
  return result.errors.map((e) => [e.code, e.file]);
}

let mutationCount = 0;
/** A copy of package A with its members changed by `change`. */
async function mutated(change: (members: Map<string, Buffer>) => void | Promise<void>, from = packageA): Promise<string> {
  const members = await readMembers(from);
  await change(members);
  const file = join(work, `mutated-${++mutationCount}.dgpkg`);
  await writeMembers(file, members);
  return file;
}

/** Re-signs a package's manifest with other keys, as a forger holding valid keys of their own would. */
async function resign(members: Map<string, Buffer>, keys: SigningKeys, edit: (manifest: Manifest) => unknown = (m) => m): Promise<void> {
  const certPem = Buffer.from(pemEncode('CERTIFICATE', keys.certificateDer));
  const sm2Pem = Buffer.from(pemEncode('PUBLIC KEY', keys.sm2PublicKeySpkiDer));
  members.set(MEMBER.signerCert, certPem);
  members.set(MEMBER.signerSm2Key, sm2Pem);
  const manifest = JSON.parse(members.get(MEMBER.manifest)!.toString('utf8')) as Manifest;
  manifest.files = manifest.files.map((f) => (members.has(f.path) ? { path: f.path, ...digestsOf(members.get(f.path)!) } : f));
  const edited = edit(manifest) as Manifest;
  const bytes = serializeManifest(edited);
  members.set(MEMBER.manifest, Buffer.from(bytes));
  const cms = await signCmsDetached({
    content: bytes,
    privateKey: keys.p256PrivateKey,
    certificateDer: keys.certificateDer,
    chainDer: [],
    signingTime: new Date(),
  });
  members.set(MEMBER.cms, Buffer.from(cms));
  members.set(MEMBER.sm2Signature, Buffer.from(sm2Sign(bytes, keys.sm2)));
}

const trustA = () => ({ trust: { certificates: [certA] } });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'filing-pkg-'));
  await generateSigningKeys({ keyDir: join(work, 'keysA'), passphrase: PASSPHRASE, enterprise: ENTERPRISE_A });
  await generateSigningKeys({ keyDir: join(work, 'keysB'), passphrase: PASSPHRASE, enterprise: ENTERPRISE_B });
  keysA = await loadSigningKeys(join(work, 'keysA'), PASSPHRASE);
  keysB = await loadSigningKeys(join(work, 'keysB'), PASSPHRASE);
  certA = await exportCertificatePem(join(work, 'keysA'));
  certB = await exportCertificatePem(join(work, 'keysB'));
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', 'report.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(40_000)]));
  writeFileSync(join(work, 'src', 'photo.jpg'), randomBytes(5_000));
  writeFileSync(join(work, 'src', 'bulk.bin'), randomBytes(3 * 1024 * 1024));
  sources = [
    { path: MEMBER.workspace, data: WORKSPACE },
    { path: REPORT, file: join(work, 'src', 'report.pdf') },
    { path: PHOTO, file: join(work, 'src', 'photo.jpg') },
    { path: BIG, file: join(work, 'src', 'bulk.bin') },
  ];
  packageA = join(work, 'a.dgpkg');
  packageB = join(work, 'b.dgpkg');
  await writePackage({ outFile: packageA, meta: metaFor(ENTERPRISE_A), sources, keys: keysA });
  await writePackage({ outFile: packageB, meta: metaFor(ENTERPRISE_B, { period: '2025-H1' }), sources, keys: keysB });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('write → verify round trip', () => {
  it('verifies a package against the pinned signer certificate', async () => {
    const result = await verifyPackage(packageA, trustA());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(verifyResultSchema.parse(result)).toEqual(result);
    expect(result.signer?.fingerprintSha256).toBe(keysA.signer.fingerprintSha256);
    expect(result.signer?.sm2PublicKeyFingerprint).toBe(keysA.signer.sm2PublicKeyFingerprint);
    expect(result.manifest?.enterprise).toEqual(ENTERPRISE_A);
  });

  it('also trusts a signer pinned by fingerprint alone, in openssl notation', async () => {
    const colons = keysA.signer.fingerprintSha256.toUpperCase().match(/../g)!.join(':');
    expect((await verifyPackage(packageA, { trust: { fingerprints: [colons] } })).valid).toBe(true);
  });

  it('records every file with its size, SHA-256 and SM3', async () => {
    const { manifest } = await verifyPackage(packageA, trustA());
    const bulk = readFileSync(join(work, 'src', 'bulk.bin'));
    expect(manifest?.files.find((f) => f.path === BIG)).toEqual({
      path: BIG,
      size: bulk.length,
      sha256: createHash('sha256').update(bulk).digest('hex'),
      sm3: createHash('sm3').update(bulk).digest('hex'),
    });
    expect(manifest?.files.map((f) => f.path).sort()).toEqual(
      [BIG, PHOTO, MEMBER.workspace, REPORT, MEMBER.signerCert, MEMBER.signerSm2Key].sort(),
    );
    expect(manifest).toMatchObject({
      format: 'denggao-filing-package',
      formatVersion: 1,
      period: '2025',
      catalogs: [{ id: 'gbt22239-2019', version: '1' }],
    });
  });

  it('extracts exactly the package members into the given folder', async () => {
    const dest = join(work, 'extract-ok');
    const result = await extractPackage(packageA, dest, trustA());
    expect(result.valid).toBe(true);
    // Buffer.equals: a deep toEqual over megabytes is needlessly slow.
    expect(readFileSync(join(dest, 'data', 'workspace.json')).equals(WORKSPACE)).toBe(true);
    expect(readFileSync(join(dest, 'attachments', 'bulk.bin')).equals(readFileSync(join(work, 'src', 'bulk.bin')))).toBe(true);
    expect(readFileSync(join(dest, 'reports', '自评估报告.pdf')).equals(readFileSync(join(work, 'src', 'report.pdf')))).toBe(true);
    expect(existsSync(join(dest, 'manifest.json'))).toBe(true);
    expect(existsSync(join(dest, 'signatures', 'manifest.p7s'))).toBe(true);
    await expect(extractPackage(packageA, dest, trustA())).rejects.toMatchObject({ code: 'filing.extract.destNotEmpty' });
  });

  it('writes nothing at all for a package whose signer is not trusted: the signature is checked before any member', async () => {
    const dest = join(work, 'extract-bad');
    const phases: string[] = [];
    const written: string[][] = [];
    const result = await extractPackage(packageB, dest, {
      ...trustA(),
      onProgress: (p) => {
        phases.push(p.phase);
        written.push(readdirSync(dest));
      },
    });
    expect(codes(result)).toEqual(['filing.verify.signerUntrusted']);
    expect(phases).not.toContain('files'); // its 3 MB of members were never read, let alone extracted
    expect(written.flat()).toEqual([]);
    expect(readdirSync(dest)).toEqual([]);
  });

  it('stops when cancelled and removes what it had extracted', async () => {
    const dest = join(work, 'extract-cancel');
    const controller = new AbortController();
    const cancelled = extractPackage(packageA, dest, {
      ...trustA(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'files' && p.done > 1024 * 1024) controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ code: 'filing.cancelled' });
    expect(readdirSync(dest)).toEqual([]);
  });

  it('reports messages in the requested language', async () => {
    const zh = await verifyPackage(packageB, trustA());
    const en = await verifyPackage(packageB, { ...trustA(), locale: 'en-US' });
    expect(zh.errors[0]?.message).toContain('不在信任列表中');
    expect(en.errors[0]?.message).toContain('neither in the trust list');
    expect(en.errors[0]?.message).toContain(keysB.signer.fingerprintSha256);
  });
});

describe('openssl alone verifies what the writer signed', () => {
  let dir: string;
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(() => {
    dir = join(work, 'openssl');
    mkdirSync(dir);
    // An extractor that is not ours: Python's zipfile.
    execFileSync('python3', ['-m', 'zipfile', '-e', packageA, dir]);
    writeFileSync(join(dir, 'trusted.pem'), certA);
    writeFileSync(join(dir, 'other.pem'), certB);
  });

  const cmsVerify = (caFile?: string, content = 'manifest.json') =>
    opensslCmsVerify(dir, { cms: 'signatures/manifest.p7s', content, ...(caFile === undefined ? {} : { caFile }) });

  it('accepts the CMS signature with -noverify and with the signer certificate as -CAfile', () => {
    expect(() => cmsVerify()).not.toThrow();
    expect(() => cmsVerify('trusted.pem')).not.toThrow();
  });

  it('rejects the CMS signature for another trust anchor or a changed manifest', () => {
    expect(() => cmsVerify('other.pem')).toThrow();
    writeFileSync(join(dir, 'manifest.changed.json'), readFileSync(join(dir, 'manifest.json'), 'utf8').replace('"2025"', '"2024"'));
    expect(() => cmsVerify(undefined, 'manifest.changed.json')).toThrow();
  });

  it('accepts the SM2 signature with SM3 and the default signer id, and rejects it over other bytes', () => {
    const sm2 = (content: string) =>
      opensslSm2Verify(dir, { publicKey: 'signatures/signer.sm2.pem', signature: 'signatures/manifest.sm2.sig', content });
    expect(sm2('manifest.json')).toContain('Verified OK');
    expect(() => sm2('manifest.changed.json')).toThrow();
  });

  it('computes the same SM3 for a file as the manifest records', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const recorded = manifest.files.find((f) => f.path === MEMBER.workspace)?.sm3;
    expect(openssl(['dgst', '-sm3', '-r', 'data/workspace.json']).split(' ')[0]).toBe(recorded);
  });
});

describe('writing', () => {
  it('reports progress and leaves no file behind when cancelled', async () => {
    const dir = join(work, 'cancel');
    mkdirSync(dir);
    const controller = new AbortController();
    const phases: string[] = [];
    const error = await rejectionOf(
      writePackage({
        outFile: join(dir, 'out.dgpkg'),
        meta: metaFor(ENTERPRISE_A),
        sources,
        keys: keysA,
        signal: controller.signal,
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.done > 1024 * 1024) controller.abort();
        },
      }),
      AppError,
    );
    expect(error.code).toBe('filing.cancelled');
    expect(phases).toContain('write');
    expect(phases).not.toContain('done');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports write progress up to the total and ends with done', async () => {
    const seen: Array<{ phase: string; done: number; total: number }> = [];
    const out = join(work, 'progress.dgpkg');
    const result = await writePackage({ outFile: out, meta: metaFor(ENTERPRISE_A), sources, keys: keysA, onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect(last.phase).toBe('done');
    expect(last.done).toBe(last.total);
    expect(seen.some((p) => p.phase === 'sign')).toBe(true);
    expect(result.packageBytes).toBe(readFileSync(out).length);
  });

  it('refuses sources and metadata that do not belong in a package', async () => {
    const out = join(work, 'refused.dgpkg');
    const attempt = (over: Partial<{ sources: PackageSource[]; meta: PackageMeta; keys: SigningKeys }>) =>
      rejectionOf(writePackage({ outFile: out, meta: metaFor(ENTERPRISE_A), sources, keys: keysA, ...over }), AppError);
    const withExtra = (source: PackageSource) => ({ sources: [...sources, source] });
    expect((await attempt(withExtra({ path: '../escape.txt', data: Buffer.from('x') }))).code).toBe('filing.write.badSourcePath');
    expect((await attempt(withExtra({ path: MEMBER.signerCert, data: Buffer.from('x') }))).code).toBe('filing.write.badSourcePath');
    expect((await attempt(withExtra({ path: 'reports/notes.txt', data: Buffer.from('x') }))).code).toBe('filing.write.badSourcePath');
    const duplicate = await attempt(withExtra({ path: 'attachments/证据/机房照片.JPG', data: Buffer.from('x') }));
    expect([duplicate.code, duplicate.details?.file]).toEqual(['filing.write.duplicatePath', 'attachments/证据/机房照片.JPG']);
    expect((await attempt({ sources: sources.slice(1) })).code).toBe('filing.write.missingWorkspace');
    const missing = await attempt(withExtra({ path: 'attachments/gone.pdf', file: join(work, 'src', 'gone.pdf') }));
    expect([missing.code, missing.details?.file]).toEqual(['filing.write.sourceUnreadable', 'attachments/gone.pdf']);
    const badPeriod = await attempt({ meta: metaFor(ENTERPRISE_A, { period: 'last year' }) });
    expect([badPeriod.code, badPeriod.params.field]).toEqual(['filing.write.invalidManifest', 'period']);
    expect((await attempt({ keys: keysB })).code).toBe('filing.write.signerEnterpriseMismatch');
    const unwritable = await rejectionOf(
      writePackage({ outFile: join(work, 'no-such-dir', 'x.dgpkg'), meta: metaFor(ENTERPRISE_A), sources, keys: keysA }),
      AppError,
    );
    expect(unwritable.code).toBe('filing.write.outputUnwritable');
    expect(existsSync(out)).toBe(false);
  });
});

describe('mutations are rejected with the right code', () => {
  const members = [
    MEMBER.workspace,
    REPORT,
    PHOTO,
    BIG,
    MEMBER.signerCert,
    MEMBER.signerSm2Key,
    MEMBER.manifest,
    MEMBER.cms,
    MEMBER.sm2Signature,
  ];

  it.each(members)('a flipped byte in %s', async (name) => {
    const file = await mutated((m) => {
      const bytes = Buffer.from(m.get(name)!);
      // Signatures: the last byte is inside s, so the DER stays well-formed and only the value is wrong.
      const at = name === MEMBER.cms || name === MEMBER.sm2Signature ? bytes.length - 1 : Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      m.set(name, bytes);
    });
    const result = await verifyPackage(file, trustA());
    expect(result.valid).toBe(false);
    const expected: Record<string, Array<[string, string]>> = {
      [MEMBER.manifest]: [
        ['filing.verify.cmsInvalid', MEMBER.cms],
        ['filing.verify.sm2Invalid', MEMBER.sm2Signature],
      ],
      [MEMBER.cms]: [['filing.verify.cmsInvalid', MEMBER.cms]],
      [MEMBER.sm2Signature]: [['filing.verify.sm2Invalid', MEMBER.sm2Signature]],
    };
    const wanted = expected[name] ?? [
      ['filing.verify.sha256Mismatch', name],
      ['filing.verify.sm3Mismatch', name],
    ];
    for (const pair of wanted) expect(errorsOf(result)).toContainEqual(pair);
  });

  it('an added file', async () => {
    const file = await mutated((m) => void m.set('attachments/extra.txt', Buffer.from('slipped in')));
    expect(errorsOf(await verifyPackage(file, trustA()))).toEqual([['filing.verify.extraFile', 'attachments/extra.txt']]);
  });

  it('a removed file', async () => {
    const file = await mutated((m) => void m.delete(REPORT));
    expect(errorsOf(await verifyPackage(file, trustA()))).toEqual([['filing.verify.fileMissing', REPORT]]);
  });

  it('a renamed file', async () => {
    const file = await mutated((m) => {
      m.set('attachments/renamed.jpg', m.get(PHOTO)!);
      m.delete(PHOTO);
    });
    expect(errorsOf(await verifyPackage(file, trustA())).sort()).toEqual(
      [
        ['filing.verify.extraFile', 'attachments/renamed.jpg'],
        ['filing.verify.fileMissing', PHOTO],
      ].sort(),
    );
  });

  it('an edited manifest, even one whose hashes match the edited file', async () => {
    const file = await mutated((m) => {
      const forged = Buffer.from(WORKSPACE.toString().replace('72.5', '95.0'));
      m.set(MEMBER.workspace, forged);
      const manifest = JSON.parse(m.get(MEMBER.manifest)!.toString()) as Manifest;
      manifest.files = manifest.files.map((f) => (f.path === MEMBER.workspace ? { path: f.path, ...digestsOf(forged) } : f));
      m.set(MEMBER.manifest, Buffer.from(serializeManifest(manifest)));
    });
    expect(errorsOf(await verifyPackage(file, trustA()))).toEqual([
      ['filing.verify.cmsInvalid', MEMBER.cms],
      ['filing.verify.sm2Invalid', MEMBER.sm2Signature],
    ]);
  });

  it('the CMS signature and certificate taken from another package', async () => {
    const other = await readMembers(packageB);
    const file = await mutated((m) => {
      m.set(MEMBER.cms, other.get(MEMBER.cms)!);
      m.set(MEMBER.signerCert, other.get(MEMBER.signerCert)!);
    });
    const result = await verifyPackage(file, { trust: { certificates: [certA, certB] } });
    // B's certificate names another enterprise, so even its length differs from what A's manifest records.
    expect(errorsOf(result)).toEqual([
      ['filing.verify.sizeMismatch', MEMBER.signerCert],
      ['filing.verify.cmsInvalid', MEMBER.cms],
    ]);
  });

  it('only the CMS signature taken from another package', async () => {
    const other = await readMembers(packageB);
    const file = await mutated((m) => void m.set(MEMBER.cms, other.get(MEMBER.cms)!));
    expect(errorsOf(await verifyPackage(file, { trust: { certificates: [certA, certB] } }))).toEqual([
      ['filing.verify.cmsInvalid', MEMBER.cms],
      ['filing.verify.signerCertMismatch', MEMBER.signerCert],
    ]);
  });

  it('the SM2 signature and key taken from another package', async () => {
    const other = await readMembers(packageB);
    const file = await mutated((m) => {
      m.set(MEMBER.sm2Signature, other.get(MEMBER.sm2Signature)!);
      m.set(MEMBER.signerSm2Key, other.get(MEMBER.signerSm2Key)!);
    });
    expect(errorsOf(await verifyPackage(file, trustA()))).toEqual([
      ['filing.verify.sha256Mismatch', MEMBER.signerSm2Key],
      ['filing.verify.sm3Mismatch', MEMBER.signerSm2Key],
      ['filing.verify.sm2Invalid', MEMBER.sm2Signature],
    ]);
  });

  it('a valid package from a signer the receiver does not trust', async () => {
    expect(errorsOf(await verifyPackage(packageB, trustA()))).toEqual([['filing.verify.signerUntrusted', MEMBER.signerCert]]);
    expect(codes(await verifyPackage(packageB))).toEqual(['filing.verify.signerUntrusted']);
    expect((await verifyPackage(packageB, { trust: { certificates: [certB] } })).valid).toBe(true);
  });

  it('a package re-signed by a trusted signer whose certificate names another enterprise', async () => {
    const file = await mutated((m) => resign(m, keysB));
    expect(errorsOf(await verifyPackage(file, { trust: { certificates: [certA, certB] } }))).toEqual([
      ['filing.verify.signerEnterpriseMismatch', MEMBER.signerCert],
    ]);
  });

  it('a manifest of a newer format version, or with a malformed field', async () => {
    const newer = await mutated((m) => resign(m, keysA, (manifest) => ({ ...manifest, formatVersion: NEWEST_FORMAT_VERSION_READ + 1 })));
    expect(errorsOf(await verifyPackage(newer, trustA()))).toEqual([['filing.verify.unsupportedFormatVersion', MEMBER.manifest]]);
    // Version 2 signs the audit head; a version 1 manifest that names one is neither.
    const mixed = await mutated((m) =>
      resign(m, keysA, (manifest) => ({ ...manifest, formatVersion: 1, auditHead: { seq: 0, hash: '0'.repeat(64) } })),
    );
    expect(codes(await verifyPackage(mixed, trustA()))).toEqual(['filing.verify.manifestInvalid']);
    const malformed = await mutated((m) => resign(m, keysA, (manifest) => ({ ...manifest, period: 'last year' })));
    const result = await verifyPackage(malformed, trustA());
    expect(codes(result)).toEqual(['filing.verify.manifestInvalid']);
    expect(result.errors[0]?.message).toContain('period');
  });

  it('member data that cannot be inflated', async () => {
    const bytes = readFileSync(packageA);
    const nameAt = bytes.indexOf(Buffer.from(MEMBER.workspace)); // first occurrence: the local header
    const header = nameAt - 30;
    const dataAt = nameAt + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    bytes[dataAt] = 0xff; // BFINAL=1 with the reserved block type 11: invalid deflate data
    const file = join(work, 'corrupt.dgpkg');
    writeFileSync(file, bytes);
    expect(errorsOf(await verifyPackage(file, trustA()))).toEqual([['filing.verify.corruptEntry', MEMBER.workspace]]);
  });

  it('missing signatures and manifest', async () => {
    const unsigned = await mutated((m) => {
      m.delete(MEMBER.cms);
      m.delete(MEMBER.sm2Signature);
    });
    expect(codes(await verifyPackage(unsigned, trustA()))).toEqual(['filing.verify.cmsMissing', 'filing.verify.sm2SignatureMissing']);
    const noManifest = await mutated((m) => void m.delete(MEMBER.manifest));
    expect(codes(await verifyPackage(noManifest, trustA()))).toEqual(['filing.verify.manifestMissing']);
  });

  it('a signature made outside the certificate validity', async () => {
    const dir = join(work, 'short-lived');
    await generateSigningKeys({ keyDir: dir, passphrase: PASSPHRASE, enterprise: ENTERPRISE_A, validityDays: 1 });
    const keys = await loadSigningKeys(dir, PASSPHRASE);
    const out = join(work, 'late.dgpkg');
    const createdAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await writePackage({ outFile: out, meta: metaFor(ENTERPRISE_A, { createdAt }), sources, keys });
    const trust = { certificates: [await exportCertificatePem(dir)] };
    expect(codes(await verifyPackage(out, { trust }))).toEqual(['filing.verify.createdInFuture', 'filing.verify.certNotValidAtSigning']);
    // Verified three days on, by a receiver whose clock says so: the certificate had expired when it signed.
    expect(codes(await verifyPackage(out, { trust, now: new Date(createdAt) }))).toEqual(['filing.verify.certNotValidAtSigning']);
  });

  it("an expired certificate with a back-dated createdAt: refused at the receiver's time", async () => {
    const dir = join(work, 'expired-backdated');
    const issuedAt = new Date(Date.now() - 10 * 86_400_000);
    await generateSigningKeys({ keyDir: dir, passphrase: PASSPHRASE, enterprise: ENTERPRISE_A, validityDays: 5, now: issuedAt });
    const keys = await loadSigningKeys(dir, PASSPHRASE);
    const out = join(work, 'backdated.dgpkg');
    const createdAt = new Date(issuedAt.getTime() + 86_400_000).toISOString(); // inside the old validity
    await writePackage({ outFile: out, meta: metaFor(ENTERPRISE_A, { createdAt }), sources, keys });
    expect(codes(await verifyPackage(out, { trust: { certificates: [await exportCertificatePem(dir)] } }))).toEqual([
      'filing.verify.certNotValidNow',
    ]);
  });

  it('a createdAt that the CMS signing time does not confirm', async () => {
    const forged = await mutated(async (m) => {
      const manifest = JSON.parse(m.get(MEMBER.manifest)!.toString('utf8')) as Manifest;
      const bytes = serializeManifest({ ...manifest, createdAt: '2025-01-01T00:00:00.000Z' });
      m.set(MEMBER.manifest, Buffer.from(bytes));
      const cms = await signCmsDetached({
        content: bytes,
        privateKey: keysA.p256PrivateKey,
        certificateDer: keysA.certificateDer,
        chainDer: [],
        signingTime: new Date(),
      });
      m.set(MEMBER.cms, Buffer.from(cms));
      m.set(MEMBER.sm2Signature, Buffer.from(sm2Sign(bytes, keysA.sm2)));
    });
    expect(codes(await verifyPackage(forged, trustA()))).toContain('filing.verify.signingTimeMismatch');
  });
});

describe('a signer certificate issued by the enterprise CA (PKCS#12)', () => {
  let caDir: string;
  let packageCa: string;

  beforeAll(async () => {
    caDir = join(work, 'ca');
    mkdirSync(caDir);
    opensslCa(caDir, 'groupca');
    opensslCa(caDir, 'otherca');
    opensslLeaf(caDir, {
      ca: 'groupca',
      subject: `/CN=Subsidiary/OU=${ENTERPRISE_A.uscc}`,
      keyUsage: 'critical,digitalSignature,nonRepudiation',
    });
    opensslPkcs12(caDir, { out: 'leaf', password: 'secret', key: 'leaf', certificate: 'leaf', chain: 'groupca' });
    const keyDir = join(work, 'keysCa');
    await importPkcs12({ keyDir, passphrase: PASSPHRASE, p12: readFileSync(join(caDir, 'leaf.p12')), p12Password: 'secret' });
    packageCa = join(work, 'ca.dgpkg');
    await writePackage({ outFile: packageCa, meta: metaFor(ENTERPRISE_A), sources, keys: await loadSigningKeys(keyDir, PASSPHRASE) });
  });

  it('is trusted through its CA, and not through another CA', async () => {
    const groupCa = readFileSync(join(caDir, 'groupca.pem'), 'utf8');
    expect((await verifyPackage(packageCa, { trust: { certificates: [groupCa] } })).errors).toEqual([]);
    expect(codes(await verifyPackage(packageCa, { trust: { certificates: [readFileSync(join(caDir, 'otherca.pem'))] } }))).toEqual([
      'filing.verify.signerUntrusted',
    ]);
  });

  it('verifies with openssl cms against the CA as -CAfile', () => {
    const dir = join(caDir, 'x');
    execFileSync('python3', ['-m', 'zipfile', '-e', packageCa, dir]);
    const verify = (ca: string) => opensslCmsVerify(dir, { cms: 'signatures/manifest.p7s', content: 'manifest.json', caFile: ca });
    expect(() => verify(join(caDir, 'groupca.pem'))).not.toThrow();
    expect(() => verify(join(caDir, 'otherca.pem'))).toThrow();
  });
});
