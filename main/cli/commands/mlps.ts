/**
 * `denggao mlps …`: grading by the matrix, the control catalog, an object's score, the register and the action
 * plan, through the same backend methods as the desktop app.
 */
import type { ObjectSummary, ScoreReportData } from '../../../shared/contract/mlps/records';
import { EXTENSION_SETS, HARM_DEGREES, HARMED_OBJECTS, type ExtensionSet, type Harm } from '../../../shared/contract/mlps/schemas';
import { translate, type Locale } from '../../../shared/i18n';
import { AppError } from '../../backend/errors';
import { UsageError, type Command, type CommandContext } from '../types';

/**
 * `OBJECT:DEGREE`, e.g. `society:serious`. A value outside the lists is a usage error (exit 2) naming the
 * option, like any other malformed command line: nothing is opened or saved.
 */
export function parseHarm(option: string, value: string): Harm {
  const [object, degree, ...rest] = value.split(':');
  if (!(HARMED_OBJECTS as readonly string[]).includes(object ?? '')) {
    throw new UsageError(`--${option}: unknown object harmed '${object ?? ''}' (expected ${HARMED_OBJECTS.join(', ')})`);
  }
  if (rest.length > 0 || !(HARM_DEGREES as readonly string[]).includes(degree ?? '')) {
    throw new UsageError(`--${option}: unknown degree of harm '${[degree, ...rest].join(':')}' (expected ${HARM_DEGREES.join(', ')})`);
  }
  return { object, degree } as Harm;
}

