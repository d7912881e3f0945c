import { expect, test, type Page } from '@playwright/test';
import { applicableItems } from '../../shared/domain/mlps';
import { gbt22239Catalog } from '../../shared/catalogs/mlps/gbt22239-2019';
import { HEADQUARTERS_PROFILE, callBackend, nav, printedReportText, resetWorkspace } from './support';

const L3_ITEMS = applicableItems(gbt22239Catalog, 3).map((item) => item.id);
const GAP_ITEM = L3_ITEMS[0]!;

test.describe.configure({ mode: 'serial' });

/** A level-3 system with every item assessed: one 不符合 rated high risk, the rest 符合 (99.53 %). */
async function seedAssessedSystem(page: Page): Promise<string> {
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  const view = await callBackend<{ object: { id: string } }>(page, 'mlps.saveObject', { name: '财务共享系统', kind: 'information-system' });
  const objectId = view.object.id;
  await callBackend(page, 'mlps.saveGrading', {
    objectId,
    business: { object: 'society', degree: 'serious' },
    service: { object: 'citizen', degree: 'general' },
    gradedOn: '2025-01-10',
  });
  const items = L3_ITEMS.map((itemId) =>
    itemId === GAP_ITEM ? { itemId, status: 'noncompliant', risk: 'high' } : { itemId, status: 'compliant' },
  );
  await callBackend(page, 'mlps.saveItemStatuses', { objectId, items });
  return objectId;
}

const gapReportText = (page: Page, name: string) => printedReportText(page, '等级保护差距评估及整改报告', name);

test('a high-risk item alone leaves 99.5 % 符合; recording a major hidden risk makes it 基本符合, on the page and in the report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const objectId = await seedAssessedSystem(page);
  await page.goto(`./#/mlps?object=${objectId}&tab=assessment`);
  const score = page.getByRole('region', { name: '评估得分' });
  await expect(page.getByTestId('conclusion-2025')).toHaveText('99.53% 符合');
  await expect(page.getByTestId('major-hidden-risks')).toHaveText('0（0 已整改）');
  await expect(score).not.toContainText('暂定');
  const before = await gapReportText(page, 'before.pdf');
  expect(before).toContain('0（0已整改）');
  expect(before).not.toContain('基本符合99.53%');

  // Record one: without a principle it is refused at that field and nothing is stored.
  await page.goto(`./#/mlps?object=${objectId}&tab=assessment`);
  const register = page.getByRole('region', { name: '重大风险隐患' });
  await expect(register).toContainText('未记录重大风险隐患。');
  await register.getByRole('button', { name: '记录重大风险隐患' }).click();
  await register.getByLabel('隐患描述').fill('核心数据库可从互联网直接访问');
  await register.getByRole('checkbox', { name: new RegExp(GAP_ITEM) }).check();
  await register.getByRole('button', { name: '保存' }).click();
  await expect(register.locator('.field', { hasText: '判定原则' }).getByRole('alert')).toHaveText('请至少选择一项判定原则');
  await expect(page.getByTestId('conclusion-2025')).toHaveText('99.53% 符合');

  await register.getByRole('checkbox', { name: '严重性' }).check();
  await register.getByRole('checkbox', { name: '关联性' }).check();
  await register.getByRole('button', { name: '保存' }).click();
  await expect(register.getByRole('listitem').filter({ hasText: '核心数据库可从互联网直接访问' })).toContainText('未整改');
  await expect(page.getByTestId('conclusion-2025')).toHaveText('99.53% 基本符合');
  await expect(page.getByTestId('major-hidden-risks')).toHaveText('1（0 已整改）');

  const after = await gapReportText(page, 'after.pdf');
  expect(after).toContain('基本符合99.53%');
  expect(after).toContain('1（0已整改）');

  // Remediated: counted still, but the verdict reads 符合 again.
  await page.goto(`./#/mlps?object=${objectId}&tab=assessment`);
  await register.getByRole('button', { name: '编辑' }).click();
  await register.getByLabel('已整改').first().check();
  await register.getByLabel('整改日期').fill('2025-06-01');
  await register.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('major-hidden-risks')).toHaveText('1（1 已整改）');
  await expect(page.getByTestId('conclusion-2025')).toHaveText('99.53% 符合');
});

test('a verdict over 12 of 211 items is marked 暂定 on the object page and the home card', async ({ page }) => {
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  const view = await callBackend<{ object: { id: string } }>(page, 'mlps.saveObject', { name: '门户网站', kind: 'information-system' });
  const objectId = view.object.id;
  await callBackend(page, 'mlps.saveGrading', {
    objectId,
    business: { object: 'society', degree: 'serious' },
    service: { object: 'citizen', degree: 'general' },
    gradedOn: '2025-01-10',
  });
  const items = L3_ITEMS.slice(0, 12).map((itemId, index) =>
    index < 3 ? { itemId, status: 'partial', risk: 'high' } : { itemId, status: 'compliant' },
  );
  await callBackend(page, 'mlps.saveItemStatuses', { objectId, items });

  await page.goto(`./#/mlps?object=${objectId}&tab=assessment`);
  await expect(page.getByTestId('conclusion-2025')).toHaveText('87.5% 基本符合暂定');
  await expect(page.getByRole('region', { name: '评估得分' })).toContainText('暂定：尚有 199 个适用要求项未评价');

  await nav(page, '首页').click();
  const card = page.getByRole('region', { name: '等级保护' });
  await expect(card).toContainText('门户网站 · 87.50 · 87.5% 基本符合暂定');
  await expect(card).not.toContainText('· 差');
});
