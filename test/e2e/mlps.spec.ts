import { expect, test } from '@playwright/test';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page);
  await page.close();
});

test('register a system, grade it through the wizard, assess items, and see the score and a remediation task on the dashboard', async ({
  page,
}) => {
  await page.goto('./');
  await nav(page, '定级对象').click();
  await page.getByRole('link', { name: '登记新对象' }).click();

  // Register: a blank name is refused at its field and nothing is saved.
  await page.getByLabel('系统编号').fill('ERP-001');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('对象名称') }).getByRole('alert')).toContainText('必填');
  await page.getByLabel('对象名称').fill('集团 ERP 系统');
  await page.getByLabel('业务类型').fill('经营管理');
  await page.getByLabel('责任部门').fill('信息化管理部');
  await page.getByLabel('投入运行日期').fill('2020-03-01');
  await page.keyboard.press('Control+s');

  // The wizard: business information, then system service, each with guidance; the level shows live.
  await expect(page.getByRole('tab', { name: '定级' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('设想业务信息遭到破坏')).toBeVisible();
  await page.getByRole('radio', { name: /社会秩序、公共利益/ }).check();
  await expect(page.getByText('影响社会秩序和公共利益，例如')).toBeVisible();
  await page.getByRole('radio', { name: /^严重损害/ }).check();
  await expect(page.getByRole('complementary', { name: '定级结果' })).toContainText('第三级（监督保护级）');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: /公民、法人和其他组织的合法权益/ }).check();
  await page.getByRole('radio', { name: /^一般损害/ }).check();
  await expect(page.getByTestId('grading-level')).toHaveText('第三级（监督保护级）');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('定级日期').fill('2025-01-10');
  // Without sign-offs the checks explain what a level-3 grading still needs.
  await expect(page.getByLabel('检查结果')).toContainText('缺少专家评审记录');
  await page.getByLabel('专家评审日期').fill('2025-01-20');
  await page.getByLabel('评审专家').fill('集团网络安全专家组');
  await page.getByLabel('主管部门审核日期').fill('2025-02-01');
  await page.getByLabel('审核批准单位').fill('集团公司网信办');
  // Approval is asked only of a unit with a competent department: until that is answered, the checks ask it.
  await expect(page.getByLabel('检查结果')).toContainText('请填写单位是否有行业主管部门');
  await page.getByLabel('是否有主管部门').selectOption({ label: '有' });
  await expect(page.getByText('定级检查全部通过。')).toBeVisible();
  await page.getByRole('button', { name: '保存定级' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已定级' })).toContainText('第三级');
  await expect(page.getByRole('heading', { name: /集团 ERP 系统/ })).toContainText('第三级');

  // Filing: a certificate number with a control character (a pasted tab) is refused at its field, nothing saved.
  await page.getByRole('tab', { name: '备案与测评' }).click();
  await page.getByLabel('备案证明编号').fill('11010243001\t26001');
  await page.getByLabel('受理备案的公安机关').fill('北京市公安局网安总队');
  await page.getByLabel('备案日期').fill('2025-02-20');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.field', { has: page.getByLabel('备案证明编号') }).getByRole('alert')).toHaveText(
    '备案证明编号不能含控制字符（如换行、制表符）',
  );
  await page.getByLabel('备案证明编号').fill('11010243001-26001');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.getByRole('region', { name: '备案与测评时间表' })).toContainText('等级测评');

  // Gap assessment: 211 items at level 3, families collapsed until opened.
  await page.getByRole('tab', { name: '差距评估' }).click();
  await expect(page.getByText('第三级（监督保护级）：211 个要求项')).toBeVisible();
  await expect(page.getByLabel('L3-CES1-01 符合情况')).toHaveCount(0);
  await page.getByRole('button', { name: /安全计算环境/ }).click();
  await page.getByLabel('L3-CES1-01 符合情况').selectOption('compliant');
  await expect(page.getByTestId('overall-score')).toHaveText('100.00');
  await page.getByLabel('L3-CES1-02 符合情况').selectOption('partial');
  await page.getByLabel('L3-CES1-02 风险等级').selectOption('medium');
  await page.getByLabel('L3-CES1-03 符合情况').selectOption('noncompliant');
  await page.getByLabel('L3-CES1-03 风险等级').selectOption('high');
  await page.getByLabel('L3-CES1-03 证据与说明').fill('管理员口令未定期更换');
  await page.getByLabel('L3-CES1-03 证据与说明').blur();
  // (1 + 0.5 + 0) / 3 of the family → 50.00; one family assessed, so the overall score is the same.
  await expect(page.getByTestId('overall-score')).toHaveText('50.00');
  await expect(page.getByRole('region', { name: '评估得分' })).toContainText('差');
  await expect(page.getByRole('region', { name: '评估得分' })).toContainText('50% 不符合');
  await page.getByText('计算方法').click();
  await expect(page.getByText('综合得分（2021年前通行算法）')).toBeVisible();

  // A remediation task for the gap, from its row.
  const row = page.locator('li.item', { has: page.getByLabel('L3-CES1-03 符合情况') });
  await row.getByRole('button', { name: '整改' }).click();
  await row.getByLabel('整改任务').fill('启用口令定期更换策略');
  await row.getByLabel('责任人').fill('张伟');
  await row.getByLabel('完成期限').fill('2099-12-31');
  await row.getByRole('button', { name: '添加整改任务' }).click();
  await expect(page.getByText('已添加整改任务。')).toBeVisible();

  // The note survived: reload the page and reopen the family.
  await page.reload();
  await page.getByRole('button', { name: /安全计算环境/ }).click();
  await expect(page.getByLabel('L3-CES1-03 证据与说明')).toHaveValue('管理员口令未定期更换');

  await nav(page, '首页').click();
  const card = page.getByRole('region', { name: '等级保护' });
  await expect(card).toContainText('共 1 个对象');
  await expect(card).toContainText('未完成整改 1 项');
  await expect(card).toContainText('启用口令定期更换策略');
  // Two of 211 items assessed: the verdict says it is provisional, and the 2021 bands are not shown as a result.
  await expect(card).toContainText('集团 ERP 系统 · 50.00 · 50% 不符合暂定');
});

