/**
 * Gap assessment (差距评估) against GB/T 22239-2019: results per object (summary), and per object the scores per
 * family, the full item table and the remediation plan (整改).
 */
import type { Content } from 'pdfmake/interfaces';
import { OPEN_REMEDIATION_STATUSES } from '../../../../shared/contract/mlps/records';
import { ITEM_STATUSES, type ControlCatalog, type ControlItem } from '../../../../shared/contract/mlps/schemas';
import { mlpsScoringRules } from '../../../../shared/catalogs/mlps/policy';
import { applicableItems } from '../../../../shared/domain/mlps';
import { barChart, chartContent } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { MlpsObjectSource } from '../sources';
import { caption, chapterTitle, dense, formatNumber, noData, type SectionContext } from './context';

/** An object with a scored gap assessment. */
type Assessed = MlpsObjectSource & { gap: NonNullable<MlpsObjectSource['gap']>; score: NonNullable<MlpsObjectSource['score']> };

const assessed = (ctx: SectionContext): Assessed[] =>
  (ctx.views.mlps?.objects ?? []).filter((o): o is Assessed => o.gap !== null && o.score !== null);
const isOpen = (status: string) => (OPEN_REMEDIATION_STATUSES as readonly string[]).includes(status);

/** The catalog the gap assessments were scored against. */
const catalogOf = (ctx: SectionContext): ControlCatalog => ctx.views.mlps!.catalog;

export function gapsBrief(ctx: SectionContext): Content[] {
  const objects = assessed(ctx);
  if (objects.length === 0) return [noData(ctx.r('reports.noData.gaps'))];
  addCatalogBasis(ctx);
  return [resultsTable(ctx, objects), familyChart(ctx, objects)];
}

export function gapsChapter(ctx: SectionContext, chapter: number, objectId?: string): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.gaps'), ctx.locale));
  const all = assessed(ctx);
  const objects = objectId ? all.filter((o) => o.object.id === objectId) : all;
  if (objects.length === 0) return [heading, noData(ctx.r('reports.noData.gaps'))];
  addCatalogBasis(ctx);
  const content: Content[] = [heading];
  if (!objectId) content.push(resultsTable(ctx, objects), familyChart(ctx, objects));
  for (const [i, object] of objects.entries()) content.push(...objectGaps(ctx, object, i > 0 || !objectId));
  return content;
}

function addCatalogBasis(ctx: SectionContext): void {
  const catalog = catalogOf(ctx);
  ctx.addBasis({ kind: 'catalog', id: catalog.id, version: catalog.version, title: catalog.name });
  ctx.addBasis({ kind: 'rules', id: mlpsScoringRules.id, version: mlpsScoringRules.version, title: ctx.r('reports.gaps.rulesTitle') });
}

function scoreText(ctx: SectionContext, score: number | null): string {
  return score === null ? '—' : formatNumber(score, ctx.locale);
}

/** The 2025 conclusion with its rate, marked provisional while items are unassessed. */
function conclusionText(ctx: SectionContext, score: Assessed['score']): string {
  if (!score.compliance2025) return '—';
  const text = `${ctx.t(`mlps.conclusion2025.${score.compliance2025.conclusion}`)} ${formatNumber(score.compliance2025.ratePercent, ctx.locale)}%`;
  return score.provisional ? `${text}（${ctx.t('mlps.provisional')}）` : text;
}

/** "N (M 已整改)": major hidden risks counted before remediation, as the 2025 template counts them. */
const majorHiddenRiskText = (ctx: SectionContext, score: Assessed['score']): string =>
  ctx.t('mlps.majorHiddenRisk.tally', score.majorHiddenRisks);

function resultsTable(ctx: SectionContext, objects: Assessed[]): Content {
  return dataTable(
    [
      { header: ctx.r('reports.mlps.object') },
      { header: ctx.r('reports.mlps.level'), width: 40, align: 'center' },
      { header: ctx.r('reports.gaps.score'), width: 44, align: 'right' },
      { header: ctx.r('reports.gaps.compliance2025'), width: 90 },
      { header: ctx.r('reports.gaps.majorHiddenRisks'), width: 60, align: 'center' },
      { header: ctx.r('reports.gaps.highRisks'), width: 44, align: 'right' },
      { header: ctx.r('reports.gaps.result2021'), width: 48, align: 'center' },
      { header: ctx.r('reports.gaps.openTasks'), width: 44, align: 'right' },
    ],
    objects.map(({ object, gap, score, remediation }) => [
      object.name,
      String(gap.level),
      scoreText(ctx, score.overall.score),
      conclusionText(ctx, score),
      majorHiddenRiskText(ctx, score),
      score.risks.high,
      score.result2021 ? ctx.t(`mlps.result2021.${score.result2021}`) : '—',
      remediation.filter((task) => isOpen(task.status)).length,
    ]),
    { caption: ctx.r('reports.gaps.resultsCaption') },
  );
}

/** Items by status per control family, summed over the objects: where the gaps are. */
function familyChart(ctx: SectionContext, objects: Assessed[]): Content {
  const families = catalogOf(ctx).families.map((family) => family.code);
  const sum = (status: (typeof ITEM_STATUSES)[number]) =>
    families.map((code) => objects.reduce((total, o) => total + (o.score.families.find((f) => f.family === code)?.counts[status] ?? 0), 0));
  return chartContent(
    barChart({
      title: ctx.r('reports.gaps.familyChartTitle'),
      categories: families.map((code) => ctx.t(`mlps.family.${code}`)),
      series: ITEM_STATUSES.map((status) => ({ name: ctx.t(`mlps.itemStatus.${status}`), values: sum(status) })),
      orientation: 'horizontal',
      stacked: true,
      height: 340,
    }),
    440,
  );
}

