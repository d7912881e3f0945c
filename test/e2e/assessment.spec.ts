import { expect, test, type Page } from '@playwright/test';
import { smallTemplate } from '../../shared/domain/assessment/small-template.fixture';
import { callBackend, nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  // A two-element template, small enough to answer in a test, seeded through the data JSON.
  await resetWorkspace(page, { assessmentTemplates: [smallTemplate] });
  await callBackend(page, 'workspace.saveSettings', { actorName: '张三' });
  await page.close();
});

const year = new Date().getFullYear();
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const indicator = (page: Page, id: string) => page.locator(`article[data-indicator="${id}"]`);

test('answer a short assessment, see grade, formula and radar chart, and finalize it with its evidence', async ({ page }) => {
  await page.goto('./');
  await nav(page, '信息化水平自评').click();
  await page.getByLabel('新建评价的年份').fill(String(year));
  await page.getByLabel('评价模板', { exact: true }).selectOption({ label: '小模板 (1)' });
  await page.getByRole('button', { name: '新建评价' }).click();
  await expect(page.getByText(`${year} 年信息化水平评价（第 1 版）`)).toBeVisible();
  // A second one for the same year is refused once, at the year field (not again in a banner).
  await page.getByRole('button', { name: '新建评价' }).click();
  await expect(page.getByText(`${year} 年已有评价`)).toHaveCount(1);
  await expect(page.locator('.field', { has: page.getByLabel('新建评价的年份') }).getByRole('alert')).toContainText(`${year} 年已有评价`);

  await page.getByRole('combobox', { name: 'L1 委员会' }).selectOption({ label: '是' });
  await page.getByRole('combobox', { name: 'L2 规划' }).selectOption('3');
  await page.getByRole('combobox', { name: 'L3 CIO' }).selectOption({ label: '兼任' });
  // An answer outside the indicator's range is flagged at the indicator before anything is saved (a text box: it reads "3,500").
  await page.getByRole('textbox', { name: 'I1 覆盖率' }).fill('120');
  await expect(indicator(page, 'I1').getByRole('alert')).toHaveText('答案 120 超出允许范围（0–100）');
  await page.getByRole('textbox', { name: 'I1 覆盖率' }).fill('60');
  await expect(indicator(page, 'I1').getByRole('alert')).toHaveCount(0);
  await indicator(page, 'I2').getByLabel('甲').check();
  await indicator(page, 'L2').getByLabel('备注').fill('三年规划已由董事会批准');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('已保存');

  await expect(page.getByTestId('grade')).toHaveText('C 级');
  await expect(page.getByText('总分 69.20')).toBeVisible();
  await expect(page.getByText('要素得分 = Σ(指标权重 × 指标得分率) ÷ 100 × 100')).toBeVisible();
  await expect(page.getByRole('note')).toContainText('并非国资委官方数值');
  const radar = page.getByRole('img', { name: '各要素得分雷达图' });
  await expect(radar).toBeVisible();
  await expect(radar.getByTestId('radar-series')).toHaveAttribute('points', /\d/);
  await expect(page.getByRole('heading', { name: /领导力/ })).toContainText('已答 3 / 3');

  // Before 定稿 is pressed, the page says what finalizing would refuse: L2 needs a supporting document, and
  // the record needs the operator's name (cleared here), with the way to each.
  await callBackend(page, 'workspace.saveSettings', { actorName: '' });
  await page.reload();
  const checklist = page.getByRole('region', { name: '定稿前还需完成 2 项' });
  await expect(checklist).toContainText('需附证明材料：L2 规划');
  await expect(page.getByRole('button', { name: '定稿' })).toBeDisabled();
  await checklist.getByRole('link', { name: '去“设置”填写' }).click();
  await page.getByLabel('操作人姓名').fill('张三');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: '定稿前还需完成 1 项' })).toBeVisible();
  await page.getByRole('button', { name: '需附证明材料：L2 规划' }).click();
  await expect(indicator(page, 'L2').getByRole('combobox')).toBeFocused();

  await indicator(page, 'L2')
    .getByLabel('添加证明材料')
    .setInputFiles({ name: '信息化规划.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 规划') });
  await expect(indicator(page, 'L2').getByRole('list', { name: '证明材料' })).toContainText('信息化规划.pdf');
  await expect(page.locator('#finalize-checklist')).toHaveCount(0);
  await page.getByRole('button', { name: '定稿' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('定稿后将被锁定');
  await dialog.getByRole('button', { name: '定稿' }).click();
  await expect(page.locator('.assessment__state .badge')).toHaveText('已定稿');
  await expect(page.getByText(/由 张三 于 .* 定稿，内容哈希 [0-9a-f]{16}/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'L1 委员会' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '创建修订版' })).toBeVisible();
});

