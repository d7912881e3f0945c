/**
 * The 保护工作方案 of a level-3+ object, as drafted by shared/domain/mlps/protection-plan.ts from the object's own
 * records: assets, the measures in place, the major hidden risks first, then the high, medium and low problems
 * with their causes, and the remediation tasks as the plan.
 */
import type { Content } from 'pdfmake/interfaces';
import { RISK_RATINGS } from '../../../../shared/contract/mlps/schemas';
import { filingOption } from '../../../../shared/catalogs/mlps/filing-form-codes';
import {
  applicableItems,
  assessableLevel,
  draftProtectionPlan,
  PROTECTION_PLAN_FROM_LEVEL,
  type ProtectionProblem,
} from '../../../../shared/domain/mlps';
import { dataTable, keyValueTable } from '../render/document';
import type { MlpsObjectSource } from '../sources';
import { caption, chapterTitle, noData, type SectionContext } from './context';

/** The objects a protection plan is drawn up for: level 3 and above. */
export const planObjects = (ctx: SectionContext): MlpsObjectSource[] =>
  (ctx.views.mlps?.objects ?? []).filter((o) => (o.level ?? 0) >= PROTECTION_PLAN_FROM_LEVEL);

export function protectionPlanDocument(ctx: SectionContext, objectId?: string): Content[] {
  const objects = planObjects(ctx).filter((o) => !objectId || o.object.id === objectId);
  if (objects.length === 0) return [noData(ctx.t('mlps.protectionPlan.none'))];
  const catalog = ctx.views.mlps!.catalog;
  ctx.addBasis({ kind: 'catalog', id: catalog.id, version: catalog.version, title: catalog.name });
  return objects.flatMap((o, i) => objectPlan(ctx, o, i + 1, i > 0));
}

function problemRows(ctx: SectionContext, problems: readonly ProtectionProblem[]): string[][] {
  return problems.map((p) => [
    p.itemId,
    p.controlPoint ? pointName(ctx, p.controlPoint) : '',
    p.summary,
    ctx.t(`mlps.itemStatus.${p.status}`),
    p.cause,
  ]);
}

function pointName(ctx: SectionContext, id: string): string {
  const point = ctx.views.mlps!.catalog.controlPoints.find((entry) => entry.id === id);
  return point ? (ctx.locale === 'en-US' ? point.nameEn : point.nameZh) : id;
}

function objectPlan(ctx: SectionContext, o: MlpsObjectSource, n: number, breakBefore: boolean): Content[] {
  const catalog = ctx.views.mlps!.catalog;
  const level = o.level;
  const assessable = assessableLevel(catalog, level);
  const plan = draftProtectionPlan({
    level,
    hostedOnName: o.filingForm.system.hostedOnName,
    keyProductsText: o.object.keyProducts,
    fields: o.filingForm.system.form,
    catalog,
    itemIds: assessable === null ? [] : applicableItems(catalog, assessable, o.object.extensions).map((item) => item.id),
    statuses: o.gap?.items ?? [],
    majorHiddenRisks: o.majorHiddenRisks,
    remediation: o.remediation,
  });
  const section = (key: string, number: number) => ctx.h.h3(`${chapterTitle(number, ctx.t(key), ctx.locale)}`);
  const problemColumns = [
    { header: ctx.t('mlps.plan.item'), width: 62 },
    { header: ctx.t('mlps.plan.controlPoint'), width: 70 },
    { header: ctx.t('mlps.plan.requirement') },
    { header: ctx.t('mlps.plan.status'), width: 48 },
    { header: ctx.t('mlps.plan.cause'), width: 110 },
  ];
  const products = plan.assets.keyProducts.map((p) => `${filingOption('productType', p.type)?.zh ?? p.type} ${p.quantity}`).join('；');
  return [
    {
      ...(ctx.h.h1(chapterTitle(n, `${o.object.name} ${ctx.t('mlps.plan.title')}`, ctx.locale)) as object),
      ...(breakBefore ? { pageBreak: 'before' } : {}),
    } as Content,
    keyValueTable([
      [ctx.t('mlps.doc.level'), ctx.t(`mlps.level.${plan.level}`)],
      [
        ctx.t('mlps.plan.conclusion'),
        o.score?.compliance2025
          ? `${ctx.t(`mlps.conclusion2025.${o.score.compliance2025.conclusion}`)} ${o.score.compliance2025.ratePercent}%${o.score.provisional ? `（${ctx.t('mlps.provisional')}）` : ''}`
          : ctx.t('mlps.plan.notAssessed'),
      ],
    ]),
    section('mlps.plan.assets', 1),
    keyValueTable([
      [ctx.t('mlps.plan.baseEnvironment'), plan.assets.hostedOnName ?? ''],
      [ctx.t('mlps.plan.internetFacing'), ctx.t(plan.assets.internetFacing ? 'mlps.doc.yes' : 'mlps.doc.no')],
      [ctx.t('mlps.doc.keyProducts'), [products, plan.assets.keyProductsText].filter(Boolean).join('；')],
    ]),
    section('mlps.plan.measures', 2),
    dataTable(
      [
        { header: ctx.t('mlps.plan.family'), width: 90 },
        { header: ctx.t('mlps.plan.met'), width: 60, align: 'right' },
        { header: ctx.t('mlps.plan.controlPointsMet') },
      ],
      plan.measures.map((m) => [
        ctx.t(`mlps.family.${m.family}`),
        `${m.compliant}/${m.inScope}`,
        m.controlPoints.map((id) => pointName(ctx, id)).join('、'),
      ]),
    ),
    section('mlps.plan.majorHiddenRisks', 3),
    dataTable(
      [
        { header: ctx.t('mlps.plan.risk') },
        { header: ctx.t('mlps.plan.items'), width: 120 },
        { header: ctx.t('mlps.plan.state'), width: 90 },
      ],
      plan.majorHiddenRisks.map((r) => [
        r.title,
        r.itemIds.join(' '),
        r.remediated ? `${ctx.t('mlps.ui.majorRisks.remediated')} ${r.remediatedOn ?? ''}`.trim() : ctx.t('mlps.ui.majorRisks.open'),
      ]),
      { emptyText: ctx.t('mlps.plan.noMajorHiddenRisk') },
    ),
    section('mlps.plan.problems', 4),
    ...RISK_RATINGS.flatMap((risk) => [
      caption(ctx.t(`mlps.plan.problems.${risk}`, { count: plan.problems[risk].length })),
      dataTable(problemColumns, problemRows(ctx, plan.problems[risk]), { emptyText: ctx.t('mlps.plan.none') }),
    ]),
    ...(plan.unrated.length > 0
      ? [
          caption(ctx.t('mlps.plan.problems.unrated', { count: plan.unrated.length })),
          dataTable(problemColumns, problemRows(ctx, plan.unrated)),
        ]
      : []),
    section('mlps.plan.tasks', 5),
    dataTable(
      [
        { header: ctx.t('mlps.plan.task') },
        { header: ctx.t('mlps.plan.item'), width: 62 },
        { header: ctx.t('mlps.plan.owner'), width: 60 },
        { header: ctx.t('mlps.plan.dueOn'), width: 62 },
        { header: ctx.t('mlps.plan.taskStatus'), width: 50 },
      ],
      plan.tasks.map((task) => [
        task.title,
        task.itemId ?? '',
        task.owner,
        task.dueOn ?? '',
        ctx.t(`mlps.remediationStatus.${task.status}`),
      ]),
      { emptyText: ctx.t('mlps.plan.noTasks') },
    ),
    { text: ctx.t('mlps.plan.draftNote'), fontSize: 8, color: '#555555' },
  ];
}
