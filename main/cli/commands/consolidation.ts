/**
 * The receiver's consolidation views from the command line: figures, ranking and breakdown with filters; two
 * periods compared; the consolidated tables as XLSX and the consolidated report as PDF. The backend checks
 * every option's value (a wrong tier, province or period is refused naming the field, exit 1).
 */
import type { ViewFilter, ViewQuery } from '../../../shared/contract/filing/views';
import { formatPercent } from '../../../shared/i18n/formats';
import type { Command, OptionSpec } from '../types';
import { signedChange } from '../../../shared/domain/filing/signed-change';

const FILTER_OPTIONS: Record<string, OptionSpec> = {
  tier: { type: 'string', description: 'headquarters | subsidiary (the filed profile’s role)', valueName: 'TIER' },
  province: { type: 'string', description: 'two digits of GB/T 2260, e.g. 11 (the profile’s region, else the USCC’s)', valueName: 'NN' },
  industry: { type: 'string', description: 'the industry as the profiles state it', valueName: 'TEXT' },
  group: { type: 'string', description: 'the group headquarters’ USCC (drill-down to one group)', valueName: 'USCC' },
  grade: { type: 'string', description: 'A–E, or none (not filed)', valueName: 'GRADE' },
  level: { type: 'string', description: 'enterprises with protected objects at this level (1–5)', valueName: 'N' },
  overdue: { type: 'boolean', description: 'enterprises with overdue milestones or objects not filed' },
};

/** The filter as the command line gives it; the backend validates each value. */
function filterOf(values: Record<string, string | boolean | string[] | undefined>): ViewFilter {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const filter: Record<string, unknown> = {
    tier: text('tier'),
    province: text('province'),
    industry: text('industry'),
    groupUscc: text('group'),
    grade: text('grade'),
  };
  if (text('level') !== undefined) filter.level = Number(text('level'));
  if (values.overdue === true) filter.overdue = true;
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as ViewFilter;
}

const periodOption: OptionSpec = {
  type: 'string',
  description: "a period (default: each enterprise's newest filing)",
  valueName: 'PERIOD',
};
const periodOf = (values: Record<string, unknown>) => (typeof values.period === 'string' ? { period: values.period } : {});
const figure = (value: number | null) => (value === null ? '—' : String(value));

export const consolidationCommands: Command[] = [
  {
    path: ['consolidated', 'views'],
    summary: 'Consolidation figures with filters, a breakdown and a ranking of the enterprises',
    options: {
      period: periodOption,
      ...FILTER_OPTIONS,
      by: { type: 'string', description: 'breakdown: group | tier | province | industry (default group)', valueName: 'DIMENSION' },
      sort: {
        type: 'string',
        description: 'ranking: assessmentTotal | planPercent | genuineRate | overdue | notFiled | name',
        valueName: 'KEY',
      },
      ascending: { type: 'boolean', description: 'rank lowest first' },
      limit: { type: 'string', description: 'enterprises to list (default 20)', valueName: 'N' },
    },
    async run(values, _positionals, ctx) {
      const input = {
        ...periodOf(values),
        filter: filterOf(values),
        ...(typeof values.by === 'string' ? { breakdown: values.by } : {}),
        sort: { by: typeof values.sort === 'string' ? values.sort : 'assessmentTotal', descending: values.ascending !== true },
        limit: typeof values.limit === 'string' ? Number(values.limit) : 20,
      };
      const result = await ctx.backend().call('filing.views.consolidation', input as ViewQuery, { locale: ctx.locale });
      return ctx.report(result, (view) =>
        [
          `period: ${view.period ?? 'newest of each enterprise'}; enterprises: ${view.totals.enterprises}; mean score ${figure(view.totals.meanTotal)}`,
          `by grade: ${view.totals.byGrade.map((g) => `${g.grade} ${g.count}`).join(', ')}`,
          `plans: ${view.totals.plan.percentComplete ?? '—'} % complete on average; ${view.totals.plan.overdue} milestones overdue`,
          `genuine rate ${formatPercent(view.totals.licences.genuineRate)}; objects ${view.totals.objects.total} (${view.totals.overdue.objectsNotFiled} not filed)`,
          `by ${view.breakdown.by}:`,
          ...view.breakdown.rows.map(
            (row) => `  ${row.label || row.key || '—'}\t${row.enterprises}\t${figure(row.meanTotal)}\t${formatPercent(row.genuineRate)}`,
          ),
          `ranking (${view.ranking.total}):`,
          ...view.ranking.rows.map(
            (row, index) =>
              `  ${index + 1}. ${row.name} ${row.uscc}\t${row.grade}\t${figure(row.assessmentTotal)}\t${formatPercent(row.genuineRate)}`,
          ),
        ].join('\n'),
      );
    },
  },
  {
    path: ['consolidated', 'compare'],
    summary: 'Two periods side by side with the change of each figure',
    options: {
      before: { type: 'string', required: true, description: 'the earlier period', valueName: 'PERIOD' },
      after: { type: 'string', required: true, description: 'the later period', valueName: 'PERIOD' },
      ...FILTER_OPTIONS,
    },
    async run(values, _positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.views.compare',
          { before: String(values.before), after: String(values.after), filter: filterOf(values) },
          { locale: ctx.locale },
        );
      return ctx.report(result, (comparison) =>
        comparison.changes
          .map(
            (change) =>
              `${change.metric.replace('filing.views.metric.', '')}\t${change.before ?? '—'}\t${change.after ?? '—'}\t${change.delta === null ? '' : signedChange(change.delta)}`,
          )
          .join('\n'),
      );
    },
  },
  {
    path: ['consolidated', 'export'],
    summary: 'The consolidated tables as an XLSX workbook (summary, grades, objects, by group, every enterprise)',
    options: {
      out: { type: 'string', required: true, description: 'the .xlsx file to write', valueName: 'FILE' },
      period: periodOption,
      ...FILTER_OPTIONS,
    },
    async run(values, _positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.views.exportXlsx',
          { ...periodOf(values), filter: filterOf(values), out: ctx.resolvePath(String(values.out)) },
          { locale: ctx.locale },
        );
      return ctx.report(result, (written) => `${written.path} (${written.rows} enterprises)`);
    },
  },
  {
    path: ['consolidated', 'report'],
    summary: 'The consolidated report as a PDF (charts, tables, the top of the ranking)',
    options: {
      out: { type: 'string', required: true, description: 'the PDF file to write', valueName: 'FILE' },
      period: periodOption,
      ...FILTER_OPTIONS,
    },
    async run(values, _positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.views.report',
          { ...periodOf(values), filter: filterOf(values), out: ctx.resolvePath(String(values.out)) },
          { locale: ctx.locale },
        );
      return ctx.report(result, (written) => `${written.path} (${written.pages} pages)`);
    },
  },
];
