/** The climbing plan (登高计划): as a filing text, and its progress for the summary. */
import type { Content } from 'pdfmake/interfaces';
import type { PlanRuleResult } from '../../../../shared/contract/plan/schemas';
import { benchmarkGap, planFilingDueDate, ruleMessageKey, upcomingMilestones } from '../../../../shared/domain/plan';
import { dataTable, keyValueTable } from '../render/document';
import type { PlanView } from '../views';
import { gradeLabel } from './assessment';
import { chapterTitle, formatNumber, noData, paragraph, sectionTitle, type SectionContext } from './context';

/** For the summary: current and target grade, whether the plan passes its rules, milestones done and overdue. */
export function planBrief(ctx: SectionContext): Content[] {
  const view = ctx.views.plan;
  if (!view) return [noData(ctx.r('reports.noData.plan'))];
  addPolicyBasis(ctx, view);
  const next = upcomingMilestones(view.plan.milestones, ctx.views.sources.asOf, 3);
  return [
    keyValueTable([
      ...gradeRows(ctx, view),
      statusRow(ctx, view),
      [ctx.r('reports.plan.ruleCheck'), ctx.r(view.rulesPass ? 'reports.plan.ready' : 'reports.plan.notReady')],
      ...view.warnings.map((warning): [string, string] => [ctx.r('reports.plan.deadline'), `⚠ ${ctx.t(warning.code, warning.params)}`]),
      [
        ctx.r('reports.plan.milestoneProgress'),
        ctx.r('reports.plan.milestonesDone', { done: view.milestonesDone, total: view.plan.milestones.length }),
      ],
      [ctx.r('reports.plan.overdueCount'), String(view.overdue.length)],
      [ctx.r('reports.plan.nextMilestones'), next.map((m) => `${m.dueDate} ${m.title}`).join('\n') || ctx.r('reports.common.none')],
    ]),
  ];
}

/** The plan as the filing text: basis, rule check, tasks and measures, timetable, benchmarks, execution. */
export function planChapter(ctx: SectionContext, chapter: number): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.plan'), ctx.locale));
  const view = ctx.views.plan;
  if (!view) return [heading, noData(ctx.r('reports.noData.plan'))];
  addPolicyBasis(ctx, view);
  const { plan } = view;
  const section = (n: number, key: Parameters<SectionContext['r']>[0]) => ctx.h.h2(sectionTitle(chapter, n, ctx.r(key), ctx.locale));
  const taskTitle = new Map(plan.tasks.map((task) => [task.id, task.title]));
  return [
    heading,
    section(1, 'reports.plan.goal'),
    keyValueTable([
      [ctx.r('reports.plan.year'), String(plan.year)],
      ...gradeRows(ctx, view),
      statusRow(ctx, view),
      [ctx.r('reports.plan.policy'), view.policy ? (ctx.locale === 'zh-CN' ? view.policy.nameZh : view.policy.nameEn) : plan.cycleId],
      [ctx.r('reports.plan.filingDue'), view.policy ? planFilingDueDate(view.policy) : ''],
      [
        ctx.r('reports.plan.budgetTotal'),
        formatNumber(
          plan.tasks.reduce((sum, task) => sum + (task.budget ?? 0), 0),
          ctx.locale,
        ),
      ],
    ]),
    section(2, 'reports.plan.ruleCheck'),
    view.policy
      ? dataTable(
          [{ header: ctx.r('reports.plan.rule') }, { header: ctx.r('reports.plan.ruleResult'), width: 50, align: 'center' }],
          view.rules.map((rule) => [
            ctx.t(ruleMessageKey(rule), ruleParams(ctx, view, rule)),
            ctx.r(rule.ok ? 'reports.common.pass' : 'reports.common.fail'),
          ]),
        )
      : noData(ctx.r('reports.plan.unknownPolicy', { policy: plan.cycleId })),
    paragraph(ctx.r(view.rulesPass ? 'reports.plan.ready' : 'reports.plan.notReady')),
    ...deadlineParagraphs(ctx, view),
    section(3, 'reports.plan.tasks'),
    dataTable(
      [
        { header: ctx.r('reports.common.number'), width: 24, align: 'right' },
        { header: ctx.r('reports.plan.task'), width: 90 },
        { header: ctx.r('reports.plan.measures') },
        { header: ctx.r('reports.plan.owner'), width: 80 },
        { header: ctx.r('reports.plan.budget'), width: 46, align: 'right' },
        { header: ctx.r('reports.plan.indicators'), width: 50 },
      ],
      plan.tasks.map((task, i) => [
        i + 1,
        task.description ? `${task.title}\n${task.description}` : task.title,
        task.measures.map((measure, m) => `${m + 1}. ${measure}`).join('\n'),
        [task.ownerDepartment, task.ownerPerson].filter(Boolean).join('\n'),
        task.budget === undefined ? '' : formatNumber(task.budget, ctx.locale),
        task.indicatorIds.join(', '),
      ]),
      { emptyText: ctx.r('reports.common.none') },
    ),
    section(4, 'reports.plan.timetable'),
    dataTable(
      [
        { header: ctx.r('reports.plan.milestone') },
        { header: ctx.r('reports.plan.task'), width: 100 },
        { header: ctx.r('reports.plan.dueDate'), width: 62 },
        { header: ctx.r('reports.plan.status'), width: 46 },
        { header: ctx.r('reports.plan.percent'), width: 40, align: 'right' },
      ],
      [...plan.milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) => [
          m.title,
          m.taskId ? (taskTitle.get(m.taskId) ?? m.taskId) : '',
          m.dueDate,
          ctx.t(`plan.milestone.status.${m.status}`),
          `${m.percentComplete}%`,
        ]),
      { emptyText: ctx.r('reports.common.none') },
    ),
    section(5, 'reports.plan.benchmarks'),
    plan.benchmarks.length === 0
      ? noData(ctx.r('reports.plan.noBenchmarks'))
      : dataTable(
          [
            { header: ctx.r('reports.plan.peer') },
            { header: ctx.r('reports.plan.metric') },
            { header: ctx.r('reports.plan.ourValue'), width: 56, align: 'right' },
            { header: ctx.r('reports.plan.theirValue'), width: 56, align: 'right' },
            { header: ctx.r('reports.plan.gap'), width: 56, align: 'right' },
          ],
          plan.benchmarks.map((b) => [
            b.peer,
            b.metric,
            `${b.ourValue}${b.unit}`,
            `${b.theirValue}${b.unit}`,
            `${formatNumber(benchmarkGap(b), ctx.locale)}${b.unit}`,
          ]),
        ),
    section(6, 'reports.plan.execution'),
    view.overdue.length === 0
      ? paragraph(ctx.r('reports.plan.noOverdue'))
      : dataTable(
          [
            { header: ctx.r('reports.plan.milestone') },
            { header: ctx.r('reports.plan.dueDate'), width: 62 },
            { header: ctx.r('reports.plan.daysOverdue'), width: 60, align: 'right' },
          ],
          view.overdue.map(({ milestone, daysOverdue }) => [milestone.title, milestone.dueDate, daysOverdue]),
          { caption: ctx.r('reports.plan.overdueCaption', { date: ctx.views.sources.asOf }) },
        ),
    dataTable(
      [
        { header: ctx.r('reports.plan.snapshotDate'), width: 62 },
        { header: ctx.r('reports.plan.snapshotText') },
        { header: ctx.r('reports.plan.snapshotBy'), width: 60 },
      ],
      view.record.snapshots.map((snapshot) => [snapshot.date, snapshot.text, snapshot.createdBy]),
      { caption: ctx.r('reports.plan.snapshots'), emptyText: ctx.r('reports.plan.noSnapshots') },
    ),
  ];
}

