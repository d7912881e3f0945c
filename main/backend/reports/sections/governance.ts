/**
 * The 2009 opinion's twelve points (readiness) and the governance records behind points 2 and 3: the CIO, the
 * dedicated IT department and the IT performance assessment. Findings are worded by governance's own
 * describer, so a gap reads the same here as on its page.
 */
import type { Content } from 'pdfmake/interfaces';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { CIO_DUTY_IDS, IMPLEMENTATION_IDS } from '../../../../shared/contract/governance/schemas';
import { cioDutyCoverage, governanceFindingText, implementationSummary, performanceCoverage } from '../../../../shared/domain/governance';
import { localize } from '../../../../shared/domain/forms';
import { dataTable, keyValueTable } from '../render/document';
import { chapterTitle, noData, sectionTitle, type SectionContext } from './context';

export function readinessTable(ctx: SectionContext): Content {
  ctx.addBasis({ kind: 'rules', id: opinion2009.id, version: opinion2009.version, title: localize(opinion2009.title, ctx.locale) });
  const titles = new Map(opinion2009.points.map((point) => [point.number, localize(point.title, ctx.locale)]));
  return dataTable(
    [
      { header: ctx.t('governance.label.readiness.point') },
      { header: ctx.t('governance.label.readiness.status'), width: 50, align: 'center' },
      { header: ctx.t('governance.label.readiness.reasons'), width: 220 },
    ],
    ctx.views.readiness.points.map((point) => [
      `${point.point}. ${titles.get(point.point) ?? ''}`,
      ctx.t(`governance.readiness.status.${point.status}`),
      point.reasons.map((reason) => governanceFindingText(reason, ctx.locale)).join('\n'),
    ]),
    { caption: ctx.r('reports.governance.readinessCaption', { date: ctx.views.readiness.asOf }) },
  );
}

export function governanceChapter(ctx: SectionContext, chapter: number): Content[] {
  const content: Content[] = [ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.governance'), ctx.locale))];
  const section = (n: number, title: string) => ctx.h.h2(sectionTitle(chapter, n, title, ctx.locale));
  content.push(section(1, ctx.r('reports.chapter.readiness')), readinessTable(ctx));
  const governance = ctx.views.sources.governance;
  const yesNo = (value: boolean) => ctx.r(value ? 'reports.common.yes' : 'reports.common.no');
  const label = (key: string) => ctx.t(`governance.label.${key}`);

  content.push(section(2, label('cio')));
  const cio = governance?.cio;
  if (!cio) content.push(noData(ctx.r('reports.noData.cio')));
  else {
    const coverage = cioDutyCoverage(cio);
    content.push(
      keyValueTable([
        [label('cio.appointed'), yesNo(cio.appointed)],
        [label('cio.name'), cio.name],
        [label('cio.position'), cio.position],
        [label('cio.appointedOn'), cio.appointedOn ?? ''],
        [label('cio.concurrent'), yesNo(cio.concurrent)],
        [
          label('cio.duties'),
          ctx.r('reports.governance.dutiesAssigned', { assigned: coverage.assigned.length, total: CIO_DUTY_IDS.length }),
        ],
        [label('cio.rights.decision'), yesNo(cio.rights.decision)],
        [label('cio.rights.approval'), yesNo(cio.rights.approval)],
        [label('cio.rights.consulted'), yesNo(cio.rights.consultedOnMajorDecisions)],
        [label('cio.trainings'), cio.trainings.map((training) => `${training.attendedOn} ${training.title}`).join('\n')],
      ]),
    );
  }

  content.push(section(3, label('department')));
  const department = governance?.department;
  if (!department) content.push(noData(ctx.r('reports.noData.department')));
  else {
    const implementations = implementationSummary(department);
    const implementationLabel = new Map(opinion2009.implementations.map((entry) => [entry.id, localize(entry.label, ctx.locale)]));
    content.push(
      keyValueTable([
        [label('department.name'), department.name],
        [label('department.establishedOn'), department.establishedOn ?? ''],
        [label('department.staffCount'), String(department.staffCount)],
        [label('department.status'), ctx.t(`governance.implementationStatus.${implementations.overall}`)],
      ]),
      dataTable(
        [
          { header: label('department.implementations'), width: 90 },
          { header: label('department.status'), width: 60 },
          { header: label('department.evidence') },
        ],
        IMPLEMENTATION_IDS.map((id) => [
          implementationLabel.get(id) ?? id,
          ctx.t(`governance.implementationStatus.${department.implementations[id].status}`),
          department.implementations[id].evidence,
        ]),
      ),
    );
  }

  content.push(section(4, label('performance')));
  const performance = governance?.performance;
  if (!performance) content.push(noData(ctx.r('reports.noData.performance')));
  else {
    const coverage = performanceCoverage(performance);
    const areaLabel = new Map(opinion2009.responsibilityAreas.map((entry) => [entry.id, localize(entry.label, ctx.locale)]));
    content.push(
      keyValueTable([
        [label('performance.established'), yesNo(performance.established)],
        [label('performance.establishedOn'), performance.establishedOn ?? ''],
        [label('performance.document'), performance.document],
        [
          label('performance.coverage'),
          ctx.r('reports.governance.areasCovered', {
            covered: coverage.coveredAreas.map((a) => areaLabel.get(a) ?? a).join('、') || '—',
            missing: coverage.missingAreas.map((a) => areaLabel.get(a) ?? a).join('、') || '—',
          }),
        ],
      ]),
      dataTable(
        [
          { header: label('performance.kpi.name') },
          { header: label('performance.kpi.ownerUnit'), width: 80 },
          { header: label('performance.kpi.target'), width: 70 },
          { header: label('performance.kpi.actuals'), width: 110 },
        ],
        performance.kpis.map((kpi) => [
          kpi.name,
          kpi.ownerUnit,
          kpi.target,
          kpi.actuals.map((actual) => `${actual.period}：${actual.value}`).join('\n'),
        ]),
        { emptyText: ctx.r('reports.common.none') },
      ),
    );
  }
  return content;
}
