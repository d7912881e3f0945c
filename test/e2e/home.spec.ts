import { expect, test } from '@playwright/test';
import { enterpriseDocument } from '../fixtures/reports/enterprise';
import { nav, printedReportText, resetWorkspace } from './support';

// The sample enterprise with four level-3 objects (object 4 not filed); its plan's dates and its licences'
// ends are all in the past, so these figures hold whatever day the test runs. Due items and the twelve points
// move with the calendar (drills a year old, assessments a year due), so only their form is checked.
const FIGURES = {
  grade: '当前 C 级，目标 B 级（2026-12-31）',
  plan: '里程碑已完成 1/4 个，逾期 3 个',
  sam: '正版化率 90.7%，缺口金额 11,200 CNY',
  objects: '共 4 个对象，已备案 3 个',
  due: /已逾期 \d+ 项，即将到期 \d+ 项/,
  readiness: /已完成 \d+ 项，进行中 \d+ 项，未开始 \d+ 项/,
};

const CHARTS = [
  { title: '信息化水平等级与目标', figure: FIGURES.grade, page: /\/assessment$/ },
  { title: '登高计划进度', figure: FIGURES.plan, page: /\/plan$/ },
  { title: '软件正版化率与缺口金额', figure: FIGURES.sam, page: /\/sam-position$/ },
  { title: '定级对象（按级别与备案状态）', figure: FIGURES.objects, page: /\/mlps$/ },
  { title: '到期与逾期事项', figure: FIGURES.due, page: /\/mlps$/ },
  { title: '十二项要点落实情况', figure: FIGURES.readiness, page: /\/readiness$/ },
];

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await resetWorkspace(page, enterpriseDocument({ objects: 4 }));
  await page.close();
});

const chart = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('region', { name: '态势一览' }).getByRole('link', { name: title, exact: true });

test('the home page shows the posture in six charts, each with its figure', async ({ page }) => {
  await page.goto('./');
  for (const { title, figure } of CHARTS) {
    const link = chart(page, title);
    await expect(link).toBeVisible();
    await expect(link).toContainText(figure);
    // The drawing itself: an SVG image that says its figure to those who cannot see it.
    await expect(link.getByRole('img')).toHaveAttribute('alt', figure);
    await expect(link.getByRole('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  }
});

test('the objects chart draws the filed and unfiled objects of level 3 as whole numbers', async ({ page }) => {
  await page.goto('./');
  const source = await chart(page, '定级对象（按级别与备案状态）').getByRole('img').getAttribute('src');
  const svg = decodeURIComponent(source!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
  for (const words of ['第三级', '已备案', '未备案', '>3<', '>1<']) expect(svg).toContain(words);
  // The value axis counts objects: 0, 1, 2, 3 — never 0.5.
  expect(svg).not.toMatch(/>\d+\.\d+</);
});

for (const { title, page: target } of CHARTS) {
  test(`clicking the chart “${title}” opens its page`, async ({ page }) => {
    await page.goto('./');
    await chart(page, title).click();
    await expect(page).toHaveURL(target);
    await nav(page, '首页').click();
    await expect(chart(page, title)).toBeVisible();
  });
}

test('the summary report prints the same charts', async ({ page }) => {
  await page.goto('./');
  const text = await printedReportText(page, '信息化工作情况汇报', 'summary-with-charts.pdf');
  for (const { title } of CHARTS) expect(text).toContain(title);
  for (const figure of [FIGURES.grade, FIGURES.plan, FIGURES.sam, FIGURES.objects]) expect(text).toContain(figure.replace(/\s+/g, ''));
  // Words drawn inside the charts (legend and axis), which only the SVG carries.
  for (const words of ['已有正版许可', '缺少许可', '登高计划里程碑']) expect(text).toContain(words);
});
