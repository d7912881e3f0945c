import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { excelGbkCsv, licenceLedgerRows } from '../fixtures/sam-ledgers';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page);
  await page.close();
});

// The licence ledger as the IT department keeps it, except that its scope column is headed 部门/科室, a
// header no vocabulary knows: the user maps it and says every row's scope is a department.
const ledger = licenceLedgerRows().map((row, index) => (index === 0 ? row.map((cell) => (cell === '使用部门' ? '部门/科室' : cell)) : row));
const LICENCES = ledger.length - 1;

test('a licence ledger: 许可类型 taken as the metric by content, one value mapped by hand, a constant scope', async ({ page }) => {
  await page.goto('./');
  await nav(page, '软件资产导入').click();
  await page.getByLabel('选择文件').setInputFiles({ name: '软件许可台账.csv', mimeType: 'text/csv', buffer: excelGbkCsv(ledger) });

  await expect(page.getByText('文件“软件许可台账.csv”：CSV，编码 gb18030')).toBeVisible();
  await expect(page.getByLabel('数据类型')).toHaveValue('entitlements');
  // The metric column is found by what it holds, and the screen says so.
  await expect(page.getByRole('combobox', { name: /^许可模式/ })).toHaveValue('许可类型');
  await expect(page.getByText('按内容识别：该列的值如 “按设备”、“站点授权”、“并发用户”')).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^厂商/ })).toHaveValue('厂商');

  // Every value of the metric column, and what it becomes.
  const values = page.getByRole('table', { name: '“许可模式”的值（列“许可类型”）' });
  await expect(values.getByRole('row', { name: /站点授权/ })).toContainText('按所含词语自动对应，请核对');
  await expect(values.getByLabel('“站点授权”导入为')).toHaveValue('site');
  await expect(values.getByRole('row', { name: /批量许可/ })).toContainText('无法识别，请选择');
  await expect(page.getByText('请为“许可模式”的值 “批量许可” 选择对应项')).toBeVisible();
  await expect(page.getByRole('button', { name: '试运行' })).toBeDisabled();
  await values.getByLabel('“批量许可”导入为').selectOption({ label: '按设备' });
  await expect(values.getByRole('row', { name: /批量许可/ })).toContainText('您指定的');

  // The scope: its names from the 部门/科室 column, its kind a constant.
  await page.getByLabel('范围名称', { exact: true }).selectOption('部门/科室');
  await page.getByRole('combobox', { name: '字段', exact: true }).selectOption({ label: '范围类型' });
  await page.getByRole('combobox', { name: '固定值', exact: true }).selectOption({ label: '部门' });
  await page.getByRole('button', { name: '设为固定值' }).click();
  await expect(page.getByText('范围类型 = 部门')).toBeVisible();

  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByText(`新增 ${LICENCES} 条，更新 0 条，未变 0 条，拒绝 0 行`)).toBeVisible();
  await expect(page.getByText('许可或安装记录涉及的 15 种产品将加入软件产品登记')).toBeVisible();

  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText(`导入完成：新增 ${LICENCES} 条，更新 0 条，未变 0 条`)).toBeVisible();
  await expect(page.getByText('已向软件产品登记新增 15 种产品')).toBeVisible();

  // The licences as imported: WPS is a site licence of a department.
  await nav(page, '软件资产台账').click();
  await page.getByRole('tab', { name: '软件许可' }).click();
  await page.getByLabel('搜索').fill('市场部');
  await expect(page.getByText('共 2 行')).toBeVisible(); // its WPS site licence and its PDF editor
  const wps = page.getByRole('table', { name: '软件许可' }).getByRole('row').filter({ hasText: 'WPS Office' });
  await expect(wps).toContainText('站点许可');
  await expect(wps).toContainText('部门');
});

test('a commit that imports nothing says so plainly and lists the refused rows', async ({ page }) => {
  await page.goto('./');
  await nav(page, '软件资产导入').click();
  const csv = ['软件名称,计算机名,使用人', ',BJ-CW-001,王芳', ',BJ-CW-002,李娜'].join('\r\n');
  await page.getByLabel('选择文件').setInputFiles({ name: '装机.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await expect(page.getByLabel('数据类型')).toHaveValue('installations');
  await page.getByRole('button', { name: '试运行' }).click();
  await expect(page.getByText('新增 0 条，更新 0 条，未变 0 条，拒绝 2 行')).toBeVisible();
  await page.getByLabel('只导入有效的行，并下载被拒绝的行').check();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('没有导入任何记录：2 行被拒绝')).toBeVisible();
  await expect(page.getByText(/导入完成/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: '被拒绝的行' }).getByRole('row').filter({ hasText: '必填项为空' })).toHaveCount(2);
});