function parseLevel(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--level: '${value}' is not a whole number`);
  return Number(value);
}

function parseExtensions(values: string[]): ExtensionSet[] {
  for (const value of values) {
    if (!(EXTENSION_SETS as readonly string[]).includes(value)) throw new UsageError(`--extension: unknown extension '${value}' (expected ${EXTENSION_SETS.join(', ')})`);
  }
  return values as ExtensionSet[];
}

const localeOf = (ctx: CommandContext): Locale => ctx.locale ?? 'zh-CN';

/** The object named by its id or by its number (系统编号). */
async function findObject(ctx: CommandContext, reference: string): Promise<ObjectSummary> {
  const result = await ctx.backend().call('mlps.listObjects', {}, { locale: ctx.locale });
  if (!result.ok) throw new AppError(result.error.code);
  const object = result.value.find((candidate) => candidate.id === reference || (candidate.number !== '' && candidate.number === reference));
  if (!object) throw new AppError('mlps.object.notFound', { id: reference }, { field: 'object' });
  return object;
}

function describeScore(report: ScoreReportData, locale: Locale): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));
  const lines = [
    `${t('mlps.ui.score.overall')}: ${score(report.overall.score)}`,
    `${t('mlps.ui.score.result2021')}: ${report.result2021 ? t(`mlps.result2021.${report.result2021}`) : '—'}`,
    `${t('mlps.ui.score.compliance2025')}: ${report.compliance2025 ? `${report.compliance2025.ratePercent}% ${t(`mlps.conclusion2025.${report.compliance2025.conclusion}`)}` : '—'}`,
    ...report.families.map((family) => `  ${family.family} ${t(`mlps.family.${family.family}`)}: ${score(family.score)}`),
    ...report.layers.map((layer) => `  ${t(`mlps.layer.${layer.layer}`)}: ${score(layer.score)}`),
    `${t(`mlps.formula.${report.formulas.score}`)}`,
    ...report.findings.map((finding) => `! ${t(finding.code, finding.params)}`),
  ];
  return lines.join('\n');
}

export const mlpsCommands: Command[] = [
  {
    path: ['mlps', 'grade'],
    summary: 'Grade by the GB/T 22240 matrix: business-information and system-service harm → levels',
    usage:
      'OBJECT is citizen (公民、法人和其他组织的合法权益), society (社会秩序、公共利益) or nation (国家安全);\n' +
      'DEGREE is general, serious or especially-serious. An unknown value is a usage error (exit 2).\n' +
      'Example: denggao mlps grade --business society:serious --service citizen:general --json',
    options: {
      business: { type: 'string', required: true, description: 'business-information harm', valueName: 'OBJECT:DEGREE' },
      service: { type: 'string', required: true, description: 'system-service harm', valueName: 'OBJECT:DEGREE' },
    },
    async run(values, _positionals, ctx) {
      const input = { business: parseHarm('business', String(values.business)), service: parseHarm('service', String(values.service)) };
      const result = await ctx.backend().call('mlps.grade', input, { locale: ctx.locale });
      const t = (key: string) => translate(localeOf(ctx), key);
      return ctx.report(result, (levels) =>
        [
          `${t('mlps.gradingAspect.business')}: ${t(`mlps.level.${levels.business}`)}`,
          `${t('mlps.gradingAspect.service')}: ${t(`mlps.level.${levels.service}`)}`,
          `${t('mlps.ui.grading.level')}: ${t(`mlps.level.${levels.level}`)}`,
        ].join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'catalog'],
    summary: 'List the control catalog items for a level, with extension requirement sets',
    usage: 'Levels 1–4 (GB/T 22239-2019 has no level-5 requirements: a level the catalog lacks exits 1).',
    options: {
      level: { type: 'string', required: true, description: 'protection level', valueName: 'N' },
      extension: { type: 'string', multiple: true, description: `extension set: ${EXTENSION_SETS.join(' | ')}`, valueName: 'SET' },
    },
    async run(values, _positionals, ctx) {
      const input = { level: parseLevel(String(values.level)), extensions: parseExtensions((values.extension as string[] | undefined) ?? []) };
      const result = await ctx.backend().call('mlps.catalogItems', input, { locale: ctx.locale });
      const english = localeOf(ctx) === 'en-US';
      return ctx.report(result, ({ catalog, items }) =>
        [
          `${catalog.name} (${catalog.id} ${catalog.version}): ${items.length}`,
          ...items.map((item) => `${item.id}\t${item.family}\t${english ? item.controlPointNameEn : item.controlPointName}\t${(english && item.summaryEn) || item.summary}`),
        ].join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'score'],
    summary: "Score an object's gap assessment (per family, layer and overall; 2021 result, 2025 compliance)",
    options: { object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' } },
    async run(values, _positionals, ctx) {
      const object = await findObject(ctx, String(values.object));
      const result = await ctx.backend().call('mlps.score', { objectId: object.id }, { locale: ctx.locale });
      return ctx.report(result, (report) => `${object.name}\n${describeScore(report, localeOf(ctx))}`);
    },
  },
  {
    path: ['mlps', 'objects'],
    summary: 'List the protected objects with their levels, next due item and score',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('mlps.listObjects', {}, { locale: ctx.locale });
      const t = (key: string) => translate(localeOf(ctx), key);
      return ctx.report(result, (objects) =>
        objects
          .map((object) =>
            [
              object.id,
              object.number || '—',
              object.name,
              object.level ? t(`mlps.level.${object.level}`) : t('mlps.ui.notGraded'),
              object.nextDue ? `${t(`mlps.due.${object.nextDue.kind}`)} ${object.nextDue.due} ${t(`mlps.dueStatus.${object.nextDue.status}`)}` : '',
              object.score === null ? '' : object.score.toFixed(2),
            ].join('\t'),
          )
          .join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'action-plan'],
    summary: 'Write the open gaps and remediation tasks as an XLSX action plan (POA&M)',
    options: {
      out: { type: 'string', required: true, description: 'output .xlsx file', valueName: 'FILE' },
      object: { type: 'string', description: 'only this object (id or number)', valueName: 'ID' },
    },
    async run(values, _positionals, ctx) {
      const objectId = typeof values.object === 'string' ? (await findObject(ctx, values.object)).id : undefined;
      const result = await ctx.backend().call('mlps.exportActionPlan', { path: ctx.resolvePath(String(values.out)), ...(objectId ? { objectId } : {}) }, { locale: ctx.locale });
      return ctx.report(result, ({ path, gaps, tasks }) => `→ ${path} (${gaps} / ${tasks})`);
    },
  },
];
