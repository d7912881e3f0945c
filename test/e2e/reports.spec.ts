import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { ENTERPRISE_NAME, enterpriseDocument } from '../fixtures/reports/enterprise';
import { HEADQUARTERS_PROFILE, nav, resetWorkspace, savedReportText } from './support';

const profile = HEADQUARTERS_PROFILE;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, { profile });
  await page.close();
});

test('generate the summary report: progress, a preview in the app, and the PDF offered for saving', async ({ page }) => {
  await page.goto('./');
  await nav(page, '报告').click();
  await expect(page.getByRole('heading', { name: '生成报告' })).toBeVisible();

  // A report whose data is not recorded yet says why and cannot be started.
  await page.getByLabel('报告类型').selectOption({ label: '信息化发展登高计划（备案文本）' });
  await expect(page.getByText('暂不可生成：尚未录入登高计划')).toBeVisible();
  await expect(page.getByRole('button', { name: '生成报告' })).toBeDisabled();

  await page.getByLabel('报告类型').selectOption({ label: '信息化工作情况汇报' });
  await page.getByLabel('密级').selectOption({ label: '普通商密' });
  await page.getByLabel('审核人').fill('张建国');
  await page.getByLabel('批准人').fill('李明华');
  await page.getByRole('button', { name: '生成报告' }).click();

  await expect(page.getByRole('status').filter({ hasText: /已生成 \d+ 页/ })).toBeVisible({ timeout: 30_000 });
  const preview = page.getByTitle('报告预览');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('src', /^blob:/);
  // Chromium's own PDF viewer opened it inside the frame (rather than offering it as a download).
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension://'))).toBe(true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存 PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('信息化工作情况汇报.pdf');
  const file = test.info().outputPath('summary.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [profile.name, '密级：普通商密', '张建国', '李明华', '一、总体情况']) expect(text).toContain(expected);
});

test("a workspace imported from a real data JSON offers its reports: one object's grading report and filing form", async ({ page }) => {
  await resetWorkspace(page, enterpriseDocument({ objects: 2, unassessed: 1 }));
  await page.goto('./');
  await nav(page, '报告').click();

  // The plan is recorded, so its report can be started.
  await page.getByLabel('报告类型').selectOption({ label: '信息化发展登高计划（备案文本）' });
  await expect(page.getByRole('button', { name: '生成报告' })).toBeEnabled();

  await page.getByLabel('报告类型').selectOption({ label: '信息系统安全等级保护定级报告及备案表' });
  await page.getByLabel('等级保护对象').selectOption({ label: '生产管理系统 1 号' });
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已生成 \d+ 页/ })).toBeVisible({ timeout: 30_000 });

  const text = await savedReportText(page, 'mlps.pdf');
  for (const expected of [ENTERPRISE_NAME, '生产管理系统1号', '表一单位信息', '第三级（监督保护级）', '有（系统拓扑图.pdf）'])
    expect(text).toContain(expected);
  expect(text).not.toContain('生产管理系统2号');
});
