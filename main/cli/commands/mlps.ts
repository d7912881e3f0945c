/**
 * `denggao mlps …`: grading by the matrix, the control catalog, an object's score, the register and the action
 * plan, through the same backend methods as the desktop app.
 */
import type {
  FilingForm,
  MajorHiddenRisk,
  MajorHiddenRiskPrinciple,
  MlpsUnit,
  ObjectSummary,
  ObjectView,
  RecoveryView,
  ScheduleRecordKind,
  ScoreReportData,
} from '../../../shared/contract/mlps/records';
import {
  DR_ELEMENTS,
  EXTENSION_SETS,
  HARM_DEGREES,
  HARMED_OBJECTS,
  MAJOR_HIDDEN_RISK_PRINCIPLES,
} from '../../../shared/contract/mlps/vocabulary';
import type { DrElement, DrElementLevels, DrLevel, ExtensionSet, Harm } from '../../../shared/contract/mlps/schemas';
import type { Finding } from '../../../shared/contract/core';
import { translate, type Locale, type MessageKey, translateCode } from '../../../shared/i18n';
import { AppError } from '../../backend/errors';
import { readJsonFile } from '../files';
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
    if (!(EXTENSION_SETS as readonly string[]).includes(value))
      throw new UsageError(`--extension: unknown extension '${value}' (expected ${EXTENSION_SETS.join(', ')})`);
  }
  return values as ExtensionSet[];
}

function parsePrinciples(values: string[]): MajorHiddenRiskPrinciple[] {
  for (const value of values) {
    if (!(MAJOR_HIDDEN_RISK_PRINCIPLES as readonly string[]).includes(value)) {
      throw new UsageError(`--principle: unknown principle '${value}' (expected ${MAJOR_HIDDEN_RISK_PRINCIPLES.join(', ')})`);
    }
  }
  return values as MajorHiddenRiskPrinciple[];
}

/** The command line spells the record kinds in kebab case, like its other values. */
const RECORD_KINDS: Record<string, ScheduleRecordKind> = { 'self-inspection': 'selfInspection', 'protection-plan': 'protectionPlan' };

function parseRecordKind(value: string): ScheduleRecordKind {
  const kind = RECORD_KINDS[value];
  if (!kind) throw new UsageError(`--kind: unknown kind '${value}' (expected ${Object.keys(RECORD_KINDS).join(', ')})`);
  return kind;
}

/** `ELEMENT=LEVEL`, e.g. `dataBackup=4`; LEVEL 0 is "below level 1". A malformed pair is a usage error naming it. */
function parseElements(values: string[]): DrElementLevels {
  const levels: DrElementLevels = {};
  for (const value of values) {
    const [element, level, ...rest] = value.split('=');
    if (!(DR_ELEMENTS as readonly string[]).includes(element ?? ''))
      throw new UsageError(`--element: unknown element '${element ?? ''}' (expected ${DR_ELEMENTS.join(', ')})`);
    if (rest.length > 0 || !/^[0-6]$/.test(level ?? '')) throw new UsageError(`--element: '${value}' needs a level 0–6 after '='`);
    levels[element as DrElement] = Number(level) as DrElementLevels[DrElement];
  }
  return levels;
}

const localeOf = (ctx: CommandContext): Locale => ctx.locale ?? 'zh-CN';

/** A finding in words; an element code becomes its name. */
function findingLine(finding: Finding, locale: Locale): string {
  const params = { ...finding.params };
  if (typeof params.element === 'string') params.element = translateCode(locale, `mlps.drElement.${params.element}`);
  return `! ${translateCode(locale, finding.code, params)}`;
}