function objectGaps(ctx: SectionContext, view: Assessed, breakBefore: boolean): Content[] {
  const { object, gap, score } = view;
  const catalog = catalogOf(ctx);
  const title = object.number ? `${object.name}（${object.number}）` : object.name;
  const naPoints = new Set(gap.controlPoints.filter((point) => point.status === 'na').map((point) => point.controlPointId));
  const byItem = new Map(gap.items.map((entry) => [entry.itemId, entry]));
  const pointName = new Map(catalog.controlPoints.map((point) => [point.id, ctx.locale === 'zh-CN' ? point.nameZh : point.nameEn]));
  const items = applicableItems(catalog, gap.level, gap.extensions);
  const summary = (item: ControlItem) => (ctx.locale === 'zh-CN' ? item.summary : (item.summaryEn ?? item.summary));
  const risks = score.risks;
  return [
    { ...(ctx.h.h2(title) as object), ...(breakBefore ? { pageBreak: 'before' } : {}) } as Content,
    keyValueTable([
      [ctx.r('reports.mlps.level'), ctx.t(`mlps.level.${gap.level}`)],
      [ctx.r('reports.gaps.score'), scoreText(ctx, score.overall.score)],
      [
        ctx.r('reports.gaps.compliance2025'),
        score.provisional
          ? `${conclusionText(ctx, score)}\n${ctx.t('mlps.provisionalNote', { unassessed: score.overall.counts.unassessed })}`
          : conclusionText(ctx, score),
      ],
      [ctx.r('reports.gaps.majorHiddenRisks'), majorHiddenRiskText(ctx, score)],
      [ctx.r('reports.gaps.result2021'), score.result2021 ? ctx.t(`mlps.result2021.${score.result2021}`) : '—'],
      [ctx.r('reports.gaps.risks'), ctx.r('reports.gaps.riskCounts', { high: risks.high, medium: risks.medium, low: risks.low })],
      [
        ctx.r('reports.gaps.formulas'),
        [score.formulas.score, score.formulas.result2021, score.formulas.compliance2025]
          .map((id) => ctx.t(`mlps.formula.${id}`))
          .join('\n'),
      ],
    ]),
    dataTable(
      [
        { header: ctx.r('reports.gaps.family') },
        { header: ctx.t('mlps.itemStatus.compliant'), width: 40, align: 'right' },
        { header: ctx.t('mlps.itemStatus.partial'), width: 40, align: 'right' },
        { header: ctx.t('mlps.itemStatus.noncompliant'), width: 40, align: 'right' },
        { header: ctx.r('reports.gaps.notApplicable'), width: 40, align: 'right' },
        { header: ctx.r('reports.gaps.unassessed'), width: 40, align: 'right' },
        { header: ctx.r('reports.gaps.score'), width: 44, align: 'right' },
      ],
      score.families.map((f) => [
        ctx.t(`mlps.family.${f.family}`),
        f.counts.compliant,
        f.counts.partial,
        f.counts.noncompliant,
        f.counts.notApplicable,
        f.counts.unassessed,
        scoreText(ctx, f.score),
      ]),
    ),
    caption(ctx.r('reports.gaps.itemsCaption', { count: items.length })),
    dense(
      dataTable(
        [
          { header: ctx.r('reports.gaps.itemId'), width: 54 },
          { header: ctx.r('reports.gaps.controlPoint'), width: 84 },
          { header: ctx.r('reports.gaps.requirement') },
          { header: ctx.r('reports.gaps.status'), width: 38, align: 'center' },
          { header: ctx.r('reports.gaps.risk'), width: 30, align: 'center' },
          { header: ctx.r('reports.gaps.note'), width: 56 },
        ],
        items.map((item) => {
          const entry = byItem.get(item.id);
          const status = naPoints.has(item.controlPoint)
            ? ctx.t('mlps.controlPointStatus.na')
            : entry
              ? ctx.t(`mlps.itemStatus.${entry.status}`)
              : ctx.r('reports.gaps.unassessed');
          return [
            item.id,
            pointName.get(item.controlPoint) ?? item.controlPoint,
            summary(item),
            status,
            entry?.risk ? ctx.t(`mlps.risk.${entry.risk}`) : '',
            entry?.note ?? '',
          ];
        }),
      ),
    ),
    dataTable(
      [
        { header: ctx.r('reports.gaps.task') },
        { header: ctx.r('reports.gaps.itemId'), width: 62 },
        { header: ctx.r('reports.gaps.owner'), width: 60 },
        { header: ctx.r('reports.gaps.dueDate'), width: 62 },
        { header: ctx.r('reports.gaps.status'), width: 46 },
        { header: ctx.r('reports.gaps.cost'), width: 44, align: 'right' },
      ],
      view.remediation.map((task) => [
        task.notes ? `${task.title}\n${task.notes}` : task.title,
        task.itemId ?? '',
        task.owner,
        task.dueOn ?? '',
        ctx.t(`mlps.remediationStatus.${task.status}`),
        task.cost === undefined ? '' : formatNumber(task.cost, ctx.locale),
      ]),
      { caption: ctx.r('reports.gaps.remediationCaption'), emptyText: ctx.r('reports.gaps.noRemediation') },
    ),
  ];
}
