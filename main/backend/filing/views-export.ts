/**
 * The consolidation views leaving the app: the consolidated tables as a workbook (exceljs, loaded on first
 * use) and a consolidated PDF report through the reports machinery (Chinese font, cover, page furniture,
 * charts as SVG). Both print the same tables, made once here in the caller's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import type { ViewFilter } from '../../../shared/contract/filing/views';
import { MLPS_LEVEL_KEYS } from '../../../shared/contract/filing/receiver';
import { breakdownRows, dimensionLabel, totalsOf } from '../../../shared/domain/filing/views';
import { hasMessage, translate, translator, type Locale, type MessageKey } from '../../../shared/i18n';
import { formatPercent } from '../../../shared/i18n/formats';
import type { HandlerContext } from '../context';
import { localIsoDate } from '../dates';
import { AppError } from '../errors';
import { newExportPath } from '../files/workspace-files';
import { exceljs } from '../heavy-modules';
import { neutralizeCell } from '../mlps/action-plan';
import { readProfile } from '../profile/repository';
import { reportResourcesDir } from '../reports';
import { barChart, chartContent } from '../reports/render/charts';
import { buildReportDocument, createHeadings, dataTable, keyValueTable } from '../reports/render/document';
import { renderPdf } from '../reports/render/render-pdf';
import { rankedPage, sumsBy, sumsByGradePair, type FactsScope } from './facts-queries';
import { checkPeriod } from './views';

type Cell = string | number | null;

interface ConsolidatedTable {
  /** The sheet's name in the workbook, and the table's caption in the report. */
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface ViewExportInput {
  period?: string | undefined;
  filter: ViewFilter;
  out?: string | undefined;
}

/** How many enterprises the PDF lists (the workbook lists them all). */
const REPORT_ENTERPRISES = 100;
const REPORT_COLUMNS = [0, 1, 2, 7, 9, 11];

function tablesOf(ctx: HandlerContext, scope: FactsScope, locale: Locale) {
  const t = translator(locale);
  const totals = totalsOf(sumsByGradePair(ctx.db, scope));
  const groups = breakdownRows(sumsBy(ctx.db, scope, 'group'));
  const enterprises = rankedPage(
    ctx.db,
    scope,
    { by: 'assessmentTotal', descending: true },
    { limit: Math.max(totals.enterprises, 1), offset: 0 },
  );
  const grade = (value: string) => (value === 'none' ? t('filing.views.grade.none') : value);
  const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  const summary: ConsolidatedTable = {
    name: t('filing.views.sheet.summary'),
    columns: [t('filing.views.column.metric'), scope.period ?? t('filing.views.allPeriods')],
    rows: [
      [t('filing.views.metric.enterprises'), totals.enterprises],
      [t('filing.views.metric.meanTotal'), totals.meanTotal],
      [t('filing.views.metric.planPercent'), totals.plan.percentComplete],
      [t('filing.views.metric.milestonesDone'), totals.plan.done],
      [t('filing.views.metric.milestonesOverdue'), totals.plan.overdue],
      [t('filing.views.metric.genuineRate'), rate(totals.licences.genuineRate)],
      [t('filing.views.metric.shortfallUnits'), totals.licences.shortfallUnits],
      [t('filing.views.metric.objects'), totals.objects.total],
      [t('filing.views.metric.objectsNotFiled'), totals.overdue.objectsNotFiled],
      [t('filing.views.chart.overdueEnterprises'), totals.overdue.enterprises],
    ],
  };
  const grades: ConsolidatedTable = {
    name: t('filing.views.sheet.grades'),
    columns: [t('filing.views.column.grade'), t('filing.views.column.target'), t('filing.views.column.count')],
    rows: totals.gradeTargets.map((pair) => [grade(pair.grade), grade(pair.target), pair.count]),
  };
  const objects: ConsolidatedTable = {
    name: t('filing.views.sheet.objects'),
    columns: [
      t('filing.views.column.level'),
      t('filing.views.column.objects'),
      t('filing.views.column.filed'),
      t('filing.views.column.notFiled'),
    ],
    rows: totals.objects.levels.map((level) => [
      t('filing.views.levelName', { level: level.level }),
      level.objects,
      level.filed,
      level.notFiled,
    ]),
  };
  const byGroup: ConsolidatedTable = {
    name: t('filing.views.sheet.breakdown', { by: t('filing.views.breakdown.group') }),
    columns: [
      t('filing.views.column.group'),
      t('filing.views.column.enterprises'),
      t('filing.views.column.total'),
      t('filing.views.column.planPercent'),
      `${t('filing.views.column.genuineRate')} (%)`,
      t('filing.views.column.overdue'),
      t('filing.views.column.notFiled'),
    ],
    rows: groups.map((row) => [
      dimensionLabel(t.code, hasMessage, 'group', row.key, row.label),
      row.enterprises,
      row.meanTotal,
      row.planPercent,
      rate(row.genuineRate),
      row.overdue,
      row.notFiled,
    ]),
  };
  const list: ConsolidatedTable = {
    name: t('filing.views.sheet.enterprises'),
    columns: (
      [
        'filing.views.column.rank',
        'filing.views.column.name',
        'filing.views.column.uscc',
        'filing.views.column.tier',
        'filing.views.column.group',
        'filing.views.column.province',
        'filing.views.column.industry',
        'filing.views.column.grade',
        'filing.views.column.target',
        'filing.views.column.total',
        'filing.views.column.planPercent',
        'filing.views.column.genuineRate',
        'filing.views.column.overdue',
        'filing.views.column.notFiled',
      ] satisfies MessageKey[]
    ).map((key: MessageKey) => (key === 'filing.views.column.genuineRate' ? `${t(key)} (%)` : t(key))),
    rows: enterprises.map((row, index) => [
      index + 1,
      row.name,
      row.uscc,
      dimensionLabel(t.code, hasMessage, 'tier', row.tier ?? ''),
      dimensionLabel(t.code, hasMessage, 'group', row.groupUscc, row.groupName),
      dimensionLabel(t.code, hasMessage, 'province', row.province),
      dimensionLabel(t.code, hasMessage, 'industry', row.industry),
      grade(row.grade),
      grade(row.targetGrade),
      row.assessmentTotal,
      row.planPercent,
      rate(row.genuineRate),
      row.overdue,
      row.notFiled,
    ]),
  };
  return { totals, tables: { summary, grades, objects, byGroup, list } };
}

