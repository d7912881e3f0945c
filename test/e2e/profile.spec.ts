import { expect, test } from '@playwright/test';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page);
  await page.close();
});

const profile = {
  name: '中国示例能源集团有限公司',
  uscc: '91110000100017643K',
  address: '北京市西城区示例大街 1 号',
  regionCode: '110102',
  industry: '能源',
  legalRepresentative: '王建国',
  department: '信息化管理部',
  contactName: '李晓华',
};

test('fill the enterprise profile in Chinese: a wrong USCC is refused at its field, a right one is saved and survives a reload', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '欢迎使用登高' })).toBeVisible();
  await nav(page, '企业基本信息').click();

  await page.getByLabel('单位名称').fill(profile.name);
  await page.getByLabel('统一社会信用代码').fill('91110000100017643X');
  await page.getByLabel('单位地址').fill(profile.address);
  await page.getByLabel('行政区划代码').fill(profile.regionCode);
  await page.getByLabel('所属行业').fill(profile.industry);
  await page.getByLabel('法定代表人').fill(profile.legalRepresentative);
  await page.getByLabel('责任部门').fill(profile.department);
  await page.getByLabel('联系人', { exact: true }).fill(profile.contactName);
  await page.getByRole('button', { name: '保存' }).click();

  const usccField = page.locator('.field', { has: page.getByLabel('统一社会信用代码') });
  await expect(usccField.getByRole('alert')).toContainText('统一社会信用代码不正确');
  await expect(page.getByLabel('统一社会信用代码')).toHaveAttribute('aria-invalid', 'true');
  // Nothing was saved, and nothing the user typed was lost.
  await expect(page.getByLabel('单位名称')).toHaveValue(profile.name);
  await nav(page, '首页').click();
  await expect(page.getByText('尚未填写企业基本信息')).toBeVisible();
  await nav(page, '企业基本信息').click();
  await expect(page.getByLabel('单位名称')).toHaveValue(profile.name);

  await page.getByLabel('统一社会信用代码').fill(profile.uscc);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('已保存');
  await expect(usccField.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('单位名称')).toHaveValue(profile.name);
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(profile.uscc);
  await expect(page.getByLabel('联系人', { exact: true })).toHaveValue(profile.contactName);
  await nav(page, '首页').click();
  await expect(page.getByText(`当前企业：${profile.name}（${profile.uscc}）`)).toBeVisible();
});

test('a subsidiary must name its group', async ({ page }) => {
  await page.goto('./#/profile');
  await page.getByLabel('单位层级').selectOption('subsidiary');
  await page.getByLabel('所属集团名称').fill('');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('所属集团名称') }).getByRole('alert')).toContainText('所属集团');
  await page.getByLabel('所属集团名称').fill('中国示例控股集团有限公司');
  await page.getByLabel('所属集团统一社会信用代码').fill('911100007109310534');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
});

test('switch the interface to English, and the choice persists', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('语言').selectOption('en-US');
  await expect(nav(page, 'Enterprise profile')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Denggao' })).toBeVisible();
  await nav(page, 'Enterprise profile').click();
  await expect(page.getByLabel('Unified social credit code (USCC)')).toHaveValue('91110000100017643K');
  // Errors come back in English too.
  await page.getByLabel('Administrative region code').fill('11');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The region code is six digits')).toBeVisible();
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(nav(page, '企业基本信息')).toBeVisible();
});
