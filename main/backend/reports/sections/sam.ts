/**
 * Software licensing (软件正版化): genuine rate, shortfall and its cost, the licence position, expiring licences.
 * Metric and scope names are SAM's own messages (sam.metric.*, sam.scopeKind.*).
 */
import type { Content } from 'pdfmake/interfaces';
import { barChart, chartContent } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { Scope } from '../../../../shared/contract/sam/schemas';
import { definitionText } from '../../../../shared/catalogs/sam/inspection';
import { snapshotRates } from '../../../../shared/domain/sam/snapshot';
import { shortfallCostUnknown } from '../../../../shared/domain/sam/figures';
import { type CategoryPosition, inspectedCategories, type PositionRow } from '../../../../shared/domain/sam/position';
import type { SamView } from '../sources';
import { chapterTitle, dense, formatNumber, formatPercent, noData, note, sectionTitle, type SectionContext } from './context';

/** How many products the shortfall chart shows (the largest shortfalls). */
const CHART_PRODUCTS = 10;

export function samBrief(ctx: SectionContext): Content[] {
  const sam = ctx.views.sources.sam;
  if (!sam) return [noData(ctx.r('reports.noData.sam'))];
  const chart = shortfallChart(ctx, sam);
  return [figures(ctx, sam), ...(chart ? [chart] : [])];
}

export function samChapter(ctx: SectionContext, chapter: number): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.sam'), ctx.locale));
  const sam = ctx.views.sources.sam;
  if (!sam) return [heading, noData(ctx.r('reports.noData.sam'))];
  const section = (n: number, key: Parameters<SectionContext['r']>[0]) => ctx.h.h2(sectionTitle(chapter, n, ctx.r(key), ctx.locale));
  const chart = shortfallChart(ctx, sam);
  const { position } = sam;
  return [
    heading,
    section(1, 'reports.sam.overview'),
    figures(ctx, sam),
    dataTable(
      [
        { header: ctx.r('reports.sam.scope') },
        { header: ctx.r('reports.sam.installations'), width: 60, align: 'right' },
        { header: ctx.r('reports.sam.covered'), width: 60, align: 'right' },
        { header: ctx.r('reports.sam.genuineRate'), width: 60, align: 'right' },
      ],
      position.byScope.map((s) => [
        scopeText(ctx, s.scope),
        s.installations,
        s.coveredInstallations,
        s.genuineRate === null ? '—' : formatPercent(s.genuineRate, ctx.locale),
      ]),
      { caption: ctx.r('reports.sam.byScopeCaption') },
    ),
    ...(chart ? [chart] : []),
    section(2, 'reports.sam.byCategory'),
    ...byCategory(ctx, sam),
    section(3, 'reports.sam.domestic'),
    ...domesticShare(ctx, sam),
    section(4, 'reports.sam.position'),
    dense(
      dataTable(
        [
          { header: ctx.r('reports.sam.product') },
          { header: ctx.r('reports.sam.metric'), width: 50 },
          { header: ctx.r('reports.sam.scope'), width: 62 },
          { header: ctx.r('reports.sam.entitled'), width: 34, align: 'right' },
          { header: ctx.r('reports.sam.consumed'), width: 34, align: 'right' },
          { header: ctx.r('reports.sam.shortfall'), width: 34, align: 'right' },
          { header: ctx.r('reports.sam.shortfallCost'), width: 56, align: 'right' },
        ],
        [...position.rows]
          .sort((a, b) => b.shortfall - a.shortfall || productText(a).localeCompare(productText(b)))
          .map((row) => [
            productText(row),
            row.metric ? samLabel(ctx, 'metric', row.metric) : ctx.r(`reports.sam.rowKind.${row.kind}`),
            scopeText(ctx, row.scope),
            row.entitled === null ? ctx.r('reports.sam.unlimited') : row.entitled,
            row.consumed,
            row.shortfall,
            row.shortfallCost === null || row.shortfall === 0
              ? ''
              : `${formatNumber(row.shortfallCost, ctx.locale)} ${row.currency ?? ''}`.trim(),
          ]),
        { emptyText: ctx.r('reports.common.none') },
      ),
    ),
    ...(sam.history.length > 0 ? [section(5, 'reports.sam.history'), history(ctx, sam)] : []),
    section(sam.history.length > 0 ? 6 : 5, 'reports.sam.expiring'),
    dataTable(
      [
        { header: ctx.r('reports.sam.product') },
        { header: ctx.r('reports.sam.scope'), width: 70 },
        { header: ctx.r('reports.sam.quantity'), width: 44, align: 'right' },
        { header: ctx.r('reports.sam.end'), width: 62 },
        { header: ctx.r('reports.sam.daysLeft'), width: 44, align: 'right' },
      ],
      position.expiring.map((e) => [
        productText(e),
        scopeText(ctx, e.scope),
        e.quantity ?? ctx.r('reports.sam.unlimited'),
        e.end,
        e.daysLeft,
      ]),
      { emptyText: ctx.r('reports.sam.noneExpiring') },
    ),
  ];
}

