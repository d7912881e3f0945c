import type { DeclarationSummary } from '../../../shared/contract/declarations/schemas';
import type { GovernanceView } from '../../../shared/contract/governance/methods';
import type { ReadinessOverview } from '../../../shared/contract/governance/readiness';
import { localize } from '../../../shared/domain/forms/localize';
import { governanceFindingText } from '../../../shared/domain/governance/describe';
import { translate, type Locale, type MessageKey } from '../../../shared/i18n';
import type { Command } from '../types';

function describeReadiness(overview: ReadinessOverview, locale: Locale): string {
  const lines = [translate(locale, 'governance.readiness.ui.asOf', { date: overview.asOf })];
  for (const point of overview.points) {
    lines.push(`${String(point.point).padStart(2)}. ${point.title} — ${point.statusLabel}`);
    if (point.requirements.length === 0) {
      for (const reason of point.reasons) lines.push(`      - ${reason.message}`);
      continue;
    }
    // A point with sub-requirements lists each, with what it lacks beneath it.
    for (const requirement of point.requirements) {
      const mark = requirement.status === 'met' ? '✓' : requirement.status === 'missing' ? '✗' : '○';
      lines.push(
        `      ${mark} ${requirement.title} — ${requirement.statusLabel}${requirement.verified ? '' : ` ${translate(locale, 'governance.readiness.ui.unverified')}`}`,
      );
      for (const reason of requirement.reasons) lines.push(`          - ${reason.message}`);
    }
    const covered = new Set(point.requirements.flatMap((requirement) => requirement.reasons.map((reason) => reason.message)));
    for (const reason of point.reasons.filter((r) => !covered.has(r.message))) lines.push(`      - ${reason.message}`);
  }
  return lines.join('\n');
}

function describeGovernance(view: GovernanceView, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  const section = (title: string, gaps: GovernanceView['gaps']['cio']) => [
    `${title}: ${gaps.length === 0 ? t('governance.ui.noGaps') : t('governance.ui.gaps')}`,
    ...gaps.map((gap) => `  - ${governanceFindingText(gap, locale)}`),
  ];
  return [
    ...section(t('governance.label.cio'), view.gaps.cio),
    ...section(t('governance.label.department'), view.gaps.department),
    ...section(t('governance.label.performance'), view.gaps.performance),
    `${t('governance.ui.deadlines')}:`,
    ...view.deadlines.map((d) => `  - ${d.id} ${d.date}: ${t(`governance.ui.deadline.${d.status}`)}`),
  ].join('\n');
}

function describeDeclarations(list: DeclarationSummary[], locale: Locale): string {
  if (list.length === 0) return translate(locale, 'declarations.ui.none');
  return list
    .map((d) => `${d.id}  ${translate(locale, `forms.status.${d.status}`)}  ${localize(d.title, locale)}  (${d.formId}@${d.formVersion})`)
    .join('\n');
}

export const governanceCommands: Command[] = [
  {
    path: ['readiness'],
    summary: 'The twelve points of the 2009 opinion: status of each, and why',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('readiness.get', {}, { locale: ctx.locale });
      return ctx.report(result, (overview) => describeReadiness(overview, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['governance', 'show'],
    summary: 'The CIO, IT department and IT performance records, with what is still missing',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('governance.get', {}, { locale: ctx.locale });
      return ctx.report(result, (view) => describeGovernance(view, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['declarations', 'list'],
    summary: 'The declarations (points 6–12) with their status',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('declarations.list', {}, { locale: ctx.locale });
      return ctx.report(result, (list) => describeDeclarations(list, ctx.locale ?? 'zh-CN'));
    },
  },
];