test('one person holding two administrator posts is flagged on the security posts page', async ({ page }) => {
  await page.goto('./#/mlps-mechanisms');
  await page.getByRole('tab', { name: '安全岗位' }).click();
  for (const role of ['system-admin', 'audit-admin']) {
    await page.getByRole('button', { name: '添加岗位' }).click();
    await page.getByLabel('岗位', { exact: true }).selectOption(role);
    await page.getByLabel('人员').fill('李强');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('button', { name: '添加岗位' })).toBeVisible();
  }
  await expect(page.getByLabel('检查结果')).toContainText('全单位：李强 同时担任系统管理员和审计管理员，应分离');
});

test("a remediation task picks its item from the object's own applicable items, those found wanting first", async ({ page }) => {
  await page.goto('./#/mlps-remediation');
  await page.getByRole('button', { name: '添加整改任务' }).click();
  const form = page.getByRole('form', { name: '整改任务' });
  await form.getByLabel('等级保护对象').selectOption({ label: '集团 ERP 系统' });
  // The suggestions are the object's 211 level-3 items, the non-compliant and partial ones first, with their status.
  const suggestions = form.locator('datalist option');
  await expect(suggestions).toHaveCount(211);
  await expect(suggestions.nth(0)).toHaveAttribute('value', 'L3-CES1-02');
  await expect(suggestions.nth(0)).toHaveAttribute('label', /（部分符合）$/);
  await expect(suggestions.nth(1)).toHaveAttribute('value', 'L3-CES1-03');
  await form.getByLabel('要求项编号').fill('L3-CES1-02');
  await form.getByRole('textbox', { name: '整改任务', exact: true }).fill('配置登录失败处理');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('row', { name: /配置登录失败处理/ })).toContainText('L3-CES1-02');

  // The item is optional: a task left without one is saved, not refused for a malformed id.
  await page.getByRole('button', { name: '添加整改任务' }).click();
  await form.getByLabel('等级保护对象').selectOption({ label: '集团 ERP 系统' });
  await form.getByRole('textbox', { name: '整改任务', exact: true }).fill('制定口令管理制度');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('row', { name: /制定口令管理制度/ })).toBeVisible();
});
