/**
 * Graded protection (等级保护): objects per level and their filing status (summary); per object the grading
 * report (定级报告), the 2025 filing form's tables 1–4 with its data inventory sheets (docs/standards.md §2),
 * and disaster recovery where it is recorded.
 */
import type { Content } from 'pdfmake/interfaces';
import type { RecoveryRecord } from '../../../../shared/contract/mlps/records';
import type { Finding } from '../../../../shared/contract/core';
import { DR_ELEMENTS, MLPS_LEVELS, type Harm, type SignOff } from '../../../../shared/contract/mlps/schemas';
import { mlpsPolicy } from '../../../../shared/catalogs/mlps/policy';
import { drLevels } from '../../../../shared/catalogs/mlps/disaster-recovery';
import { mlpsSchedule } from '../../../../shared/catalogs/mlps/schedule';
import { achievedDrLevel, checkRecovery } from '../../../../shared/domain/mlps';
import { barChart, chartContent } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { MlpsObjectSource } from '../sources';
import { caption, chapterTitle, formatNumber, noData, type SectionContext } from './context';
import { dataSheets, filingFormCover, filingFormSystem, filingFormTables, filingFormUnit } from './mlps-filing-form';

export function mlpsBrief(ctx: SectionContext): Content[] {
  const view = ctx.views.mlps;
  if (!view) return [noData(ctx.r('reports.noData.mlps'))];
  return [levelChart(ctx, view.objects), statusTable(ctx, view.objects)];
}

/** One chapter: the register with its status, then per object its grading report and filing form. */
export function mlpsChapter(ctx: SectionContext, chapter: number, objectId?: string): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.mlps'), ctx.locale));
  const view = ctx.views.mlps;
  if (!view) return [heading, noData(ctx.r('reports.noData.mlps'))];
  ctx.addBasis({ kind: 'rules', id: mlpsPolicy.id, version: mlpsPolicy.version, title: ctx.r('reports.mlps.policyTitle') });
  ctx.addBasis({ kind: 'rules', id: mlpsSchedule.id, version: mlpsSchedule.version, title: ctx.r('reports.mlps.scheduleTitle') });
  const objects = objectId ? view.objects.filter((o) => o.object.id === objectId) : view.objects;
  const content: Content[] = [heading];
  if (!objectId) content.push(levelChart(ctx, view.objects), statusTable(ctx, view.objects));
  for (const [i, object] of objects.entries()) content.push(...objectPart(ctx, object, i > 0 || !objectId));
  return content;
}

/**
 * The 2025 filing form on its own, as it is handed in: the cover numbers and table 1 once for the unit, then per
 * object (each on a new page) tables 2–4 and its data inventory sheets.
 */
export function filingFormDocument(ctx: SectionContext, objectId?: string): Content[] {
  const view = ctx.views.mlps;
  if (!view) return [noData(ctx.r('reports.noData.mlps'))];
  const objects = objectId ? view.objects.filter((o) => o.object.id === objectId) : view.objects;
  const first = objects[0];
  if (!first) return [noData(ctx.r('reports.noData.mlps'))];
  return [
    ...filingFormCover(ctx, first.filingForm),
    ...filingFormUnit(ctx, first.filingForm),
    ...objects.flatMap((o) => [
      {
        ...(ctx.h.h2(o.object.number ? `${o.object.name}（${o.object.number}）` : o.object.name) as object),
        pageBreak: 'before',
      } as Content,
      ...filingFormSystem(ctx, o.filingForm),
      ...dataSheets(ctx, o.filingForm),
    ]),
  ];
}

/**
 * The 定级报告 on its own, per graded object (each on a new page): the object, the two judgements with their
 * levels, the final level, the grading date and the sign-offs, and the grading checks that concern it.
 */
