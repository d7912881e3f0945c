import type { FilingSummary } from '../../../../shared/contract/filing/receiver';
import { useT } from '../../app/settings-store';
import { formatPercent } from './format';

/** One filing's figures, each section or "not filed". */
export function SummaryView({ summary }: { summary: FilingSummary }) {
  const t = useT();
  const { assessment, plan, protectedObjects, gap, licences } = summary;
  const notFiled = t('filing.summary.notFiled');
  return (
    <dl className="facts facts--tight summary">
      <dt>{t('filing.summary.assessment')}</dt>
      <dd>{assessment ? t('filing.summary.grade', { grade: assessment.grade, total: assessment.total }) : notFiled}</dd>
      <dt>{t('filing.summary.plan')}</dt>
      <dd>
        {plan
          ? `${t('filing.summary.planLine', { target: plan.targetGrade, done: plan.done, total: plan.milestones, overdue: plan.overdue })}${plan.status === 'draft' ? t('filing.summary.draft') : ''}`
          : notFiled}
      </dd>
      <dt>{t('filing.summary.objects')}</dt>
      <dd>
        {protectedObjects
          ? t('filing.summary.objectsLine', {
              total: protectedObjects.total,
              notFiled: protectedObjects.levels.reduce((n, l) => n + l.notFiled, 0),
              ungraded: protectedObjects.ungraded,
            })
          : notFiled}
      </dd>
      <dt>{t('filing.summary.gap')}</dt>
      <dd>
        {gap
          ? t('filing.summary.gapLine', {
              compliant: gap.compliant,
              basic: gap.basicallyCompliant,
              non: gap.noncompliant,
              provisional: gap.provisional,
              major: gap.majorHiddenRisks,
              majorFixed: gap.majorHiddenRisksRemediated,
              high: gap.highRisks,
            })
          : notFiled}
      </dd>
      <dt>{t('filing.summary.licences')}</dt>
      <dd>
        {licences
          ? t('filing.summary.licencesLine', { rate: formatPercent(licences.genuineRate), shortfall: licences.shortfallUnits })
          : notFiled}
      </dd>
    </dl>
  );
}
