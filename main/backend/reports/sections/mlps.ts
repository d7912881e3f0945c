/**
 * Graded protection (等级保护): objects per level and their filing status (summary); per object the grading
 * report (定级报告) and the filing form's tables 1–4 (2007 template, DOMAIN.md §2).
 */
import type { Content } from 'pdfmake/interfaces';
import { MLPS_LEVELS, type Harm } from '../../../../shared/contract/mlps/schemas';
import { mlpsPolicy } from '../../../../shared/catalogs/mlps/policy';
import { barChart, chartContent } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { ObjectView } from '../views';
import { chapterTitle, noData, type SectionContext } from './context';

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
  const objects = objectId ? view.objects.filter((o) => o.object.id === objectId) : view.objects;
  const content: Content[] = [heading];
  if (!objectId) content.push(levelChart(ctx, view.objects), statusTable(ctx, view.objects));
  for (const [i, object] of objects.entries()) content.push(...objectPart(ctx, object, i > 0 || !objectId));
  return content;
}

function objectPart(ctx: SectionContext, view: ObjectView, breakBefore: boolean): Content[] {
  const { object } = view;
  const title = object.number ? `${object.name}（${object.number}）` : object.name;
  return [
    { ...(ctx.h.h2(title) as object), ...(breakBefore ? { pageBreak: 'before' } : {}) } as Content,
    ctx.h.h3(ctx.r('reports.mlps.gradingReport')),
    // The particulars run to several tables per object: a size smaller keeps an object to two pages.
    { stack: gradingReport(ctx, view), fontSize: 9.5 },
    ctx.h.h3(ctx.r('reports.mlps.filingForm')),
    { stack: filingForm(ctx, view), fontSize: 9.5 },
  ];
}

function levelText(ctx: SectionContext, level: number | null): string {
  return level === null ? ctx.r('reports.mlps.ungraded') : ctx.t(`mlps.level.${level}`);
}

