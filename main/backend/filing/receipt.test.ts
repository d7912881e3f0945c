/**
 * The filing chain through the backend: a unit files, the group imports and signs receipts (accepted,
 * returned with reasons, refused), the unit imports them and sees each package's state, amends, and the group
 * consolidates the latest accepted filing beside its review. Receipts are checked by `openssl` too, which
 * nobody on the team wrote; forged, untrusted and stray receipts and amendments change nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ESTATE, FULL_ANSWERS, filingData } from '../../../test/fixtures/filing-data';
import { enterpriseKeys, signedPackage } from '../../../test/fixtures/filing-packages';
import { readMembers, writeMembers } from '../../../test/support/zip-members';
import { ACCESSION_NUMBER_PATTERN, RECEIPT_MEMBER } from '../../../shared/contract/filing/receipt';
import { pemEncode } from './pki';
import { sm2Sign } from './sm2';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { opensslCmsVerify, opensslSm2Verify } from '../../../test/support/openssl-pki';

const SENDER_PASSPHRASE = 'unit-passphrase-1';
const RECEIVER_PASSPHRASE = 'group-passphrase-1';
const unit = sampleProfile();
const group = {
  ...sampleProfile(),
  name: unit.group.name,
  uscc: unit.group.uscc,
  role: 'headquarters' as const,
  group: { name: '', uscc: '' },
};

let work: string;
let sender: ReturnType<typeof tempBackend>;
let receiver: ReturnType<typeof tempBackend>;
let senderCert: string;
let receiverCert: string;

type Failed = {
  ok: false;
  error: { code: string; message: string; details?: { field?: string; issues?: Array<{ code: string; message: string; file?: string }> } };
};
function errorOf(result: { ok: boolean }): Failed['error'] {
  if (result.ok) throw new Error('expected an error');
  return (result as Failed).error;
}

async function exportPackage(name: string, extra: Record<string, unknown> = {}) {
  return expectOk(
    await sender.call('filing.export', { period: '2025', passphrase: SENDER_PASSPHRASE, out: path.join(work, name), ...extra }),
  );
}

/** A filing's data JSON with no records but the profile's name and code. */
const dataOf = (enterprise: { name: string; uscc: string }) =>
  filingData({ ...enterprise, year: 2025, answers: null, targetGrade: 'B', ...EMPTY_ESTATE });

const receiptOut = (name: string) => ({ passphrase: RECEIVER_PASSPHRASE, out: path.join(work, name) });

/** What the receiver and the sender hold, to show that a refused call changed nothing. */
async function stateOfBoth() {
  return {
    filings: expectOk(await receiver.call('filing.filings.list', {})),
    sent: expectOk(await sender.call('filing.sent.list', {})),
    receipts: fs.readdirSync(path.join(receiver.dataDir, 'receipts'), { withFileTypes: true }).length,
  };
}

beforeAll(async () => {
  work = makeTempDir('denggao-filing-chain-');
  sender = tempBackend();
  receiver = tempBackend();
  expectOk(await sender.call('profile.save', unit));
  expectOk(await receiver.call('profile.save', group));
  expectOk(await sender.call('filing.keys.generate', { passphrase: SENDER_PASSPHRASE }));
  expectOk(await receiver.call('filing.keys.generate', { passphrase: RECEIVER_PASSPHRASE }));
  senderCert = expectOk(await sender.call('filing.keys.exportCertificate', {})).path;
  receiverCert = expectOk(await receiver.call('filing.keys.exportCertificate', {})).path;
  // Each side trusts the other's certificate, exchanged out of band.
  expectOk(await receiver.call('filing.trust.add', { path: senderCert, label: '下属单位' }));
  expectOk(await sender.call('filing.trust.add', { path: receiverCert, label: '集团' }));
});

