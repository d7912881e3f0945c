/**
 * Whom a package's signature may be trusted through. Every case is a package built here with a CA hierarchy
 * of its own, verified twice: by `package verify` and by `openssl cms -verify -CAfile`, which nobody on the
 * team wrote. The two must agree — and the forgery the attack review found (a self-signed impostor claiming
 * another enterprise's name and USCC, with a genuine CA-issued certificate appended to the CMS) must fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMembers } from '../../../test/support/zip-members';
import { MEMBER } from '../../../shared/contract/filing/paths';
import type { PackageMeta } from '../../../shared/contract/filing/schemas';
import { verifyPackage } from './package-reader';
import { writePackage } from './package-writer';
import { pemEncode, toArrayBuffer } from './pki';
import { issue, selfSignedCa, selfSignedLeaf, signingKeys, subjectOf, type Issued } from '../../../test/fixtures/pki';
import { opensslCmsVerify } from '../../../test/support/openssl-pki';

const ENTERPRISE = { name: '示例集团有限公司', uscc: '91110000100000000R' };

let work: string;

const meta: PackageMeta = { generator: { name: 'Denggao', version: '0.1.0' }, enterprise: ENTERPRISE, period: '2025', catalogs: [] };

let packageCount = 0;
async function packageSignedBy(signer: Issued, carried: Issued[], order: 'signer-first' | 'signer-last' = 'signer-first'): Promise<string> {
  const outFile = join(work, `case-${++packageCount}.dgpkg`);
  const sources = [{ path: MEMBER.workspace, data: Buffer.from(JSON.stringify({ profile: { name: ENTERPRISE.name } })) }];
  await writePackage({ outFile, meta, sources, keys: signingKeys(signer, carried) });
  if (order === 'signer-last') await reorderCmsCertificates(outFile);
  return outFile;
}

/** The CMS certificate set is not covered by the signature: a sender may order it as it likes. */
async function reorderCmsCertificates(file: string): Promise<void> {
  const { writeMembers } = await import('../../../test/support/zip-members');
  const members = await readMembers(file);
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(members.get(MEMBER.cms)!));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  signedData.certificates = [...(signedData.certificates ?? [])].reverse();
  const reordered = new pkijs.ContentInfo({ contentType: contentInfo.contentType, content: signedData.toSchema(true) });
  members.set(MEMBER.cms, Buffer.from(reordered.toSchema().toBER()));
  await writeMembers(file, members);
}

/** openssl's verdict on the CMS signature with `anchors` as -CAfile (at the current time, as openssl checks). */
async function opensslAccepts(file: string, anchors: Issued[]): Promise<boolean> {
  const dir = join(work, `openssl-${++packageCount}`);
  mkdirSync(dir);
  const members = await readMembers(file);
  writeFileSync(join(dir, 'manifest.json'), members.get(MEMBER.manifest)!);
  writeFileSync(join(dir, 'manifest.p7s'), members.get(MEMBER.cms)!);
  writeFileSync(join(dir, 'anchors.pem'), anchors.map((a) => pemEncode('CERTIFICATE', a.der)).join(''));
  try {
    opensslCmsVerify(dir, { cms: 'manifest.p7s', content: 'manifest.json', caFile: 'anchors.pem' });
    return true;
  } catch {
    return false;
  }
}

async function denggaoAccepts(file: string, anchors: Issued[]): Promise<{ valid: boolean; codes: string[] }> {
  const result = await verifyPackage(file, { trust: { certificates: anchors.map((a) => pemEncode('CERTIFICATE', a.der)) } });
  return { valid: result.valid, codes: result.errors.map((e) => e.code) };
}

let root: Issued;
let intermediate: Issued;
let genuine: Issued;
let otherRoot: Issued;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'filing-chain-'));
  root = await selfSignedCa('Group Root CA');
  otherRoot = await selfSignedCa('Other Root CA');
  intermediate = await issue(root, 'CN=Group Issuing CA', { ca: true });
  genuine = await issue(intermediate, subjectOf({ name: '真实子企业', uscc: '91310000MA1FL0000N' }));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the forgery: a self-signed impostor with a genuine CA-issued certificate appended', () => {
  it('is refused as untrusted by package verify, as openssl refuses it', async () => {
    const impostor = await selfSignedLeaf(subjectOf(ENTERPRISE));
    for (const order of ['signer-first', 'signer-last'] as const) {
      const forged = await packageSignedBy(impostor, [genuine, intermediate], order);
      expect(await opensslAccepts(forged, [root])).toBe(false);
      expect(await denggaoAccepts(forged, [root])).toEqual({ valid: false, codes: ['filing.verify.signerUntrusted'] });
    }
  });

  it('is refused when the CMS carries the trusted root itself beside the impostor', async () => {
    const impostor = await selfSignedLeaf(subjectOf(ENTERPRISE));
    const forged = await packageSignedBy(impostor, [root, intermediate, genuine], 'signer-last');
    expect(await opensslAccepts(forged, [root])).toBe(false);
    expect((await denggaoAccepts(forged, [root])).valid).toBe(false);
  });
});

