import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { nav, resetWorkspace } from './support';

const profile = JSON.parse(readFileSync(new URL('../fixtures/profile.json', import.meta.url), 'utf8')) as { name: string };

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, { profile });
  await page.close();
});

test('back up from Settings, change the profile, restore the backup after confirming, and the old profile is back', async ({ page }) => {
  await page.goto('./');
  await nav(page, '设置').click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已备份' })).toContainText(/manual-\d{8}T\d{9}Z-h\d+-[0-9a-f]{16}\.sqlite/);
  const manualRow = page.getByRole('row').filter({ hasText: '手动备份' });
  await expect(manualRow).toHaveCount(1);

  await nav(page, '企业基本信息').click();
  await page.getByLabel('单位名称').fill('改名后的公司');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');

  await nav(page, '设置').click();
  // Cancelling changes nothing.
  await manualRow.getByRole('button', { name: /^恢复/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('替换当前全部数据');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await manualRow.getByRole('button', { name: /^恢复/ }).click();
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toContainText(/pre-restore-\d{8}T\d{9}Z-h\d+-[0-9a-f]{16}\.sqlite/);
  await expect(page.getByRole('row').filter({ hasText: '恢复前自动备份' })).toHaveCount(1);

  await nav(page, '企业基本信息').click();
  await expect(page.getByLabel('单位名称')).toHaveValue(profile.name);
});

test('the audit log verifies from Settings', async ({ page }) => {
  await page.goto('./#/settings');
  await page.getByRole('button', { name: '校验审计日志' }).click();
  await expect(page.getByRole('status').filter({ hasText: '审计日志完整' })).toContainText('哈希链无断点');
});

test('backup rotation settings are validated at their field and saved', async ({ page }) => {
  await page.goto('./#/settings');
  await page.getByLabel('每类自动备份保留份数').fill('0');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('每类自动备份保留份数') }).getByRole('alert')).toContainText('不能小于 1');
  await page.getByLabel('每类自动备份保留份数').fill('5');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('每类自动备份保留份数')).toHaveValue('5');
});