afterAll(() => {
  sender.dispose();
  receiver.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('return for correction, amendment, acceptance', () => {
  let original: { packageId: string; path: string };
  let originalFilingId: string;
  let returnReceipt: string;

  it('the sender records each package it signs as sent', async () => {
    original = await exportPackage('original.dgpkg');
    const sent = expectOk(await sender.call('filing.sent.list', {}));
    expect(sent).toMatchObject([{ packageId: original.packageId, period: '2025', state: 'sent', receipt: null, amends: null }]);
  });

  it('the receiver imports without deciding, then returns it with a reason per section in a signed receipt', async () => {
    const imported = expectOk(await receiver.call('filing.import', { path: original.path }));
    expect(imported.filing).toMatchObject({ status: 'received', current: true, accessionNumber: null });
    expect(imported.receipt).toBeNull();
    originalFilingId = imported.filing.id;

    const unknownSection = errorOf(
      await receiver.call('filing.filings.decide', {
        id: originalFilingId,
        result: 'returned',
        reasons: [{ section: '无此部分', text: 'x' }],
        ...receiptOut('bad.dgrcpt'),
      }),
    );
    expect(unknownSection.code).toBe('filing.decide.unknownSection');
    expect(unknownSection.details?.field).toBe('reasons[0].section');
    expect(
      errorOf(
        await receiver.call('filing.filings.decide', {
          id: originalFilingId,
          result: 'returned',
          reasons: [],
          ...receiptOut('bad.dgrcpt'),
        }),
      ).code,
    ).toBe('filing.decide.reasonsRequired');
    expect(
      errorOf(
        await receiver.call('filing.filings.decide', {
          id: originalFilingId,
          result: 'returned',
          reasons: [{ section: 'profile', text: 'x' }],
          passphrase: 'wrong-passphrase',
          out: path.join(work, 'bad.dgrcpt'),
        }),
      ).code,
    ).toBe('filing.keys.badPassphrase');
    expect(fs.existsSync(path.join(work, 'bad.dgrcpt'))).toBe(false);
    expect(expectOk(await receiver.call('filing.filings.get', { id: originalFilingId })).filing.status).toBe('received');

    const issued = expectOk(
      await receiver.call('filing.filings.decide', {
        id: originalFilingId,
        result: 'returned',
        reasons: [{ section: 'profile', text: '联系人电话缺区号' }],
        ...receiptOut('returned.dgrcpt'),
      }),
    );
    expect(issued).toMatchObject({
      result: 'returned',
      packageId: original.packageId,
      reasons: [{ section: 'profile', text: '联系人电话缺区号' }],
      path: path.join(work, 'returned.dgrcpt'),
    });
    expect(issued.accessionNumber).toMatch(ACCESSION_NUMBER_PATTERN);
    expect(issued.accessionNumber.startsWith(`${group.uscc}-`)).toBe(true);
    returnReceipt = issued.path;

    const detail = expectOk(await receiver.call('filing.filings.get', { id: originalFilingId }));
    expect(detail.filing).toMatchObject({ status: 'returned', current: false, accessionNumber: issued.accessionNumber });
    expect(detail.receipts.map((receipt) => receipt.accessionNumber)).toEqual([issued.accessionNumber]);
    // A returned filing is not consolidated, and cannot be decided again.
    expect(expectOk(await receiver.call('filing.consolidated', { period: '2025' })).enterprises).toEqual([]);
    expect(
      errorOf(await receiver.call('filing.filings.decide', { id: originalFilingId, result: 'accepted', ...receiptOut('again.dgrcpt') }))
        .code,
    ).toBe('filing.decide.alreadyReturned');
  });

  it('receipt verify names the result, the accession number and the package; an untrusted verifier is told so', async () => {
    const verified = expectOk(await sender.call('filing.receipt.verify', { path: returnReceipt }));
    expect(verified).toMatchObject({ valid: true, result: 'returned', packageId: original.packageId, errors: [] });
    const untrusted = expectOk(await sender.call('filing.receipt.verify', { path: returnReceipt, useTrustList: false }));
    expect(untrusted.valid).toBe(false);
    expect(untrusted.errors.map((error) => error.code)).toEqual(['filing.verify.signerUntrusted']);
  });

  it('the sender imports the receipt and sees the package returned, with the reasons', async () => {
    const state = expectOk(await sender.call('filing.receipt.import', { path: returnReceipt }));
    expect(state).toMatchObject({
      packageId: original.packageId,
      state: 'returned',
      receipt: { reasons: [{ section: 'profile', text: '联系人电话缺区号' }] },
    });
    expect(errorOf(await sender.call('filing.receipt.import', { path: returnReceipt })).code).toBe('filing.receipt.replay');
  });

  it('an amendment must name a package sent for the same period', async () => {
    const before = await stateOfBoth();
    expect(
      errorOf(await sender.call('filing.export', { period: '2025', passphrase: SENDER_PASSPHRASE, amends: crypto.randomUUID() })).code,
    ).toBe('filing.export.amendsUnknown');
    expect(
      errorOf(await sender.call('filing.export', { period: '2026', passphrase: SENDER_PASSPHRASE, amends: original.packageId })).code,
    ).toBe('filing.export.amendsOtherPeriod');
    expect(await stateOfBoth()).toEqual(before);
  });

  it('the amendment is imported and accepted with a receipt; the chain is kept and the accepted one consolidated', async () => {
    const amended = await exportPackage('amended.dgpkg', { amends: original.packageId });
    const imported = expectOk(await receiver.call('filing.import', { path: amended.path, receipt: receiptOut('accepted.dgrcpt') }));
    expect(imported.filing).toMatchObject({ status: 'accepted', current: true, amends: original.packageId });
    expect(imported.receipt).toMatchObject({ result: 'accepted', packageId: amended.packageId, path: path.join(work, 'accepted.dgrcpt') });

    const chain = expectOk(await receiver.call('filing.filings.list', { uscc: unit.uscc, period: '2025' }));
    expect(chain.map((filing) => [filing.packageId, filing.status, filing.current])).toEqual(
      expect.arrayContaining([
        [original.packageId, 'returned', false],
        [amended.packageId, 'accepted', true],
      ]),
    );
    expect(
      expectOk(await receiver.call('filing.consolidated', { period: '2025' })).enterprises.map((entry) => entry.filing.packageId),
    ).toEqual([amended.packageId]);

    const state = expectOk(await sender.call('filing.receipt.import', { path: imported.receipt!.path }));
    expect(state).toMatchObject({
      packageId: amended.packageId,
      state: 'accepted',
      amends: original.packageId,
      receipt: { accessionNumber: imported.receipt!.accessionNumber },
    });
    // Accession numbers are unique and in sequence at the receiver.
    const [, , returnedSeq] = expectOk(await sender.call('filing.sent.list', {}))
      .find((sent) => sent.packageId === original.packageId)!
      .receipt!.accessionNumber.split('-');
    expect(Number(imported.receipt!.accessionNumber.split('-')[2])).toBe(Number(returnedSeq) + 1);
  });

  it('a later undecided filing does not displace the accepted one in the consolidated view', async () => {
    const later = await exportPackage('later.dgpkg');
    expectOk(await receiver.call('filing.import', { path: later.path }));
    const consolidated = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    expect(consolidated.enterprises.map((entry) => entry.filing.status)).toEqual(['accepted']);
  });
});

describe('receipts that must be refused', () => {
  it('a receipt edited after signing fails both signatures; importing it changes nothing', async () => {
    const exported = await exportPackage('to-edit.dgpkg');
    const imported = expectOk(await receiver.call('filing.import', { path: exported.path, receipt: receiptOut('genuine.dgrcpt') }));
    const members = await readMembers(imported.receipt!.path);
    const edited = members
      .get(RECEIPT_MEMBER.receipt)!
      .toString('utf8')
      .replace('"result": "accepted"', '"result": "returned"')
      .replace('"reasons": []', '"reasons": [{ "section": "general", "text": "伪造" }]');
    members.set(RECEIPT_MEMBER.receipt, Buffer.from(edited));
    const forged = path.join(work, 'forged.dgrcpt');
    fs.copyFileSync(imported.receipt!.path, forged);
    await writeMembers(forged, members);

    const verified = expectOk(await sender.call('filing.receipt.verify', { path: forged }));
    expect(verified.valid).toBe(false);
    expect(verified.errors.map((error) => error.code).sort()).toEqual(['filing.verify.cmsInvalid', 'filing.verify.sm2Invalid']);
    const before = await stateOfBoth();
    const refused = errorOf(await sender.call('filing.receipt.import', { path: forged }));
    expect(refused.code).toBe('filing.receipt.notVerified');
    expect(refused.details?.issues?.map((issue) => issue.code)).toContain('filing.verify.cmsInvalid');
    expect(await stateOfBoth()).toEqual(before);
  });

  it('an SM2 key and signature swapped for another pair, and a member added, are each named', async () => {
    const exported = await exportPackage('to-swap.dgpkg');
    const imported = expectOk(await receiver.call('filing.import', { path: exported.path, receipt: receiptOut('to-swap.dgrcpt') }));
    const other = await enterpriseKeys(work, { name: '示例集团有限公司', uscc: '91110000100000000R' });
    const members = await readMembers(imported.receipt!.path);
    // The CMS still holds; the SM2 pair verifies on its own, but it is not the key the signed receipt names.
    members.set(RECEIPT_MEMBER.signerSm2Key, Buffer.from(pemEncode('PUBLIC KEY', other.keys.sm2PublicKeySpkiDer)));
    members.set(RECEIPT_MEMBER.sm2Signature, Buffer.from(sm2Sign(members.get(RECEIPT_MEMBER.receipt)!, other.keys.sm2)));
    const swapped = path.join(work, 'swapped.dgrcpt');
    fs.copyFileSync(imported.receipt!.path, swapped);
    await writeMembers(swapped, members);
    const verified = expectOk(await sender.call('filing.receipt.verify', { path: swapped }));
    expect(verified.errors.map((error) => [error.code, error.file])).toEqual([
      ['filing.receipt.sm2KeyUnbound', RECEIPT_MEMBER.signerSm2Key],
    ]);

    const extra = await readMembers(imported.receipt!.path);
    extra.set('notes.txt', Buffer.from('附言'));
    const padded = path.join(work, 'padded.dgrcpt');
    fs.copyFileSync(imported.receipt!.path, padded);
    await writeMembers(padded, extra);
    expect(expectOk(await sender.call('filing.receipt.verify', { path: padded })).errors.map((error) => [error.code, error.file])).toEqual([
      ['filing.verify.extraFile', 'notes.txt'],
    ]);
    expect(errorOf(await sender.call('filing.receipt.import', { path: padded })).code).toBe('filing.receipt.notVerified');
  });

  it('a receipt signed by a key the sender does not trust is refused', async () => {
    const stranger = tempBackend();
    try {
      expectOk(await stranger.call('profile.save', { ...group, name: '某冒名单位', uscc: '91110000100000000R' }));
      expectOk(await stranger.call('filing.keys.generate', { passphrase: RECEIVER_PASSPHRASE }));
      expectOk(await stranger.call('filing.trust.add', { path: senderCert }));
      const exported = await exportPackage('to-stranger.dgpkg');
      const imported = expectOk(await stranger.call('filing.import', { path: exported.path, receipt: receiptOut('stranger.dgrcpt') }));
      const before = await stateOfBoth();
      const refused = errorOf(await sender.call('filing.receipt.import', { path: imported.receipt!.path }));
      expect(refused.code).toBe('filing.receipt.notVerified');
      expect(refused.details?.issues?.map((issue) => issue.code)).toEqual(['filing.verify.signerUntrusted']);
      expect(await stateOfBoth()).toEqual(before);
    } finally {
      stranger.dispose();
    }
  });

  it('a genuine receipt for a package this sender never sent is refused', async () => {
    const other = await enterpriseKeys(work, { name: '示例集团有限公司', uscc: '91110000100000000R' });
    expectOk(await receiver.call('filing.trust.add', { path: other.certificate }));
    const foreign = await signedPackage({
      out: path.join(work, 'foreign.dgpkg'),
      keys: other.keys,
      enterprise: { name: '示例集团有限公司', uscc: '91110000100000000R' },
      period: '2025',
      data: dataOf({ name: '示例集团有限公司', uscc: '91110000100000000R' }),
    });
    const imported = expectOk(await receiver.call('filing.import', { path: foreign, receipt: receiptOut('foreign.dgrcpt') }));
    const before = await stateOfBoth();
    const refused = errorOf(await sender.call('filing.receipt.import', { path: imported.receipt!.path }));
    expect(refused.code).toBe('filing.receipt.unknownPackage');
    expect(await stateOfBoth()).toEqual(before);
  });

  it('an amendment naming a filing of another enterprise is refused by the receiver, which signs a refusal', async () => {
    const otherFiling = expectOk(await receiver.call('filing.filings.list', { uscc: '91110000100000000R' }))[0]!;
    const before = await stateOfBoth();
    // The unit's package naming the other enterprise's filing:
    const { writePackage } = await import('./package-writer');
    const { loadSigningKeys } = await import('./keys');
    const unitKeys = await loadSigningKeys(path.join(sender.dataDir, 'keys'), SENDER_PASSPHRASE);
    const naming = path.join(work, 'naming-other.dgpkg');
    await writePackage({
      outFile: naming,
      meta: {
        generator: { name: 'Denggao', version: '0.1.0' },
        enterprise: { name: unit.name, uscc: unit.uscc },
        period: '2025',
        catalogs: [],
        auditHead: { seq: 1_000_000, hash: 'a'.repeat(64) },
        amends: otherFiling.packageId,
      },
      sources: [{ path: 'data/workspace.json', data: Buffer.from(JSON.stringify(dataOf(unit))) }],
      keys: unitKeys,
    });
    const refused = errorOf(await receiver.call('filing.import', { path: naming, receipt: receiptOut('refusal.dgrcpt') }));
    expect(refused.code).toBe('filing.import.amendsMismatch');
    expect(refused.message).toContain('91110000100000000R');
    const notice = refused.details?.issues?.find((issue) => issue.code === 'filing.receipt.refusalIssued');
    expect(notice?.file).toBe(path.join(work, 'refusal.dgrcpt'));
    const after = await stateOfBoth();
    expect(after.filings).toEqual(before.filings);
    expect(after.receipts).toBe(before.receipts + 1); // the refusal is numbered and kept, the package is not

    const verified = expectOk(await sender.call('filing.receipt.verify', { path: path.join(work, 'refusal.dgrcpt') }));
    expect(verified).toMatchObject({ valid: true, result: 'refused' });
    expect(verified.receipt?.refusal.map((finding) => finding.code)).toEqual(['filing.import.amendsMismatch']);
  });
});

describe('review (复评)', () => {
  let filingId: string;

  beforeAll(async () => {
    // A filing with a finalized assessment from another unit, signed by the real writer.
    const other = await enterpriseKeys(work, { name: '示例科技有限公司', uscc: '91110108MA01ABCD5T' });
    expectOk(await receiver.call('filing.trust.add', { path: other.certificate }));
    const file = await signedPackage({
      out: path.join(work, 'assessed.dgpkg'),
      keys: other.keys,
      enterprise: { name: '示例科技有限公司', uscc: '91110108MA01ABCD5T' },
      period: '2025',
      data: filingData({
        name: '示例科技有限公司',
        uscc: '91110108MA01ABCD5T',
        year: 2025,
        answers: FULL_ANSWERS,
        targetGrade: 'B',
        ...EMPTY_ESTATE,
      }),
    });
    filingId = expectOk(await receiver.call('filing.import', { path: file })).filing.id;
  });

  it('refuses a review of a filing that is not imported, and an indicator the filing does not have', async () => {
    expect(errorOf(await receiver.call('filing.review.save', { filingId: 'no-such-filing', reviewedGrade: 'B' })).code).toBe(
      'filing.review.notImported',
    );
    const unknown = errorOf(
      await receiver.call('filing.review.save', {
        filingId,
        reviewedGrade: 'B',
        adjustments: [{ indicatorId: 'no-such-indicator', reviewedPoints: 1 }],
      }),
    );
    expect(unknown.code).toBe('filing.review.unknownIndicator');
    expect(unknown.details?.field).toBe('adjustments[0].indicatorId');
    expect(expectOk(await receiver.call('filing.filings.get', { id: filingId })).review).toBeNull();
  });

  it('records the reviewed grade and adjustments beside the self-assessment, and sends them back in the receipt', async () => {
    const detail = expectOk(await receiver.call('filing.filings.get', { id: filingId }));
    const self = detail.summary.assessment!;
    const indicator = (
      detail.data as { assessments: Array<{ finalization: { score: { indicators: Array<{ indicatorId: string; points: number }> } } }> }
    ).assessments[0]!.finalization.score.indicators[0]!;
    const review = expectOk(
      await receiver.call('filing.review.save', {
        filingId,
        reviewedGrade: 'C',
        notes: '抽查佐证不足',
        adjustments: [{ indicatorId: indicator.indicatorId, reviewedPoints: 0, note: '无佐证' }],
      }),
    );
    expect(review).toMatchObject({
      selfGrade: self.grade,
      reviewedGrade: 'C',
      adjustments: [{ indicatorId: indicator.indicatorId, selfPoints: indicator.points, reviewedPoints: 0, note: '无佐证' }],
    });

    const consolidated = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    const entry = consolidated.enterprises.find((candidate) => candidate.filing.id === filingId)!;
    expect([entry.summary.assessment?.grade, entry.review?.reviewedGrade]).toEqual([self.grade, 'C']);

    const issued = expectOk(
      await receiver.call('filing.filings.decide', { id: filingId, result: 'accepted', ...receiptOut('reviewed.dgrcpt') }),
    );
    const verified = expectOk(await receiver.call('filing.receipt.verify', { path: issued.path }));
    expect(verified.receipt?.review).toMatchObject({ selfGrade: self.grade, reviewedGrade: 'C', notes: '抽查佐证不足' });
  });
});

describe('OpenSSL agrees', () => {
  it('verifies a receipt’s CMS signature against the receiver’s certificate, and its SM2 signature', async () => {
    const exported = await exportPackage('for-openssl.dgpkg');
    const imported = expectOk(await receiver.call('filing.import', { path: exported.path, receipt: receiptOut('openssl.dgrcpt') }));
    const dir = path.join(work, 'openssl-receipt');
    fs.mkdirSync(dir);
    for (const [name, bytes] of await readMembers(imported.receipt!.path)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    const cmsVerify = (caFile: string) => opensslCmsVerify(dir, { cms: RECEIPT_MEMBER.cms, content: RECEIPT_MEMBER.receipt, caFile });
    const sm2Verify = () =>
      opensslSm2Verify(dir, {
        publicKey: RECEIPT_MEMBER.signerSm2Key,
        signature: RECEIPT_MEMBER.sm2Signature,
        content: RECEIPT_MEMBER.receipt,
      });
    expect(() => cmsVerify(receiverCert)).not.toThrow();
    // Signed by the group, not the unit: the unit's certificate is no anchor for it.
    expect(() => cmsVerify(senderCert)).toThrow();
    expect(sm2Verify()).toContain('Verified OK');
    // And a changed byte fails both.
    fs.appendFileSync(path.join(dir, RECEIPT_MEMBER.receipt), ' ');
    expect(() => cmsVerify(receiverCert)).toThrow();
    expect(() => sm2Verify()).toThrow();
  });
});