function describeSchedule(view: ObjectView, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const items = view.schedule.items.map((item) =>
    [
      t(`mlps.due.${item.kind}`),
      item.due,
      t(`mlps.dueStatus.${item.status}`),
      item.opensOn && item.status !== 'done' ? t('mlps.ui.schedule.renewalOpens', { date: item.opensOn }) : '',
    ]
      .join('\t')
      .trimEnd(),
  );
  const records = view.scheduleRecords.map((record) =>
    `  ${record.id}\t${t(`mlps.due.${record.kind}`)}\t${record.doneOn}\t${record.note}`.trimEnd(),
  );
  return [
    view.object.name,
    ...(items.length > 0 ? items : [t('mlps.ui.schedule.nothingDue')]),
    ...(records.length > 0 ? [`${t('mlps.ui.schedule.records')}:`, ...records] : []),
    ...[...view.schedule.findings, ...view.findings].map((finding) => findingLine(finding, locale)),
  ].join('\n');
}

function describeRecovery(record: RecoveryView, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const level = (value: number | undefined) =>
    value === undefined ? '—' : value === 0 ? t('mlps.ui.recovery.elementNone') : translateCode(locale, `mlps.drLevel.${value}`);
  return [
    `${t('mlps.ui.recovery.level')}: ${level(record.level)}`,
    record.achievedLevel === null
      ? t('mlps.ui.recovery.achievedPending')
      : t('mlps.ui.recovery.achieved', { level: level(record.achievedLevel) }),
    ...DR_ELEMENTS.map((element) => `  ${t(`mlps.drElement.${element}`)}: ${level(record.elements[element])}`),
    ...record.findings.map((finding) => findingLine(finding, locale)),
  ].join('\n');
}

/** The object named by its id or by its number (系统编号). */
async function findObject(ctx: CommandContext, reference: string): Promise<ObjectSummary> {
  const object = (await listObjectsOrFail(ctx)).find(
    (candidate) => candidate.id === reference || (candidate.number !== '' && candidate.number === reference),
  );
  if (!object) throw new AppError('mlps.object.notFound', { id: reference }, { field: 'object' });
  return object;
}

async function listObjectsOrFail(ctx: CommandContext): Promise<ObjectSummary[]> {
  const result = await ctx.backend().call('mlps.listObjects', {}, { locale: ctx.locale });
  if (!result.ok) throw new AppError(result.error.code);
  return result.value;
}

function describeMajorHiddenRisk(risk: MajorHiddenRisk, objectName: string, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  const state = risk.remediated
    ? `${t('mlps.ui.majorRisks.remediated')}${risk.remediatedOn ? ` ${risk.remediatedOn}` : ''}`
    : t('mlps.ui.majorRisks.open');
  const principles = risk.principles.map((principle) => t(`mlps.majorHiddenRisk.principle.${principle}`)).join('、');
  return [risk.id, objectName, risk.title, risk.itemIds.join(' '), principles, state].join('\t');
}

function describeScore(report: ScoreReportData, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));
  const provisional = report.provisional ? ` (${t('mlps.provisionalNote', { unassessed: report.overall.counts.unassessed })})` : '';
  const lines = [
    `${t('mlps.ui.score.overall')}: ${score(report.overall.score)}`,
    `${t('mlps.ui.score.compliance2025')}: ${report.compliance2025 ? `${report.compliance2025.ratePercent}% ${t(`mlps.conclusion2025.${report.compliance2025.conclusion}`)}${provisional}` : '—'}`,
    `${t('mlps.ui.score.majorHiddenRisks')}: ${t('mlps.majorHiddenRisk.tally', report.majorHiddenRisks)}`,
    `${t('mlps.ui.score.result2021')}: ${report.result2021 ? t(`mlps.result2021.${report.result2021}`) : '—'}`,
    ...report.families.map((family) => `  ${family.family} ${t(`mlps.family.${family.family}`)}: ${score(family.score)}`),
    ...report.layers.map((layer) => `  ${t(`mlps.layer.${layer.layer}`)}: ${score(layer.score)}`),
    translateCode(locale, `mlps.formula.${report.formulas.score}`),
    ...report.findings.map((finding) => `! ${translateCode(locale, finding.code, finding.params)}`),
  ];
  return lines.join('\n');
}