/** The filter in words, for the report's cover and the workbook's summary. */
function filterText(filter: ViewFilter, locale: Locale): string {
  const t = translator(locale);
  const parts = [
    filter.tier ? dimensionLabel(t.code, hasMessage, 'tier', filter.tier) : '',
    filter.province ? dimensionLabel(t.code, hasMessage, 'province', filter.province) : '',
    filter.industry ?? '',
    filter.groupUscc ?? '',
    filter.grade ? t('filing.views.filter.grade', { grade: filter.grade === 'none' ? t('filing.views.grade.none') : filter.grade }) : '',
    filter.level ? t('filing.views.filter.level', { level: filter.level }) : '',
    filter.overdue ? t('filing.views.filter.overdue') : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : t('filing.views.filter.all');
}

function prepare(ctx: HandlerContext, input: ViewExportInput): FactsScope {
  checkPeriod(ctx.db, input.period, 'period');
  return { period: input.period ?? null, filter: input.filter };
}

const outPathFor = (ctx: HandlerContext, input: ViewExportInput, name: string) =>
  input.out ? path.resolve(input.out) : newExportPath(ctx.dataDir, name, ctx.now());

export async function exportViewXlsx(ctx: HandlerContext, input: ViewExportInput): Promise<{ path: string; rows: number }> {
  const scope = prepare(ctx, input);
  const { tables } = tablesOf(ctx, scope, ctx.locale);
  const file = outPathFor(ctx, input, `${translate(ctx.locale, 'filing.views.title')}-${input.period ?? 'latest'}.xlsx`);
  const workbook = new (exceljs().Workbook)();
  const summaryRows = [
    ...tables.summary.rows,
    [translate(ctx.locale, 'filing.views.report.filters'), filterText(input.filter, ctx.locale)],
  ];
  for (const table of [{ ...tables.summary, rows: summaryRows }, tables.grades, tables.objects, tables.byGroup, tables.list]) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    // Names come from the filers: a leading = must stay text when the workbook is opened.
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell)));
    sheet.columns.forEach((column, index) => (column.width = index === 1 && table === tables.list ? 36 : 16));
  }
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('error.file.write', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  return { path: file, rows: tables.list.rows.length };
}

function tableContent(table: ConsolidatedTable, limit = Infinity): Content {
  return dataTable(
    table.columns.map((header) => ({ header })),
    table.rows.slice(0, limit),
  );
}