function levelChart(ctx: SectionContext, objects: ObjectView[]): Content {
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
function statusTable(ctx: SectionContext, objects: ObjectView[]): Content {
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

function filingStatus(ctx: SectionContext, o: ObjectView): string {
  if (o.object.filing?.filedOn) return ctx.r('reports.mlps.filedOn', { date: o.object.filing.filedOn, number: o.object.filing.number ?? '' });
  const filing = o.schedule?.items.find((item) => item.kind === 'filing');
  if (o.level !== null && o.level < mlpsPolicy.filingFromLevel) return ctx.r('reports.mlps.noFilingNeeded');
  if (!filing) return ctx.r('reports.mlps.notFiled');
  return `${ctx.r('reports.mlps.filingDue', { date: filing.due })}（${ctx.t(`mlps.dueStatus.${filing.status}`)}）`;
}

function nextAssessment(ctx: SectionContext, o: ObjectView): string {
  const item = o.schedule?.items.find((entry) => entry.kind === 'assessment');
  return item ? `${item.due}（${ctx.t(`mlps.dueStatus.${item.status}`)}）` : '—';
}

function harmText(ctx: SectionContext, harm: Harm): string {
  return `${ctx.t(`mlps.harmedObject.${harm.object}`)} / ${ctx.t(`mlps.degree.${harm.degree}`)}`;
}

function gradingReport(ctx: SectionContext, view: ObjectView): Content[] {
  const { object, grading } = view;
  const signOff = (entry: { date: string; by: string } | undefined) => (entry ? `${entry.date} ${entry.by}` : ctx.r('reports.mlps.notRecorded'));
  return [
    keyValueTable([
      [ctx.r('reports.mlps.objectKind'), ctx.t(`mlps.objectKind.${object.kind}`)],
      [ctx.r('reports.mlps.businessDescription'), [object.businessType, object.businessDescription].filter(Boolean).join('：')],
      [ctx.r('reports.mlps.serviceScope'), [object.serviceScope, object.serviceUsers].filter(Boolean).join('；')],
      [ctx.r('reports.mlps.ownerDepartment'), object.ownerDepartment ?? ''],
    ]),
    dataTable(
      [
        { header: ctx.r('reports.mlps.aspect'), width: 110 },
        { header: ctx.r('reports.mlps.harm') },
        { header: ctx.r('reports.mlps.level'), width: 120 },
      ],
      grading
        ? [
            [ctx.t('mlps.gradingAspect.business'), harmText(ctx, object.grading!.business), ctx.t(`mlps.level.${grading.business}`)],
            [ctx.t('mlps.gradingAspect.service'), harmText(ctx, object.grading!.service), ctx.t(`mlps.level.${grading.service}`)],
            [ctx.r('reports.mlps.finalLevel'), ctx.r('reports.mlps.higherOfTwo'), ctx.t(`mlps.level.${grading.level}`)],
          ]
        : [[ctx.r('reports.mlps.finalLevel'), ctx.r('reports.mlps.noJudgements'), levelText(ctx, view.level)]],
    ),
    keyValueTable([
      [ctx.r('reports.mlps.gradedOn'), object.grading?.gradedOn ?? ctx.r('reports.mlps.notRecorded')],
      [ctx.r('reports.mlps.expertReview'), signOff(object.expertReview)],
      [ctx.r('reports.mlps.approval'), signOff(object.approval)],
    ]),
    ...(view.findings.length > 0
      ? [{ ul: view.findings.map((finding) => ctx.t(finding.code, finding.params)), margin: [0, 0, 0, 8] } as Content]
      : []),
  ];
}

/** Tables 1–4 of the filing form; table 4 (materials) only for level 3 and above. */
function filingForm(ctx: SectionContext, view: ObjectView): Content[] {
  const profile = ctx.views.sources.profile;
  const all = ctx.views.mlps?.objects ?? [];
  const perLevel = MLPS_LEVELS.map((level) => `${ctx.t(`mlps.levelShort.${level}`)} ${all.filter((o) => o.level === level).length}`).join('；');
  const { object } = view;
  const yesNo = (value: boolean) => ctx.r(value ? 'reports.common.yes' : 'reports.common.no');
  const tables: Content[] = [
    { text: ctx.r('reports.mlps.table1'), style: 'tableCaption' },
    keyValueTable(
      [
        [ctx.t('profile.field.name'), profile?.name ?? ''],
        [ctx.t('profile.field.address'), profile?.address ?? ''],
        [ctx.t('profile.field.regionCode'), profile?.regionCode ?? ''],
        [ctx.t('profile.field.legalRepresentative'), profile?.legalRepresentative ?? ''],
        [ctx.r('reports.mlps.responsibleDepartment'), [profile?.department, profile?.contact.name, profile?.contact.phone].filter(Boolean).join('　')],
        [ctx.r('reports.mlps.affiliation'), profile?.role === 'subsidiary' ? profile.group.name : (profile?.name ?? '')],
        [ctx.t('profile.field.unitType'), profile ? ctx.t(`profile.unitType.${profile.unitType}`) : ''],
        [ctx.t('profile.field.industry'), profile?.industry ?? ''],
        [ctx.r('reports.mlps.systemsPerLevel'), perLevel],
      ],
      { labelWidth: 150 },
    ),
  ];
  tables.push(
    { text: ctx.r('reports.mlps.table2'), style: 'tableCaption' },
    keyValueTable(
      [
        [ctx.r('reports.mlps.objectName'), object.name],
        [ctx.r('reports.mlps.objectNumber'), object.number ?? ''],
        [ctx.r('reports.mlps.businessType'), object.businessType ?? ''],
        [ctx.r('reports.mlps.businessDescription'), object.businessDescription ?? ''],
        [ctx.r('reports.mlps.serviceScope'), object.serviceScope ?? ''],
        [ctx.r('reports.mlps.serviceUsers'), object.serviceUsers ?? ''],
        [ctx.r('reports.mlps.networkCoverage'), object.networkCoverage ?? ''],
        [ctx.r('reports.mlps.interconnections'), object.interconnections ?? ''],
        [ctx.r('reports.mlps.keyProducts'), object.keyProducts ?? ''],
        [ctx.r('reports.mlps.goLiveOn'), object.goLiveOn ?? ''],
        [ctx.r('reports.mlps.subSystem'), object.hostedOn ? `${yesNo(true)}（${hostName(all, object.hostedOn)}）` : yesNo(false)],
      ],
      { labelWidth: 150 },
    ),
    { text: ctx.r('reports.mlps.table3'), style: 'tableCaption' },
    keyValueTable(
      [
        [ctx.r('reports.mlps.businessLevel'), view.grading ? `${harmText(ctx, object.grading!.business)} → ${ctx.t(`mlps.level.${view.grading.business}`)}` : ''],
        [ctx.r('reports.mlps.serviceLevel'), view.grading ? `${harmText(ctx, object.grading!.service)} → ${ctx.t(`mlps.level.${view.grading.service}`)}` : ''],
        [ctx.r('reports.mlps.finalLevel'), levelText(ctx, view.level)],
        [ctx.r('reports.mlps.gradedOn'), object.grading?.gradedOn ?? ''],
        [ctx.r('reports.mlps.expertReview'), yesNo(object.expertReview !== undefined)],
        [ctx.r('reports.mlps.approval'), yesNo(object.approval !== undefined)],
        [ctx.r('reports.mlps.filingNumber'), object.filing?.number ?? ''],
        [ctx.r('reports.mlps.filedWith'), [object.filing?.authority, object.filing?.filedOn].filter(Boolean).join('　')],
      ],
      { labelWidth: 150 },
    ),
  );
  if (view.level !== null && view.level >= 3) {
    const known: Record<string, boolean | undefined> = {
      assessmentReport: object.assessmentsCompletedOn.length > 0 ? true : undefined,
      expertReview: object.expertReview !== undefined,
      approval: object.approval !== undefined,
    };
    tables.push(
      { text: ctx.r('reports.mlps.table4'), style: 'tableCaption' },
      dataTable(
        [
          { header: ctx.r('reports.mlps.material') },
          { header: ctx.r('reports.mlps.submitted'), width: 80, align: 'center' },
        ],
        TABLE4_MATERIALS.map((material) => {
          const state = known[material];
          return [ctx.r(`reports.mlps.material.${material}`), state === undefined ? ctx.r('reports.mlps.tickByHand') : yesNo(state)];
        }),
      ),
    );
  }
  return tables;
}

const TABLE4_MATERIALS = ['topology', 'organization', 'design', 'products', 'assessmentReport', 'expertReview', 'approval'] as const;

function hostName(objects: ObjectView[], id: string): string {
  return objects.find((o) => o.object.id === id)?.object.name ?? id;
}
