import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

// Two Office licences bought at 1,000 yuan each; the import below brings three installations of it.
const seed = {
  sam: {
    entitlements: [
      { publisher: '微软', name: 'Office', version: '2019', metric: 'per-device', quantity: 2, unitCost: 1000, assetNumber: 'ZC-0001' },
      {
        publisher: '金山',
        name: 'WPS',
        metric: 'site',
        scope: { kind: 'subsidiary', name: '华北公司' },
        term: 'subscription',
        start: '2024-01-01',
        end: '2099-12-31',
      },
    ],
  },
};

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, seed);
  await page.close();
});

// Excel on Chinese Windows saves CSV as GBK. "主机" is no header the automatic mapping knows; one row lacks
// the software name.
const csv = [
  '厂商,软件名称,版本,主机,所属单位',
  '微软,Office,2019,PC-001,华北公司',
  '微软,Office,2019,PC-002,华北公司',
  '微软,,2019,PC-003,华北公司',
  '微软,Office,2019,PC-004,华南公司',
].join('\r\n');

test('import a GBK CSV: fix the mapping, see the rejected row, import the valid rows, see the position', async ({ page }) => {
  await page.goto('./');
  await nav(page, '软件资产导入').click();
  await page.getByLabel('选择文件').setInputFiles({ name: '安装清单.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });

  await expect(page.getByText('文件“安装清单.csv”：CSV，编码 gb18030')).toBeVisible();
  await expect(page.getByLabel('数据类型')).toHaveValue('installations');
  await expect(page.getByLabel('厂商')).toHaveValue('厂商');
  await expect(page.getByLabel('软件名称')).toHaveValue('软件名称');
  // No header names the device, but the 主机 column holds host names: it is offered as the device, saying why.
  await expect(page.getByLabel('设备', { exact: true })).toHaveValue('主机');
  await expect(page.getByText('按内容识别：该列的值如 “PC-001”、“PC-002”、“PC-003”')).toBeVisible();
  // Unmapped, the device leaves a required field without a column: no dry run until it is mapped again.
  await page.getByLabel('设备', { exact: true }).selectOption('');
  await expect(page.getByText('请为必填字段选择列：设备或用户')).toBeVisible();
  await expect(page.getByRole('button', { name: '试运行' })).toBeDisabled();
  await page.getByLabel('设备', { exact: true }).selectOption('主机');

  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByText('新增 3 条，更新 0 条，未变 0 条，拒绝 1 行')).toBeVisible();
  const rejected = page.getByRole('table', { name: '被拒绝的行' });
  await expect(rejected.getByRole('row').filter({ hasText: '必填项为空' })).toContainText('4软件名称必填项为空');

  // All or nothing refuses the file and imports nothing.
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('有 1 行被拒绝，未导入任何数据')).toBeVisible();

  // The valid rows go in; the rejected one comes back as a file to fix.
  await page.getByLabel('只导入有效的行，并下载被拒绝的行').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('安装清单-拒绝原因.csv');
  await expect(page.getByText('导入完成：新增 3 条，更新 0 条，未变 0 条')).toBeVisible();

  await page.getByRole('link', { name: '查看许可状况' }).click();
  await expect(page.getByRole('heading', { name: '许可状况' })).toBeVisible();
  const position = page.getByRole('table', { name: '许可状况' });
  // Shortfalls first: three devices on two Office licences.
  const first = position.getByRole('row').nth(2);
  await expect(first).toContainText('Office');
  await expect(first).toContainText('按设备');
  const cells = first.getByRole('cell');
  await expect(cells.nth(6)).toHaveText('2'); // entitled
  await expect(cells.nth(7)).toHaveText('3'); // consumed
  await expect(cells.nth(8)).toHaveText('1'); // shortfall
  await expect(page.locator('.sam-figures')).toContainText('66.7%');
  await expect(page.locator('.sam-figures')).toContainText('1,000 CNY');

  // Narrowed to a subsidiary: its site licence and its installations.
  await page.getByRole('combobox', { name: '范围' }).selectOption('华北公司');
  await expect(position.getByRole('row').nth(2)).toContainText('WPS');
  await expect(page.locator('.sam-figures')).toContainText('100.0%'); // its two devices hold the two Office licences

  await nav(page, '首页').click();
  const card = page.getByRole('region', { name: '软件正版化' });
  await expect(card).toContainText('正版化率66.7%');
  await expect(card).toContainText('缺口金额1,000 CNY');
});

