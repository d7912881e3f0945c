import { expect, test, type Page } from '@playwright/test';
import { HEADQUARTERS_PROFILE, nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  await page.close();
});

/** The messages shown at the field a label names. */
const errorsAt = (page: Page, label: string) => page.locator('.form-field', { has: page.getByLabel(label) }).locator('.form-field-errors');

async function newOutsourcingRequest(page: Page): Promise<void> {
  await page.goto('./');
  await nav(page, '申报').click();
  await page.getByRole('button', { name: '新建“信息化合作外包申请表”' }).click();
  await expect(page.getByLabel('年租金预算')).toBeVisible();
}

async function saveAndReload(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.reload();
}

test('a declaration amount takes thousands separators and full-width digits', async ({ page }) => {
  await newOutsourcingRequest(page);
  const amount = page.getByLabel('年租金预算');
  await amount.fill('3,500');
  await amount.blur();
  await expect(errorsAt(page, '年租金预算')).toHaveCount(0);
  await saveAndReload(page);
  await expect(amount).toHaveValue('3500');

  await amount.fill('３６００');
  await amount.blur();
  await expect(errorsAt(page, '年租金预算')).toHaveCount(0);
  await saveAndReload(page);
  await expect(amount).toHaveValue('3600');
});

test('a date defaults to today and is typed in the way Chinese writes dates', async ({ page }) => {
  await newOutsourcingRequest(page);
  const date = page.getByLabel('填报日期');
  // Today on the machine's calendar, as the field shows it.
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(date).toHaveValue(today);
  await expect(date).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await date.fill('2025年3月31日');
  await date.blur();
  await expect(errorsAt(page, '填报日期')).toHaveCount(0);
  await saveAndReload(page);
  await expect(date).toHaveValue('2025-03-31');
});

test('a value that cannot be read is refused at the field as the user leaves it, saying the expected form', async ({ page }) => {
  await newOutsourcingRequest(page);
  const amount = page.getByLabel('年租金预算');
  await amount.fill('约 4000');
  // Not while typing: only once the field is left.
  await expect(errorsAt(page, '年租金预算')).toHaveCount(0);
  await amount.blur();
  await expect(errorsAt(page, '年租金预算')).toHaveText('“约 4000”不是数字：应只写数字，可用千位分隔符，如 3500 或 3,500');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');

  const date = page.getByLabel('填报日期');
  await date.fill('2025-02-30');
  await date.blur();
  await expect(errorsAt(page, '填报日期')).toContainText('应写作 年-月-日，如 2025-03-31');
  // Fields the user has not visited stay quiet.
  await expect(errorsAt(page, '拟租用年限')).toHaveCount(0);

  // Correcting the value clears the message.
  await amount.fill('4,000');
  await expect(errorsAt(page, '年租金预算')).toHaveCount(0);
});
