/**
 * The report kinds: what each needs, and its document — the frame (cover, contents, signatures, appendix of
 * versions) around the chapters its sections print. A pure function of the sources and the user's choices.
 */
import type { Content } from 'pdfmake/interfaces';
import {
  missingDataMessageKey,
  REPORT_KINDS,
  type ReportData,
  type ReportKind,
  type ReportKindInfo,
  type ReportObject,
} from '../../../shared/contract/reports/schemas';
import type { Approval, ClassificationMark, ReportFrame } from '../../../shared/contract/reports/frame';
import type { Locale } from '../../../shared/i18n';
import { format } from '../../../shared/i18n/define';
import { reportsMessages, type ReportsMessageKey } from '../../../shared/i18n/reports';
import { AppError } from '../errors';
import { checkProtectionPlanLevel } from '../../../shared/domain/mlps';
import { buildReportDocument, createHeadings, keyValueTable, type ReportDocument } from './render/document';
import { assessmentBrief, assessmentChapter, gradeLabel } from './sections/assessment';
import { chapterTitle, createSectionContext, formatPercent, type SectionContext } from './sections/context';
import { declarationsChapter } from './sections/declarations';
import { gapsBrief, gapsChapter } from './sections/gaps';
import { governanceChapter, readinessTable } from './sections/governance';
import { filingFormDocument, gradingReportDocument, mlpsBrief, mlpsChapter } from './sections/mlps';
import { protectionPlanDocument } from './sections/mlps-protection-plan';
import { planBrief, planChapter } from './sections/plan';
import { postureSection } from './sections/posture';
import { profileChapter } from './sections/profile';
import { risksSection } from './sections/risks';
import { samBrief, samChapter } from './sections/sam';
import type { ReportSources } from './sources';
import { computeViews, type ReportViews } from './views';

export interface ReportRequest {
  kind: ReportKind;
  objectId?: string | undefined;
  locale: Locale;
  classification: ClassificationMark;
  approvals: Approval[];
}

interface KindSpec {
  needs: ReportData[];
  scoped: boolean;
  /** A table of contents after the cover: long reports want one, the summary is read straight through. */
  toc: boolean;
  body(ctx: SectionContext, objectId: string | undefined): Content[];
}

const KINDS: Record<ReportKind, KindSpec> = {
  summary: { needs: ['profile'], scoped: false, toc: false, body: summaryBody },
  plan: { needs: ['profile', 'plan'], scoped: false, toc: true, body: (ctx) => planChapter(ctx, 1) },
  mlps: { needs: ['profile', 'mlps'], scoped: true, toc: true, body: (ctx, objectId) => mlpsChapter(ctx, 1, objectId) },
  gaps: { needs: ['profile', 'mlps'], scoped: true, toc: true, body: (ctx, objectId) => gapsChapter(ctx, 1, objectId) },
  sam: { needs: ['profile', 'sam'], scoped: false, toc: true, body: (ctx) => samChapter(ctx, 1) },
  declarations: { needs: ['profile', 'declarations'], scoped: false, toc: true, body: (ctx) => declarationsChapter(ctx, 1) },
  full: { needs: ['profile'], scoped: false, toc: true, body: fullBody },
  'filing-form': { needs: ['profile', 'mlps'], scoped: true, toc: false, body: (ctx, objectId) => filingFormDocument(ctx, objectId) },
  'grading-report': { needs: ['profile', 'mlps'], scoped: true, toc: false, body: (ctx, objectId) => gradingReportDocument(ctx, objectId) },
  'protection-plan': {
    needs: ['profile', 'mlps'],
    scoped: true,
    toc: false,
    body: (ctx, objectId) => protectionPlanDocument(ctx, objectId),
  },
};

/** The summary for leadership: one screen of figures per topic, the twelve points, what is pressing. */
function summaryBody(ctx: SectionContext): Content[] {
  const chapter = (n: number, key: ReportsMessageKey) => ctx.h.h1(chapterTitle(n, ctx.r(key), ctx.locale));
  return [
    chapter(1, 'reports.chapter.overview'),
    overview(ctx),
    ...postureSection(ctx),
    chapter(2, 'reports.chapter.assessment'),
    ...assessmentBrief(ctx),
    chapter(3, 'reports.chapter.plan'),
    ...planBrief(ctx),
    chapter(4, 'reports.chapter.mlps'),
    ...mlpsBrief(ctx),
    chapter(5, 'reports.chapter.gaps'),
    ...gapsBrief(ctx),
    chapter(6, 'reports.chapter.sam'),
    ...samBrief(ctx),
    chapter(7, 'reports.chapter.readiness'),
    readinessTable(ctx),
    chapter(8, 'reports.chapter.risks'),
    ...risksSection(ctx),
  ];
}

/** Everything: the summary's overview and risks first, then every domain's detailed chapter. */
function fullBody(ctx: SectionContext): Content[] {
  return [
    ...profileChapter(ctx, 1),
    ctx.h.h1(chapterTitle(2, ctx.r('reports.chapter.overview'), ctx.locale)),
    overview(ctx),
    ...risksSection(ctx),
    ...assessmentChapter(ctx, 3),
    ...planChapter(ctx, 4),
    ...mlpsChapter(ctx, 5),
    ...gapsChapter(ctx, 6),
    ...samChapter(ctx, 7),
    ...governanceChapter(ctx, 8),
    ...declarationsChapter(ctx, 9),
  ];
}

