/**
 * The filing methods through the backend, as the app and the CLI call them: a sender workspace makes keys
 * and exports a package; a receiver workspace verifies it, trusts its signer, imports it and consolidates.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ESTATE, FULL_ANSWERS, MIXED_ESTATE, WEAK_ANSWERS, filingData } from '../../../test/fixtures/filing-data';
import { enterpriseKeys, signedPackage } from '../../../test/fixtures/filing-packages';
import type { AuditEntry } from '../../../shared/contract/audit/schemas';
import { verifyAuditChain } from '../../../shared/domain/audit/chain';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { opensslCa, opensslLeaf, opensslPkcs12 } from '../../../test/support/openssl-pki';

const PASSPHRASE = 'sender-passphrase';
const profile = sampleProfile();

let work: string;
let sender: ReturnType<typeof tempBackend>;
let receiver: ReturnType<typeof tempBackend>;
let evidence: Buffer;
let attachmentSha: string;
let packagePath: string;
let certificatePath: string;

function errorOf(result: { ok: boolean; error?: { code: string; message: string; details?: unknown } } | { ok: true; value: unknown }) {
  if (result.ok) throw new Error('expected an error');
  return (
    result as {
      error: {
        code: string;
        message: string;
        details?: { field?: string; file?: string; issues?: Array<{ code: string; file?: string }> };
      };
    }
  ).error;
}

beforeAll(async () => {
  work = makeTempDir('denggao-filing-service-');
  sender = tempBackend();
  receiver = tempBackend();
  expectOk(await sender.call('profile.save', profile));
  evidence = Buffer.from('机房巡检记录 2025-06\n'.repeat(1000));
  const evidenceFile = path.join(work, '机房巡检记录.txt');
  fs.writeFileSync(evidenceFile, evidence);
  attachmentSha = expectOk(
    await sender.call('attachments.add', { path: evidenceFile, owner: { domain: 'profile', entityId: 'unit' } }),
  ).sha256;
});

afterAll(() => {
  sender.dispose();
  receiver.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('keys', () => {
  it('has none at first, then generates them for the profile’s enterprise inside the workspace, encrypted', async () => {
    expect(expectOk(await sender.call('filing.keys.info', {}))).toMatchObject({ present: false, signer: null });
    const info = expectOk(await sender.call('filing.keys.generate', { passphrase: PASSPHRASE }));
    expect(info.present).toBe(true);
    expect(info.keyDir).toBe(path.join(sender.dataDir, 'keys'));
    expect(info.signer?.subject).toContain(profile.name);
    expect(info.signer?.subject).toContain(profile.uscc);
    const stored = fs.readFileSync(path.join(info.keyDir, 'signer.key.json'), 'utf8');
    expect(stored).not.toContain('PRIVATE KEY');
    expect(JSON.parse(stored).kdf.name).toBe('scrypt');
  });

  it('refuses to overwrite keys, and a short passphrase', async () => {
    expect(errorOf(await sender.call('filing.keys.generate', { passphrase: PASSPHRASE })).code).toBe('filing.keys.alreadyExist');
    expect(errorOf(await sender.call('filing.keys.generate', { passphrase: 'short', keyDir: path.join(work, 'k2') })).code).toBe(
      'filing.keys.passphraseTooShort',
    );
  });

  it('exports the certificate with the fingerprint the key info shows', async () => {
    const info = expectOk(await sender.call('filing.keys.info', {}));
    const exported = expectOk(await sender.call('filing.keys.exportCertificate', {}));
    expect(exported.fingerprintSha256).toBe(info.signer?.fingerprintSha256);
    const openssl = execFileSync('openssl', ['x509', '-in', exported.path, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
    expect(openssl.split('=')[1]!.trim().replace(/:/g, '').toLowerCase()).toBe(exported.fingerprintSha256);
    certificatePath = exported.path;
  });
});

describe('export', () => {
  it('previews what will be signed: the data, the attachment files and the signer', async () => {
    const preview = expectOk(await sender.call('filing.previewManifest', { period: '2025' }));
    expect(preview.enterprise).toEqual({ name: profile.name, uscc: profile.uscc });
    // Every section of the data JSON is filed by default, in the registry's order.
    expect(preview.sections.slice(0, 2)).toEqual(['profile', 'attachments']);
    expect(preview.sections).toEqual(expect.arrayContaining(['assessments', 'plans', 'mlps', 'sam', 'governance', 'declarations']));
    expect(preview.files.map((f) => [f.path, f.kind])).toEqual([
      ['data/workspace.json', 'data'],
      ['audit/log.json', 'audit'],
      [`attachments/${attachmentSha}/机房巡检记录.txt`, 'attachment'],
      ['signatures/signer.pem', 'signer'],
      ['signatures/signer.sm2.pem', 'signer'],
    ]);
    expect(preview.files[2]!.size).toBe(evidence.length);
    expect(preview.signer?.fingerprintSha256).toHaveLength(64);
    const onlyProfile = expectOk(await sender.call('filing.previewManifest', { period: '2025', sections: ['profile'] }));
    expect(onlyProfile.omittedSections).toEqual(preview.sections.filter((section) => section !== 'profile'));
    expect(onlyProfile.omittedSections).toEqual(expect.arrayContaining(['attachments', 'assessments', 'plans', 'mlps', 'sam']));
    // The audit log goes with any choice of sections.
    expect(onlyProfile.files.map((f) => f.kind)).toEqual(['data', 'audit', 'signer', 'signer']);
  });

  it('refuses an unknown section, a report that is not a PDF, and a wrong passphrase — writing nothing', async () => {
    const unknown = errorOf(await sender.call('filing.previewManifest', { period: '2025', sections: ['nonsense'] }));
    expect([unknown.code, unknown.details?.field]).toEqual(['filing.export.unknownSection', 'sections']);
    const notPdf = path.join(work, 'report.pdf');
    fs.writeFileSync(notPdf, 'plain text');
    const report = errorOf(await sender.call('filing.export', { period: '2025', passphrase: PASSPHRASE, reports: [notPdf] }));
    expect([report.code, report.details?.field]).toEqual(['filing.export.reportNotPdf', 'reports[0]']);
    const out = path.join(work, 'never.dgpkg');
    expect(errorOf(await sender.call('filing.export', { period: '2025', passphrase: 'wrong passphrase', out })).code).toBe(
      'filing.keys.badPassphrase',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes a signed package with progress, carrying the data, the attachment and the reports', async () => {
    const pdf = path.join(work, '自评估报告.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n% a report\n%%EOF\n');
    // The 2025 filing form's unit record (its 备案表编号) travels in the mlps section of the data.
    expectOk(await sender.call('mlps.saveUnit', { formNumber: '11010243001', affiliation: '1', securityLeader: { name: '陈立新' } }));
    const phases = new Set<string>();
    const off = sender.on('progress', (event) => phases.add(event.phase));
    const result = expectOk(await sender.call('filing.export', { period: '2025', passphrase: PASSPHRASE, reports: [pdf] }));
    off();
    expect(phases).toEqual(new Set(['write', 'sign', 'done']));
    expect(path.dirname(result.path)).toBe(path.join(sender.dataDir, 'exports'));
    expect(result.files).toBe(6);
    const listing = execFileSync('unzip', ['-Z1', result.path], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(listing).toEqual(
      [
        'data/workspace.json',
        'audit/log.json',
        `attachments/${attachmentSha}/机房巡检记录.txt`,
        'reports/自评估报告.pdf',
        'manifest.json',
        'signatures/manifest.p7s',
        'signatures/manifest.sm2.sig',
        'signatures/signer.pem',
        'signatures/signer.sm2.pem',
      ].sort(),
    );
    const carried = JSON.parse(execFileSync('unzip', ['-p', result.path, 'data/workspace.json'], { encoding: 'utf8' })) as {
      mlps: { unit: { formNumber: string; affiliation: string } };
    };
    expect(carried.mlps.unit).toMatchObject({ formNumber: '11010243001', affiliation: '1' });
    packagePath = result.path;
  });

  it('stops when cancelled, leaving no file', async () => {
    const big = path.join(work, 'big.bin');
    fs.writeFileSync(big, Buffer.alloc(64 * 1024 * 1024, 1));
    const pdf = path.join(work, 'big.pdf');
    fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), fs.readFileSync(big)]));
    const out = path.join(work, 'cancelled.dgpkg');
    const off = sender.on('progress', (event) => {
      if (event.jobId === 'export-to-cancel' && event.phase === 'write' && event.done > 0)
        void sender.call('jobs.cancel', { jobId: 'export-to-cancel' });
    });
    const result = await sender.call(
      'filing.export',
      { period: '2025', passphrase: PASSPHRASE, reports: [pdf], out },
      { jobId: 'export-to-cancel' },
    );
    off();
    expect(errorOf(result).code).toBe('error.cancelled');
    expect(fs.readdirSync(work).filter((name) => name.includes('cancelled'))).toEqual([]);
  });
});

describe('receiver', () => {
  it('verifies the package but does not trust an unknown signer, and will not import it', async () => {
    const verify = expectOk(await receiver.call('filing.verify', { path: packagePath }));
    expect(verify.valid).toBe(false);
    expect(verify.errors.map((e) => [e.code, e.file])).toEqual([['filing.verify.signerUntrusted', 'signatures/signer.pem']]);
    const refused = errorOf(await receiver.call('filing.import', { path: packagePath }));
    expect(refused.code).toBe('filing.import.notVerified');
    expect(refused.details?.issues?.map((issue) => issue.code)).toEqual(['filing.verify.signerUntrusted']);
    expect(expectOk(await receiver.call('filing.filings.list', {}))).toEqual([]);
    expect(fs.readdirSync(path.join(receiver.dataDir, 'filings'))).toEqual([]);
  });

  it('trusts a certificate once, refuses what is not a certificate, and removes an entry', async () => {
    const entry = expectOk(await receiver.call('filing.trust.add', { path: certificatePath, label: '示例能源' }));
    expect(entry).toMatchObject({ isCa: false, label: '示例能源' });
    expect(errorOf(await receiver.call('filing.trust.add', { path: certificatePath })).code).toBe('filing.trust.alreadyTrusted');
    expect(errorOf(await receiver.call('filing.trust.add', { pem: 'hello' })).code).toBe('filing.trust.notCertificate');
    expect(errorOf(await receiver.call('filing.trust.add', {})).details?.field).toBe('pem');
    expect(expectOk(await receiver.call('filing.trust.list', {})).map((e) => e.fingerprintSha256)).toEqual([entry.fingerprintSha256]);
  });

  it('imports the verified package: the filing, its data, its files; the consolidated view shows it', async () => {
    expect(expectOk(await receiver.call('filing.verify', { path: packagePath })).valid).toBe(true);
    const imported = expectOk(await receiver.call('filing.import', { path: packagePath }));
    expect(imported.filing).toMatchObject({
      enterprise: { name: profile.name, uscc: profile.uscc },
      period: '2025',
      current: true,
      fileCount: 6,
    });
    const folder = path.join(receiver.dataDir, 'filings', imported.filing.packageId);
    expect(fs.readFileSync(path.join(folder, 'attachments', attachmentSha, '机房巡检记录.txt')).equals(evidence)).toBe(true);

    const detail = expectOk(await receiver.call('filing.filings.get', { id: imported.filing.id }));
    expect((detail.data.profile as { name: string }).name).toBe(profile.name);
    expect(detail.manifest.packageId).toBe(imported.filing.packageId);
    const view = expectOk(await receiver.call('filing.consolidated', {}));
    expect(view.enterprises.map((e) => e.filing.enterprise.uscc)).toEqual([profile.uscc]);
    expect(view.periods).toEqual(['2025']);
    expect(view.byGrade.find((row) => row.grade === 'none')?.count).toBe(1);
    // The sender filed a profile and evidence, nothing else: every figure is "not reported", not zero.
    expect(imported.summary).toMatchObject({ assessment: null, plan: null, protectedObjects: null, gap: null, licences: null });
    expect(view.licences).toMatchObject({ enterprises: 0, installations: 0, genuineRate: null });
    expect(view.planProgress.enterprises).toBe(0);
  });

  it('carries the sender’s audit log, whole and verifiable, without the signing passphrase', async () => {
    const [filing] = expectOk(await receiver.call('filing.filings.list', {}));
    const text = fs.readFileSync(path.join(receiver.dataDir, 'filings', filing!.packageId, 'audit', 'log.json'), 'utf8');
    const entries = JSON.parse(text) as AuditEntry[];
    expect(entries.map((entry) => entry.method)).toEqual(
      expect.arrayContaining(['profile.save', 'attachments.add', 'filing.keys.generate']),
    );
    expect(verifyAuditChain(entries).ok).toBe(true);
    expect(text).not.toContain(PASSPHRASE);
    // The manifest signs the head of the log it carries.
    const manifest = JSON.parse(fs.readFileSync(path.join(receiver.dataDir, 'filings', filing!.packageId, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ formatVersion: 2, auditHead: { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash } });
  });

  it('refuses, naming the field, a package whose data the workspace’s data format refuses', async () => {
    const other = { name: '丁子公司', uscc: '91440000MA1FL0000R' };
    const { keys, certificate } = await enterpriseKeys(work, other);
    expectOk(await receiver.call('filing.trust.add', { path: certificate }));
    const data = {
      ...filingData({
        ...other,
        year: 2025,
        answers: null,
        targetGrade: 'B',
        milestones: ['done'],
        objects: [],
        installs: 0,
        seatsBought: 0,
      }),
    };
    const broken = { ...data, plans: [{ ...data.plans[0]!, status: 'approved' }] };
    const file = await signedPackage({ out: path.join(work, 'bad-data.dgpkg'), keys, enterprise: other, period: '2025', data: broken });
    expect(expectOk(await receiver.call('filing.verify', { path: file })).valid).toBe(true);
    const refused = errorOf(await receiver.call('filing.import', { path: file }));
    expect([refused.code, refused.details?.file, refused.details?.field]).toEqual([
      'filing.import.dataInvalid',
      'data/workspace.json',
      'plans[0].status',
    ]);
    expect(refused.message).toContain('plans[0].status');
    expect(expectOk(await receiver.call('filing.filings.list', { uscc: other.uscc }))).toEqual([]);
  });

  it('fails verification of a package whose audit log was edited, naming the file and the entry', async () => {
    const other = { name: '丁子公司', uscc: '91440000MA1FL0000R' };
    const { keys } = await enterpriseKeys(work, other);
    const [filing] = expectOk(await receiver.call('filing.filings.list', { uscc: profile.uscc }));
    const entries = JSON.parse(
      fs.readFileSync(path.join(receiver.dataDir, 'filings', filing!.packageId, 'audit', 'log.json'), 'utf8'),
    ) as AuditEntry[];
    const edited = entries.map((entry) => (entry.seq === 2 ? { ...entry, actor: '另一个人' } : entry));
    const data = filingData({
      ...other,
      year: 2025,
      answers: null,
      targetGrade: 'B',
      ...EMPTY_ESTATE,
    });
    const file = await signedPackage({
      out: path.join(work, 'edited-audit.dgpkg'),
      keys,
      enterprise: other,
      period: '2025',
      data,
      auditLog: edited,
    });
    const verify = expectOk(await receiver.call('filing.verify', { path: file }));
    expect(verify.errors.map((e) => [e.code, e.file])).toEqual([['filing.verify.auditChainBroken', 'audit/log.json']]);
    expect(verify.errors[0]!.message).toContain('2');
    expect(verify.errors[0]!.message).toContain('内容被改动');
    expect(errorOf(await receiver.call('filing.import', { path: file })).code).toBe('filing.import.notVerified');
    const whole = await signedPackage({
      out: path.join(work, 'whole-audit.dgpkg'),
      keys,
      enterprise: other,
      period: '2025',
      data,
      auditLog: entries,
    });
    expect(expectOk(await receiver.call('filing.verify', { path: whole })).valid).toBe(true);
  });

  it('refuses a replay of a package id it already holds, naming the earlier filing, and keeps one copy', async () => {
    const replay = errorOf(await receiver.call('filing.import', { path: packagePath }));
    expect(replay.code).toBe('filing.import.replay');
    expect(replay.message).toContain(profile.name);
    // The earlier import's time reads as the user reads times, not as the stored UTC form.
    expect(replay.message).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(expectOk(await receiver.call('filing.filings.list', {}))).toHaveLength(1);
    expect(fs.readdirSync(path.join(receiver.dataDir, 'filings')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps an enterprise’s filings by period with history, consolidates a period and compares two', async () => {
    const other = { name: '乙子公司', uscc: '91310000MA1FL0000N' };
    const { keys, certificate } = await enterpriseKeys(work, other);
    expectOk(await receiver.call('filing.trust.add', { path: certificate }));
    const dataOf = (year: number, strong: boolean) =>
      filingData({
        ...other,
        year,
        answers: strong ? FULL_ANSWERS : WEAK_ANSWERS,
        targetGrade: strong ? 'A' : 'C',
        milestones: ['done', 'inProgress'],
        objects: [{ level: 3, filed: strong }],
        installs: strong ? 10 : 14,
        seatsBought: 10,
      });
    const write = (name: string, period: string, createdAt: string, strong: boolean) =>
      signedPackage({ out: path.join(work, name), keys, enterprise: other, period, createdAt, data: dataOf(Number(period), strong) });
    for (const file of [
      await write('b-2024.dgpkg', '2024', '2024-06-30T00:00:00.000Z', false),
      await write('b-2025-first.dgpkg', '2025', '2025-06-01T00:00:00.000Z', false),
      await write('b-2025.dgpkg', '2025', '2025-06-30T00:00:00.000Z', true),
    ]) {
      expectOk(await receiver.call('filing.import', { path: file }));
    }

    const history = expectOk(await receiver.call('filing.filings.list', { uscc: other.uscc }));
    expect(history.map((f) => [f.period, f.createdAt.slice(0, 10), f.current])).toEqual([
      ['2025', '2025-06-30', true],
      ['2025', '2025-06-01', false],
      ['2024', '2024-06-30', true],
    ]);
    const detail = expectOk(await receiver.call('filing.filings.get', { id: history[0]!.id }));
    expect(detail.history.map((f) => f.createdAt.slice(0, 10))).toEqual(['2025-06-01']);
    expect(detail.summary.assessment?.grade).toBe('A');

    const view2025 = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    expect(view2025.enterprises.map((e) => e.filing.enterprise.name).sort()).toEqual([profile.name, other.name].sort());
    expect(view2025.gradeTargets).toEqual(expect.arrayContaining([{ grade: 'A', target: 'A', count: 1 }]));
    expect(view2025.licences).toMatchObject({ enterprises: 1, installations: 10, covered: 10, genuineRate: 1 });
    expect(view2025.protectedObjects.levels[2]).toEqual({ level: 3, objects: 1, filed: 1, notFiled: 0 });
    const view2024 = expectOk(await receiver.call('filing.consolidated', { period: '2024' }));
    expect(view2024.licences).toMatchObject({ installations: 14, covered: 10, shortfallUnits: 4 });
    expect(view2024.protectedObjects.levels[2]).toEqual({ level: 3, objects: 1, filed: 0, notFiled: 1 });

    const compared = expectOk(await receiver.call('filing.compare', { uscc: other.uscc, before: '2024', after: '2025' }));
    const change = (metric: string) => compared.changes.find((c) => c.metric === metric);
    expect(change('filing.metric.assessmentGrade')).toMatchObject({ before: 'D', after: 'A' });
    expect(change('filing.metric.shortfallUnits')).toMatchObject({ before: 4, after: 0, delta: -4 });
    expect(compared.assessment?.grade).toEqual({ before: 'D', after: 'A' });
    const missing = errorOf(await receiver.call('filing.compare', { uscc: other.uscc, before: '2023', after: '2025' }));
    expect(missing.code).toBe('filing.compare.periodMissing');
  });

  it('trusts a package signed by a key its CA issued once the CA is in the trust list', async () => {
    const caDir = path.join(work, 'ca');
    fs.mkdirSync(caDir);
    opensslCa(caDir, 'ca', '/CN=Group CA');
    opensslLeaf(caDir, { ca: 'ca', subject: `/CN=Subsidiary/OU=${profile.uscc}`, keyUsage: 'critical,digitalSignature,nonRepudiation' });
    opensslPkcs12(caDir, { out: 'leaf', password: 'secret', key: 'leaf', certificate: 'leaf', chain: 'ca' });

    const keyDir = path.join(work, 'ca-keys');
    const bad = errorOf(
      await sender.call('filing.keys.importP12', {
        keyDir,
        path: path.join(caDir, 'leaf.p12'),
        p12Password: 'wrong',
        passphrase: PASSPHRASE,
      }),
    );
    expect(bad.code).toBe('filing.keys.p12BadPassword');
    const info = expectOk(
      await sender.call('filing.keys.importP12', {
        keyDir,
        path: path.join(caDir, 'leaf.p12'),
        p12Password: 'secret',
        passphrase: PASSPHRASE,
      }),
    );
    expect(info).toMatchObject({ present: true, chainCertificates: 1 });
    const exported = expectOk(
      await sender.call('filing.export', { keyDir, period: '2025-Q3', passphrase: PASSPHRASE, sections: ['profile'] }),
    );

    expect(expectOk(await receiver.call('filing.verify', { path: exported.path })).errors.map((e) => e.code)).toEqual([
      'filing.verify.signerUntrusted',
    ]);
    expect(expectOk(await receiver.call('filing.trust.add', { path: path.join(caDir, 'ca.pem'), label: '集团 CA' })).isCa).toBe(true);
    expect(expectOk(await receiver.call('filing.import', { path: exported.path })).filing.period).toBe('2025-Q3');
  });

  it('removes a trusted certificate: its packages are no longer trusted', async () => {
    const entries = expectOk(await receiver.call('filing.trust.list', {}));
    const first = entries[0]!;
    expect(expectOk(await receiver.call('filing.trust.remove', { id: first.id }))).toEqual({ removed: true });
    expect(expectOk(await receiver.call('filing.verify', { path: packagePath })).errors.map((e) => e.code)).toEqual([
      'filing.verify.signerUntrusted',
    ]);
    // Trust given for one call (the CLI's --trust) still works.
    expect(
      expectOk(await receiver.call('filing.verify', { path: packagePath, trust: [fs.readFileSync(certificatePath, 'utf8')] })).valid,
    ).toBe(true);
  });
});

describe('a receiver’s view of real data', () => {
  it('summarizes what a workspace with real data filed: grade and target, plan progress, objects, gaps, licences', async () => {
    const enterprise = { name: '戊子公司', uscc: '91110000100000000R' };
    const seeded = tempBackend();
    const headquarters = tempBackend();
    try {
      const document = filingData({
        ...enterprise,
        year: 2025,
        answers: WEAK_ANSWERS,
        targetGrade: 'B',
        ...MIXED_ESTATE,
      });
      expectOk(await seeded.call('workspace.importData', document));
      expectOk(await seeded.call('filing.keys.generate', { passphrase: PASSPHRASE }));
      const exported = expectOk(await seeded.call('filing.export', { period: '2025', passphrase: PASSPHRASE }));
      const certificate = expectOk(await seeded.call('filing.keys.exportCertificate', {})).path;
      expectOk(await headquarters.call('filing.trust.add', { path: certificate }));
      const { summary } = expectOk(await headquarters.call('filing.import', { path: exported.path }));
      expect(summary.assessment).toMatchObject({ year: 2025, revision: 1, grade: 'D' });
      expect(summary.plan).toMatchObject({ status: 'ready', targetGrade: 'B', milestones: 3, done: 1, percentComplete: 50 });
      expect(summary.protectedObjects).toMatchObject({ total: 4, ungraded: 1 });
      expect(summary.protectedObjects?.levels.slice(0, 3)).toEqual([
        { level: 1, objects: 1, filed: 0, notFiled: 0 },
        { level: 2, objects: 1, filed: 0, notFiled: 1 },
        { level: 3, objects: 1, filed: 1, notFiled: 0 },
      ]);
      expect(summary.gap).toEqual({
        assessed: 2,
        compliant: 1,
        basicallyCompliant: 0,
        noncompliant: 1,
        highRisks: 3,
        provisional: 2,
        majorHiddenRisks: 0,
        majorHiddenRisksRemediated: 0,
      });
      expect(summary.licences).toEqual({ installations: 12, covered: 10, genuineRate: 10 / 12, shortfallUnits: 2, shortfallRows: 1 });
      const view = expectOk(await headquarters.call('filing.consolidated', {}));
      expect(view.gradeTargets).toEqual([{ grade: 'D', target: 'B', count: 1 }]);
      expect(view.planProgress).toEqual({ enterprises: 1, milestones: 3, done: 1, overdue: 2, percentComplete: 50 });
      expect(view.protectedObjects.levels[1]).toEqual({ level: 2, objects: 1, filed: 0, notFiled: 1 });
      expect(view.licences).toMatchObject({
        enterprises: 1,
        installations: 12,
        covered: 10,
        shortfallUnits: 2,
        enterprisesWithShortfall: 1,
      });
    } finally {
      seeded.dispose();
      headquarters.dispose();
    }
  });
});
