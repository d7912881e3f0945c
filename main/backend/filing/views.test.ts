/**
 * The consolidation views through the backend, over packages really signed and imported: figures equal to
 * the imported summaries added up by hand, filters, ranking, two periods, and the XLSX and PDF exports read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_VERSION } from '../../../shared/domain/filing/summary';
import { DATABASE_FILE_NAME } from '..';
import type { FilingSummary } from '../../../shared/contract/filing/receiver';
import { exceljs } from '../heavy-modules';
import { populationFilings, type PopulationFiling } from '../../../test/fixtures/population';
import { signPopulationPackages } from '../../../test/fixtures/population-packages';
import { compact, pdfText } from '../../../test/fixtures/reports/poppler';
import { expectOk, makeTempDir, sampleProfile, tempBackend } from '../../../test/support/workspace';

const POPULATION = { groups: 2, unitsPerGroup: 4, seed: 11 };
let work: string;
let receiver: ReturnType<typeof tempBackend>;
const filed: Record<string, PopulationFiling[]> = {};

async function importPeriod(period: string) {
  const filings = [...populationFilings({ ...POPULATION, period }, `${period}-07-01T08:00:00.000Z`)];
  const { files, trustPem } = await signPopulationPackages(filings, work, period, `${period}-07-01T08:00:00.000Z`);
  for (const file of files) expectOk(await receiver.call('filing.import', { path: file, trust: trustPem }));
  filed[period] = filings;
}

beforeAll(async () => {
  work = makeTempDir('denggao-views-');
  receiver = tempBackend();
  expectOk(await receiver.call('profile.save', sampleProfile()));
  await importPeriod('2024');
  await importPeriod('2025');
}, 120_000);

afterAll(() => {
  receiver.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

const sum = (summaries: FilingSummary[], read: (summary: FilingSummary) => number | undefined) =>
  summaries.reduce((total, summary) => total + (read(summary) ?? 0), 0);

describe('the consolidation view', () => {
  it('adds up every current filing of the period as the summaries say', async () => {
    const view = expectOk(await receiver.call('filing.views.consolidation', { period: '2025' }));
    const summaries = filed['2025']!.map((filing) => filing.summary);
    expect(view.periods).toEqual(['2025', '2024']);
    expect(view.totals.enterprises).toBe(10);
    expect(view.totals.licences.installations).toBe(sum(summaries, (s) => s.licences?.installations));
    expect(view.totals.licences.genuineRate).toBeCloseTo(
      sum(summaries, (s) => s.licences?.covered) / sum(summaries, (s) => s.licences?.installations),
      10,
    );
    expect(view.totals.plan.overdue).toBe(sum(summaries, (s) => s.plan?.overdue));
    expect(view.totals.objects.levels[2]!.objects).toBe(sum(summaries, (s) => s.protectedObjects?.levels[2]!.objects));
    for (const grade of ['A', 'B', 'C', 'D', 'E'] as const) {
      expect(view.totals.byGrade.find((row) => row.grade === grade)!.count).toBe(
        summaries.filter((s) => s.assessment?.grade === grade).length,
      );
    }
    expect(view.options.tiers).toEqual([
      { key: 'subsidiary', count: 8 },
      { key: 'headquarters', count: 2 },
    ]);
    expect(view.options.groups.map((group) => group.label).sort()).toEqual(
      [...new Set(filed['2025']!.map((f) => f.filer.group.name))].sort(),
    );
  });

  it('narrows by tier, industry, group, grade and overdue items, and ranks', async () => {
    const hq = expectOk(await receiver.call('filing.views.consolidation', { period: '2025', filter: { tier: 'headquarters' } }));
    expect(hq.ranking.rows.map((row) => row.name).sort()).toEqual(
      filed['2025']!.filter((f) => f.filer.tier === 1)
        .map((f) => f.filer.name)
        .sort(),
    );
    const industry = filed['2025']![1]!.filer.industry;
    const byIndustry = expectOk(await receiver.call('filing.views.consolidation', { period: '2025', filter: { industry } }));
    expect(byIndustry.totals.enterprises).toBe(filed['2025']!.filter((f) => f.filer.industry === industry).length);
    const group = filed['2025']![0]!.filer.group.uscc;
    const drilled = expectOk(
      await receiver.call('filing.views.consolidation', { period: '2025', filter: { groupUscc: group }, breakdown: 'tier' }),
    );
    expect(drilled.totals.enterprises).toBe(5);
    expect(drilled.breakdown.rows.map((row) => [row.key, row.enterprises]).sort()).toEqual([
      ['headquarters', 1],
      ['subsidiary', 4],
    ]);
    const overdue = expectOk(await receiver.call('filing.views.consolidation', { period: '2025', filter: { overdue: true } }));
    expect(overdue.totals.enterprises).toBe(
      filed['2025']!.filter(
        (f) => (f.summary.plan?.overdue ?? 0) + sum([f.summary], (s) => s.protectedObjects?.levels.reduce((n, l) => n + l.notFiled, 0)) > 0,
      ).length,
    );
    const ranked = expectOk(
      await receiver.call('filing.views.consolidation', {
        period: '2025',
        sort: { by: 'genuineRate', descending: false },
        limit: 3,
        offset: 1,
      }),
    );
    const rates = filed['2025']!.map((f) => f.summary.licences!.covered / f.summary.licences!.installations).sort((a, b) => a - b);
    expect(ranked.ranking.rows.map((row) => row.genuineRate)).toEqual(rates.slice(1, 4).map((rate) => expect.closeTo(rate, 10)));
    expect(ranked.ranking.total).toBe(10);
  });

  it('refuses a malformed province and an unknown period, naming the field', async () => {
    const bad = await receiver.call('filing.views.consolidation', { period: '2025', filter: { province: '北京' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.issues?.[0]?.field).toBe('filter.province');
    const missing = await receiver.call('filing.views.compare', { before: '2023', after: '2025' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatchObject({ code: 'filing.views.periodMissing', details: { field: 'before' } });
  });
});

describe('two periods', () => {
  it('puts the figures side by side with their change', async () => {
    const comparison = expectOk(
      await receiver.call('filing.views.compare', { before: '2024', after: '2025', filter: { tier: 'subsidiary' } }),
    );
    const installed = (period: string) =>
      sum(
        filed[period]!.filter((f) => f.filer.tier !== 1).map((f) => f.summary),
        (s) => s.licences?.installations,
      );
    expect(comparison.before.totals.licences.installations).toBe(installed('2024'));
    expect(comparison.after.totals.licences.installations).toBe(installed('2025'));
    const enterprises = comparison.changes.find((change) => change.metric === 'filing.views.metric.enterprises')!;
    expect(enterprises).toEqual({ metric: 'filing.views.metric.enterprises', before: 8, after: 8, delta: 0 });
    const mean = comparison.changes.find((change) => change.metric === 'filing.views.metric.meanTotal')!;
    expect(mean.delta).toBeCloseTo((mean.after as number) - (mean.before as number), 1);
  });
});

describe('exports', () => {
  it('writes the consolidated tables as a workbook whose figures are the view’s', async () => {
    const out = path.join(work, '汇总.xlsx');
    const result = expectOk(await receiver.call('filing.views.exportXlsx', { period: '2025', out }));
    expect(result).toEqual({ path: out, rows: 10 });
    const workbook = new (exceljs().Workbook)();
    await workbook.xlsx.readFile(out);
    const view = expectOk(await receiver.call('filing.views.consolidation', { period: '2025', limit: 10 }));
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getRow(2).values).toEqual([undefined, '企业数', 10]);
    const list = workbook.getWorksheet('企业')!;
    expect(list.rowCount).toBe(11);
    expect(list.getRow(2).getCell(2).value).toBe(view.ranking.rows[0]!.name);
    expect(list.getRow(2).getCell(10).value).toBe(view.ranking.rows[0]!.assessmentTotal);
  });

  it('prints a consolidated PDF report with the figures', async () => {
    const out = path.join(work, '汇总报告.pdf');
    const result = expectOk(await receiver.call('filing.views.report', { period: '2025', filter: { tier: 'subsidiary' }, out }));
    expect(result.path).toBe(out);
    const text = compact(pdfText(out));
    expect(text).toContain('信息化工作汇总报告');
    expect(text).toContain('所属企业');
    const view = expectOk(await receiver.call('filing.views.consolidation', { period: '2025', filter: { tier: 'subsidiary' }, limit: 1 }));
    expect(text).toContain(view.ranking.rows[0]!.uscc);
    expect(text).toContain(`企业数${view.totals.enterprises}`);
  }, 60_000);
});

describe('summaries of older rules', () => {
  // Another connection stands in for a workspace written by an older build: its stored summary is stale.
  function markStale(packageId: string) {
    const db = new Database(path.join(receiver.dataDir, DATABASE_FILE_NAME));
    try {
      db.prepare("UPDATE received_filings SET summary_json = '{}', summary_version = 0 WHERE package_id = ?").run(packageId);
      db.prepare(
        'UPDATE received_filing_facts SET summary_version = 0 WHERE filing_id = (SELECT id FROM received_filings WHERE package_id = ?)',
      ).run(packageId);
    } finally {
      db.close();
    }
  }
  /** The rule version of a filing's stored summary and of its facts. */
  const storedVersions = (packageId: string) => {
    const db = new Database(path.join(receiver.dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      return db
        .prepare(
          `SELECT f.summary_version AS summary, facts.summary_version AS facts
             FROM received_filings f JOIN received_filing_facts facts ON facts.filing_id = f.id WHERE f.package_id = ?`,
        )
        .get(packageId);
    } finally {
      db.close();
    }
  };

  it('are recomputed by a read without being written, and rewritten when the workspace opens, before its first call', async () => {
    const before = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    const entry = before.enterprises[0]!;
    markStale(entry.filing.packageId);

    const read = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    expect(read.enterprises.find((e) => e.filing.packageId === entry.filing.packageId)!.summary).toEqual(entry.summary);
    expect(storedVersions(entry.filing.packageId)).toEqual({ summary: 0, facts: 0 }); // the read wrote nothing

    const dataDir = receiver.dataDir;
    receiver.close();
    receiver = tempBackend({ dataDir });
    expectOk(await receiver.call('profile.get', {})); // any first call, here one that never reads a filing
    expect(storedVersions(entry.filing.packageId)).toEqual({ summary: SUMMARY_VERSION, facts: SUMMARY_VERSION });
    const reopened = expectOk(await receiver.call('filing.consolidated', { period: '2025' }));
    expect(reopened.enterprises.find((e) => e.filing.packageId === entry.filing.packageId)!.summary).toEqual(entry.summary);
  });
});