export function gradingReportDocument(ctx: SectionContext, objectId?: string): Content[] {
  const objects = (ctx.views.mlps?.objects ?? []).filter((o) => o.grading !== null && (!objectId || o.object.id === objectId));
  if (objects.length === 0) return [noData(ctx.r('reports.mlps.noJudgements'))];
  ctx.addBasis({ kind: 'rules', id: mlpsPolicy.id, version: mlpsPolicy.version, title: ctx.r('reports.mlps.policyTitle') });
  return objects.flatMap((o, i) => [
    {
      ...(ctx.h.h2(o.object.number ? `${o.object.name}（${o.object.number}）` : o.object.name) as object),
      ...(i > 0 ? { pageBreak: 'before' } : {}),
    } as Content,
    ...gradingReport(ctx, o),
  ]);
}

function objectPart(ctx: SectionContext, view: MlpsObjectSource, breakBefore: boolean): Content[] {
  const { object } = view;
  const title = object.number ? `${object.name}（${object.number}）` : object.name;
  return [
    { ...(ctx.h.h2(title) as object), ...(breakBefore ? { pageBreak: 'before' } : {}) } as Content,
    ctx.h.h3(ctx.r('reports.mlps.gradingReport')),
    // The particulars run to several tables per object: a size smaller keeps an object to two pages.
    { stack: gradingReport(ctx, view), fontSize: 9.5 },
    ctx.h.h3(ctx.r('reports.mlps.filingForm')),
    { stack: filingForm(ctx, view), fontSize: 9.5 },
    ...(view.schedule.items.length > 0 ? [ctx.h.h3(ctx.r('reports.mlps.schedule')), scheduleTable(ctx, view)] : []),
    ...(view.recovery ? [ctx.h.h3(ctx.t('mlps.ui.recovery.title')), { stack: recovery(ctx, view.recovery), fontSize: 9.5 }] : []),
  ];
}

function levelText(ctx: SectionContext, level: number | null): string {
  return level === null ? ctx.r('reports.mlps.ungraded') : ctx.t(`mlps.level.${level}`);
}

function levelChart(ctx: SectionContext, objects: MlpsObjectSource[]): Content {
  const counts = MLPS_LEVELS.map((level) => objects.filter((o) => o.level === level).length);
  const ungraded = objects.filter((o) => o.level === null).length;
  return chartContent(
    barChart({
      title: ctx.r('reports.mlps.perLevelTitle'),
      categories: [...MLPS_LEVELS.map((level) => ctx.t(`mlps.levelShort.${level}`)), ctx.r('reports.mlps.ungraded')],
      series: [{ name: ctx.r('reports.mlps.objectCount'), values: [...counts, ungraded] }],
      height: 240,
    }),
    380,
  );
}

/** Filing and assessment status per object: what is filed, what is due, what is overdue. */
function statusTable(ctx: SectionContext, objects: MlpsObjectSource[]): Content {
  return dataTable(
    [
      { header: ctx.r('reports.mlps.object') },
      { header: ctx.r('reports.mlps.level'), width: 90 },
      { header: ctx.r('reports.mlps.filingStatus'), width: 120 },
      { header: ctx.r('reports.mlps.nextAssessment'), width: 80 },
    ],
    objects.map((o) => [o.object.name, levelText(ctx, o.level), filingStatus(ctx, o), nextAssessment(ctx, o)]),
    { caption: ctx.r('reports.mlps.statusCaption', { date: ctx.views.sources.asOf }) },
  );
}

function filingStatus(ctx: SectionContext, o: MlpsObjectSource): string {
  if (o.filing) return ctx.r('reports.mlps.filedOn', { date: o.filing.filedOn, number: o.filing.certificateNumber ?? '' });
  const filing = o.schedule.items.find((item) => item.kind === 'filing');
  if (o.level !== null && o.level < mlpsPolicy.filingFromLevel) return ctx.r('reports.mlps.noFilingNeeded');
  if (!filing) return ctx.r('reports.mlps.notFiled');
  return `${ctx.r('reports.mlps.filingDue', { date: filing.due })}（${ctx.t(`mlps.dueStatus.${filing.status}`)}）`;
}

function nextAssessment(ctx: SectionContext, o: MlpsObjectSource): string {
  const item = o.schedule.items.find((entry) => entry.kind === 'assessment');
  return item ? `${item.due}（${ctx.t(`mlps.dueStatus.${item.status}`)}）` : '—';
}

