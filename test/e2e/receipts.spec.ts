/**
 * The filing chain in the real renderer: a unit files; the group returns it for correction with a reason;
 * the unit imports the signed receipt and sees "returned" with the reason; it amends; the group accepts the
 * amendment on import and signs a receipt; the unit imports it and sees "accepted" with the accession number.
 * As in filing.spec.ts, one workspace plays both sides (a group would run its own): it trusts its own
 * certificate, so its receipts verify on the sender's side too.
 *
 * Named to run after filing.spec.ts (specs run in file-name order on one shared workspace): that spec makes the
 * keys through the page and expects none before it; this one reuses them, or makes its own when run alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FULL_ANSWERS, filingData } from '../fixtures/filing-data';
import { saveDownload as saveDownloadTo, HEADQUARTERS_PROFILE, callBackend, nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

const profile = HEADQUARTERS_PROFILE;
/** The passphrase filing.spec.ts gives the workspace's keys, should that spec have made them first. */
const PASSPHRASE = '备案口令 2025!';
/** A period no other spec files, so the rows below are this chain's. */
const PERIOD = '2026-H1';
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-e2e-chain-'));
let originalPackage: string;
let returnReceipt: string;
let amendedPackage: string;
let acceptReceipt: string;
let accessionNumber: string;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const data = filingData({
    name: profile.name,
    uscc: profile.uscc,
    year: 2026,
    answers: FULL_ANSWERS,
    targetGrade: 'A',
    milestones: ['done'],
    objects: [],
    installs: 0,
    seatsBought: 0,
  });
  await resetWorkspace(page, { ...data, profile });
  // Keys and trust are the setting, not the subject (filing.spec.ts drives them through the page).
  const keys = await callBackend<{ present: boolean }>(page, 'filing.keys.info', {});
  if (!keys.present) await callBackend(page, 'filing.keys.generate', { passphrase: PASSPHRASE });
  const trusted = await callBackend<unknown[]>(page, 'filing.trust.list', {});
  if (trusted.length === 0)
    await callBackend(page, 'filing.trust.add', {
      path: (await callBackend<{ path: string }>(page, 'filing.keys.exportCertificate', {})).path,
    });
  originalPackage = (await callBackend<{ path: string }>(page, 'filing.export', { period: PERIOD, passphrase: PASSPHRASE })).path;
  await page.close();
});
test.afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));

const saveDownload = (page: Page, click: () => Promise<void>, name: string) => saveDownloadTo(page, click, downloads, name);

const sentRow = (page: Page, state: string) => page.getByRole('row').filter({ hasText: PERIOD }).filter({ hasText: state });

test('the unit sees its package as sent', async ({ page }) => {
  await page.goto('./');
  await nav(page, '报送备案').click();
  await page.getByRole('tab', { name: '已报送' }).click();
  await expect(sentRow(page, '已发送')).toHaveCount(1);
});

test('the group imports it and returns it for correction with a reason, in a signed receipt', async ({ page }) => {
  await page.goto('./#/receiver?tab=import');
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(originalPackage);
  await page.getByRole('button', { name: '验证并导入' }).click();
  await expect(page.getByText(`已导入：${profile.name}，期间 ${PERIOD}。`)).toBeVisible();
  await page.getByRole('button', { name: '查看此备案' }).click();
  await expect(page.getByTestId('filing-status')).toHaveText('待处理');

  const decision = page.getByRole('region', { name: '受理与退回补正' });
  await decision.getByRole('radio', { name: '退回补正' }).check();
  const reason = decision.getByRole('group', { name: '第 1 条理由' });
  await reason.getByLabel('数据部分').selectOption('profile');
  await reason.getByLabel('退回理由').fill('联系人电话缺少区号');
  // A wrong passphrase is refused at its field, and nothing is decided.
  await decision.getByLabel('本单位签名口令（签发回执）').fill('错误的口令 123');
  await decision.getByRole('button', { name: '签发退回回执' }).click();
  await expect(decision.locator('.field', { has: page.getByLabel('本单位签名口令（签发回执）') }).getByRole('alert')).toContainText(
    '口令错误',
  );
  await expect(page.getByTestId('filing-status')).toHaveText('待处理');

  await decision.getByLabel('本单位签名口令（签发回执）').fill(PASSPHRASE);
  await decision.getByRole('button', { name: '签发退回回执' }).click();
  await expect(decision.getByRole('status')).toContainText('回执已签发，受理编号');
  await expect(page.getByTestId('filing-status')).toContainText('已退回补正');
  returnReceipt = await saveDownload(
    page,
    () => decision.getByRole('status').getByRole('button', { name: '下载回执' }).click(),
    'returned.dgrcpt',
  );
  expect(fs.readFileSync(returnReceipt).subarray(0, 2).toString()).toBe('PK');
});

