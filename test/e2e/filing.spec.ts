/**
 * The filing package end to end in the real renderer: the enterprise makes keys and exports a signed
 * package; then the same workspace acts as the receiver (a group headquarters would run its own): it
 * verifies the package, trusts the signer's certificate, imports it and sees it in the consolidated view.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FULL_ANSWERS, filingData } from '../fixtures/filing-data';
import { saveDownload as saveDownloadTo, HEADQUARTERS_PROFILE, nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

const profile = HEADQUARTERS_PROFILE;
const PASSPHRASE = '备案口令 2025!';
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-e2e-filing-'));
let packageFile: string;
let certificateFile: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  // The enterprise's real data — an assessment, a plan, graded objects with a gap assessment, software
  // registers — so the receiver's view below shows what the domains computed, not "not filed".
  const data = filingData({
    name: profile.name,
    uscc: profile.uscc,
    year: 2025,
    answers: FULL_ANSWERS,
    targetGrade: 'A',
    milestones: ['done', 'inProgress'],
    objects: [
      { level: 3, filed: true, gap: 'compliant' },
      { level: 2, filed: false },
    ],
    installs: 12,
    seatsBought: 10,
  });
  await resetWorkspace(page, { ...data, profile });
  await page.close();
});
test.afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));

const saveDownload = (page: Page, click: () => Promise<void>, name: string) => saveDownloadTo(page, click, downloads, name);

test('generate signing keys: the passphrase twice, then the certificate and its fingerprints', async ({ page }) => {
  await page.goto('./');
  await nav(page, '报送备案').click();
  await expect(page.getByRole('heading', { name: '报送备案包' })).toBeVisible();
  const generate = page.getByRole('group', { name: '生成签名密钥' });
  await generate.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await generate.getByLabel('再次输入口令').fill('另一个口令 2025!');
  await generate.getByRole('button', { name: '生成密钥' }).click();
  await expect(generate.getByRole('alert')).toHaveText('两次输入的口令不一致');

  await generate.getByLabel('再次输入口令').fill(PASSPHRASE);
  await generate.getByRole('button', { name: '生成密钥' }).click();
  const keys = page.getByRole('group', { name: '当前签名密钥' });
  await expect(keys).toContainText(profile.name);
  await expect(keys).toContainText(profile.uscc);
  await expect(page.getByTestId('certificate-fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  certificateFile = await saveDownload(page, () => keys.getByRole('button', { name: '导出证书（交给接收方）' }).click(), 'signer.pem');
  expect(fs.readFileSync(certificateFile, 'utf8')).toContain('-----BEGIN CERTIFICATE-----');
});

test('export a package: choose, see the manifest, a wrong passphrase is refused at its field, sign, save', async ({ page }) => {
  await page.goto('./#/filing?tab=export');
  await page.getByLabel('报送期间').fill('2025');
  await expect(page.getByRole('checkbox', { name: '企业基本信息' })).toBeChecked();
  // Leaving a section out while filing the audit log: the wizard says the log still holds that section's changes.
  await expect(page.getByRole('checkbox', { name: '同时报送审计日志（数据的修改历史）' })).toBeChecked();
  await page.getByRole('checkbox', { name: '软件资产' }).uncheck();
  await expect(page.getByRole('note')).toContainText('审计日志记录每次修改的内容，其中也包括未勾选的数据部分');
  await page.getByRole('checkbox', { name: '软件资产' }).check();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('button', { name: '下一步：查看清单' }).click();
  const manifest = page.getByRole('region', { name: '2. 查看清单' });
  await expect(manifest).toContainText(`${profile.name}（${profile.uscc}），期间 2025`);
  await expect(manifest.getByRole('cell', { name: 'data/workspace.json' })).toBeVisible();
  await expect(manifest.getByRole('cell', { name: 'audit/log.json' })).toBeVisible();
  await expect(manifest.getByRole('cell', { name: 'signatures/signer.pem' })).toBeVisible();
  await page.getByRole('button', { name: '下一步：签名' }).click();

  await page.getByLabel('口令', { exact: true }).fill('错误的口令 123');
  await page.getByRole('button', { name: '签名并生成备案包' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('口令', { exact: true }) }).getByRole('alert')).toContainText('口令错误');

  await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '签名并生成备案包' }).click();
  await expect(page.getByText(/备案包已生成：4 个文件/)).toBeVisible();
  packageFile = await saveDownload(page, () => page.getByRole('button', { name: '保存备案包' }).click(), 'filing.dgpkg');
  expect(fs.readFileSync(packageFile).subarray(0, 2).toString()).toBe('PK');
});

test('verify it as a receiver: every check passes but trust, until the certificate is in the trust list', async ({ page }) => {
  await page.goto('./');
  await nav(page, '接收与汇总').click();
  await page.getByRole('tab', { name: '验证备案包' }).click();
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(packageFile);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('验证未通过：发现 1 个问题。')).toBeVisible();
  const checks = page.locator('.checks');
  for (const step of ['structure', 'manifest', 'files', 'audit', 'cms', 'sm2'])
    await expect(checks.locator(`[data-step="${step}"]`)).toContainText('通过');
  await expect(checks.locator('[data-step="signer"]')).toContainText('未通过');
  await expect(page.getByRole('cell', { name: /不在信任列表中/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'signatures/signer.pem' })).toBeVisible();

  await page.getByRole('tab', { name: '信任列表' }).click();
  await expect(page.getByText('信任列表为空')).toBeVisible();
  await page.getByLabel('证书文件（PEM 或 DER）').setInputFiles(certificateFile);
  await page.getByLabel('备注名称').fill('示例能源集团');
  await page.getByRole('button', { name: '添加到信任列表' }).click();
  await expect(page.getByRole('cell', { name: '示例能源集团', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '签名者证书（按指纹固定）' })).toBeVisible();

  await page.getByRole('tab', { name: '验证备案包' }).click();
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(packageFile);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('验证通过：备案包完整，签名有效，签名者受信任。')).toBeVisible();
  await expect(page.locator('.checks__item--fail')).toHaveCount(0);
});

test('import it (a second import is refused as a replay) and see it in the consolidated view, with a drill-down', async ({ page }) => {
  await page.goto('./#/receiver?tab=import');
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(packageFile);
  await page.getByRole('button', { name: '验证并导入' }).click();
  await expect(page.getByText(`已导入：${profile.name}，期间 2025。`)).toBeVisible();

  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(packageFile);
  await page.getByRole('button', { name: '验证并导入' }).click();
  await expect(page.getByRole('alert')).toContainText('不会重复导入');

  await page.getByRole('tab', { name: '汇总视图' }).click();
  const row = page.getByRole('row', { name: new RegExp(profile.name) });
  await expect(row).toContainText('2025');
  // Assessed grade A, targeting A; 10 of 12 installations licensed.
  await expect(row).toContainText('A');
  await expect(row).toContainText('83.3%');
  await row.getByRole('button', { name: `查看 ${profile.name} 2025` }).click();
  await expect(page.getByRole('heading', { name: `${profile.name} · 2025` })).toBeVisible();
  const summary = page.locator('.summary');
  await expect(summary).toContainText('等级 A');
  await expect(summary).toContainText('目标等级 A，里程碑完成 1/2');
  await expect(summary).toContainText('共 2 个，未备案 1 个，未定级 0 个');
  await expect(summary).toContainText('符合 1，基本符合 0，不符合 0（其中暂定 1）；重大风险隐患 0（0 已整改）；高风险 0');
  await expect(summary).toContainText('正版化率 83.3%，许可缺口 2');

  await page.getByRole('tab', { name: '已收备案' }).click();
  await expect(page.getByRole('row', { name: new RegExp(profile.uscc) })).toContainText('当前');
});