test('importing the same file again changes nothing', async ({ page }) => {
  await page.goto('./#/sam-import');
  await page.getByLabel('选择文件').setInputFiles({ name: '安装清单.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await page.getByLabel('设备', { exact: true }).selectOption('主机');
  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByText('新增 0 条，更新 0 条，未变 3 条，拒绝 1 行')).toBeVisible();
});

test('the registers: sort, filter and search in the installations table; add a licence with an error at its field', async ({ page }) => {
  await page.goto('./');
  await nav(page, '软件资产台账').click();
  const table = page.getByRole('table', { name: '安装记录' });
  await expect(page.getByText('共 3 行')).toBeVisible();
  await table.getByRole('button', { name: '设备' }).click();
  await table.getByRole('button', { name: '设备' }).click();
  await expect(table.getByRole('columnheader', { name: '设备' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(2)).toContainText('PC-004');
  await page.getByLabel('筛选“所属单位”').fill('华南');
  await expect(page.getByText('共 1 行')).toBeVisible();
  await page.getByLabel('筛选“所属单位”').fill('');
  await page.getByLabel('搜索').fill('pc-002');
  await expect(page.getByText('共 1 行')).toBeVisible();

  await page.getByRole('tab', { name: '软件许可' }).click();
  await page.getByRole('button', { name: '新增' }).click();
  const form = page.getByRole('form', { name: '新增软件许可' });
  await form.getByLabel('厂商').fill('Adobe');
  await form.getByLabel('软件名称').fill('Acrobat');
  await form.getByLabel('许可数量').fill('-3');
  await page.keyboard.press('Control+s');
  await expect(form.locator('.field', { has: page.getByLabel('许可数量') }).getByRole('alert')).toHaveText('不能为负数');
  await form.getByLabel('许可数量').fill('3');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('table', { name: '软件许可' }).getByRole('row').filter({ hasText: 'Acrobat' })).toHaveCount(1);
});

test('100,000 installations: the table shows the count at once, renders only the rows in view, and scrolls to the end', async ({
  page,
}) => {
  const installations = Array.from({ length: 100_000 }, (_, index) => ({
    publisher: '微软',
    name: 'Office',
    device: `PC-${String(index).padStart(6, '0')}`,
    subsidiary: `子公司${index % 7}`,
  }));
  await resetWorkspace(page, { sam: { installations } });
  await page.goto('./#/sam');
  const table = page.getByRole('table', { name: '安装记录' });
  await expect(page.getByText('共 100000 行')).toBeVisible();
  await expect(table.getByRole('row').nth(2)).toContainText('PC-000000');
  expect(await table.getByRole('row').count()).toBeLessThan(80);

  const body = page.locator('.datatable__body');
  await body.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(table.getByRole('row').filter({ hasText: 'PC-099999' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThan(80);

  // Sorting 100,000 rows happens in SQL: the first page comes back sorted.
  await table.getByRole('button', { name: '设备' }).click();
  await table.getByRole('button', { name: '设备' }).click();
  await body.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(table.getByRole('row').nth(2)).toContainText('PC-099999');
});

test('the publisher alias dictionary: add a name, refuse a name of another publisher at its field, remove the name', async ({ page }) => {
  await resetWorkspace(page);
  await page.goto('./');
  await nav(page, '软件资产台账').click();
  await page.getByRole('tab', { name: '软件产品' }).click();
  const editor = page.getByRole('form', { name: '添加别名' });
  await editor.getByLabel('厂商').fill('金蝶');
  await editor.getByLabel('别名').fill('Microsoft');
  await editor.getByRole('button', { name: '添加别名' }).click();
  await expect(editor.getByText('“Microsoft”已是另一个厂商的名称或别名')).toBeVisible();
  const aliases = page.getByRole('table', { name: '厂商别名词典' });
  await expect(aliases.getByRole('row').filter({ hasText: '金蝶' })).not.toContainText('Microsoft');

  await editor.getByLabel('别名').fill('金蝶云');
  await editor.getByRole('button', { name: '添加别名' }).click();
  await expect(aliases.getByRole('row').filter({ hasText: '金蝶' })).toContainText('金蝶云');
  await page.getByRole('button', { name: '删除“金蝶”的别名“金蝶云”' }).click();
  await expect(aliases.getByRole('row').filter({ hasText: '金蝶' })).not.toContainText('金蝶云');
});
