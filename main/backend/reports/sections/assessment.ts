/** The informatization self-assessment: grade, element scores (radar), the trend over years, indicator detail. */
import type { Content } from 'pdfmake/interfaces';
import type { Template } from '../../../../shared/contract/assessment/schemas';
import type { Locale } from '../../../../shared/i18n';
import { chartContent, lineChart, radarChart } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { ScoredAssessment } from '../views';
import { chapterTitle, formatNumber, noData, paragraph, sectionTitle, type SectionContext } from './context';

const named = (item: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'zh-CN' ? item.nameZh : item.nameEn);

/** For the summary: the current grade with its score, and the radar of element scores. */
export function assessmentBrief(ctx: SectionContext): Content[] {
  const latest = ctx.views.assessment?.latest;
  if (!latest) return [noData(ctx.r('reports.noData.assessment'))];
  addTemplateBasis(ctx, latest.template);
  return [headline(ctx, latest), radar(ctx, latest, 340)];
}

export function assessmentChapter(ctx: SectionContext, chapter: number): Content[] {
  const view = ctx.views.assessment;
  const content: Content[] = [ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.assessment'), ctx.locale))];
  const latest = view?.latest;
  if (!view || !latest) return [...content, noData(ctx.r('reports.noData.assessment'))];
  addTemplateBasis(ctx, latest.template);
  const { score, template, record } = latest;
  const elementName = new Map(template.elements.map((element) => [element.id, named(element, ctx.locale)]));
  content.push(
    ctx.h.h2(sectionTitle(chapter, 1, ctx.r('reports.assessment.result'), ctx.locale)),
    headline(ctx, latest),
    paragraph(ctx.t(score.formula.code, score.formula.params)),
    dataTable(
      [
        { header: ctx.r('reports.assessment.element') },
        { header: ctx.r('reports.assessment.weight'), width: 50, align: 'right' },
        { header: ctx.r('reports.assessment.score'), width: 50, align: 'right' },
        { header: ctx.r('reports.assessment.completion'), width: 70, align: 'right' },
      ],
      score.elements.map((element) => [
        elementName.get(element.elementId) ?? element.elementId,
        element.weight,
        formatNumber(element.score, ctx.locale),
        `${element.completion.answered}/${element.completion.total}`,
      ]),
    ),
    radar(ctx, latest, 380),
  );
  if (view.byYear.length > 1) {
    content.push(ctx.h.h2(sectionTitle(chapter, 2, ctx.r('reports.assessment.trend'), ctx.locale)), trend(ctx, view.byYear));
  }
  const indicatorName = new Map(template.elements.flatMap((element) => element.indicators.map((indicator) => [indicator.id, named(indicator, ctx.locale)])));
  content.push(
    ctx.h.h2(sectionTitle(chapter, view.byYear.length > 1 ? 3 : 2, ctx.r('reports.assessment.indicators', { year: record.year }), ctx.locale)),
    dataTable(
      [
        { header: ctx.r('reports.assessment.indicatorId'), width: 40 },
        { header: ctx.r('reports.assessment.indicator') },
        { header: ctx.r('reports.assessment.element'), width: 100 },
        { header: ctx.r('reports.assessment.points'), width: 60, align: 'right' },
      ],
      score.indicators.map((indicator) => [
        indicator.indicatorId,
        indicatorName.get(indicator.indicatorId) ?? indicator.indicatorId,
        elementName.get(indicator.elementId) ?? indicator.elementId,
        indicator.answered ? `${formatNumber(indicator.points, ctx.locale)}/${formatNumber(indicator.maxPoints, ctx.locale)}` : ctx.r('reports.assessment.unanswered'),
      ]),
    ),
    { text: ctx.locale === 'zh-CN' ? template.notesZh : template.notesEn, style: 'note' },
  );
  return content;
}

function headline(ctx: SectionContext, { record, score, template }: ScoredAssessment): Content {
  return keyValueTable([
    [ctx.r('reports.assessment.year'), String(record.year)],
    [ctx.r('reports.assessment.grade'), ctx.t(`assessment.grade.${score.grade}`)],
    [ctx.r('reports.assessment.total'), formatNumber(score.total, ctx.locale)],
    [ctx.r('reports.assessment.completion'), `${score.completion.answered}/${score.completion.total}`],
    [ctx.r('reports.assessment.template'), `${named(template, ctx.locale)}（${template.id} ${template.version}）`],
  ]);
}

function radar(ctx: SectionContext, { score, template, record }: ScoredAssessment, width: number): Content {
  return chartContent(
    radarChart({
      title: ctx.r('reports.assessment.radarTitle'),
      indicators: template.elements.map((element) => ({ name: named(element, ctx.locale), max: 100 })),
      series: [{ name: String(record.year), values: score.elements.map((element) => element.score) }],
    }),
    width,
  );
}

function trend(ctx: SectionContext, byYear: ScoredAssessment[]): Content {
  return chartContent(
    lineChart({
      title: ctx.r('reports.assessment.trendTitle'),
      categories: byYear.map((entry) => String(entry.record.year)),
      series: [{ name: ctx.r('reports.assessment.total'), values: byYear.map((entry) => entry.score.total) }],
      min: 0,
      max: 100,
    }),
    400,
  );
}

function addTemplateBasis(ctx: SectionContext, template: Template): void {
  ctx.addBasis({ kind: 'template', id: template.id, version: template.version, title: named(template, ctx.locale) });
}

export function gradeLabel(ctx: SectionContext, grade: string | null): string {
  return grade === null ? ctx.r('reports.common.unknown') : ctx.t(`assessment.grade.${grade}`);
}