describe('package verify and openssl cms -verify -CAfile agree', () => {
  interface ChainCase {
    name: string;
    build: () => Promise<{ file: string; anchors: Issued[] }>;
    trusted: boolean;
  }
  const leafFor = (issuer: Issued, days?: { from: number; to: number }) => issue(issuer, subjectOf(ENTERPRISE), days ? { days } : {});
  const cases: ChainCase[] = [
    {
      name: 'leaf first, intermediate carried',
      trusted: true,
      build: async () => ({ file: await packageSignedBy(await leafFor(intermediate), [intermediate]), anchors: [root] }),
    },
    {
      name: 'leaf last, intermediate carried',
      trusted: true,
      build: async () => ({ file: await packageSignedBy(await leafFor(intermediate), [intermediate], 'signer-last'), anchors: [root] }),
    },
    {
      name: 'extra unrelated certificates carried',
      trusted: true,
      build: async () => ({
        file: await packageSignedBy(await leafFor(intermediate), [otherRoot, genuine, intermediate], 'signer-last'),
        anchors: [root],
      }),
    },
    {
      name: 'leaf issued directly by the root',
      trusted: true,
      build: async () => ({ file: await packageSignedBy(await leafFor(root), []), anchors: [root] }),
    },
    {
      name: 'intermediate missing',
      trusted: false,
      build: async () => ({ file: await packageSignedBy(await leafFor(intermediate), []), anchors: [root] }),
    },
    {
      name: 'wrong CA',
      trusted: false,
      build: async () => ({ file: await packageSignedBy(await leafFor(intermediate), [intermediate]), anchors: [otherRoot] }),
    },
    {
      name: 'expired leaf',
      trusted: false,
      build: async () => ({
        file: await packageSignedBy(await leafFor(intermediate, { from: -30, to: -1 }), [intermediate]),
        anchors: [root],
      }),
    },
    {
      name: 'leaf not yet valid',
      trusted: false,
      build: async () => ({
        file: await packageSignedBy(await leafFor(intermediate, { from: 2, to: 30 }), [intermediate]),
        anchors: [root],
      }),
    },
    {
      name: 'expired intermediate',
      trusted: false,
      build: async () => {
        const stale = await issue(root, 'CN=Stale Issuing CA', { ca: true, days: { from: -30, to: -1 } });
        return { file: await packageSignedBy(await leafFor(stale, { from: -20, to: 30 }), [stale]), anchors: [root] };
      },
    },
    {
      name: 'signed with a CA certificate whose key usage is certificate signing only',
      trusted: false,
      build: async () => ({
        file: await packageSignedBy(await issue(intermediate, subjectOf(ENTERPRISE), { ca: true }), [intermediate]),
        anchors: [root],
      }),
    },
    {
      name: 'leaf whose extended key usage is client authentication only',
      trusted: false,
      build: async () => ({
        file: await packageSignedBy(await issue(intermediate, subjectOf(ENTERPRISE), { extendedKeyUsage: ['1.3.6.1.5.5.7.3.2'] }), [
          intermediate,
        ]),
        anchors: [root],
      }),
    },
    {
      name: 'leaf whose extended key usage is e-mail protection',
      trusted: true,
      build: async () => ({
        file: await packageSignedBy(await issue(intermediate, subjectOf(ENTERPRISE), { extendedKeyUsage: ['1.3.6.1.5.5.7.3.4'] }), [
          intermediate,
        ]),
        anchors: [root],
      }),
    },
    {
      name: 'issued by a leaf that is not a CA',
      trusted: false,
      build: async () => ({ file: await packageSignedBy(await leafFor(genuine), [genuine, intermediate]), anchors: [root] }),
    },
  ];

  for (const chainCase of cases) {
    it(`${chainCase.name}: ${chainCase.trusted ? 'trusted' : 'refused'} by both`, async () => {
      const { file, anchors } = await chainCase.build();
      expect(await opensslAccepts(file, anchors)).toBe(chainCase.trusted);
      expect((await denggaoAccepts(file, anchors)).valid).toBe(chainCase.trusted);
    });
  }
});
