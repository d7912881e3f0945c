import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { opinion2009 } from '../../shared/catalogs/governance/opinion-2009';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

const profile = JSON.parse(fs.readFileSync(new URL('../fixtures/profile.json', import.meta.url), 'utf8')) as { name: string };

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, { profile });
  await page.close();
});

const pointRow = (page: Page, point: number) => page.locator(`tr[data-point="${point}"]`);
/** The point's own status (its sub-requirements carry badges of their own in the next column). */
const pointStatus = (page: Page, point: number) => pointRow(page, point).locator('td').first().locator('.badge');
const fieldOf = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });

test('the overview starts with the IT department not started, the CIO optional and sharing optional', async ({ page }) => {
  await page.goto('./');
  await nav(page, '准备情况总览').click();
  await expect(pointStatus(page, 2)).toHaveText('未开始');
  await expect(pointRow(page, 2).locator('[data-requirement="cio"]')).toContainText('可选');
  await expect(pointRow(page, 2)).not.toContainText('尚未任命首席信息官');
  await expect(pointStatus(page, 8)).toHaveText('自愿参与');
  // Each reason links to the page that fixes it.
  await pointRow(page, 2).getByRole('link', { name: '去填写：尚未登记信息化专职管理部门' }).click();
  await expect(page.getByRole('heading', { name: '信息化专职管理部门' })).toBeVisible();
});

test('fill the CIO page: an appointment in the future is refused at its field, then the full record is saved', async ({ page }) => {
  await page.goto('./');
  await nav(page, '首席信息官').click();
  await page.getByLabel('已任命首席信息官').check();
  await page.getByLabel('姓名').fill('王五');
  await page.getByLabel('职务', { exact: true }).fill('副总经理');
  await page.getByLabel('任命日期').fill('2099-01-01');
  await page.getByLabel('由现任信息化主管领导兼任').check();
  for (const duty of opinion2009.cioDuties) {
    await page.getByLabel(`${duty.label.zh}：已明确`).check();
    await page.getByLabel(`${duty.label.zh}：依据文件或决定`).fill('董事会决议〔2009〕12号');
  }
  await page.getByLabel('决策权', { exact: true }).check();
  await page.getByLabel('审批权', { exact: true }).check();
  await page.getByLabel('重大决策听取首席信息官意见').check();
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.locator('.field', { has: page.getByLabel('任命日期') }).getByRole('alert')).toContainText(
    '任命日期 2099-01-01 晚于今天',
  );
  await expect(page.getByLabel('任命日期')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('任命日期').fill('2009-07-01');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('已保存');
  await expect(page.getByText('已全部落实')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('姓名')).toHaveValue('王五');
});

