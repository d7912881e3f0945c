/**
 * The filing chain from the command line, as others script it: a unit files; the group returns the filing
 * with a reason in a signed receipt; the unit verifies and imports the receipt; it amends; the group accepts
 * the amendment on import with a receipt; the unit sees "accepted" with the accession number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';
import { cli as runCliIn } from '../../test/support/cli';

const fixture = path.resolve(__dirname, '../../test/fixtures/profile.json');
const PASSPHRASE = 'cli-chain-passphrase';
const unit = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { name: string; uscc: string; group: { name: string; uscc: string } };

const cli = (args: string[], cwd: string) => runCliIn(args, cwd, { DENGGAO_PASSPHRASE: PASSPHRASE });
const json = <T = Record<string, unknown>>(result: { stdout: string }) => JSON.parse(result.stdout) as T;

describe('denggao filings return / receipt verify / receipt import / package export --amends', () => {
  let dir: string;
  let filingId: string;
  let packageId: string;

  beforeAll(async () => {
    dir = makeTempDir('denggao-cli-chain-');
    const groupProfile = path.join(dir, 'group.json');
    fs.writeFileSync(
      groupProfile,
      JSON.stringify({ ...unit, name: unit.group.name, uscc: unit.group.uscc, role: 'headquarters', group: { name: '', uscc: '' } }),
    );
    expect((await cli(['profile', 'set', '--file', fixture, '--data-dir', 'unit'], dir)).code).toBe(0);
    expect((await cli(['profile', 'set', '--file', groupProfile, '--data-dir', 'group'], dir)).code).toBe(0);
    expect((await cli(['keygen', '--out', 'unit-keys', '--name', unit.name, '--uscc', unit.uscc, '--data-dir', 'unit'], dir)).code).toBe(0);
    expect(
      (await cli(['keygen', '--out', 'group-keys', '--name', unit.group.name, '--uscc', unit.group.uscc, '--data-dir', 'group'], dir)).code,
    ).toBe(0);
    expect((await cli(['trust', 'add', 'unit-keys/signer.pem', '--data-dir', 'group'], dir)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the group returns an imported filing with a reason per section, in a signed receipt', async () => {
    const exported = await cli(
      ['package', 'export', '--key-dir', 'unit-keys', '--out', 'first.dgpkg', '--period', '2025', '--data-dir', 'unit', '--json'],
      dir,
    );
    expect(exported.code).toBe(0);
    packageId = json<{ packageId: string }>(exported).packageId;
    const imported = await cli(['package', 'import', 'first.dgpkg', '--data-dir', 'group', '--json'], dir);
    expect(imported.code).toBe(0);
    filingId = json<{ filing: { id: string } }>(imported).filing.id;

    const usage = await cli(
      [
        'filings',
        'return',
        filingId,
        '--reason',
        'no-colon',
        '--receipt-out',
        'r.dgrcpt',
        '--key-dir',
        'group-keys',
        '--data-dir',
        'group',
      ],
      dir,
    );
    expect(usage.code).toBe(2);
    const unknown = await cli(
      [
        'filings',
        'return',
        filingId,
        '--reason',
        'nosuchsection:x',
        '--receipt-out',
        'r.dgrcpt',
        '--key-dir',
        'group-keys',
        '--data-dir',
        'group',
        '--json',
      ],
      dir,
    );
    expect([unknown.code, json<{ error: { code: string } }>(unknown).error.code]).toEqual([1, 'filing.decide.unknownSection']);
    expect(fs.existsSync(path.join(dir, 'r.dgrcpt'))).toBe(false);

    const returned = await cli(
      [
        'filings',
        'return',
        filingId,
        '--reason',
        'profile:联系人电话缺区号',
        '--reason',
        'general:请附盖章扫描件',
        '--receipt-out',
        'returned.dgrcpt',
        '--key-dir',
        'group-keys',
        '--data-dir',
        'group',
      ],
      dir,
    );
    expect(returned.code).toBe(0);
    expect(returned.stdout).toMatch(new RegExp(`receipt: returned, accession number ${unit.group.uscc}-\\d{4}-000001`));
    expect(returned.stdout).toContain('profile: 联系人电话缺区号');
  });

  it('receipt verify --json gives valid, result, accession number, package id and errors; untrusted exits 1', async () => {
    const trusted = await cli(
      ['receipt', 'verify', 'returned.dgrcpt', '--trust', 'group-keys/signer.pem', '--json', '--data-dir', 'unit'],
      dir,
    );
    expect(trusted.code).toBe(0);
    expect(json(trusted)).toEqual({
      valid: true,
      result: 'returned',
      accessionNumber: expect.stringMatching(/-000001$/),
      packageId,
      errors: [],
    });
    const untrusted = await cli(['receipt', 'verify', 'returned.dgrcpt', '--json', '--data-dir', 'unit'], dir);
    expect(untrusted.code).toBe(1);
    expect(json<{ errors: Array<{ code: string }> }>(untrusted).errors.map((error) => error.code)).toEqual([
      'filing.verify.signerUntrusted',
    ]);
  });

  it('the unit imports the receipt only from a trusted receiver, and sees the package returned', async () => {
    const refused = await cli(['receipt', 'import', 'returned.dgrcpt', '--data-dir', 'unit', '--json'], dir);
    expect([refused.code, json<{ error: { code: string } }>(refused).error.code]).toEqual([1, 'filing.receipt.notVerified']);
    expect(
      json<Array<{ state: string }>>(await cli(['sent', 'list', '--json', '--data-dir', 'unit'], dir)).map((sent) => sent.state),
    ).toEqual(['sent']);

    expect((await cli(['trust', 'add', 'group-keys/signer.pem', '--data-dir', 'unit'], dir)).code).toBe(0);
    const imported = await cli(['receipt', 'import', 'returned.dgrcpt', '--data-dir', 'unit'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`${packageId}  2025     returned`);
    expect(imported.stdout).toContain('general: 请附盖章扫描件');
  });

  it('the unit amends; the group accepts the amendment on import with a receipt; the unit sees it accepted', async () => {
    const stray = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'unit-keys',
        '--out',
        'stray.dgpkg',
        '--period',
        '2026',
        '--amends',
        packageId,
        '--data-dir',
        'unit',
        '--json',
      ],
      dir,
    );
    expect([stray.code, json<{ error: { code: string } }>(stray).error.code]).toEqual([1, 'filing.export.amendsOtherPeriod']);
    expect(fs.existsSync(path.join(dir, 'stray.dgpkg'))).toBe(false);

    const amended = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'unit-keys',
        '--out',
        'amended.dgpkg',
        '--period',
        '2025',
        '--amends',
        packageId,
        '--data-dir',
        'unit',
        '--json',
      ],
      dir,
    );
    expect(amended.code).toBe(0);
    const accepted = await cli(
      [
        'package',
        'import',
        'amended.dgpkg',
        '--receipt-out',
        'accepted.dgrcpt',
        '--key-dir',
        'group-keys',
        '--data-dir',
        'group',
        '--json',
      ],
      dir,
    );
    expect(accepted.code).toBe(0);
    const { filing, receipt } = json<{ filing: { status: string; amends: string }; receipt: { result: string; accessionNumber: string } }>(
      accepted,
    );
    expect(filing).toMatchObject({ status: 'accepted', amends: packageId });
    expect(receipt.accessionNumber).toMatch(/-000002$/);

    const filings = json<Array<{ packageId: string; status: string; current: boolean }>>(
      await cli(['filings', 'list', '--json', '--data-dir', 'group'], dir),
    );
    expect(filings.find((f) => f.packageId === packageId)).toMatchObject({ status: 'returned', current: false });

    const imported = await cli(['receipt', 'import', 'accepted.dgrcpt', '--data-dir', 'unit', '--json'], dir);
    expect(imported.code).toBe(0);
    expect(json(imported)).toMatchObject({ state: 'accepted', amends: packageId, receipt: { accessionNumber: receipt.accessionNumber } });
  });

  it('filings review records a reviewed grade; a filing that is not imported is refused', async () => {
    const missing = await cli(['filings', 'review', 'no-such-filing', '--grade', 'B', '--data-dir', 'group', '--json'], dir);
    expect([missing.code, json<{ error: { code: string } }>(missing).error.code]).toEqual([1, 'filing.review.notImported']);
    const reviewed = await cli(['filings', 'review', filingId, '--grade', 'D', '--notes', '退回前的初评', '--data-dir', 'group'], dir);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toContain('reviewed grade D');
  });
});