/** The figures at a glance, each "—" where its domain holds no data. */
function overview(ctx: SectionContext): Content {
  const { assessment, plan, mlps, readiness, sources } = ctx.views;
  const objects = mlps?.objects ?? [];
  const done = readiness.points.filter((point) => point.status === 'done').length;
  const applicable = readiness.points.filter((point) => point.status !== 'not-applicable' && point.status !== 'optional').length;
  const genuineRate = sources.sam?.position.summary.genuineRate ?? null;
  return keyValueTable([
    [ctx.r('reports.plan.currentGrade'), gradeLabel(ctx, assessment?.latest.score.grade ?? null)],
    [ctx.r('reports.plan.targetGrade'), plan ? `${gradeLabel(ctx, plan.plan.targetGrade)}（${plan.plan.targetDate}）` : '—'],
    [
      ctx.r('reports.overview.objects'),
      objects.length === 0
        ? '—'
        : ctx.r('reports.overview.objectsText', { total: objects.length, filed: objects.filter((o) => o.filing !== null).length }),
    ],
    [ctx.r('reports.sam.genuineRate'), genuineRate === null ? '—' : formatPercent(genuineRate, ctx.locale)],
    [ctx.r('reports.overview.readiness'), ctx.r('reports.overview.readinessText', { done, applicable })],
  ]);
}

// ── availability ──────────────────────────────────────────────────────────────────────────────────────

/** Of the data a report needs, what the workspace lacks. The gaps report needs an object with a gap assessment. */
function missingFor(kind: ReportKind, views: ReportViews): ReportData[] {
  return KINDS[kind].needs.filter((need) => {
    const { sources } = views;
    switch (need) {
      case 'profile':
        return sources.profile === null;
      case 'plan':
        return sources.plan === null;
      case 'mlps':
        return kind === 'gaps' ? !(views.mlps?.objects ?? []).some((o) => o.score !== null) : views.mlps === null;
      case 'sam':
        return sources.sam === null;
      case 'declarations':
        return sources.declarations.length === 0;
      default:
        return false;
    }
  });
}

export function reportKinds(views: ReportViews): { kinds: ReportKindInfo[]; objects: ReportObject[] } {
  return {
    kinds: REPORT_KINDS.map((kind) => {
      const missing = missingFor(kind, views);
      return { kind, needs: KINDS[kind].needs, missing, available: missing.length === 0, scoped: KINDS[kind].scoped };
    }),
    objects: (views.mlps?.objects ?? []).map((o) => ({ id: o.object.id, name: o.object.name, level: o.level, assessed: o.score !== null })),
  };
}

function messages(locale: Locale) {
  return (key: ReportsMessageKey, params?: Record<string, string | number>) => format(reportsMessages[locale][key], params);
}

/** Refuses a request the data cannot answer, naming what is missing: before anything is laid out or written. */
export function checkRequest(request: ReportRequest, views: ReportViews): void {
  const r = messages(request.locale);
  const report = r(`reports.kind.${request.kind}`);
  const missing = missingFor(request.kind, views)[0];
  if (missing) {
    throw new AppError('reports.data.missing', { report, what: r(missingDataMessageKey(request.kind, missing)) }, { field: 'kind' });
  }
  if (request.objectId === undefined) return;
  if (!KINDS[request.kind].scoped) throw new AppError('reports.object.notScoped', { report }, { field: 'objectId' });
  const object = views.mlps?.objects.find((o) => o.object.id === request.objectId);
  if (!object) throw new AppError('reports.object.notFound', { id: request.objectId }, { field: 'objectId' });
  if (request.kind === 'gaps' && object.score === null)
    throw new AppError('reports.object.notAssessed', { name: object.object.name }, { field: 'objectId' });
  if (request.kind === 'grading-report' && object.grading === null)
    throw new AppError('mlps.filingForm.notGraded', { system: object.object.name }, { field: 'objectId' });
  if (request.kind === 'protection-plan') {
    const fault = checkProtectionPlanLevel(object.level, object.object.name)[0];
    if (fault) throw new AppError(fault.code, fault.params ?? {}, { field: 'objectId' });
  }
}

/** The 保护工作方案 is due only from level 3: a workspace without such an object is told so before anything is laid out. */
function checkProtectionPlanDue(request: ReportRequest, views: ReportViews): void {
  if (request.kind !== 'protection-plan' || request.objectId !== undefined) return;
  if (!(views.mlps?.objects ?? []).some((o) => checkProtectionPlanLevel(o.level, o.object.name).length === 0)) {
    throw new AppError('mlps.protectionPlan.none', {}, { field: 'kind' });
  }
}

// ── the document ──────────────────────────────────────────────────────────────────────────────────────

export function buildReport(sources: ReportSources, request: ReportRequest): ReportDocument {
  const views = computeViews(sources);
  checkRequest(request, views);
  checkProtectionPlanDue(request, views);
  const spec = KINDS[request.kind];
  const ctx = createSectionContext(request.locale, createHeadings('r'), views);
  const body = spec.body(ctx, request.objectId);
  const profile = sources.profile!;
  const scopedObject = request.objectId ? views.mlps?.objects.find((o) => o.object.id === request.objectId)?.object.name : undefined;
  const year = request.kind === 'plan' && sources.plan ? sources.plan.plan.year : Number(sources.asOf.slice(0, 4));
  const frame: ReportFrame = {
    locale: request.locale,
    title: ctx.r(`reports.kind.${request.kind}`),
    ...(scopedObject ? { subtitle: scopedObject } : {}),
    enterprise: { name: profile.name, uscc: profile.uscc },
    period: ctx.r('reports.frame.periodYear', { year }),
    generatedAt: sources.asOf,
    classification: request.classification,
    approvals: request.approvals,
    basis: ctx.basis(),
  };
  return buildReportDocument(frame, body, { toc: spec.toc });
}
