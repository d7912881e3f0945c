import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import type { AssessmentScore, Template } from '../../../shared/contract/assessment/schemas';
import { translate, translateCode, type Locale, type MessageKey } from '../../../shared/i18n';
import { UsageError, type Command, type CommandContext } from '../types';

export function parseYear(value: string | boolean | string[] | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year)) throw new UsageError(`--year must be a year such as 2024, not '${String(value)}'`);
  return year;
}

const localeOf = (ctx: CommandContext): Locale => ctx.locale ?? 'zh-CN';
const named = (item: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'zh-CN' ? item.nameZh : item.nameEn);

function describeTemplate(template: Template, locale: Locale): string {
  const lines = [
    `${named(template, locale)} — ${template.id} @ ${template.version}`,
    locale === 'zh-CN' ? template.notesZh : template.notesEn,
    '',
  ];
  for (const element of template.elements) {
    lines.push(`${named(element, locale)} (${element.id})  ${element.weight}/${template.weightsSum}`);
    for (const indicator of element.indicators) {
      lines.push(
        `  ${indicator.id.padEnd(6)} ${String(indicator.weight).padStart(5)}  ${named(indicator, locale)}  [${translate(locale, `assessment.ruleKind.${indicator.rule.kind}`)}]`,
      );
    }
  }
  lines.push(
    '',
    Object.entries(template.gradeThresholds)
      .map(([grade, minimum]) => `${grade} ≥ ${minimum}`)
      .join('   '),
  );
  return lines.join('\n');
}

function describeScore(score: AssessmentScore & { year: number; revision: number; status: string }, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  return [
    `${score.year} (r${score.revision}, ${score.status}) — ${score.templateId} @ ${score.templateVersion}`,
    ...score.elements.map(
      (element) =>
        `  ${translateCode(locale, `assessment.element.${element.elementId}`).padEnd(20)} ${element.score.toFixed(2).padStart(7)}   ${t('assessment.completion', element.completion)}`,
    ),
    `  ${'Σ'.padEnd(20)} ${score.total.toFixed(2).padStart(7)}   ${t(`assessment.grade.${score.grade}`)}`,
    '',
    translateCode(locale, score.formula.code, score.formula.params),
  ].join('\n');
}

export const assessmentCommands: Command[] = [
  {
    path: ['assessment', 'template'],
    summary: 'Show an indicator template: elements, indicators, weights and grade thresholds',
    options: {
      id: { type: 'string', description: `template id (default: ${DEFAULT_TEMPLATE.id})`, valueName: 'ID' },
      version: { type: 'string', description: 'template version (default: the highest)', valueName: 'VERSION' },
    },
    async run(values, _positionals, ctx) {
      const input = {
        id: typeof values.id === 'string' ? values.id : DEFAULT_TEMPLATE.id,
        ...(typeof values.version === 'string' ? { version: values.version } : {}),
      };
      const result = await ctx.backend().call('assessment.templates.get', input, { locale: ctx.locale });
      return ctx.report(result, (template) => describeTemplate(template, localeOf(ctx)));
    },
  },
  {
    path: ['assessment', 'template', 'import'],
    summary: 'Add an indicator template from a JSON file (every problem is reported with its path)',
    options: { file: { type: 'string', required: true, description: 'template JSON', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const result = await ctx
        .backend()
        .call('assessment.templates.import', { path: ctx.resolvePath(String(values.file)) }, { locale: ctx.locale });
      return ctx.report(result, (summary) => `${summary.id} @ ${summary.version}: ${summary.indicatorCount}`);
    },
  },
  {
    path: ['assessment', 'template', 'export'],
    summary: 'Write an indicator template as JSON',
    options: {
      id: { type: 'string', required: true, description: 'template id', valueName: 'ID' },
      version: { type: 'string', required: true, description: 'template version', valueName: 'VERSION' },
      out: { type: 'string', required: true, description: 'output file', valueName: 'FILE' },
    },
    async run(values, _positionals, ctx) {
      const input = { id: String(values.id), version: String(values.version), path: ctx.resolvePath(String(values.out)) };
      return ctx.report(await ctx.backend().call('assessment.templates.export', input, { locale: ctx.locale }), ({ path }) => `→ ${path}`);
    },
  },
  {
    path: ['assessment', 'score'],
    summary: "Score a year's assessment: element scores, total, grade, template id and version",
    options: { year: { type: 'string', description: 'assessment year (default: the latest)', valueName: 'YEAR' } },
    async run(values, _positionals, ctx) {
      const year = parseYear(values.year);
      const result = await ctx.backend().call('assessment.score', year === undefined ? {} : { year }, { locale: ctx.locale });
      return ctx.report(result, (score) => describeScore(score, localeOf(ctx)));
    },
  },
];