test('the unit imports the receipt and sees "returned" with the reason', async ({ page }) => {
  await page.goto('./#/filing?tab=sent');
  await page.getByLabel('回执文件（.dgrcpt）').setInputFiles(returnReceipt);
  await page.getByRole('button', { name: '验证并导入回执' }).click();
  await expect(page.getByRole('status')).toContainText(`期间 ${PERIOD} 的备案包已退回补正`);
  const row = sentRow(page, '已退回补正');
  await expect(row).toContainText('企业基本信息：联系人电话缺少区号');
  // The same receipt twice is refused, and the state stays.
  await page.getByLabel('回执文件（.dgrcpt）').setInputFiles(returnReceipt);
  await page.getByRole('button', { name: '验证并导入回执' }).click();
  await expect(page.getByRole('alert')).toContainText('已导入过');
  await expect(sentRow(page, '已退回补正')).toHaveCount(1);
});

test('the unit amends: the new package names the returned one', async ({ page }) => {
  await page.goto('./#/filing?tab=export');
  await page.getByLabel('报送期间').fill(PERIOD);
  const amends = page.getByLabel('更正的备案包（可选）');
  await amends.selectOption((await amends.locator('option', { hasText: '已退回补正' }).getAttribute('value'))!);
  await page.getByRole('button', { name: '下一步：查看清单' }).click();
  await page.getByRole('button', { name: '下一步：签名' }).click();
  await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '签名并生成备案包' }).click();
  await expect(page.getByText(/备案包已生成/)).toBeVisible();
  amendedPackage = await saveDownload(page, () => page.getByRole('button', { name: '保存备案包' }).click(), 'amended.dgpkg');
  await page.getByRole('tab', { name: '已报送' }).click();
  await expect(page.getByRole('row').filter({ hasText: PERIOD }).filter({ hasText: '更正' })).toContainText('已发送');
});

test('the group accepts the amendment on import and signs a receipt with an accession number', async ({ page }) => {
  await page.goto('./#/receiver?tab=import');
  await page.getByLabel('备案包文件（.dgpkg）').setInputFiles(amendedPackage);
  await page.getByRole('checkbox', { name: '导入后受理，并签发回执' }).check();
  await page.getByLabel('本单位签名口令（签发回执）').fill(PASSPHRASE);
  await page.getByRole('button', { name: '验证并导入' }).click();
  const done = page.getByRole('status').filter({ hasText: '已导入' });
  await expect(done).toContainText('回执已签发，受理编号');
  accessionNumber = /受理编号 (\S+?)。/.exec((await done.textContent()) ?? '')![1]!;
  expect(accessionNumber).toMatch(new RegExp(`^${profile.uscc}-\\d{4}-\\d{6}$`));
  acceptReceipt = await saveDownload(page, () => done.getByRole('button', { name: '下载回执' }).click(), 'accepted.dgrcpt');

  // The chain is kept: the returned original beside the accepted amendment, which is the one consolidated.
  await page.getByRole('tab', { name: '已收备案' }).click();
  const rows = page.getByRole('row').filter({ hasText: PERIOD });
  await expect(rows.filter({ hasText: '已退回补正' })).toContainText('历史');
  await expect(rows.filter({ hasText: '已受理' })).toContainText('当前');
  await expect(rows.filter({ hasText: '已受理' })).toContainText(accessionNumber);
});

test('the unit imports the receipt and sees "accepted" with the accession number', async ({ page }) => {
  await page.goto('./#/filing?tab=sent');
  await page.getByLabel('回执文件（.dgrcpt）').setInputFiles(acceptReceipt);
  await page.getByRole('button', { name: '验证并导入回执' }).click();
  await expect(page.getByRole('status')).toContainText(`期间 ${PERIOD} 的备案包已受理`);
  await expect(sentRow(page, '已受理')).toContainText(`受理编号 ${accessionNumber}`);
  await expect(sentRow(page, '已退回补正')).toHaveCount(1);
});

test('the group reviews the accepted filing (复评): the consolidated view shows self-assessed and reviewed grades side by side', async ({
  page,
}) => {
  await page.goto('./#/receiver?tab=filings');
  await page.getByRole('row').filter({ hasText: PERIOD }).filter({ hasText: '已受理' }).getByRole('button', { name: /^查看/ }).click();
  const review = page.getByRole('region', { name: '复评' });
  await expect(review).toContainText('自评等级（初评）：A');
  await review.getByLabel('复评等级').selectOption('C');
  await review.getByLabel('复评意见').fill('佐证材料不足');
  await review.getByRole('button', { name: '调整一项指标' }).click();
  const adjustment = review.getByRole('group', { name: '第 1 项指标调整' });
  // More points than the indicator has is refused at that field.
  await adjustment.getByLabel('复评得分').fill('1000');
  await review.getByRole('button', { name: '保存复评' }).click();
  await expect(adjustment.getByRole('alert')).toContainText('超出 0 至');
  await adjustment.getByLabel('复评得分').fill('0');
  await adjustment.getByLabel('说明').fill('无佐证');
  await review.getByRole('button', { name: '保存复评' }).click();
  await expect(review.getByRole('status')).toHaveText('复评已保存；下一份回执将附带复评结果。');

  await page.goto(`./#/receiver?tab=consolidated`);
  await page.locator('label', { hasText: '期间' }).locator('select').first().selectOption(PERIOD);
  const row = page.getByRole('row').filter({ hasText: profile.name }).filter({ hasText: PERIOD });
  await expect(row.getByRole('cell').nth(2)).toHaveText('A');
  await expect(row.getByRole('cell').nth(3)).toHaveText('C');
});
