import { expect, test, type Page } from '@playwright/test';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page);
  await page.close();
});

const DEFAULT_NAME = '登高默认信息化水平评价指标模板';
const COPY_NAME = `${DEFAULT_NAME}（副本）`;
const year = new Date().getFullYear();

async function openTemplateList(page: Page) {
  await page.goto('./');
  await nav(page, '信息化水平自评').click();
  await page.locator('details.templates > summary').click();
}
/** A row of the template list: the name cell shows the name with the template id under it. */
const templateRow = (page: Page, name: string, id: string) => page.getByRole('row').filter({ hasText: `${name}${id}` });
const elementWeights = (page: Page) => page.getByRole('group', { name: '要素权重' });

test('a built-in template opens read-only; its copy is edited, refused while the weights do not add up, then saved', async ({ page }) => {
  await openTemplateList(page);
  await templateRow(page, DEFAULT_NAME, 'denggao-default').getByRole('link', { name: '查看' }).click();

  await expect(page.getByRole('heading', { name: `查看评价模板：${DEFAULT_NAME}` })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('并非国资委官方数值');
  await expect(elementWeights(page).getByLabel('信息化领导力')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  await page.getByRole('button', { name: '复制后编辑' }).click();

  await expect(page.getByRole('heading', { name: `编辑评价模板：${COPY_NAME}` })).toBeVisible();
  await expect(page.getByText('模板编号 denggao-default-copy · 版本 1')).toBeVisible();
  await expect(page.getByRole('note')).toContainText('并非国资委官方数值');
  const leadership = elementWeights(page).getByLabel('信息化领导力');
  await expect(leadership).toBeEnabled();

  // Breaking the sum: the running total and the error appear at the element weights as it is typed.
  await leadership.fill('25');
  await expect(page.getByTestId('elements-total')).toHaveText('当前合计 110，声明为 100');
  await expect(elementWeights(page).getByRole('alert')).toHaveText('各要素权重之和为 110，应等于模板声明的 100');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.banner--error')).toHaveText('模板有 1 处问题，未保存任何内容');
  // Nothing typed is lost on a refused save.
  await expect(leadership).toHaveValue('25');
  await expect(page.getByRole('status')).toHaveText('有未保存的修改');

  await leadership.fill('15');
  await expect(elementWeights(page).getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('template-findings')).toHaveText('模板检查通过');
  const thresholds = page.getByRole('group', { name: '等级分数线（总分不低于）' });
  await thresholds.getByLabel('A 级').fill('88');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('已保存');
  await expect(page.locator('.banner--error')).toHaveCount(0);

  // The saved copy is in the template list, editable, and a new assessment can use it.
  await page.getByRole('link', { name: '← 返回信息化水平自评' }).click();
  await page.locator('details.templates > summary').click();
  await expect(templateRow(page, COPY_NAME, 'denggao-default-copy')).toContainText('可编辑');
  await expect(templateRow(page, DEFAULT_NAME, 'denggao-default')).toContainText('内置（只读）');
  await page.getByLabel('新建评价的年份').fill(String(year));
  await page.getByLabel('评价模板', { exact: true }).selectOption({ label: `${COPY_NAME} (1)` });
  await page.getByRole('button', { name: '新建评价' }).click();
  await expect(page.getByText(`${year} 年信息化水平评价（第 1 版），模板：${COPY_NAME} 1`)).toBeVisible();
  await expect(page.locator('.score__thresholds')).toContainText('A ≥ 88');
});

test('an indicator is checked at its fields and its weight within its element, and leaving with unsaved changes asks first', async ({
  page,
}) => {
  await openTemplateList(page);
  await templateRow(page, COPY_NAME, 'denggao-default-copy').getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: `编辑评价模板：${COPY_NAME}` })).toBeVisible();

  const element = page.getByRole('group', { name: '信息化领导力：指标' });
  const first = element.locator('details.indicator-editor').first();
  await first.locator('summary').click();
  await first.getByLabel('权重', { exact: true }).fill('0');
  await expect(element.getByRole('alert').first()).toContainText('要素“leadership”内各指标权重之和为');
  await expect(first.locator('summary')).not.toContainText('处问题');
  // A finding inside one indicator shows at its field and is counted on the indicator's summary line.
  await first.getByLabel('名称（中文）').fill('');
  await expect(first.getByRole('alert')).toHaveText('此项为必填项');
  await expect(first.locator('summary')).toContainText('1 处问题');

  await nav(page, '登高计划').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('离开本页后这些修改将丢失');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(first.getByLabel('权重', { exact: true })).toHaveValue('0');
  // the browser's (or the mouse's) back button asks too
  await page.goBack();
  await expect(page.getByRole('dialog')).toContainText('离开本页后这些修改将丢失');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(first.getByLabel('权重', { exact: true })).toHaveValue('0');

  await nav(page, '登高计划').click();
  await page.getByRole('dialog').getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(page).toHaveURL(/#\/plan$/);
});