/** The status the plan was marked with: a draft, or ready for filing since when and by whom. */
function statusRow(ctx: SectionContext, { record }: PlanView): [string, string] {
  const status = ctx.t(`plan.status.${record.status}`);
  const since = [record.readyAt?.slice(0, 10), record.readyBy].filter(Boolean).join(' ');
  return [ctx.r('reports.plan.planStatus'), record.status === 'ready' && since ? `${status}（${since}）` : status];
}

/** The cycle's missed deadlines, as warnings under the rule check. */
function deadlineParagraphs(ctx: SectionContext, view: PlanView): Content[] {
  return view.warnings.map((warning) => paragraph(`⚠ ${ctx.t(warning.code, warning.params)}`));
}

/** A rule's params with the indicator by its name in the template (what the user typed when there is none). */
function ruleParams(ctx: SectionContext, view: PlanView, rule: PlanRuleResult): PlanRuleResult['params'] {
  const indicator = rule.params.indicator;
  if (indicator === undefined) return rule.params;
  const names = view.indicatorNames.get(String(indicator));
  const name = names ? (ctx.locale === 'en-US' ? names.nameEn : names.nameZh) : String(indicator);
  return { ...rule.params, indicatorName: name };
}

function gradeRows(ctx: SectionContext, view: PlanView): Array<[string, string]> {
  return [
    [ctx.r('reports.plan.currentGrade'), gradeLabel(ctx, view.currentGrade)],
    [ctx.r('reports.plan.targetGrade'), `${gradeLabel(ctx, view.plan.targetGrade)}（${view.plan.targetDate}）`],
  ];
}

function addPolicyBasis(ctx: SectionContext, view: PlanView): void {
  if (!view.policy) return;
  ctx.addBasis({
    kind: 'rules',
    id: view.policy.id,
    version: view.policy.version,
    title: ctx.locale === 'zh-CN' ? view.policy.nameZh : view.policy.nameEn,
  });
}
