/**
 * Top risks and overdue items for leadership: high-risk gaps, overdue filings and assessments, overdue plan
 * milestones and licences about to expire. Each list is cut to its most pressing entries.
 */
import type { Content } from 'pdfmake/interfaces';
import { dataTable } from '../render/document';
import { noData, type SectionContext } from './context';

/** At most this many lines per kind of item: the summary points at problems, the detailed reports list them. */
export const TOP_ITEMS = 10;
/** Licences expiring within this many days count as pressing. */
const EXPIRY_DAYS = 30;

interface Item {
  kind: string;
  what: string;
  when: string;
  /** Sort key: days overdue (positive) or negative days left; the most pressing first. */
  urgency: number;
}

export function risksSection(ctx: SectionContext): Content[] {
  const items = [...gapRisks(ctx), ...overdueDueItems(ctx), ...overdueMilestones(ctx), ...expiringLicences(ctx)];
  if (items.length === 0) return [noData(ctx.r('reports.noData.risks'))];
  return [
    dataTable(
      [
        { header: ctx.r('reports.risks.kind'), width: 80 },
        { header: ctx.r('reports.risks.what') },
        { header: ctx.r('reports.risks.when'), width: 100 },
      ],
      items.map((item) => [item.kind, item.what, item.when]),
      { caption: ctx.r('reports.risks.caption', { date: ctx.views.sources.asOf, top: TOP_ITEMS }) },
    ),
  ];
}

function top(items: Item[]): Item[] {
  return items.sort((a, b) => b.urgency - a.urgency).slice(0, TOP_ITEMS);
}

function gapRisks(ctx: SectionContext): Item[] {
  const mlps = ctx.views.mlps;
  if (!mlps) return [];
  const point = new Map(mlps.catalog.items.map((item) => [item.id, item.controlPoint]));
  const pointName = new Map(mlps.catalog.controlPoints.map((p) => [p.id, ctx.locale === 'zh-CN' ? p.nameZh : p.nameEn]));
  const items: Item[] = [];
  for (const { object, gap } of mlps.objects) {
    for (const entry of gap?.items ?? []) {
      if (entry.risk !== 'high' || entry.status === 'compliant') continue;
      const controlPoint = pointName.get(point.get(entry.itemId) ?? '') ?? '';
      items.push({
        kind: ctx.r('reports.risks.highRisk'),
        what: `${object.name}：${entry.itemId} ${controlPoint}`,
        when: ctx.t(`mlps.itemStatus.${entry.status}`),
        urgency: 0,
      });
    }
  }
  return items.slice(0, TOP_ITEMS);
}

function overdueDueItems(ctx: SectionContext): Item[] {
  return top(
    (ctx.views.mlps?.objects ?? []).flatMap(({ object, schedule }) =>
      schedule.items
        .filter((item) => item.status === 'overdue')
        .map((item) => ({
          kind: ctx.t(`mlps.due.${item.kind}`),
          what: object.name,
          when: ctx.r('reports.risks.overdueSince', { date: item.due, days: -item.daysLeft }),
          urgency: -item.daysLeft,
        })),
    ),
  );
}

function overdueMilestones(ctx: SectionContext): Item[] {
  return top(
    (ctx.views.plan?.overdue ?? []).map(({ milestone, daysOverdue }) => ({
      kind: ctx.r('reports.risks.milestone'),
      what: milestone.title,
      when: ctx.r('reports.risks.overdueSince', { date: milestone.dueDate, days: daysOverdue }),
      urgency: daysOverdue,
    })),
  );
}

function expiringLicences(ctx: SectionContext): Item[] {
  return top(
    (ctx.views.sources.sam?.position.expiring ?? [])
      .filter((entry) => entry.daysLeft <= EXPIRY_DAYS)
      .map((entry) => ({
        kind: ctx.r('reports.risks.licence'),
        what: [entry.publisher, entry.name, entry.version].filter(Boolean).join(' '),
        when: ctx.r('reports.risks.expiresIn', { date: entry.end, days: entry.daysLeft }),
        urgency: -entry.daysLeft,
      })),
  );
}
