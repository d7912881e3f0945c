import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';
import { cli as runCliIn } from '../../test/support/cli';

const fixture = path.resolve(__dirname, '../../test/fixtures/profile.json');
const PASSPHRASE = 'cli-passphrase-1';
const root = path.resolve(__dirname, '../..');

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = { DENGGAO_PASSPHRASE: PASSPHRASE }) => runCliIn(args, cwd, env);

describe('denggao keygen / package / filings / consolidated', () => {
  let dir: string;
  beforeAll(async () => {
    dir = makeTempDir('denggao-cli-filing-');
    // The sender's workspace has a profile; its USCC names the keys.
    expect((await cli(['profile', 'set', '--file', fixture, '--data-dir', 'sender'], dir)).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keygen makes keys from DENGGAO_PASSPHRASE; exits 2 with no passphrase and no terminal to ask on', async () => {
    const noPassphrase = await cli(
      ['keygen', '--out', 'nokeys', '--name', '中国示例能源集团有限公司', '--uscc', '91110000100017643K', '--data-dir', 'sender'],
      dir,
      {},
    );
    expect(noPassphrase.code).toBe(2);
    expect(noPassphrase.stderr).toContain('DENGGAO_PASSPHRASE');
    expect(fs.existsSync(path.join(dir, 'nokeys'))).toBe(false);

    const made = await cli(
      ['keygen', '--out', 'keys', '--name', '中国示例能源集团有限公司', '--uscc', '91110000100017643K', '--data-dir', 'sender', '--json'],
      dir,
    );
    expect(made.code).toBe(0);
    const info = JSON.parse(made.stdout);
    expect(info.signer.subject).toContain('91110000100017643K');
    expect(fs.readdirSync(path.join(dir, 'keys')).sort()).toEqual(['signer.key.json', 'signer.pem', 'signer.sm2.pem']);
    expect((await cli(['keygen', '--out', 'keys', '--name', 'x', '--uscc', '91110000100017643K', '--data-dir', 'sender'], dir)).code).toBe(
      1,
    );
  });

  it('exports a package; verify exits 1 for an untrusted signer and 0 with --trust, as JSON', async () => {
    const exported = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'keys',
        '--out',
        'f.dgpkg',
        '--include',
        'profile',
        '--period',
        '2025-H1',
        '--data-dir',
        'sender',
        '--json',
      ],
      dir,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).files).toBe(4); // data, audit log, signer certificate and SM2 key

    const untrusted = await cli(['package', 'verify', 'f.dgpkg', '--json', '--data-dir', 'receiver'], dir);
    expect(untrusted.code).toBe(1);
    const refused = JSON.parse(untrusted.stdout);
    expect(refused.valid).toBe(false);
    expect(refused.errors).toEqual([
      { code: 'filing.verify.signerUntrusted', file: 'signatures/signer.pem', message: expect.stringContaining('信任列表') },
    ]);

    const trusted = await cli(['package', 'verify', 'f.dgpkg', '--trust', 'keys/signer.pem', '--json', '--data-dir', 'receiver'], dir);
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.stdout)).toMatchObject({
      valid: true,
      errors: [],
      manifest: { period: '2025-H1', enterprise: { uscc: '91110000100017643K' } },
    });
  });

  it('leaves the audit log out with --no-audit-log; the package still verifies, listing no log', async () => {
    const exported = await cli(
      [
        'package',
        'export',
        '--key-dir',
        'keys',
        '--out',
        'no-log.dgpkg',
        '--include',
        'profile',
        '--no-audit-log',
        '--period',
        '2025-H1',
        '--data-dir',
        'sender',
        '--json',
      ],
      dir,
    );
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).files).toBe(3); // data, signer certificate and SM2 key
    const verified = await cli(
      ['package', 'verify', 'no-log.dgpkg', '--trust', 'keys/signer.pem', '--json', '--data-dir', 'receiver'],
      dir,
    );
    expect(verified.code).toBe(0);
    const { manifest } = JSON.parse(verified.stdout) as { manifest: { files: Array<{ path: string }> } };
    expect(manifest.files.map((file) => file.path)).toEqual(['data/workspace.json', 'signatures/signer.pem', 'signatures/signer.sm2.pem']);
  });

  it('names every problem of a tampered package with its code and file (exit 1)', async () => {
    const tampered = path.join(dir, 'tampered.dgpkg');
    const bytes = fs.readFileSync(path.join(dir, 'f.dgpkg'));
    // The data JSON is deflated first in the archive: flip a byte inside it.
    bytes[200] = bytes[200]! ^ 0xff;
    fs.writeFileSync(tampered, bytes);
    const result = await cli(
      ['package', 'verify', tampered, '--trust', 'keys/signer.pem', '--json', '--lang', 'en-US', '--data-dir', 'receiver'],
      dir,
    );
    expect(result.code).toBe(1);
    const { valid, errors } = JSON.parse(result.stdout) as {
      valid: boolean;
      errors: Array<{ code: string; file?: string; message: string }>;
    };
    expect(valid).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code.startsWith('filing.verify.') && e.message.length > 0)).toBe(true);
    expect(errors.some((e) => e.file === 'data/workspace.json')).toBe(true);
    const missing = await cli(['package', 'verify', 'nope.dgpkg', '--json', '--data-dir', 'receiver'], dir);
    expect([missing.code, JSON.parse(missing.stdout).errors[0].code]).toEqual([1, 'filing.verify.notZip']);
  });

  it('imports into the receiving workspace only what verifies, refuses a replay, then lists and consolidates', async () => {
    const untrusted = await cli(['package', 'import', 'f.dgpkg', '--data-dir', 'receiver', '--json'], dir);
    expect(untrusted.code).toBe(1);
    expect(JSON.parse(untrusted.stdout).error.code).toBe('filing.import.notVerified');

    expect((await cli(['trust', 'add', 'keys/signer.pem', '--label', '示例能源', '--data-dir', 'receiver'], dir)).code).toBe(0);
    const imported = await cli(['package', 'import', 'f.dgpkg', '--data-dir', 'receiver'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('中国示例能源集团有限公司');
    const replay = await cli(['package', 'import', 'f.dgpkg', '--data-dir', 'receiver'], dir);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toContain('filing.import.replay');

    const filings = JSON.parse((await cli(['filings', 'list', '--json', '--data-dir', 'receiver'], dir)).stdout);
    expect(filings.map((f: { period: string; current: boolean }) => [f.period, f.current])).toEqual([['2025-H1', true]]);
    const view = await cli(['consolidated', '--json', '--data-dir', 'receiver'], dir);
    expect(view.code).toBe(0);
    expect(JSON.parse(view.stdout).enterprises).toHaveLength(1);
    expect((await cli(['consolidated', '--data-dir', 'receiver'], dir)).stdout).toContain('enterprises: 1');
  });

  it('the installed command refuses to prompt without a terminal (exit 2) and verifies with exit codes 0 and 1', () => {
    execFileSync('node', ['scripts/build-main.mjs'], { cwd: root });
    const bin = path.join(root, 'bin/denggao.cjs');
    const env = { ...process.env, DENGGAO_PASSPHRASE: '' };
    const keygen = spawnSync(
      'node',
      [bin, 'keygen', '--out', path.join(dir, 'k3'), '--name', 'x', '--uscc', '91110000100017643K', '--data-dir', path.join(dir, 'sender')],
      { env, encoding: 'utf8', input: '' },
    );
    expect(keygen.status).toBe(2);
    const verify = (...trust: string[]) =>
      spawnSync(
        'node',
        [bin, 'package', 'verify', path.join(dir, 'f.dgpkg'), ...trust, '--json', '--data-dir', path.join(dir, 'elsewhere')],
        { encoding: 'utf8' },
      );
    expect(verify().status).toBe(1);
    const ok = verify('--trust', path.join(dir, 'keys/signer.pem'));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).valid).toBe(true);
  });
});
