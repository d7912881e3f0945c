/**
 * Graded protection (等级保护): objects per level and their filing status (summary); per object the grading
 * report (定级报告), the filing form's tables 1–4 (2007 template, docs/standards.md §2) with the 2025 data inventory,
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
  if (o.filing) return ctx.r('reports.mlps.filedOn', { date: o.filing.filedOn, number: o.filing.filingNumber ?? '' });
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
      [ctx.t(`mlps.dueStatus.${item.status}`), item.opensOn && item.status !== 'done' ? ctx.t('mlps.ui.schedule.renewalOpens', { date: item.opensOn }) : ''].filter(Boolean).join('；'),
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

/** Tables 1–4 of the filing form as the mlps domain builds it (table 4 only from level 3), then what the filing records. */
function filingForm(ctx: SectionContext, view: MlpsObjectSource): Content[] {
  const form = view.filingForm;
  const { unit, system, grading } = form;
  const yesNo = (value: boolean) => ctx.r(value ? 'reports.common.yes' : 'reports.common.no');
  const perLevel = MLPS_LEVELS.map((level, i) => `${ctx.t(`mlps.levelShort.${level}`)} ${unit.objectsPerLevel[i] ?? 0}`).join('；');
  const tables: Content[] = [
    caption(ctx.r('reports.mlps.table1')),
    keyValueTable(
      [
        [ctx.t('profile.field.name'), unit.name],
        [ctx.t('profile.field.address'), unit.address],
        [ctx.t('profile.field.regionCode'), unit.regionCode],
        [ctx.t('profile.field.legalRepresentative'), unit.head],
        [ctx.r('reports.mlps.responsibleDepartment'), [unit.department, unit.contact.name, unit.contact.phone].filter(Boolean).join('　')],
        [ctx.r('reports.mlps.affiliation'), unit.affiliation],
        [ctx.t('profile.field.unitType'), unit.unitType ? ctx.t(`profile.unitType.${unit.unitType}`) : ''],
        [ctx.t('profile.field.industry'), unit.industry],
        [ctx.r('reports.mlps.systemsPerLevel'), perLevel],
      ],
      { labelWidth: 150 },
    ),
    caption(ctx.r('reports.mlps.table2')),
    keyValueTable(
      [
        [ctx.r('reports.mlps.objectName'), system.name],
        [ctx.r('reports.mlps.objectNumber'), system.number],
        [ctx.r('reports.mlps.businessType'), system.businessType],
        [ctx.r('reports.mlps.businessDescription'), system.businessDescription],
        [ctx.r('reports.mlps.serviceScope'), system.serviceScope],
        [ctx.r('reports.mlps.serviceUsers'), system.serviceUsers],
        [ctx.r('reports.mlps.networkCoverage'), system.networkCoverage],
        [ctx.r('reports.mlps.interconnections'), system.interconnections],
        [ctx.r('reports.mlps.keyProducts'), system.keyProducts],
        [ctx.r('reports.mlps.goLiveOn'), system.goLiveOn ?? ''],
        [ctx.r('reports.mlps.subSystem'), yesNo(system.subsystem)],
        ...(system.hostedOnName ? [[ctx.t('mlps.ui.object.hostedOn'), system.hostedOnName] as [string, string]] : []),
      ],
      { labelWidth: 150 },
    ),
    caption(ctx.r('reports.mlps.table3')),
    keyValueTable(
      [
        [ctx.r('reports.mlps.businessLevel'), grading ? `${harmText(ctx, grading.business)} → ${ctx.t(`mlps.level.${grading.businessLevel}`)}` : ''],
        [ctx.r('reports.mlps.serviceLevel'), grading ? `${harmText(ctx, grading.service)} → ${ctx.t(`mlps.level.${grading.serviceLevel}`)}` : ''],
        [ctx.r('reports.mlps.finalLevel'), levelText(ctx, view.level)],
        [ctx.r('reports.mlps.gradedOn'), grading?.gradedOn ?? ''],
        [ctx.r('reports.mlps.expertReview'), grading ? yesNo(grading.expertReviewed) : ''],
        [ctx.r('reports.mlps.approval'), grading ? yesNo(grading.approved) : ''],
        [ctx.r('reports.mlps.filingNumber'), form.filingNumber ?? ''],
        [ctx.r('reports.mlps.filedWith'), [view.filing?.authority, view.filing?.filedOn].filter(Boolean).join('　')],
        ...(view.filing?.certificateOn ? [[ctx.t('mlps.ui.filing.certificateOn'), view.filing.certificateOn] as [string, string]] : []),
      ],
      { labelWidth: 150 },
    ),
  ];
  if (form.documents) {
    tables.push(
      caption(ctx.r('reports.mlps.table4')),
      dataTable(
        [
          { header: ctx.r('reports.mlps.material') },
          { header: ctx.r('reports.mlps.submitted'), width: 120, align: 'center' },
        ],
        // A document neither attached nor on record may still exist on paper: the form leaves it to be ticked.
        form.documents.map(({ document, provided, attachments }) => [
          ctx.r(`reports.mlps.material.${document}`),
          !provided ? ctx.r('reports.mlps.tickByHand') : attachments.length > 0 ? ctx.r('reports.mlps.providedFiles', { files: attachments.join('、') }) : ctx.r('reports.mlps.provided'),
        ]),
      ),
    );
  }
  if (form.dataInventory.length > 0) {
    tables.push(
      dataTable(
        [
          { header: ctx.t('mlps.ui.data.name') },
          { header: ctx.t('mlps.ui.data.class'), width: 56 },
          { header: ctx.t('mlps.ui.data.volume'), width: 64 },
          { header: ctx.t('mlps.ui.data.personalInfo'), width: 52, align: 'center' },
          { header: ctx.t('mlps.ui.data.sensitivePersonalInfo'), width: 76, align: 'center' },
          { header: ctx.t('mlps.ui.data.storageLocation'), width: 84 },
        ],
        form.dataInventory.map((entry) => [
          entry.name,
          ctx.t(`mlps.ui.dataClass.${entry.dataClass}`),
          entry.volume,
          yesNo(entry.personalInfo),
          yesNo(entry.sensitivePersonalInfo),
          entry.storageLocation,
        ]),
        { caption: ctx.t('mlps.ui.object.dataInventory') },
      ),
    );
  }
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
  const elementLevel = (level: number | undefined) => (level === undefined ? '—' : level === 0 ? ctx.t('mlps.ui.recovery.elementNone') : ctx.t(`mlps.drLevel.${level}`));
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
    ...(drLevels.requirementsVerified ? [] : [{ text: ctx.t('mlps.ui.recovery.checklistUnverified'), fontSize: 8, margin: [0, 0, 0, 6] } as Content]),
    ...(findings.length > 0 ? [{ ul: findings.map((finding) => recoveryFindingText(ctx, finding)), margin: [0, 0, 0, 8] } as Content] : []),
  ];
}

/** An element travels as a code in the finding; its name is put in here. */
function recoveryFindingText(ctx: SectionContext, finding: Finding): string {
  const params = { ...finding.params };
  if (typeof params.element === 'string') params.element = ctx.t(`mlps.drElement.${params.element}`);
  return ctx.t(finding.code, params);
}
