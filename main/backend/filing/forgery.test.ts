/**
 * The attacks on a receiver that the attack review reproduced, run through the backend as the app and the CLI
 * run them: each must be refused with a named code and leave the receiving workspace as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER } from '../../../shared/contract/filing/paths';
import { EMPTY_ESTATE, filingData } from '../../../test/fixtures/filing-data';
import { enterpriseKeys, signedPackage } from '../../../test/fixtures/filing-packages';
import { issue, selfSignedCa, selfSignedLeaf, signingKeys, subjectOf, type Issued } from '../../../test/fixtures/pki';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { writePackage } from './package-writer';
import { pemEncode } from './pki';

const victim = { name: sampleProfile().name, uscc: sampleProfile().uscc };
const subsidiary = { name: '真实子企业有限公司', uscc: '91310000MA1FL0000N' };

/** A valid data JSON with the enterprise's profile and nothing else filed. */
const minimalData = (enterprise: { name: string; uscc: string }) =>
  filingData({ ...enterprise, year: 2026, answers: null, targetGrade: 'B', ...EMPTY_ESTATE });

let work: string;
let receiver: ReturnType<typeof tempBackend>;
let root: Issued;
let genuine: Issued;

function refusal(result: { ok: boolean }): { code: string; details?: { issues?: Array<{ code: string }> } } {
  if (result.ok) throw new Error('expected a refusal');
  return (result as unknown as { error: { code: string; details?: { issues?: Array<{ code: string }> } } }).error;
}

async function packageOf(signer: Issued, carried: Issued[], enterprise: { name: string; uscc: string }, name: string): Promise<string> {
  const outFile = path.join(work, name);
  await writePackage({
    outFile,
    meta: { generator: { name: 'Denggao', version: '0.1.0' }, enterprise, period: '2026', catalogs: [] },
    sources: [{ path: MEMBER.workspace, data: Buffer.from(JSON.stringify(minimalData(enterprise))) }],
    keys: signingKeys(signer, carried),
  });
  return outFile;
}

/** What a refused package must not change: the filings, their folders, the trust list. */
async function receiverState() {
  return {
    filings: expectOk(await receiver.call('filing.filings.list', {})).map((f) => f.packageId),
    folders: fs.existsSync(path.join(receiver.dataDir, 'filings')) ? fs.readdirSync(path.join(receiver.dataDir, 'filings')).sort() : [],
    trust: expectOk(await receiver.call('filing.trust.list', {})).map((t) => t.fingerprintSha256),
  };
}

beforeAll(async () => {
  work = makeTempDir('denggao-forgery-');
  receiver = tempBackend();
  root = await selfSignedCa('Group Root CA');
  genuine = await issue(root, subjectOf(subsidiary));
  expectOk(await receiver.call('filing.trust.add', { pem: pemEncode('CERTIFICATE', root.der), label: '集团根 CA' }));
  const honest = await packageOf(genuine, [], subsidiary, 'honest.dgpkg');
  expectOk(await receiver.call('filing.import', { path: honest }));
});

afterAll(() => {
  receiver.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a forged filing', () => {
  it('signed by a self-signed impostor in another enterprise’s name, a genuine CA-issued certificate appended: refused, nothing changes', async () => {
    const before = await receiverState();
    const impostor = await selfSignedLeaf(subjectOf(victim));
    const forged = await packageOf(impostor, [genuine], victim, 'forged.dgpkg');

    const verify = expectOk(await receiver.call('filing.verify', { path: forged }));
    expect(verify.valid).toBe(false);
    expect(verify.errors.map((e) => e.code)).toEqual(['filing.verify.signerUntrusted']);
    const refused = refusal(await receiver.call('filing.import', { path: forged }));
    expect(refused.code).toBe('filing.import.notVerified');
    expect(refused.details?.issues?.map((issue) => issue.code)).toEqual(['filing.verify.signerUntrusted']);
    expect(await receiverState()).toEqual(before);
  });
});

describe('the trust list', () => {
  it('refuses an expired certificate, naming its validity, and leaves the list as it was', async () => {
    const before = await receiverState();
    const expired = await selfSignedCa('Retired CA', { from: -400, to: -35 });
    const refused = refusal(await receiver.call('filing.trust.add', { pem: pemEncode('CERTIFICATE', expired.der), label: '已过期' }));
    expect(refused.code).toBe('filing.trust.notValidNow');
    expect(await receiverState()).toEqual(before);
  });
});

describe('the sender’s clock', () => {
  it('a package dated in the future is refused; the filing received last is current, whatever its date', async () => {
    const keys = (await enterpriseKeys(work, subsidiary)).keys;
    expectOk(await receiver.call('filing.trust.add', { pem: pemEncode('CERTIFICATE', keys.certificateDer), label: '子企业' }));
    const data = minimalData(subsidiary);
    const future = await signedPackage({
      out: path.join(work, 'future.dgpkg'),
      keys,
      enterprise: subsidiary,
      period: '2026-H1',
      data,
      createdAt: '2029-01-01T00:00:00.000Z',
    });
    const before = await receiverState();
    const refused = refusal(await receiver.call('filing.import', { path: future }));
    expect(refused.details?.issues?.map((issue) => issue.code)).toEqual(['filing.verify.createdInFuture']);
    expect(await receiverState()).toEqual(before);

    const later = await signedPackage({
      out: path.join(work, 'later.dgpkg'),
      keys,
      enterprise: subsidiary,
      period: '2026-H1',
      data,
      createdAt: '2026-07-01T00:00:00.000Z',
    });
    const earlier = await signedPackage({
      out: path.join(work, 'earlier.dgpkg'),
      keys,
      enterprise: subsidiary,
      period: '2026-H1',
      data,
      createdAt: '2026-06-01T00:00:00.000Z',
    });
    expectOk(await receiver.call('filing.import', { path: later }));
    const received = expectOk(await receiver.call('filing.import', { path: earlier })).filing;
    const filings = expectOk(await receiver.call('filing.filings.list', { period: '2026-H1' }));
    expect(filings.filter((f) => f.current).map((f) => f.id)).toEqual([received.id]);
  });
});