export async function consolidatedReport(ctx: HandlerContext, input: ViewExportInput): Promise<{ path: string; pages: number }> {
  const receiver = readProfile(ctx.db);
  if (!receiver) throw new AppError('filing.views.noProfile');
  const scope = prepare(ctx, input);
  const locale = ctx.locale;
  const t = translator(locale);
  const { totals, tables } = tablesOf(ctx, scope, locale);
  const h = createHeadings('views');
  const gradeNames = totals.byGrade.map((row) => (row.grade === 'none' ? t('filing.views.grade.none') : row.grade));
  const targets = totals.byGrade.map((row) =>
    totals.gradeTargets.filter((pair) => pair.target === row.grade).reduce((sum, pair) => sum + pair.count, 0),
  );
  const body: Content[] = [
    h.h1(t('filing.views.report.chapterSummary')),
    keyValueTable([
      [t('filing.views.report.filters'), filterText(input.filter, locale)],
      ...tables.summary.rows.map(([label, value]): [string, string] => [String(label), value === null ? '—' : String(value)]),
      [t('filing.views.column.genuineRate'), formatPercent(totals.licences.genuineRate)],
    ]),
    h.h1(t('filing.views.report.chapterGrades')),
    chartContent(
      barChart({
        title: t('filing.views.chart.grades'),
        categories: gradeNames,
        series: [
          { name: t('filing.views.chart.gradeSeries'), values: totals.byGrade.map((row) => row.count) },
          { name: t('filing.views.chart.targetSeries'), values: targets },
        ],
      }),
      440,
    ),
    tableContent(tables.grades),
    h.h1(t('filing.views.report.chapterPlan')),
    chartContent(
      barChart({
        title: t('filing.views.chart.overdue'),
        categories: [
          t('filing.views.chart.overdueMilestones'),
          t('filing.views.chart.overdueObjects'),
          t('filing.views.chart.overdueEnterprises'),
        ],
        series: [
          {
            name: t('filing.views.chart.overdue'),
            values: [totals.overdue.milestones, totals.overdue.objectsNotFiled, totals.overdue.enterprises],
          },
        ],
      }),
      440,
    ),
    h.h1(t('filing.views.report.chapterObjects')),
    chartContent(
      barChart({
        title: t('filing.views.chart.objects'),
        categories: MLPS_LEVEL_KEYS.map((level) => t('filing.views.levelName', { level })),
        stacked: true,
        series: [
          { name: t('filing.views.chart.filed'), values: totals.objects.levels.map((level) => level.filed) },
          { name: t('filing.views.chart.notFiled'), values: totals.objects.levels.map((level) => level.notFiled) },
          {
            name: t('filing.views.chart.otherObjects'),
            values: totals.objects.levels.map((level) => level.objects - level.filed - level.notFiled),
          },
        ],
      }),
      440,
    ),
    tableContent(tables.objects),
    h.h1(t('filing.views.report.chapterBreakdown')),
    tableContent(tables.byGroup),
    h.h1(t('filing.views.report.chapterEnterprises', { count: Math.min(REPORT_ENTERPRISES, tables.list.rows.length) })),
    // A page is narrower than a sheet: rank, name, USCC, grade, score and 正版化率 (the workbook has every column).
    dataTable(
      REPORT_COLUMNS.map((index) => ({ header: tables.list.columns[index]!, width: index === 1 ? '*' : 'auto' })),
      tables.list.rows.slice(0, REPORT_ENTERPRISES).map((row) => REPORT_COLUMNS.map((index) => row[index])),
    ),
  ];
  const document = buildReportDocument(
    {
      locale,
      title: t('filing.views.report.title'),
      subtitle: filterText(input.filter, locale).slice(0, 200),
      enterprise: { name: receiver.name, uscc: receiver.uscc },
      period: input.period ? t('filing.views.report.period', { period: input.period }) : t('filing.views.allPeriods'),
      generatedAt: localIsoDate(ctx.now()),
      classification: 'internal',
      approvals: [],
      basis: [],
    },
    body,
  );
  const outPath = outPathFor(ctx, input, `${t('filing.views.report.title')}-${input.period ?? 'latest'}.pdf`);
  const resourcesDir = reportResourcesDir();
  const result = await renderPdf(document, {
    outPath,
    locale,
    signal: ctx.signal,
    onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
    ...(resourcesDir ? { resourcesDir } : {}),
  });
  return { path: result.outPath, pages: result.pages };
}
