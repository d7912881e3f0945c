/**
 * The roll-up from the command line, as others script it: a unit files; the group returns it with a reason;
 * the unit amends; the group accepts the amendment and receipts it; the group rolls up the period with
 * `package export --include-filings`; the top receiver, which trusts only the group, verifies both levels
 * (`package verify --json` → inner), imports, and drills down with `consolidated --parent`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';
import { cli as runCliIn } from '../../test/support/cli';

const fixture = path.resolve(__dirname, '../../test/fixtures/profile.json');
const PASSPHRASE = 'cli-rollup-passphrase';
const base = JSON.parse(fs.readFileSync(fixture, 'utf8')) as Record<string, unknown> & {
  name: string;
  uscc: string;
  group: { name: string; uscc: string };
};
const TOP = { name: '国务院国资委示例', uscc: '91110000100000000R' };

const cli = (args: string[], cwd: string) => runCliIn(args, cwd, { DENGGAO_PASSPHRASE: PASSPHRASE });
const json = <T = Record<string, unknown>>(result: { stdout: string }) => JSON.parse(result.stdout) as T;

describe('denggao package export --include-filings / package verify --json inner / consolidated --parent', () => {
  let dir: string;
  let amendedId: string;

  beforeAll(async () => {
    dir = makeTempDir('denggao-cli-rollup-');
    const write = (name: string, profile: object) => fs.writeFileSync(path.join(dir, name), JSON.stringify(profile));
    write('group.json', { ...base, name: base.group.name, uscc: base.group.uscc, role: 'headquarters', group: { name: '', uscc: '' } });
    write('top.json', { ...base, ...TOP, role: 'headquarters', group: { name: '', uscc: '' } });
    for (const [side, file, name, uscc] of [
      ['unit', fixture, base.name, base.uscc],
      ['group', 'group.json', base.group.name, base.group.uscc],
      ['top', 'top.json', TOP.name, TOP.uscc],
    ] as const) {
      expect((await cli(['profile', 'set', '--file', file, '--data-dir', side], dir)).code).toBe(0);
      expect((await cli(['keygen', '--out', `${side}-keys`, '--name', name, '--uscc', uscc, '--data-dir', side], dir)).code).toBe(0);
    }
    expect((await cli(['trust', 'add', 'unit-keys/signer.pem', '--data-dir', 'group'], dir)).code).toBe(0);
    expect((await cli(['trust', 'add', 'group-keys/signer.pem', '--data-dir', 'unit'], dir)).code).toBe(0);
    expect((await cli(['trust', 'add', 'group-keys/signer.pem', '--data-dir', 'top'], dir)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the unit files, the group returns it, the unit amends, the group accepts and receipts the amendment', async () => {
    const first = json<{ packageId: string }>(
      await cli(
        ['package', 'export', '--key-dir', 'unit-keys', '--out', 'first.dgpkg', '--period', '2025', '--data-dir', 'unit', '--json'],
        dir,
      ),
    );
    const imported = json<{ filing: { id: string } }>(
      await cli(['package', 'import', 'first.dgpkg', '--data-dir', 'group', '--json'], dir),
    );
    const returned = await cli(
      [
        'filings',
        'return',
        imported.filing.id,
        '--reason',
        'general:请补充盖章扫描件',
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
    expect((await cli(['receipt', 'import', 'returned.dgrcpt', '--data-dir', 'unit'], dir)).stdout).toContain('returned');

    // Nothing accepted yet: the group has nothing to roll up, and no file is written.
    const early = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'group-keys',
        '--out',
        'early.dgpkg',
        '--period',
        '2025',
        '--include-filings',
        '--data-dir',
        'group',
        '--json',
      ],
      dir,
    );
    expect([early.code, json<{ error: { code: string } }>(early).error.code]).toEqual([1, 'filing.rollup.nothingAccepted']);
    expect(fs.existsSync(path.join(dir, 'early.dgpkg'))).toBe(false);

    amendedId = json<{ packageId: string }>(
      await cli(
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
          first.packageId,
          '--data-dir',
          'unit',
          '--json',
        ],
        dir,
      ),
    ).packageId;
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
    expect(json(accepted)).toMatchObject({ filing: { status: 'accepted' }, receipt: { result: 'accepted' } });
  });

  it('the group rolls up; the top receiver verifies both levels, imports and drills down', async () => {
    const rollup = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'group-keys',
        '--out',
        'group.dgpkg',
        '--period',
        '2025',
        '--include-filings',
        '--data-dir',
        'group',
        '--json',
      ],
      dir,
    );
    expect(rollup.code).toBe(0);

    const verify = await cli(['package', 'verify', 'group.dgpkg', '--json', '--data-dir', 'top'], dir);
    expect(verify.code).toBe(0);
    // Only the accepted amendment travels, not the returned original.
    expect(json<{ valid: boolean; inner: unknown[] }>(verify)).toMatchObject({
      valid: true,
      inner: [
        {
          path: `filings/${amendedId}.dgpkg`,
          valid: true,
          enterprise: { name: base.name, uscc: base.uscc },
          packageId: amendedId,
          tier: 1,
          errors: [],
        },
      ],
    });
    const human = await cli(['package', 'verify', 'group.dgpkg', '--data-dir', 'top'], dir);
    expect(human.stdout).toContain(`valid   filings/${amendedId}.dgpkg: ${base.name} (${base.uscc})`);

    // A receiver that does not trust the group checks nothing inside.
    const stranger = await cli(['package', 'verify', 'group.dgpkg', '--json', '--data-dir', 'unit-only'], dir);
    expect(stranger.code).toBe(1);
    expect(json<{ inner: Array<{ errors: Array<{ code: string }> }> }>(stranger).inner[0]!.errors.map((error) => error.code)).toEqual([
      'filing.rollup.notChecked',
    ]);

    const imported = json<{ filing: { id: string } }>(await cli(['package', 'import', 'group.dgpkg', '--data-dir', 'top', '--json'], dir));
    const top = await cli(['consolidated', '--period', '2025', '--data-dir', 'top'], dir);
    expect(top.stdout).toContain(`${base.group.name} (${base.group.uscc}): grade`);
    expect(top.stdout).toContain(`carries 1 (--parent ${imported.filing.id})`);
    const drilled = await cli(['consolidated', '--period', '2025', '--parent', imported.filing.id, '--data-dir', 'top', '--json'], dir);
    expect(
      json<{ trail: Array<{ enterprise: { uscc: string } }>; enterprises: Array<{ filing: { packageId: string; parentId: string } }> }>(
        drilled,
      ),
    ).toMatchObject({
      trail: [{ enterprise: { uscc: base.group.uscc } }],
      enterprises: [{ filing: { packageId: amendedId, parentId: imported.filing.id } }],
    });
  });
});