function figures(ctx: SectionContext, sam: SamView): Content {
  const { summary } = sam.position;
  const cost = Object.entries(summary.shortfallCost).map(([currency, amount]) => `${formatNumber(amount, ctx.locale)} ${currency}`);
  const costText = shortfallCostUnknown(summary) ? ctx.r('reports.sam.costUnknown') : cost.length > 0 ? cost.join('；') : '0';
  const optional = (shown: boolean, label: string, value: string): [string, string][] => (shown ? [[label, value]] : []);
  return keyValueTable([
    [ctx.r('reports.sam.genuineRate'), rateText(ctx, summary.genuineRate)],
    [ctx.r('reports.sam.rateDefinition'), ctx.t('sam.ui.rateDefinition')],
    ...optional(summary.freeInstallations > 0, ctx.r('reports.sam.freeInstallations'), String(summary.freeInstallations)),
    [ctx.r('reports.sam.counts'), ctx.r('reports.sam.countsText', { ...sam.counts })],
    [ctx.r('reports.sam.shortfallRows'), String(summary.shortfallRows)],
    [ctx.r('reports.sam.shortfallCost'), costText],
    ...optional(
      summary.unpricedShortfallRows > 0,
      ctx.r('reports.sam.unpricedRows'),
      ctx.r('reports.sam.unpricedRowsText', { count: summary.unpricedShortfallRows }),
    ),
    ...optional(summary.unpricedShortfall > 0, ctx.r('reports.sam.unpriced'), String(summary.unpricedShortfall)),
    [ctx.r('reports.sam.expiringCount'), String(sam.position.expiring.length)],
  ]);
}

function rateText(ctx: SectionContext, rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate, ctx.locale);
}

function categoryName(ctx: SectionContext, entry: CategoryPosition): string {
  return ctx.t(`sam.inspectionCategory.${entry.category}`);
}

function byCategory(ctx: SectionContext, sam: SamView): Content[] {
  const { catalog } = sam.position;
  ctx.addBasis({ kind: 'rules', id: catalog.id, version: catalog.version, title: ctx.r('reports.sam.byCategory') });
  return [
    dense(
      dataTable(
        [
          { header: ctx.r('reports.sam.category'), width: 62 },
          { header: ctx.r('reports.sam.needing'), width: 40, align: 'right' },
          { header: ctx.r('reports.sam.covered'), width: 40, align: 'right' },
          { header: ctx.r('reports.sam.genuineRate'), width: 44, align: 'right' },
          { header: ctx.r('reports.sam.free'), width: 40, align: 'right' },
          { header: ctx.r('reports.sam.definition') },
        ],
        inspectedCategories(sam.position.byCategory).map((entry) => [
          categoryName(ctx, entry),
          entry.installations,
          entry.coveredInstallations,
          rateText(ctx, entry.genuineRate),
          entry.freeInstallations,
          definitionText(entry.category, ctx.locale),
        ]),
      ),
    ),
    ...(catalog.verified ? [] : [note(ctx.r('reports.sam.definitionsNote', { id: catalog.id, version: catalog.version }))]),
  ];
}

/** One row per snapshot: its day and note, the rate, and the domestic share of each category listed above. */
function history(ctx: SectionContext, sam: SamView): Content {
  const categories = inspectedCategories(sam.position.byCategory).filter((entry) => entry.category !== '');
  return dataTable(
    [
      { header: ctx.r('reports.sam.day'), width: 62 },
      { header: ctx.r('reports.sam.note') },
      { header: ctx.r('reports.sam.genuineRate'), width: 44, align: 'right' },
      ...categories.map((entry) => ({
        header: ctx.r('reports.sam.domesticShareOf', { category: categoryName(ctx, entry) }),
        width: 52,
        align: 'right' as const,
      })),
    ],
    sam.history.map((snapshot) => {
      const rates = snapshotRates(snapshot);
      return [
        snapshot.day,
        snapshot.note,
        rateText(ctx, rates.genuineRate),
        ...categories.map((entry) => rateText(ctx, rates.byCategory.get(entry.category)?.domesticShare ?? null)),
      ];
    }),
  );
}

function domesticShare(ctx: SectionContext, sam: SamView): Content[] {
  return [
    dataTable(
      [
        { header: ctx.r('reports.sam.category') },
        { header: ctx.r('reports.sam.devices'), width: 50, align: 'right' },
        { header: ctx.r('reports.sam.domesticDevices'), width: 50, align: 'right' },
        { header: ctx.r('reports.sam.domesticShare'), width: 50, align: 'right' },
        { header: ctx.r('reports.sam.domesticInstallations'), width: 50, align: 'right' },
      ],
      inspectedCategories(sam.position.byCategory).map((entry) => [
        categoryName(ctx, entry),
        entry.devices,
        entry.domesticDevices,
        rateText(ctx, entry.domesticShare),
        entry.domesticInstallations,
      ]),
    ),
    note(ctx.r('reports.sam.domesticNote')),
  ];
}

function shortfallChart(ctx: SectionContext, sam: SamView): Content | null {
  const byProduct = new Map<string, number>();
  for (const row of sam.position.rows) if (row.shortfall > 0) byProduct.set(row.name, (byProduct.get(row.name) ?? 0) + row.shortfall);
  const top = [...byProduct.entries()].sort((a, b) => b[1] - a[1]).slice(0, CHART_PRODUCTS);
  if (top.length === 0) return null;
  return chartContent(
    barChart({
      title: ctx.r('reports.sam.shortfallChartTitle'),
      categories: top.map(([name]) => name),
      series: [{ name: ctx.r('reports.sam.shortfall'), values: top.map(([, value]) => value) }],
      orientation: 'horizontal',
      height: 60 + top.length * 24,
    }),
    420,
  );
}

function productText(row: Pick<PositionRow, 'publisher' | 'name' | 'version' | 'edition'>): string {
  return [row.publisher, row.name, row.version, row.edition].filter(Boolean).join(' ');
}

function scopeText(ctx: SectionContext, scope: Scope): string {
  return scope.name ? `${samLabel(ctx, 'scopeKind', scope.kind)}：${scope.name}` : ctx.r('reports.sam.wholeEnterprise');
}

/** SAM's wording of a metric or scope kind; the code itself where SAM's messages are not present. */
function samLabel(ctx: SectionContext, group: 'metric' | 'scopeKind', code: string): string {
  const key = `sam.${group}.${code}`;
  const text = ctx.t(key);
  return text === key ? code : text;
}
