import { expect, test } from '@playwright/test';
import { HEADQUARTERS_PROFILE, callBackend, resetWorkspace, savedReportText } from './support';

test('fills the 2025 filing form of a level-3 object — unit, coded options, certificate number, a data sheet — and prints it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  const view = await callBackend<{ object: { id: string } }>(page, 'mlps.saveObject', { name: '客户服务系统', kind: 'information-system' });
  const objectId = view.object.id;
  await callBackend(page, 'mlps.saveGrading', {
    objectId,
    business: { object: 'society', degree: 'serious' },
    service: { object: 'citizen', degree: 'general' },
    gradedOn: '2025-01-10',
  });

  // A data sheet without its category is refused at that field; with one it is kept.
  await page.goto(`./#/mlps?object=${objectId}&tab=register`);
  await page.getByRole('button', { name: '添加数据类别' }).click();
  await page.getByLabel('数据量').fill('约 50 万条');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('.field', { hasText: '数据类别' }).first().getByRole('alert')).toHaveText('此项为必填项');
  await page.getByRole('textbox', { name: '数据类别', exact: true }).fill('客户账户');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  // Table 1: the unit's 备案表编号 is checked as 11 digits; the security leader and 隶属关系 as a code.
  await page.goto(`./#/mlps?object=${objectId}&tab=form`);
  const unit = page.getByRole('form', { name: '备案单位（备案表表一）' });
  await unit.getByLabel('备案表编号').fill('1101024300');
  await unit.getByLabel('单位负责人（主管信息安全工作的领导） · 姓名').fill('陈立新');
  await unit.getByLabel('职务/职称', { exact: true }).fill('副总经理');
  await unit.getByLabel('隶属关系').selectOption({ label: '1 中央' });
  await unit.getByLabel('单位类型').selectOption({ label: '4 企业' });
  await unit.getByRole('button', { name: '保存' }).click();
  await expect(unit.locator('.field', { hasText: '备案表编号' }).getByRole('alert')).toContainText('11位数字');
  await unit.getByLabel('备案表编号').fill('11010243001');
  await unit.getByRole('button', { name: '保存' }).click();
  await expect(unit.getByRole('status')).toHaveText('已保存');

  // Tables 2–3: coded options.
  const system = page.getByRole('form', { name: '备案表（2025年版）表二、表三' });
  await system.getByLabel('业务类型').selectOption({ label: '4 内部办公' });
  await system.getByLabel('网络性质').selectOption({ label: '2 互联网' });
  await system.getByRole('checkbox', { name: '1 等级测评' }).check();
  await system.getByLabel('服务责任方').selectOption({ label: '2 国内其他服务商' });
  await system.getByRole('button', { name: '保存' }).click();
  await expect(system.getByRole('status')).toHaveText('已保存');

  // The certificate number per system, as printed on the certificate.
  await page.goto(`./#/mlps?object=${objectId}&tab=filing`);
  await page.getByLabel('备案证明编号').fill('11010243001-26001');
  await page.getByLabel('受理备案的公安机关').fill('北京市公安局');
  await page.getByLabel('备案日期').fill('2025-02-01');
  await page.getByRole('button', { name: '保存', exact: true }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await page.goto(`./#/mlps?object=${objectId}&tab=form`);
  await expect(page.getByText('备案证明编号：11010243001-26001')).toBeVisible();
  await page.getByRole('button', { name: '打印备案表（PDF）' }).click();
  await expect(page.getByLabel('报告类型')).toHaveValue('filing-form');
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已生成 \d+ 页/ })).toBeVisible({ timeout: 60_000 });
  const text = await savedReportText(page, 'filing-form.pdf');
  for (const expected of [
    '11010243001',
    '陈立新',
    '■1中央',
    '■4企业',
    '■4内部办公',
    '■2互联网',
    '11010243001-26001',
    '数据摸底调查表（1/1）',
    '客户账户',
    '约50万条',
  ]) {
    expect(text, expected).toContain(expected);
  }
});