test('a plan that breaks a rule is saved as a draft with the reason shown; fixed, it is marked ready', async ({ page }) => {
  await page.goto('./');
  await nav(page, '登高计划').click();
  await expect(page.getByText('当前等级：C 级')).toBeVisible();
  await page.getByRole('button', { name: `编制 ${year} 年登高计划` }).click();

  await page.getByLabel('目标等级').selectOption('C');
  await page.getByLabel('目标日期').fill(`${year + 1}-12-31`);
  await page.getByRole('button', { name: '添加任务' }).click();
  const task = page.getByRole('group', { name: '任务 1' });
  await task.getByLabel('任务名称').fill('完善信息化规划');
  await task.getByLabel('措施').fill('成立规划编制组\n对标行业先进企业');
  await task.getByLabel('责任部门').fill('信息化管理部');
  await task.getByLabel('责任人').fill('李晓华');
  await task.getByLabel('预算（万元）').fill('120');
  await task.getByLabel('拟提升的指标').fill('L2');
  await page.getByRole('button', { name: '添加里程碑' }).click();
  const milestone = page.getByRole('group', { name: '里程碑 1' });
  await milestone.getByLabel('里程碑').fill('规划获批');
  // A milestone after the target date is a finding, not a refusal: the plan saves as a draft and says why.
  await milestone.getByLabel('完成日期').fill(`${year + 2}-01-15`);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  const rules = page.getByRole('region', { name: '规则检查' });
  await expect(rules.locator('.rule--failed')).toContainText([`里程碑“规划获批”（${year + 2}-01-15）晚于目标日期 ${year + 1}-12-31`]);
  await expect(page.locator('.plan__summary .badge')).toHaveText('草稿');

  await milestone.getByLabel('完成日期').fill(`${year + 1}-06-30`);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await expect(rules.locator('.rule--failed')).toHaveCount(1);
  await expect(rules.locator('.rule--failed')).toContainText('未通过： 当前 C 级，本轮要求目标至少为 B 级，计划只定了 C 级');
  // A passed rule says what passed, in the user's terms: the indicator by its name, never its id.
  await expect(rules.locator('.rule--ok')).toContainText([
    '通过： 目标 C 级不低于当前的 C 级',
    '通过： 任务“完善信息化规划”拟提升的指标“规划”在评价模板中',
  ]);
  await expect(rules).not.toContainText('L2');
  await expect(page.getByRole('button', { name: '标记为待备案' })).toBeDisabled();
  await expect(page.locator('#ready-reasons')).toContainText('不能标记为待备案，原因：当前 C 级，本轮要求目标至少为 B 级');

  await page.getByLabel('目标等级').selectOption('B');
  await expect(page.locator('#ready-reasons')).toContainText('有未保存的修改');
  await page.keyboard.press('Control+s');
  await expect(rules).toContainText('所有规则均已通过');

  // The plan answers to the current cycle, whose shipped dates are unverified; the receiver's deadline has passed.
  await expect(page.locator('.plan__summary')).toContainText('日期为默认值，未经核实');
  const cycle = page.getByRole('region', { name: '本轮日期' });
  await cycle.getByLabel('周期开始').fill(`${year - 1}-01-01`);
  await cycle.getByLabel('报备截止日').fill(yesterday);
  await cycle.getByRole('button', { name: '保存本轮日期' }).click();
  await expect(page.locator('.plan__summary').getByRole('alert')).toHaveText(`⚠ 本轮报备截止日 ${yesterday} 已过，计划尚未标记为待备案`);
  await nav(page, '首页').click();
  await expect(page.getByRole('region', { name: '登高计划' }).getByRole('alert')).toContainText(`本轮报备截止日 ${yesterday} 已过`);
  await nav(page, '登高计划').click();

  await page.getByRole('button', { name: '标记为待备案' }).click();
  await expect(page.locator('.plan__summary').getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.plan__summary .badge')).toHaveText('待备案');
  await expect(page.getByRole('img', { name: '里程碑时间线' })).toContainText('规划获批');

  // Execution tracking keeps the plan ready.
  await page.getByLabel('“规划获批”的状态').selectOption({ label: '进行中' });
  await page.getByLabel('“规划获批”的完成百分比').fill('40');
  await page.getByRole('button', { name: '更新' }).click();
  await page.getByRole('textbox', { name: '执行情况说明' }).fill('规划初稿已完成，正在征求各部门意见。');
  await page.getByRole('button', { name: '记录执行情况' }).click();
  await expect(page.locator('.snapshots')).toContainText('规划初稿已完成，正在征求各部门意见。 — 张三');
  await expect(page.locator('.plan__summary .badge')).toHaveText('待备案');

  await nav(page, '首页').click();
  const card = page.getByRole('region', { name: '登高计划' });
  await expect(card).toContainText('当前等级：C 级');
  await expect(card).toContainText(`${year} 年计划：目标 B 级，${year + 1}-12-31 前达到（待备案）`);
  await expect(card).toContainText(`里程碑“规划获批”到期 ${year + 1}-06-30`);
});
