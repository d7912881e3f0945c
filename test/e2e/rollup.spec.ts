/**
 * Tier-by-tier roll-up, end to end. A unit and its group are two workspaces driven through the `denggao`
 * command (the unit files; the group returns it with a reason; the unit amends; the group accepts and
 * receipts the amendment; the group rolls up the period with --include-filings) — receipts.spec.ts drives
 * those steps through the page. The page's workspace is the top receiver (SASAC): it trusts only the group,
 * verifies both levels, imports the roll-up and drills down group → unit, each row naming its package.
 *
 * Named to run after receipts.spec.ts on the shared workspace; its enterprises and period are its own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callBackend } from './support';

test.describe.configure({ mode: 'serial' });

const PASSPHRASE = '汇总口令 2026!';
const PERIOD = '2026-Q4';
const base = JSON.parse(fs.readFileSync(new URL('../fixtures/profile.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const GROUP = { name: '示例能源华东集团有限公司', uscc: '91310000MA1FL0000N' };
const UNIT = { name: '示例能源华南有限公司', uscc: '91440000MA1FL0000R' };
const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/denggao.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-e2e-rollup-'));
let amendedPackageId: string;
let rollupPackage: string;

/** `denggao ARGS --data-dir SIDE --json` in the work folder; its JSON output (a failing step throws). */
function denggao<T = Record<string, unknown>>(side: 'unit' | 'group', ...args: string[]): T {
  const stdout = execFileSync(process.execPath, [bin, ...args, '--data-dir', side, '--json'], {
    cwd: work,
    env: { ...process.env, DENGGAO_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as T;
}

test.beforeAll(() => {
  test.setTimeout(300_000); // two key pairs (scrypt) through the command line
  fs.writeFileSync(path.join(work, 'unit.json'), JSON.stringify({ ...base, ...UNIT, role: 'subsidiary', group: GROUP }));
  fs.writeFileSync(
    path.join(work, 'group.json'),
    JSON.stringify({ ...base, ...GROUP, role: 'headquarters', group: { name: '', uscc: '' } }),
  );
  for (const [side, who] of [
    ['unit', UNIT],
    ['group', GROUP],
  ] as const) {
    denggao(side, 'profile', 'set', '--file', `${side}.json`);
    denggao(side, 'keygen', '--out', `${side}-keys`, '--name', who.name, '--uscc', who.uscc);
  }
  denggao('group', 'trust', 'add', 'unit-keys/signer.pem');
  denggao('unit', 'trust', 'add', 'group-keys/signer.pem');
});
test.afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('a unit files, the group returns it with a reason, the unit amends, the group accepts, receipts it and rolls up', () => {
  test.setTimeout(300_000); // nine commands, each starting a workspace
  const first = denggao<{ packageId: string }>(
    'unit',
    'package',
    'export',
    '--key-dir',
    'unit-keys',
    '--out',
    'first.dgpkg',
    '--period',
    PERIOD,
  );
  const imported = denggao<{ filing: { id: string } }>('group', 'package', 'import', 'first.dgpkg');
  const returned = denggao<{ result: string }>(
    'group',
    'filings',
    'return',
    imported.filing.id,
    '--reason',
    'general:请补充盖章扫描件',
    '--receipt-out',
    'returned.dgrcpt',
    '--key-dir',
    'group-keys',
  );
  expect(returned.result).toBe('returned');
  expect(denggao<{ state: string }>('unit', 'receipt', 'import', 'returned.dgrcpt').state).toBe('returned');

  amendedPackageId = denggao<{ packageId: string }>(
    'unit',
    'package',
    'export',
    '--key-dir',
    'unit-keys',
    '--out',
    'amended.dgpkg',
    '--period',
    PERIOD,
    '--amends',
    first.packageId,
  ).packageId;
  const accepted = denggao<{ filing: { status: string }; receipt: { result: string } }>(
    'group',
    'package',
    'import',
    'amended.dgpkg',
    '--receipt-out',
    'accepted.dgrcpt',
    '--key-dir',
    'group-keys',
  );
  expect([accepted.filing.status, accepted.receipt.result]).toEqual(['accepted', 'accepted']);
  expect(denggao<{ state: string }>('unit', 'receipt', 'import', 'accepted.dgrcpt').state).toBe('accepted');

  rollupPackage = denggao<{ path: string }>(
    'group',
    'package',
    'export',
    '--key-dir',
    'group-keys',
    '--out',
    'group-rollup.dgpkg',
    '--period',
    PERIOD,
    '--include-filings',
  ).path;
  expect(fs.existsSync(rollupPackage)).toBe(true);
});

test('the top receiver, trusting only the group, verifies both levels on the page', async ({ page }) => {
  // The group's certificate, handed over out of band, is the setting (filing.spec.ts drives the trust list).
  await callBackend(page, 'filing.trust.add', {
    pem: fs.readFileSync(path.join(work, 'group-keys', 'signer.pem'), 'utf8'),
    label: '华东集团',
  });
  await page.goto('./#/receiver?tab=verify');
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(rollupPackage);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('验证通过：备案包完整，签名有效，签名者受信任。')).toBeVisible();
  const carried = page.getByRole('region', { name: '携带的下级备案包（逐级验证）' });
  const row = carried.getByTestId('carried-package');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${UNIT.name}（${UNIT.uscc}）`);
  await expect(row).toContainText(`filings/${amendedPackageId}.dgpkg`);
  await expect(row).toContainText('通过');
});

test('it imports the roll-up and drills down group → unit, each row naming its package', async ({ page }) => {
  await page.goto('./#/receiver?tab=import');
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(rollupPackage);
  await page.getByRole('button', { name: '验证并导入' }).click();
  await expect(page.getByText(`已导入：${GROUP.name}，期间 ${PERIOD}。`)).toBeVisible();

  await page.goto('./#/receiver?tab=consolidated');
  await page.getByLabel('期间').first().selectOption(PERIOD); // the analysis tab has period fields of its own
  const groupRow = page.getByRole('row').filter({ hasText: GROUP.name });
  await expect(groupRow).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: UNIT.name })).toHaveCount(0);
  await groupRow.getByRole('button', { name: `下钻（1 家） ${GROUP.name}` }).click();

  const trail = page.getByRole('navigation', { name: '汇总层级' });
  await expect(trail.getByRole('button', { name: GROUP.name })).toHaveAttribute('aria-current', 'page');
  const unitRow = page.getByRole('row').filter({ hasText: UNIT.name });
  await expect(unitRow).toHaveCount(1);
  await expect(unitRow).toContainText(amendedPackageId);
  await trail.getByRole('button', { name: '直接报送的单位' }).click();
  await expect(page.getByRole('row').filter({ hasText: GROUP.name })).toHaveCount(1);
});