test('fill the IT department page with its four implementations: a negative staff count is refused', async ({ page }) => {
  await page.goto('./');
  await nav(page, '信息化管理部门').click();
  await page.getByLabel('部门名称').fill('信息化管理部');
  await page.getByLabel('成立日期').fill('2009-10-15');
  await page.getByLabel('人员数').fill('-1');
  for (const implementation of opinion2009.implementations) {
    await page.getByLabel(`${implementation.label.zh}：状态`).selectOption('done');
    await page.getByLabel(`${implementation.label.zh}：依据`).fill(`${implementation.label.zh}的文件`);
  }
  await page.getByRole('button', { name: '保存' }).click();
  await expect(fieldOf(page, '人员数').getByRole('alert')).toContainText('人员数不能小于零（现为 -1）');

  await page.getByLabel('人员数').fill('3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await expect(page.getByText('已全部落实')).toBeVisible();

  await nav(page, '准备情况总览').click();
  await expect(pointStatus(page, 2)).toHaveText('已完成');
  // The CIO serves concurrently (兼任): accepted, as the opinion allows.
  await expect(pointRow(page, 2).locator('[data-requirement="cio"]')).toContainText('已具备');
  await expect(pointRow(page, 2).locator('[data-requirement="it-department"]')).toContainText('已具备');
});

test('the IT performance page names the uncovered areas and updates the coverage as KPIs are added', async ({ page }) => {
  await page.goto('./');
  await nav(page, '信息化绩效考核').click();
  await expect(page.getByText('考核指标未覆盖“优化”责任')).toBeVisible();
  await page.getByLabel('已建立考核制度').check();
  await page.getByLabel('建立日期').fill('2009-11-01');
  await page.getByRole('button', { name: '添加考核指标' }).click();
  await page.getByLabel('指标').fill('流程优化建议');
  await page.getByLabel('责任单位').fill('各部门');
  await page.getByLabel('优化', { exact: true }).check();
  await expect(page.locator('.coverage')).toContainText('优化：已覆盖');
  await expect(page.getByText('考核指标未覆盖“优化”责任')).toHaveCount(0);
  await expect(page.getByText('考核指标未覆盖“建设”责任')).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(page.locator('.coverage')).toContainText('优化：已覆盖');
});

test('complete one declaration through its lifecycle, print it, and see the overview change', async ({ page }) => {
  await page.goto('./');
  await nav(page, '申报').click();
  await expect(page.getByText('尚无申报')).toBeVisible();
  await page.getByRole('button', { name: '新建“自主知识产权应用软件备案表”' }).click();

  // Who declares comes from the enterprise profile.
  await expect(page.getByLabel('企业名称')).toHaveValue(profile.name);
  await page.getByRole('button', { name: '填写完成' }).click();
  await expect(page.getByRole('alert').first()).toContainText('处需要修改');
  await expect(page.locator('.form-field', { has: page.getByLabel('软件名称') }).locator('.form-field-errors')).toHaveText('必填');

  await expect(page.getByLabel('联系电话')).toHaveValue('010-68000000');
  await page.getByLabel('填报日期').fill('2010-06-01');
  await page.getByLabel('软件名称').fill('集团财务共享平台');
  await page.getByLabel('软件著作权登记号').fill('2009SR012345');
  await page.getByLabel('主要功能').fill('资金集中管理');
  await page.getByLabel('有偿使用条件').fill('按年授权');
  // Typed but not saved: leaving by the menu or by the back button asks first, and staying keeps what was typed.
  await nav(page, '准备情况总览').click();
  await expect(page.getByRole('dialog')).toContainText('离开本页后这些修改将丢失');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.goBack();
  await expect(page.getByRole('dialog')).toContainText('离开本页后这些修改将丢失');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel('软件名称')).toHaveValue('集团财务共享平台');
  await page.getByRole('button', { name: '填写完成' }).click();
  await expect(page.getByRole('status')).toHaveText('当前状态：已填完');
  await expect(page.getByLabel('软件名称')).toHaveAttribute('readonly', '');

  await nav(page, '准备情况总览').click();
  await expect(pointStatus(page, 8)).toHaveText('进行中');
  await expect(pointRow(page, 8)).toContainText('尚未标记为可报送');

  await nav(page, '申报').click();
  await page.getByRole('link', { name: '自主知识产权应用软件备案表', exact: true }).click();
  await page.getByRole('button', { name: '标记为可报送' }).click();
  await expect(page.getByRole('status')).toHaveText('当前状态：可报送');

  await page.getByRole('link', { name: '打印预览' }).click();
  await expect(page.getByRole('heading', { name: '自主知识产权应用软件备案表' })).toBeVisible();
  await expect(page.locator('.printable__pair', { hasText: '软件著作权登记号' })).toContainText('2009SR012345');

  await nav(page, '准备情况总览').click();
  await expect(pointStatus(page, 8)).toHaveText('已完成');
  await nav(page, '首页').click();
  const card = page.locator('.card', { has: page.getByRole('heading', { name: '意见落实情况' }) });
  await expect(card.locator('dl > div', { hasText: '已完成' }).locator('dd')).toHaveText('2');
});

test('deleting a declaration asks first', async ({ page }) => {
  await page.goto('./#/declarations');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '删除：自主知识产权应用软件备案表' }).click();
  await expect(page.getByRole('link', { name: '自主知识产权应用软件备案表', exact: true })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '删除：自主知识产权应用软件备案表' }).click();
  await expect(page.getByText('尚无申报')).toBeVisible();
});
