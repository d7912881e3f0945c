import { expect, test, type Page } from '@playwright/test';
import { highRiskScenario } from '../fixtures/readiness-scenario';
import { nav, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  // Two filed level-3 systems with open high risks, no emergency plan, no drill, no assessment.
  const { formatVersion: _version, profile: _profile, ...scenario } = highRiskScenario;
  await resetWorkspace(page, scenario);
  await page.close();
});

const pointRow = (page: Page, point: number) => page.locator(`tr[data-point="${point}"]`);
const requirement = (page: Page, id: string) => pointRow(page, 5).locator(`[data-requirement="${id}"]`);

test("point 5 is in progress while the opinion's clauses lack records, each named with a link to where it is recorded", async ({
  page,
}) => {
  await page.goto('./');
  await nav(page, '准备情况总览').click();
  await expect(pointRow(page, 5).locator('td').first().locator('.badge')).toHaveText('进行中');
  await expect(requirement(page, 'graded-filed')).toContainText('已具备');
  await expect(requirement(page, 'emergency')).toContainText('缺少');
  await expect(requirement(page, 'emergency')).toContainText('尚未登记应急预案');
  await expect(requirement(page, 'emergency')).toContainText('近 12 个月没有应急演练记录');
  await expect(requirement(page, 'emergency')).toContainText('未经核实');
  await expect(requirement(page, 'major-risks')).toContainText('有 2 项高等级重大风险尚未关闭');
  await expect(requirement(page, 'assessments')).toContainText('2 个三级及以上对象中有 2 个尚无完成的等级测评');
  // SASAC's own undertakings are optional participation, not work undone.
  await expect(pointRow(page, 10).locator('td').first().locator('.badge')).toHaveText('自愿参与');
  await expect(pointRow(page, 11).locator('td').first().locator('.badge')).toHaveText('自愿参与');

  await requirement(page, 'emergency').getByRole('link', { name: '去填写：尚未登记应急预案' }).click();
  await expect(page).toHaveURL(/mlps-mechanisms/);
});
