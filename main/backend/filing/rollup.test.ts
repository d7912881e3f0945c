/**
 * Tier-by-tier roll-up through the backend: a unit files to its second-tier unit, which accepts and rolls up
 * to the group, which verifies both levels, accepts and rolls up to the top receiver (SASAC), which verifies
 * every tier and drills down group → second tier → unit. Carried packages are checked by `openssl` as the
 * bytes the unit signed. Roll-ups that carry an undeclared signer, one unit twice, the signer itself, or a
 * tampered package are refused with the path to it, and change nothing.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InnerPackage } from '../../../shared/contract/filing/schemas';
import { enterpriseKeys, signedPackage } from '../../../test/fixtures/filing-packages';
import { readMembers, writeMembers } from '../../../test/support/zip-members';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { writePackage } from './package-writer';
import type { SigningKeys } from './keys';
import { opensslCmsVerify, opensslSm2Verify } from '../../../test/support/openssl-pki';

const PASSPHRASE = 'rollup-passphrase-1';
const base = sampleProfile();
const UNIT = { name: base.name, uscc: base.uscc };
const SECOND = { name: '示例能源华东有限公司', uscc: '91310000MA1FL0000N' };
const GROUP = { name: base.group.name, uscc: base.group.uscc };
const TOP = { name: '国务院国资委示例', uscc: '91110000100000000R' };
const profileOf = (self: { name: string; uscc: string }, parent: { name: string; uscc: string } | null) =>
  parent
    ? { ...base, ...self, role: 'subsidiary' as const, group: parent }
    : { ...base, ...self, role: 'headquarters' as const, group: { name: '', uscc: '' } };

type Backend = ReturnType<typeof tempBackend>;
type Failed = {
  ok: false;
  error: { code: string; message: string; details?: { file?: string; issues?: Array<{ code: string; file?: string; message: string }> } };
};
const errorOf = (result: { ok: boolean }) => {
  if (result.ok) throw new Error('expected an error');
  return (result as Failed).error;
};

let work: string;
const sides: Record<'unit' | 'second' | 'group' | 'top', Backend> = {} as never;
const certificates: Record<string, string> = {};

async function setUp(name: keyof typeof sides, self: { name: string; uscc: string }, parent: { name: string; uscc: string } | null) {
  const backend = tempBackend();
  sides[name] = backend;
  expectOk(await backend.call('profile.save', profileOf(self, parent)));
  expectOk(await backend.call('filing.keys.generate', { passphrase: PASSPHRASE }));
  certificates[name] = expectOk(await backend.call('filing.keys.exportCertificate', {})).path;
}

const exportFrom = async (name: keyof typeof sides, file: string, extra: Record<string, unknown> = {}) =>
  expectOk(await sides[name].call('filing.export', { period: '2025', passphrase: PASSPHRASE, out: path.join(work, file), ...extra }));
const importAccepted = async (name: keyof typeof sides, file: string) =>
  expectOk(
    await sides[name].call('filing.import', {
      path: path.join(work, file),
      receipt: { passphrase: PASSPHRASE, out: path.join(work, `${file}.dgrcpt`) },
    }),
  );
const fingerprintOf = (pemFile: string) =>
  new crypto.X509Certificate(fs.readFileSync(pemFile)).fingerprint256.replaceAll(':', '').toLowerCase();

beforeAll(async () => {
  work = makeTempDir('denggao-rollup-');
  await setUp('unit', UNIT, SECOND);
  await setUp('second', SECOND, GROUP);
  await setUp('group', GROUP, null);
  await setUp('top', TOP, null);
  // Each receiver trusts only the tier directly below it.
  expectOk(await sides.second.call('filing.trust.add', { path: certificates.unit!, label: '基层单位' }));
  expectOk(await sides.group.call('filing.trust.add', { path: certificates.second!, label: '二级单位' }));
  expectOk(await sides.top.call('filing.trust.add', { path: certificates.group!, label: '集团' }));
});

afterAll(() => {
  for (const side of Object.values(sides)) side.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('tier-by-tier roll-up', () => {
  let unitPackageId: string;
  let secondPackageId: string;

  it('a receiver with nothing accepted for the period has nothing to roll up, and writes nothing', async () => {
    const refused = errorOf(
      await sides.second.call('filing.export', {
        period: '2025',
        passphrase: PASSPHRASE,
        out: path.join(work, 'empty.dgpkg'),
        includeFilings: true,
      }),
    );
    expect(refused.code).toBe('filing.rollup.nothingAccepted');
    expect(fs.existsSync(path.join(work, 'empty.dgpkg'))).toBe(false);
  });

  it('the second tier carries the accepted package unchanged, declares its signer, and OpenSSL verifies both levels', async () => {
    unitPackageId = (await exportFrom('unit', 'unit.dgpkg')).packageId;
    await importAccepted('second', 'unit.dgpkg');
    const rollup = await exportFrom('second', 'second.dgpkg', { includeFilings: true });
    secondPackageId = rollup.packageId;

    const members = await readMembers(path.join(work, 'second.dgpkg'));
    const manifest = JSON.parse(members.get('manifest.json')!.toString('utf8')) as {
      formatVersion: number;
      inner: InnerPackage[];
      files: Array<{ path: string; sha256: string }>;
    };
    const carried = `filings/${unitPackageId}.dgpkg`;
    expect(manifest.formatVersion).toBe(4);
    expect(manifest.inner).toEqual([
      expect.objectContaining({
        path: carried,
        packageId: unitPackageId,
        enterprise: UNIT,
        period: '2025',
        trustedSigners: [fingerprintOf(certificates.unit!)],
        accessionNumber: expect.stringMatching(/^91310000MA1FL0000N-\d{4}-000001$/),
      }),
    ]);
    // Byte for byte the package the unit signed, listed and hashed in the outer manifest.
    expect(members.get(carried)!.equals(fs.readFileSync(path.join(work, 'unit.dgpkg')))).toBe(true);
    expect(manifest.files.find((file) => file.path === carried)!.sha256).toBe(manifest.inner[0]!.sha256);
    expect(JSON.parse(members.get('rollup/consolidated.json')!.toString('utf8'))).toMatchObject({
      period: '2025',
      enterprises: [{ filing: { packageId: unitPackageId } }],
    });

    const outer = path.join(work, 'openssl-outer');
    const inner = path.join(work, 'openssl-inner');
    fs.mkdirSync(outer);
    fs.mkdirSync(inner);
    execFileSync('unzip', ['-q', path.join(work, 'second.dgpkg'), '-d', outer]);
    const verifyCms = (dir: string, ca: string) =>
      opensslCmsVerify(dir, { cms: 'signatures/manifest.p7s', content: 'manifest.json', caFile: ca });
    verifyCms(outer, certificates.second!);
    opensslSm2Verify(outer, { publicKey: 'signatures/signer.sm2.pem', signature: 'signatures/manifest.sm2.sig', content: 'manifest.json' });
    execFileSync('unzip', ['-q', path.join(outer, carried), '-d', inner]);
    verifyCms(inner, certificates.unit!);
    // The certificate the outer declares for it is the one that signed it.
    const innerSigner = execFileSync(
      'openssl',
      ['x509', '-in', path.join(inner, 'signatures/signer.pem'), '-noout', '-fingerprint', '-sha256'],
      { encoding: 'utf8' },
    );
    expect(innerSigner.split('=')[1]!.trim().replaceAll(':', '').toLowerCase()).toBe(manifest.inner[0]!.trustedSigners[0]);
    expect(() => verifyCms(inner, certificates.second!)).toThrow();
  });

  it('the group verifies both levels (trusting only the second tier), accepts, and rolls up again', async () => {
    const verify = expectOk(await sides.group.call('filing.verify', { path: path.join(work, 'second.dgpkg') }));
    expect(verify.valid).toBe(true);
    expect(verify.inner).toEqual([
      { path: `filings/${unitPackageId}.dgpkg`, valid: true, enterprise: UNIT, packageId: unitPackageId, tier: 1, errors: [] },
    ]);
    await importAccepted('group', 'second.dgpkg');
    await exportFrom('group', 'group.dgpkg', { includeFilings: true });
  });

  it('the top receiver verifies every tier and drills down group → second tier → unit, each figure naming its package', async () => {
    const verify = expectOk(await sides.top.call('filing.verify', { path: path.join(work, 'group.dgpkg') }));
    expect(verify.valid).toBe(true);
    const secondPath = `filings/${secondPackageId}.dgpkg`;
    expect(verify.inner!.map(({ path: at, tier, valid }) => ({ at, tier, valid }))).toEqual([
      { at: secondPath, tier: 1, valid: true },
      { at: `${secondPath}/filings/${unitPackageId}.dgpkg`, tier: 2, valid: true },
    ]);

    const { filing: groupFiling } = expectOk(await sides.top.call('filing.import', { path: path.join(work, 'group.dgpkg') }));
    const top = expectOk(await sides.top.call('filing.consolidated', { period: '2025' }));
    expect(top.enterprises.map((entry) => [entry.filing.enterprise.uscc, entry.filing.children])).toEqual([[GROUP.uscc, 1]]);
    const second = expectOk(await sides.top.call('filing.consolidated', { period: '2025', parentId: groupFiling.id }));
    expect(second.trail!.map((filing) => filing.enterprise.uscc)).toEqual([GROUP.uscc]);
    expect(second.enterprises.map((entry) => [entry.filing.enterprise.uscc, entry.filing.packageId])).toEqual([
      [SECOND.uscc, secondPackageId],
    ]);
    const units = expectOk(await sides.top.call('filing.consolidated', { period: '2025', parentId: second.enterprises[0]!.filing.id }));
    expect(units.trail!.map((filing) => filing.enterprise.uscc)).toEqual([GROUP.uscc, SECOND.uscc]);
    expect(units.enterprises.map((entry) => [entry.filing.enterprise.uscc, entry.filing.packageId, entry.filing.parentId])).toEqual([
      [UNIT.uscc, unitPackageId, second.enterprises[0]!.filing.id],
    ]);

    // The top receiver decides on the roll-up it received, not on what the tiers below accepted.
    const carriedUnit = units.enterprises[0]!.filing;
    const decided = errorOf(
      await sides.top.call('filing.filings.decide', {
        id: carriedUnit.id,
        result: 'accepted',
        passphrase: PASSPHRASE,
        out: path.join(work, 'never.dgrcpt'),
      }),
    );
    expect(decided.code).toBe('filing.rollup.decideCarried');
    expect(fs.existsSync(path.join(work, 'never.dgrcpt'))).toBe(false);
    expect(expectOk(await sides.top.call('filing.filings.get', { id: carriedUnit.id })).filing.status).toBe('received');
  });
});

describe('refused roll-ups name the path and change nothing', () => {
  let groupKeys: SigningKeys;
  let unitFile: string;
  let unitDeclared: InnerPackage;

  beforeAll(async () => {
    groupKeys = (await enterpriseKeys(work, GROUP)).keys;
    const unitKeys = await enterpriseKeys(work, UNIT);
    unitFile = await signedPackage({
      out: path.join(work, 'forged-unit.dgpkg'),
      keys: unitKeys.keys,
      enterprise: UNIT,
      period: '2025',
      data: { formatVersion: 1, profile: profileOf(UNIT, GROUP) },
    });
    unitDeclared = await declare(unitFile, fingerprintOf(unitKeys.certificate));
  });

  async function declare(file: string, signer: string, member?: string): Promise<InnerPackage> {
    const members = await readMembers(file);
    const manifestBytes = members.get('manifest.json')!;
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { packageId: string; enterprise: { name: string; uscc: string } };
    const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
    return {
      path: member ?? `filings/${manifest.packageId}.dgpkg`,
      sha256: sha256(fs.readFileSync(file)),
      packageId: manifest.packageId,
      enterprise: manifest.enterprise,
      period: '2025',
      manifestSha256: sha256(manifestBytes),
      trustedSigners: [signer],
      accessionNumber: null,
    };
  }

  /** A roll-up signed by the group's real keys (the top receiver trusts them), carrying what the test says. */
  async function groupRollup(name: string, carried: Array<{ file: string; declared: InnerPackage }>) {
    const out = path.join(work, name);
    await writePackage({
      outFile: out,
      meta: {
        generator: { name: 'Denggao', version: '0.1.0' },
        enterprise: GROUP,
        period: '2025',
        catalogs: [],
        auditHead: { seq: 0, hash: '0'.repeat(64) },
        inner: carried.map((one) => one.declared),
      },
      sources: [
        { path: 'data/workspace.json', data: Buffer.from(JSON.stringify({ formatVersion: 1 })) },
        ...carried.map((one) => ({ path: one.declared.path, file: one.file, compress: false })),
      ],
      keys: groupKeys,
    });
    return out;
  }

  async function refusedEverywhere(file: string) {
    const trust = [fs.readFileSync(path.join(work, `keys-${GROUP.uscc}`, 'signer.pem'), 'utf8')];
    const folder = path.join(sides.top.dataDir, 'filings');
    const before = { filings: expectOk(await sides.top.call('filing.filings.list', {})), files: fs.readdirSync(folder).sort() };
    const verify = expectOk(await sides.top.call('filing.verify', { path: file, trust }));
    const refused = errorOf(await sides.top.call('filing.import', { path: file, trust }));
    expect(refused.code).toBe('filing.import.notVerified');
    // Nothing kept: no row, no folder, no package file, no leftover of the extraction.
    expect({ filings: expectOk(await sides.top.call('filing.filings.list', {})), files: fs.readdirSync(folder).sort() }).toEqual(before);
    return { verify, refused };
  }

  it('an inner package signed by a key the outer package does not declare', async () => {
    const declared = { ...unitDeclared, trustedSigners: [fingerprintOf(certificates.group!)] };
    const { verify, refused } = await refusedEverywhere(await groupRollup('undeclared.dgpkg', [{ file: unitFile, declared }]));
    expect(verify.valid).toBe(false);
    expect(verify.inner).toEqual([
      expect.objectContaining({
        path: declared.path,
        valid: false,
        errors: [expect.objectContaining({ code: 'filing.rollup.signerNotDeclared', file: declared.path })],
      }),
    ]);
    expect(refused.details!.issues).toContainEqual(expect.objectContaining({ code: 'filing.rollup.innerInvalid', file: declared.path }));
  });

  it('a roll-up that carries the same unit twice, or its own signer', async () => {
    const again = await signedPackage({
      out: path.join(work, 'forged-unit-2.dgpkg'),
      keys: (await enterpriseKeys(work, UNIT)).keys,
      enterprise: UNIT,
      period: '2025',
      data: { formatVersion: 1 },
    });
    const twice = await refusedEverywhere(
      await groupRollup('twice.dgpkg', [
        { file: unitFile, declared: unitDeclared },
        { file: again, declared: await declare(again, unitDeclared.trustedSigners[0]!) },
      ]),
    );
    expect(twice.verify.inner!.map((inner) => inner.errors.map((error) => error.code))).toEqual([
      [],
      ['filing.rollup.duplicateEnterprise'],
    ]);

    const own = await signedPackage({
      out: path.join(work, 'forged-own.dgpkg'),
      keys: groupKeys,
      enterprise: GROUP,
      period: '2025',
      data: { formatVersion: 1 },
    });
    const self = await refusedEverywhere(
      await groupRollup('self.dgpkg', [
        { file: own, declared: await declare(own, fingerprintOf(path.join(work, `keys-${GROUP.uscc}`, 'signer.pem'))) },
      ]),
    );
    expect(self.verify.inner![0]!.errors.map((error) => error.code)).toEqual(['filing.rollup.includesSelf']);
  });

  it('a tampered inner package: refused with the path to the changed member, whoever signed the outer one', async () => {
    const members = await readMembers(unitFile);
    // The same length, one figure changed: only the hashes can tell.
    const original = members.get('data/workspace.json')!.toString('utf8');
    members.set('data/workspace.json', Buffer.from(original.replace('"formatVersion":1', '"formatVersion":2')));
    expect(members.get('data/workspace.json')!.toString('utf8')).not.toBe(original);
    const tampered = path.join(work, 'tampered-unit.dgpkg');
    await writeMembers(tampered, members);
    const signedOver = await refusedEverywhere(
      await groupRollup('tampered-inside.dgpkg', [{ file: tampered, declared: await declare(tampered, unitDeclared.trustedSigners[0]!) }]),
    );
    expect(signedOver.verify.inner![0]!.errors).toContainEqual(
      expect.objectContaining({ code: 'filing.verify.sha256Mismatch', file: `${unitDeclared.path}/data/workspace.json` }),
    );

    // Changed after the outer signature: the outer package itself fails on the carried member, which is then not checked.
    const outer = await readMembers(await groupRollup('honest.dgpkg', [{ file: unitFile, declared: unitDeclared }]));
    const flipped = Buffer.from(fs.readFileSync(unitFile));
    flipped[100]! ^= 1;
    outer.set(unitDeclared.path, flipped);
    const changed = path.join(work, 'tampered-after.dgpkg');
    await writeMembers(changed, outer);
    const after = await refusedEverywhere(changed);
    expect(after.verify.errors).toContainEqual(expect.objectContaining({ code: 'filing.verify.sha256Mismatch', file: unitDeclared.path }));
    expect(after.verify.inner![0]!.errors.map((error) => error.code)).toEqual(['filing.rollup.notChecked']);
  });
});