/** Every due item of the object: filing, certificate, renewal (with its window), assessment, self-inspection, 保护工作方案. */
function scheduleTable(ctx: SectionContext, view: MlpsObjectSource): Content {
  return dataTable(
    [
      { header: ctx.r('reports.mlps.dueItem') },
      { header: ctx.r('reports.mlps.dueDate'), width: 80 },
      { header: ctx.r('reports.mlps.dueStatus'), width: 150 },
    ],
    view.schedule.items.map((item) => [
      ctx.t(`mlps.due.${item.kind}`),
      item.due,
      [
        ctx.t(`mlps.dueStatus.${item.status}`),
        item.opensOn && item.status !== 'done' ? ctx.t('mlps.ui.schedule.renewalOpens', { date: item.opensOn }) : '',
      ]
        .filter(Boolean)
        .join('；'),
    ]),
    { caption: ctx.r('reports.mlps.scheduleCaption', { date: ctx.views.sources.asOf }) },
  );
}

function harmText(ctx: SectionContext, harm: Harm): string {
  return `${ctx.t(`mlps.harmedObject.${harm.object}`)} / ${ctx.t(`mlps.degree.${harm.degree}`)}`;
}

function gradingReport(ctx: SectionContext, view: MlpsObjectSource): Content[] {
  const { object, grading } = view;
  const signOff = (entry: SignOff | undefined) => (entry ? `${entry.date} ${entry.by}` : ctx.r('reports.mlps.notRecorded'));
  return [
    keyValueTable([
      [ctx.r('reports.mlps.objectKind'), ctx.t(`mlps.objectKind.${object.kind}`)],
      [ctx.r('reports.mlps.businessDescription'), [object.businessType, object.businessDescription].filter(Boolean).join('：')],
      [ctx.r('reports.mlps.serviceScope'), [object.serviceScope, object.serviceUsers].filter(Boolean).join('；')],
      [ctx.r('reports.mlps.ownerDepartment'), object.ownerDepartment],
    ]),
    dataTable(
      [
        { header: ctx.r('reports.mlps.aspect'), width: 110 },
        { header: ctx.r('reports.mlps.harm') },
        { header: ctx.r('reports.mlps.level'), width: 120 },
      ],
      grading
        ? [
            [ctx.t('mlps.gradingAspect.business'), harmText(ctx, grading.business), ctx.t(`mlps.level.${grading.businessLevel}`)],
            [ctx.t('mlps.gradingAspect.service'), harmText(ctx, grading.service), ctx.t(`mlps.level.${grading.serviceLevel}`)],
            [ctx.r('reports.mlps.finalLevel'), ctx.r('reports.mlps.higherOfTwo'), ctx.t(`mlps.level.${grading.level}`)],
          ]
        : [[ctx.r('reports.mlps.finalLevel'), ctx.r('reports.mlps.noJudgements'), ctx.r('reports.mlps.ungraded')]],
    ),
    keyValueTable([
      [ctx.r('reports.mlps.gradedOn'), grading?.gradedOn ?? ctx.r('reports.mlps.notRecorded')],
      [ctx.r('reports.mlps.expertReview'), signOff(grading?.expertReview)],
      [ctx.r('reports.mlps.approval'), signOff(grading?.approval)],
    ]),
    ...(view.findings.length > 0
      ? [{ ul: view.findings.map((finding) => ctx.t(finding.code, finding.params)), margin: [0, 0, 0, 8] } as Content]
      : []),
  ];
}

