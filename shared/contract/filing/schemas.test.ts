import { describe, expect, it } from 'vitest';
import { FILING_VERIFY_CODES, verifyStepOutcomes } from './codes';
import { manifestSchema } from './schemas';

const hash = 'a'.repeat(64);
const file = (path: string) => ({ path, size: 1, sha256: hash, sm3: hash });
const valid = {
  format: 'denggao-filing-package',
  formatVersion: 1,
  generator: { name: 'Denggao', version: '0.1.0' },
  packageId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  enterprise: { name: '示例集团有限公司', uscc: '91110000100000000R' },
  period: '2025-Q3',
  createdAt: '2025-06-30T08:00:00.000+08:00',
  catalogs: [{ id: 'gbt22239-2019', version: '1' }],
  files: [file('data/workspace.json'), file('signatures/signer.pem'), file('signatures/signer.sm2.pem')],
};

function failingPaths(input: unknown): string[] {
  const parsed = manifestSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
}

describe('manifestSchema', () => {
  it('accepts the example manifest', () => {
    expect(failingPaths(valid)).toEqual([]);
  });

  it.each([
    ['an unknown field', { ...valid, extra: 1 }, ''],
    ['another format', { ...valid, format: 'zip' }, 'format'],
    [
      'a malformed USCC (I and O are not in its alphabet)',
      { ...valid, enterprise: { name: 'x', uscc: '9111000010000000IO' } },
      'enterprise.uscc',
    ],
    ['a period that is not a year, half, quarter or month', { ...valid, period: '2025-13' }, 'period'],
    ['a time without offset', { ...valid, createdAt: '2025-06-30 08:00' }, 'createdAt'],
    ['a package id that is not a UUID', { ...valid, packageId: '42' }, 'packageId'],
    ['an uppercase hash', { ...valid, files: [...valid.files, { ...file('attachments/x'), sha256: 'A'.repeat(64) }] }, 'files.3.sha256'],
    ['a negative size', { ...valid, files: [...valid.files, { ...file('attachments/x'), size: -1 }] }, 'files.3.size'],
    ['a path outside the listable areas', { ...valid, files: [...valid.files, file('manifest.json')] }, 'files.3.path'],
    ['a duplicate path', { ...valid, files: [...valid.files, file('data/workspace.json')] }, 'files.3.path'],
    ['a missing key file', { ...valid, files: valid.files.slice(0, 2) }, 'files'],
    ['a duplicate catalog', { ...valid, catalogs: [...valid.catalogs, ...valid.catalogs] }, 'catalogs.1.id'],
  ])('rejects %s', (_label, input, path) => {
    expect(failingPaths(input)).toContain(path);
  });
});

describe('verifyStepOutcomes', () => {
  it('puts each verify code in one step only', () => {
    expect(new Set(FILING_VERIFY_CODES).size).toBe(FILING_VERIFY_CODES.length);
  });

  it.each([
    // structure, manifest, files, audit, cms, sm2, signer
    [[], ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']],
    [['filing.verify.signerUntrusted'], ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']],
    [['filing.verify.auditChainBroken'], ['pass', 'pass', 'pass', 'fail', 'pass', 'pass', 'pass']],
    [
      ['filing.verify.sha256Mismatch', 'filing.verify.cmsInvalid', 'filing.verify.sm2Invalid'],
      ['pass', 'pass', 'fail', 'pass', 'fail', 'fail', 'pass'],
    ],
    // A structure failure stops verification: nothing after it ran.
    [['filing.verify.unsafePath'], ['fail', 'notRun', 'notRun', 'notRun', 'notRun', 'notRun', 'notRun']],
    // A member that could not be read is reported in the same pass as the later checks.
    [
      ['filing.verify.corruptEntry', 'filing.verify.cmsMissing'],
      ['fail', 'pass', 'pass', 'pass', 'fail', 'pass', 'pass'],
    ],
  ])('%j → %j', (codes, outcomes) => {
    expect(verifyStepOutcomes(codes).map((o) => o.outcome)).toEqual(outcomes);
  });

  it('says the audit step had nothing to check when the manifest lists no audit log', () => {
    const audit = (files: string[]) =>
      verifyStepOutcomes([], { files: files.map((path) => ({ path })) }).find((o) => o.step === 'audit')?.outcome;
    expect(audit(['data/workspace.json', 'audit/log.json'])).toBe('pass');
    expect(audit(['data/workspace.json'])).toBe('absent');
  });
});
