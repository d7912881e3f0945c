import { expect, test } from '@playwright/test';
import { HEADQUARTERS_PROFILE, callBackend, nav, printedReportText, resetWorkspace } from './support';

test.describe.configure({ mode: 'serial' });

/** A day as the page's date fields take it, counted from today so the expectations hold whatever the run's date. */
function isoDaysFromToday(days: number): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function plusOneYear(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

test('a public platform is flagged at grading, approval is asked only with a competent department, a self-inspection moves its due item, and DR is the lowest of seven elements', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  const view = await callBackend<{ object: { id: string } }>(page, 'mlps.saveObject', {
    name: '集团门户网站',
    kind: 'information-system',
    servesPublic: true,
  });
  const objectId = view.object.id;

  // Grading at level 2: the public platform is flagged with its source; the department question comes first.
  await page.goto(`./#/mlps?object=${objectId}&tab=grading`);
  await page.getByRole('radio', { name: /公民、法人和其他组织的合法权益/ }).check();
  await page.getByRole('radio', { name: /^严重损害/ }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('radio', { name: /公民、法人和其他组织的合法权益/ }).check();
  await page.getByRole('radio', { name: /^一般损害/ }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('定级日期').fill('2024-01-10');
  await page.getByLabel('专家评审日期').fill('2024-01-20');
  await page.getByLabel('评审专家').fill('集团网络安全专家组');
  const checks = page.getByLabel('检查结果');
  await expect(checks).toContainText('“集团门户网站”面向社会公众提供服务，定为第2级；依 GB/T 22240-2020，此类平台原则上不低于第3级');
  await expect(checks).toContainText('请填写单位是否有行业主管部门');
  await page.getByLabel('是否有主管部门').selectOption({ label: '有' });
  await expect(checks).toContainText('缺少主管部门审核批准记录');
  await page.getByLabel('是否有主管部门').selectOption({ label: '无' });
  await expect(checks).not.toContainText('主管部门');

  // Re-judged at level 3: nothing left to flag.
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByRole('button', { name: '上一步' }).click();
  await page.getByRole('radio', { name: /社会秩序、公共利益/ }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('定级检查全部通过。')).toBeVisible();
  await page.getByRole('button', { name: '保存定级' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已定级' })).toContainText('第三级');

  // Filed in 2024 (valid from 2025-01-01 to 2028-01-01): the renewal window opens 3 months before expiry.
  await page.getByRole('tab', { name: '备案与测评' }).click();
  await page.getByLabel('受理备案的公安机关').fill('北京市公安局网安总队');
  await page.getByLabel('备案日期').fill('2024-02-01');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const schedule = page.getByRole('region', { name: '备案与测评时间表' });
  await expect(schedule).toContainText('续期申请期自 2027-10-01 起');
  // The due item's row (the records below have rows of their own).
  const selfInspection = schedule.locator('tr.due').filter({ has: page.getByRole('rowheader', { name: '自查', exact: true }) });
  await expect(selfInspection).toContainText('2025-02-01');

  // The home card lists the overdue self-inspection.
  await nav(page, '首页').click();
  await expect(page.getByRole('region', { name: '等级保护' })).toContainText('集团门户网站 · 自查 2025-02-01');

  // Recording one moves the item a year on and takes it off the overdue list.
  const done = isoDaysFromToday(-10);
  await page.goto(`./#/mlps?object=${objectId}&tab=filing`);
  await page.getByRole('textbox', { name: '完成日期', exact: true }).fill(done);
  await page.getByRole('textbox', { name: '说明', exact: true }).fill('年度自查');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(selfInspection).toContainText(plusOneYear(done));
  await expect(page.getByRole('region', { name: '自查与保护工作方案记录' })).toContainText('年度自查');
  await nav(page, '首页').click();
  await expect(page.getByRole('region', { name: '等级保护' })).not.toContainText('自查 2025-02-01');

  // Disaster recovery: level 3 chosen; the plan only meets level 2, so level 2 is reached.
  await page.goto(`./#/mlps?object=${objectId}&tab=recovery`);
  await page.getByLabel('所定的灾难恢复能力等级').selectOption('3');
  await expect(page.getByText('每天多次经通信网络将关键数据定时批量传送至备用场地')).toBeVisible();
  for (const element of ['数据备份系统', '备用数据处理系统', '备用网络系统', '备用基础设施', '专业技术支持能力', '运行维护管理能力']) {
    await page.getByLabel(`${element} · 达到`).selectOption('3');
  }
  await expect(page.getByTestId('dr-achieved')).toHaveText('实际达到：七个要素全部评定后得出');
  await page.getByLabel('灾难恢复预案 · 达到').selectOption('2');
  await expect(page.getByTestId('dr-achieved')).toHaveText('实际达到：第2级 备用场地支持（七个要素中最低的一项）');
  await expect(page.getByText('各要素要求是本软件对 GB/T 20988-2007 的概括，未经标准原文核对')).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByLabel('检查结果')).toContainText('灾难恢复预案只达到第2级，低于所定的第3级');

  // The report carries the due items and the elements.
  const text = await printedReportText(page, '信息系统安全等级保护定级报告及备案表', 'mlps.pdf');
  expect(text).toContain('自查');
  expect(text).toContain('续期申请期自2027-10-01起');
  expect(text).toContain('实际达到的等级（七要素中最低）');
  expect(text).toContain('灾难恢复预案只达到第2级');
});
