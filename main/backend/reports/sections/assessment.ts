/** The informatization self-assessment: grade, element scores (radar), the trend over years, indicator detail. */
import type { Content } from 'pdfmake/interfaces';
import type { Locale } from '../../../../shared/i18n';
import { chartContent, lineChart, radarChart } from '../render/charts';
import { dataTable, keyValueTable } from '../render/document';
import type { FinalizedAssessment } from '../sources';
import { chapterTitle, formatNumber, noData, paragraph, sectionTitle, type SectionContext } from './context';

const named = (item: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'zh-CN' ? item.nameZh : item.nameEn);

/** For the summary: the current grade with its score, and the radar of element scores. */
export function assessmentBrief(ctx: SectionContext): Content[] {
  const latest = ctx.views.assessment?.latest;
  if (!latest) return [noData(ctx.r('reports.noData.assessment'))];
  addTemplateBasis(ctx, latest);
  return [headline(ctx, latest), radar(ctx, latest, 340)];
}

export function assessmentChapter(ctx: SectionContext, chapter: number): Content[] {
  const view = ctx.views.assessment;
  const content: Content[] = [ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.assessment'), ctx.locale))];
  const latest = view?.latest;
  if (!view || !latest) return [...content, noData(ctx.r('reports.noData.assessment'))];
  addTemplateBasis(ctx, latest);
  const { score, template, record } = latest;
  const elementName = elementNames(ctx, latest);
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
    // the chart is taller than the room a heading keeps below it: the two move to a new page together
    content.push({
      stack: [ctx.h.h2(sectionTitle(chapter, 2, ctx.r('reports.assessment.trend'), ctx.locale)), trend(ctx, view.byYear)],
      unbreakable: true,
    });
  }
  const indicatorName = new Map(
    (template?.elements ?? []).flatMap((element) => element.indicators.map((indicator) => [indicator.id, named(indicator, ctx.locale)])),
  );
  content.push(
    ctx.h.h2(
      sectionTitle(chapter, view.byYear.length > 1 ? 3 : 2, ctx.r('reports.assessment.indicators', { year: record.year }), ctx.locale),
    ),
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
        indicator.answered
          ? `${formatNumber(indicator.points, ctx.locale)}/${formatNumber(indicator.maxPoints, ctx.locale)}`
          : ctx.r('reports.assessment.unanswered'),
      ]),
    ),
  );
  if (template) content.push({ text: ctx.locale === 'zh-CN' ? template.notesZh : template.notesEn, style: 'note' });
  return content;
}

function headline(ctx: SectionContext, { record, score, template }: FinalizedAssessment): Content {
  return keyValueTable([
    [ctx.r('reports.assessment.year'), String(record.year)],
    [ctx.r('reports.assessment.grade'), ctx.t(`assessment.grade.${score.grade}`)],
    [ctx.r('reports.assessment.total'), formatNumber(score.total, ctx.locale)],
    [ctx.r('reports.assessment.completion'), `${score.completion.answered}/${score.completion.total}`],
    [ctx.r('reports.assessment.template'), templateText(ctx, { record, template })],
    [ctx.r('reports.assessment.finalized'), `${record.finalization.at.slice(0, 10)} ${record.finalization.by}`],
  ]);
}

function radar(ctx: SectionContext, assessment: FinalizedAssessment, width: number): Content {
  const { score, record } = assessment;
  const elementName = elementNames(ctx, assessment);
  return chartContent(
    radarChart({
      title: ctx.r('reports.assessment.radarTitle'),
      indicators: score.elements.map((element) => ({ name: elementName.get(element.elementId) ?? element.elementId, max: 100 })),
      series: [{ name: String(record.year), values: score.elements.map((element) => element.score) }],
    }),
    width,
  );
}

function trend(ctx: SectionContext, byYear: FinalizedAssessment[]): Content {
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

/** Element names from the template; the ids where the data does not carry it. */
function elementNames(ctx: SectionContext, { template }: FinalizedAssessment): Map<string, string> {
  return new Map((template?.elements ?? []).map((element) => [element.id, named(element, ctx.locale)]));
}

function templateText(ctx: SectionContext, { record, template }: Pick<FinalizedAssessment, 'record' | 'template'>): string {
  const id = `${record.templateId} ${record.templateVersion}`;
  return template ? `${named(template, ctx.locale)}（${id}）` : id;
}

function addTemplateBasis(ctx: SectionContext, { record, template }: FinalizedAssessment): void {
  ctx.addBasis({
    kind: 'template',
    id: record.templateId,
    version: record.templateVersion,
    title: template ? named(template, ctx.locale) : record.templateId,
  });
}

export function gradeLabel(ctx: SectionContext, grade: string | null): string {
  return grade === null ? ctx.r('reports.common.unknown') : ctx.t(`assessment.grade.${grade}`);
}
