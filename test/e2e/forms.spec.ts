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

/** The messages at a labelled field of the app's own forms (components/Field). */
const alertAt = (page: Page, label: string) =>
  page.locator('.field', { has: page.getByRole('textbox', { name: label, exact: true }) }).getByRole('alert');

test('profile: a field is checked as it is left, says 必填 when empty and the phone form with an example; the USCC is tidied', async ({
  page,
}) => {
  await page.goto('./');
  await nav(page, '企业基本信息').click();
  const name = page.getByLabel('单位名称');
  const saved = await name.inputValue();
  await name.fill('');
  await name.blur();
  await expect(alertAt(page, '单位名称')).toHaveText('此项为必填项');
  await name.fill(saved);
  await expect(alertAt(page, '单位名称')).toHaveCount(0);

  const phone = page.getByLabel('联系电话');
  await phone.fill('请拨总机');
  await expect(alertAt(page, '联系电话')).toHaveCount(0);
  await phone.blur();
  await expect(alertAt(page, '联系电话')).toHaveText('应为电话号码：数字，可带区号和分机，如 010-68612345 转 123 或 13800138000');
  // Saving says the same thing at the field, once.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请修改标出的字段后再保存')).toBeVisible();
  await expect(alertAt(page, '联系电话')).toHaveCount(1);
  await expect(alertAt(page, '联系电话')).toContainText('应为电话号码');

  await phone.fill('010-68612345 转 123');
  await phone.blur();
  await expect(alertAt(page, '联系电话')).toHaveCount(0);
  const uscc = page.getByLabel('统一社会信用代码');
  const code = await uscc.inputValue();
  await uscc.fill(` ${code.slice(0, 9)} ${code.slice(9).toLowerCase()} `);
  await uscc.blur();
  await expect(alertAt(page, '统一社会信用代码')).toHaveCount(0);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(uscc).toHaveValue(code);
  await expect(phone).toHaveValue('010-68612345 转 123');
});

test('governance: a staff count the box cannot read is refused as it is left; "1,200" and 2009/10/15 are saved', async ({ page }) => {
  await page.goto('./');
  await nav(page, '信息化管理部门').click();
  const staff = page.getByLabel('人员数');
  await staff.fill('约 10 人');
  await staff.blur();
  await expect(alertAt(page, '人员数')).toHaveText('应填写数字，例如 3500');

  await staff.fill('1,200');
  await staff.blur();
  await expect(alertAt(page, '人员数')).toHaveCount(0);
  const established = page.getByLabel('成立日期');
  await established.fill('2009/10/15');
  await established.blur();
  await expect(alertAt(page, '成立日期')).toHaveCount(0);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(staff).toHaveValue('1200');
  await expect(established).toHaveValue('2009-10-15');
});

test('MLPS: the register form says 必填 as an empty name is left; a date written 2020年3月1日 is saved', async ({ page }) => {
  await page.goto('./');
  await nav(page, '定级对象').click();
  await page.getByRole('link', { name: '登记新对象' }).click();
  const name = page.getByLabel('对象名称');
  await name.fill('集团 OA 系统');
  await name.fill('');
  await name.blur();
  await expect(alertAt(page, '对象名称')).toHaveText('此项为必填项');

  await name.fill('集团 OA 系统');
  const goLive = page.getByLabel('投入运行日期');
  await goLive.fill('2020年3月1日');
  await goLive.blur();
  await expect(alertAt(page, '投入运行日期')).toHaveCount(0);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('tab', { name: '定级' })).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await page.getByRole('tab', { name: '登记信息' }).click();
  await expect(page.getByLabel('投入运行日期')).toHaveValue('2020-03-01');
});

test('plan: a year the box cannot read is refused as it is left; a budget of "3,500" and a target date 2027/6/30 are saved', async ({
  page,
}) => {
  const year = new Date().getFullYear();
  await page.goto('./');
  await nav(page, '登高计划').click();
  await page.getByRole('button', { name: `编制 ${year} 年登高计划` }).click();
  const planYear = page.getByLabel('计划年度');
  await planYear.fill('今年');
  await planYear.blur();
  await expect(alertAt(page, '计划年度')).toHaveText('应填写数字，例如 3500');
  await planYear.fill(String(year));
  await planYear.blur();
  await expect(alertAt(page, '计划年度')).toHaveCount(0);

  await page.getByLabel('目标日期').fill(`${year + 1}/6/30`);
  await page.getByRole('button', { name: '添加任务' }).click();
  const task = page.getByRole('group', { name: '任务 1' });
  await task.getByLabel('任务名称').fill('完善信息化规划');
  await task.getByLabel('预算（万元）').fill('3,500');
  await task.getByLabel('预算（万元）').blur();
  await expect(task.locator('.field__error')).toHaveCount(0);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('目标日期')).toHaveValue(`${year + 1}-06-30`);
  await expect(page.getByRole('group', { name: '任务 1' }).getByLabel('预算（万元）')).toHaveValue('3500');
});

test('settings: a count below its limit is refused as it is left, naming the limit; "1,000" is saved', async ({ page }) => {
  await page.goto('./');
  await nav(page, '设置').click();
  const keep = page.getByLabel('每类自动备份保留份数');
  await keep.fill('0');
  await keep.blur();
  await expect(alertAt(page, '每类自动备份保留份数')).toHaveText('不能小于 1');
  await keep.fill('1,000');
  await keep.blur();
  await expect(alertAt(page, '每类自动备份保留份数')).toHaveCount(0);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('form', { has: keep }).getByRole('status')).toHaveText('已保存');
  await page.reload();
  await expect(keep).toHaveValue('1000');
});