/** The 2025 filing form (cover numbers, tables 1–4, one data sheet per category), then what the filing records. */
function filingForm(ctx: SectionContext, view: MlpsObjectSource): Content[] {
  const form = view.filingForm;
  const tables: Content[] = [
    ...filingFormCover(ctx, form),
    ...filingFormTables(ctx, form),
    ...dataSheets(ctx, form),
    ...(view.filing
      ? [keyValueTable([[ctx.r('reports.mlps.filedWith'), [view.filing.authority, view.filing.filedOn].join('　')]], { labelWidth: 150 })]
      : []),
    ...(view.filing?.certificateOn
      ? [keyValueTable([[ctx.t('mlps.ui.filing.certificateOn'), view.filing.certificateOn]], { labelWidth: 150 })]
      : []),
  ];
  const completed = view.filing?.assessments ?? [];
  if (completed.length > 0) {
    tables.push(
      dataTable(
        [
          { header: ctx.t('mlps.ui.filing.completedOn'), width: 70 },
          { header: ctx.t('mlps.ui.filing.agency') },
          { header: ctx.t('mlps.ui.filing.conclusion'), width: 70 },
          { header: ctx.t('mlps.ui.filing.score'), width: 50, align: 'right' },
        ],
        completed.map((entry) => [
          entry.completedOn,
          entry.agency,
          entry.conclusion ? ctx.t(`mlps.conclusion2025.${entry.conclusion}`) : '',
          entry.score === undefined ? '' : formatNumber(entry.score, ctx.locale),
        ]),
        { caption: ctx.t('mlps.ui.filing.assessments') },
      ),
    );
  }
  return tables;
}

/**
 * Disaster recovery (GB/T 20988): the level chosen and the level reached (the lowest of the seven elements), each
 * element's level, then the RTO/RPO of the informative appendix and drill results, and where they disagree.
 */
function recovery(ctx: SectionContext, record: RecoveryRecord): Content[] {
  // The labels name the unit (分钟), so the values are plain numbers.
  const minutes = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, ctx.locale));
  const findings = checkRecovery(record);
  const elementLevel = (level: number | undefined) =>
    level === undefined ? '—' : level === 0 ? ctx.t('mlps.ui.recovery.elementNone') : ctx.t(`mlps.drLevel.${level}`);
  const achieved = achievedDrLevel(record.elements);
  return [
    keyValueTable(
      [
        [ctx.t('mlps.ui.recovery.level'), ctx.t(`mlps.drLevel.${record.level}`)],
        [ctx.r('reports.mlps.drAchieved'), achieved === null ? ctx.t('mlps.ui.recovery.achievedPending') : elementLevel(achieved)],
        ...DR_ELEMENTS.map((element) => [ctx.t(`mlps.drElement.${element}`), elementLevel(record.elements[element])] as [string, string]),
      ],
      { labelWidth: 150 },
    ),
    caption(ctx.t('mlps.ui.recovery.appendix')),
    keyValueTable(
      [
        [ctx.t('mlps.ui.recovery.targetRtoMinutes'), minutes(record.targetRtoMinutes)],
        [ctx.t('mlps.ui.recovery.targetRpoMinutes'), minutes(record.targetRpoMinutes)],
        [ctx.t('mlps.ui.recovery.testedRtoMinutes'), minutes(record.testedRtoMinutes)],
        [ctx.t('mlps.ui.recovery.testedRpoMinutes'), minutes(record.testedRpoMinutes)],
        [ctx.t('mlps.ui.recovery.lastDrillOn'), record.lastDrillOn ?? ''],
        ...(record.notes ? [[ctx.t('mlps.ui.recovery.notes'), record.notes] as [string, string]] : []),
      ],
      { labelWidth: 150 },
    ),
    ...(drLevels.requirementsVerified
      ? []
      : [{ text: ctx.t('mlps.ui.recovery.checklistUnverified'), fontSize: 8, margin: [0, 0, 0, 6] } as Content]),
    ...(findings.length > 0 ? [{ ul: findings.map((finding) => recoveryFindingText(ctx, finding)), margin: [0, 0, 0, 8] } as Content] : []),
  ];
}

/** An element travels as a code in the finding; its name is put in here. */
function recoveryFindingText(ctx: SectionContext, finding: Finding): string {
  const params = { ...finding.params };
  if (typeof params.element === 'string') params.element = ctx.t(`mlps.drElement.${params.element}`);
  return ctx.t(finding.code, params);
}
