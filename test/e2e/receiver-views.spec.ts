/**
 * The receiver's consolidation views in the real renderer: packages of two groups (each unit signed under its
 * group's CA) imported for two periods; the charts, filters by tier and industry, two periods compared, and
 * the XLSX and PDF exports read back. Its periods (2031, 2032) are its own, so filings other specs left in
 * the shared workspace do not change its figures.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { populationFilings, type PopulationFiling } from '../fixtures/population';
import { signPopulationPackages } from '../fixtures/population-packages';
import { HEADQUARTERS_PROFILE, callBackend, resetWorkspace, saveDownload } from './support';

test.describe.configure({ mode: 'serial' });

const PERIODS = ['2031', '2032'] as const;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-e2e-views-'));
const filed: Record<string, PopulationFiling[]> = {};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await browser.newPage();
  await resetWorkspace(page, { profile: HEADQUARTERS_PROFILE });
  // The page may only name files under the workspace's staging folder: the packages are put there.
  const staging = path.join(process.env.DENGGAO_E2E_DATA_DIR!, 'staging', 'receiver-views');
  fs.mkdirSync(staging, { recursive: true });
  const createdAt = new Date(Date.now() - 86_400_000).toISOString();
  for (const period of PERIODS) {
    filed[period] = [...populationFilings({ groups: 2, unitsPerGroup: 3, period, seed: Number(period) }, createdAt)];
    const { files, trustPem } = await signPopulationPackages(filed[period]!, staging, period, createdAt);
    for (const file of files) await callBackend(page, 'filing.import', { path: file, trust: trustPem });
  }
  await page.close();
});
test.afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));

async function openAnalysis(page: Page, period: string) {
  await page.goto('./#/receiver?tab=analysis');
  await page.getByLabel('期间').first().selectOption(period);
  await expect(page.getByTestId('views-summary')).toContainText(`${filed[period]!.length} 家企业`);
}

test('shows the charts and narrows by tier and industry', async ({ page }) => {
  await openAnalysis(page, '2032');
  for (const title of ['自评等级分布与目标等级', '登高计划进度', '等级保护对象（按级别与备案状态）', '逾期事项']) {
    await expect(page.getByRole('figure', { name: title })).toBeVisible();
  }
  await page.getByLabel('层级').selectOption({ label: '集团总部 (2)' });
  await expect(page.getByTestId('views-summary')).toContainText('2 家企业');
  await expect(page.getByTestId('views-ranking').getByRole('row')).toHaveCount(3);

  await page.getByLabel('层级').selectOption('');
  const industry = filed['2032']![0]!.filer.industry;
  const expected = filed['2032']!.filter((filing) => filing.filer.industry === industry).length;
  await page.getByLabel('行业').selectOption(industry);
  await expect(page.getByTestId('views-summary')).toContainText(`${expected} 家企业`);
  // A grade's bar is a filter too.
  const grade = filed['2032']![0]!.summary.assessment!.grade;
  await page.getByRole('figure', { name: '自评等级分布与目标等级' }).getByRole('button', { name: grade, exact: true }).click();
  const withGrade = filed['2032']!.filter(
    (filing) => filing.filer.industry === industry && filing.summary.assessment?.grade === grade,
  ).length;
  await expect(page.getByTestId('views-summary')).toContainText(`${withGrade} 家企业`);
});

test('compares two periods side by side', async ({ page }) => {
  await openAnalysis(page, '2032');
  await page.getByLabel('基期').selectOption('2031');
  await page.getByLabel('比较期').selectOption('2032');
  await page.getByRole('button', { name: '对比', exact: true }).click();
  const row = page
    .getByTestId('views-compare')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '企业数', exact: true }) });
  await expect(row.getByRole('cell')).toHaveText(['企业数', String(filed['2031']!.length), String(filed['2032']!.length), '0']);
});

test('exports the consolidated tables as XLSX and the report as PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await openAnalysis(page, '2032');
  const xlsx = await saveDownload(page, () => page.getByRole('button', { name: '导出汇总表（XLSX）' }).click(), downloads, 'tables.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  expect(workbook.getWorksheet('汇总')!.getRow(2).values).toEqual([undefined, '企业数', filed['2032']!.length]);
  expect(workbook.getWorksheet('企业')!.rowCount).toBe(filed['2032']!.length + 1);

  const pdf = await saveDownload(page, () => page.getByRole('button', { name: '生成汇总报告（PDF）' }).click(), downloads, 'report.pdf');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('信息化工作汇总报告');
  expect(text).toContain(`企业数${filed['2032']!.length}`);
});