/** The filing form's numbers and what it still lacks, one line each. */
function describeFilingForm(form: FilingForm, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  return [
    `${t('mlps.doc.formNumber')}: ${form.formNumber ?? '—'}`,
    `${t('mlps.doc.certificateNumber')}: ${form.certificateNumber ?? '—'}`,
    ...form.findings.map((finding) => `! ${translateCode(locale, finding.code, finding.params)}`),
  ].join('\n');
}

function describeUnit(unit: MlpsUnit, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  return [
    `${t('mlps.doc.formNumber')}: ${unit.formNumber ?? '—'}`,
    `${t('mlps.doc.securityLeader')}: ${[unit.securityLeader.name, unit.securityLeader.title].filter(Boolean).join(' ') || '—'}`,
    `${t('mlps.doc.affiliation')}: ${unit.affiliation ?? '—'}`,
    `${t('mlps.doc.competentDepartment')}: ${unit.competentDepartment || '—'}`,
  ].join('\n');
}

export const mlpsCommands: Command[] = [
  {
    path: ['mlps', 'unit'],
    summary: "Show the filing unit (备案表 table 1 beyond the profile), with the unit's 备案表编号",
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('mlps.getUnit', {}, { locale: ctx.locale });
      return ctx.report(result, (unit) => describeUnit(unit, localeOf(ctx)));
    },
  },
  {
    path: ['mlps', 'unit', 'set'],
    summary: 'Replace the filing unit with the one in a JSON file (the same object as "mlps.unit" in the data JSON)',
    usage: 'A code not in its list or a malformed 备案表编号 exits 1 naming the field; nothing is stored.',
    options: { file: { type: 'string', required: true, description: 'unit JSON', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const unit = readJsonFile(ctx.resolvePath(String(values.file)));
      const result = await ctx.backend().call('mlps.saveUnit', unit as MlpsUnit, { locale: ctx.locale });
      return ctx.report(result, (saved) => describeUnit(saved, localeOf(ctx)));
    },
  },
  {
    path: ['mlps', 'form', 'set'],
    summary: "Set an object's filing-form fields (tables 2–3, coded options) from a JSON file",
    usage:
      'The file holds one entry of "mlps.filingForms" in the data JSON, without objectId. Print: denggao report --kind filing-form --object ID',
    options: {
      object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' },
      file: { type: 'string', required: true, description: 'fields JSON', valueName: 'FILE' },
    },
    async run(values, _positionals, ctx) {
      const object = await findObject(ctx, String(values.object));
      const fields = readJsonFile(ctx.resolvePath(String(values.file))) as object;
      const result = await ctx.backend().call('mlps.saveFilingFormFields', { ...fields, objectId: object.id }, { locale: ctx.locale });
      return ctx.report(result, (form) => `${object.name}\n${describeFilingForm(form, localeOf(ctx))}`);
    },
  },
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
      const t = (key: MessageKey) => translate(localeOf(ctx), key);
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
      const input = {
        level: parseLevel(String(values.level)),
        extensions: parseExtensions((values.extension as string[] | undefined) ?? []),
      };
      const result = await ctx.backend().call('mlps.catalogItems', input, { locale: ctx.locale });
      const english = localeOf(ctx) === 'en-US';
      return ctx.report(result, ({ catalog, items }) =>
        [
          `${catalog.name} (${catalog.id} ${catalog.version}): ${items.length}`,
          ...items.map(
            (item) =>
              `${item.id}\t${item.family}\t${english ? item.controlPointNameEn : item.controlPointName}\t${(english && item.summaryEn) || item.summary}`,
          ),
        ].join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'score'],
    summary:
      "Score an object's gap assessment (per family, layer and overall; the 2025 conclusion, provisional while items are unassessed)",
    options: { object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' } },
    async run(values, _positionals, ctx) {
      const object = await findObject(ctx, String(values.object));
      const result = await ctx.backend().call('mlps.score', { objectId: object.id }, { locale: ctx.locale });
      return ctx.report(result, (report) => `${object.name}\n${describeScore(report, localeOf(ctx))}`);
    },
  },
  {
    path: ['mlps', 'major-risk', 'add'],
    summary: 'Record a major hidden risk (重大风险隐患) of an object: the findings it stems from and the principles it was judged by',
    usage:
      'A major hidden risk is judged on its own; it may stem from one high-risk finding or several findings of any rating.\n' +
      'An item the object is not assessed against is refused at itemIds[n] (exit 1) and nothing is stored.\n' +
      'Example: denggao mlps major-risk add --object ERP-1 --title 核心数据库暴露于互联网 --item L3-ABS1-01 --principle severity',
    options: {
      object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' },
      title: { type: 'string', required: true, description: 'what the risk is', valueName: 'TEXT' },
      item: {
        type: 'string',
        multiple: true,
        required: true,
        description: 'a finding it stems from (GB/T 28448 item id)',
        valueName: 'ITEM',
      },
      principle: {
        type: 'string',
        multiple: true,
        required: true,
        description: `${MAJOR_HIDDEN_RISK_PRINCIPLES.join(' | ')}`,
        valueName: 'P',
      },
      'found-on': { type: 'string', description: 'found on this day (发现日期)', valueName: 'YYYY-MM-DD' },
      'remediated-on': { type: 'string', description: 'already remediated, on this day (not before --found-on)', valueName: 'YYYY-MM-DD' },
      note: { type: 'string', description: 'note', valueName: 'TEXT' },
    },
    async run(values, _positionals, ctx) {
      const object = await findObject(ctx, String(values.object));
      const remediatedOn = typeof values['remediated-on'] === 'string' ? values['remediated-on'] : undefined;
      const input = {
        objectId: object.id,
        title: String(values.title),
        itemIds: (values.item as string[] | undefined) ?? [],
        principles: parsePrinciples((values.principle as string[] | undefined) ?? []),
        ...(typeof values['found-on'] === 'string' ? { identifiedOn: values['found-on'] } : {}),
        remediated: remediatedOn !== undefined,
        ...(remediatedOn ? { remediatedOn } : {}),
        ...(typeof values.note === 'string' ? { note: values.note } : {}),
      };
      const result = await ctx.backend().call('mlps.saveMajorHiddenRisk', input, { locale: ctx.locale });
      return ctx.report(result, (risk) => describeMajorHiddenRisk(risk, object.name, localeOf(ctx)));
    },
  },
  {
    path: ['mlps', 'major-risks'],
    summary: 'List the major hidden risks (重大风险隐患) of every object, or of one',
    options: { object: { type: 'string', description: 'only this object (id or number)', valueName: 'ID' } },
    async run(values, _positionals, ctx) {
      const object = typeof values.object === 'string' ? await findObject(ctx, values.object) : undefined;
      const names = new Map((await listObjectsOrFail(ctx)).map((entry) => [entry.id, entry.name]));
      const result = await ctx.backend().call('mlps.listMajorHiddenRisks', object ? { objectId: object.id } : {}, { locale: ctx.locale });
      return ctx.report(result, (risks) =>
        risks.map((risk) => describeMajorHiddenRisk(risk, names.get(risk.objectId) ?? '', localeOf(ctx))).join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'objects'],
    summary: 'List the protected objects with their levels, next due item and score',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('mlps.listObjects', {}, { locale: ctx.locale });
      const t = (key: MessageKey) => translate(localeOf(ctx), key);
      return ctx.report(result, (objects) =>
        objects
          .map((object) =>
            [
              object.id,
              object.number || '—',
              object.name,
              object.level ? t(`mlps.level.${object.level}`) : t('mlps.ui.notGraded'),
              object.nextDue
                ? `${t(`mlps.due.${object.nextDue.kind}`)} ${object.nextDue.due} ${t(`mlps.dueStatus.${object.nextDue.status}`)}`
                : '',
              object.score === null ? '' : object.score.toFixed(2),
            ].join('\t'),
          )
          .join('\n'),
      );
    },
  },
  {
    path: ['mlps', 'schedule'],
    summary: "An object's due items (filing, certificate, renewal window, assessment, self-inspection, 保护工作方案) and what it recorded",
    options: { object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' } },
    async run(values, _positionals, ctx) {
      const object = await findObject(ctx, String(values.object));
      const result = await ctx.backend().call('mlps.getObject', { id: object.id }, { locale: ctx.locale });
      return ctx.report(result, (view) => describeSchedule(view, localeOf(ctx)));
    },
  },
  {
    path: ['mlps', 'schedule', 'record'],
    summary: 'Record a self-inspection (自查) or a 保护工作方案 as done on a day; the next due date follows it',
    usage: 'Example: denggao mlps schedule record --object FIN-1 --kind self-inspection --date 2025-02-20 --note 年度自查',
    options: {
      object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' },
      kind: { type: 'string', required: true, description: Object.keys(RECORD_KINDS).join(' | '), valueName: 'KIND' },
      date: { type: 'string', required: true, description: 'the day it was done', valueName: 'YYYY-MM-DD' },
      note: { type: 'string', description: 'note', valueName: 'TEXT' },
    },
    async run(values, _positionals, ctx) {
      const kind = parseRecordKind(String(values.kind));
      const object = await findObject(ctx, String(values.object));
      const input = {
        objectId: object.id,
        kind,
        doneOn: String(values.date),
        ...(typeof values.note === 'string' ? { note: values.note } : {}),
      };
      const result = await ctx.backend().call('mlps.saveScheduleRecord', input, { locale: ctx.locale });
      return ctx.report(result, (view) => describeSchedule(view, localeOf(ctx)));
    },
  },
  {
    path: ['mlps', 'recovery'],
    summary: "An object's disaster recovery: the level chosen, the level its seven GB/T 20988 elements reach together",
    usage:
      'To record: --level N [--element ELEMENT=LEVEL]... (RTO/RPO and notes already recorded are kept).\n' +
      `ELEMENT is one of ${DR_ELEMENTS.join(', ')}; LEVEL 0–6 (0: below level 1).`,
    options: {
      object: { type: 'string', required: true, description: 'object id or number (系统编号)', valueName: 'ID' },
      level: { type: 'string', description: 'the level chosen (1–6); records the elements given', valueName: 'N' },
      element: { type: 'string', multiple: true, description: 'the level an element meets', valueName: 'ELEMENT=LEVEL' },
    },
    async run(values, _positionals, ctx) {
      const elements = parseElements((values.element as string[] | undefined) ?? []);
      const level = typeof values.level === 'string' ? parseLevel(values.level) : undefined;
      if (level === undefined && Object.keys(elements).length > 0) throw new UsageError('--element needs --level');
      const object = await findObject(ctx, String(values.object));
      const records = await ctx.backend().call('mlps.listRecovery', {}, { locale: ctx.locale });
      if (!records.ok) return ctx.report(records);
      const existing = records.value.find((record) => record.objectId === object.id);
      if (level === undefined) {
        if (!existing) throw new AppError('mlps.record.notFound', { id: object.id }, { field: 'object' });
        return ctx.report({ ok: true, value: existing }, (record) => describeRecovery(record, localeOf(ctx)));
      }
      const { findings: _findings, achievedLevel: _achieved, ...kept } = existing ?? { notes: '', elements: {} };
      // The backend checks the level (1–6) at its edge like any other input.
      const input = { ...kept, objectId: object.id, level: level as DrLevel, elements: { ...kept.elements, ...elements } };
      const result = await ctx.backend().call('mlps.saveRecovery', input, { locale: ctx.locale });
      return ctx.report(result, (view) => describeRecovery(view, localeOf(ctx)));
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
      const result = await ctx
        .backend()
        .call(
          'mlps.exportActionPlan',
          { path: ctx.resolvePath(String(values.out)), ...(objectId ? { objectId } : {}) },
          { locale: ctx.locale },
        );
      return ctx.report(result, ({ path, gaps, tasks }) => `→ ${path} (${gaps} / ${tasks})`);
    },
  },
];
