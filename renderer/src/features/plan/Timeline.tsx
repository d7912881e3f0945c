import type { Plan } from '../../../../shared/contract/plan/schemas';
import { daysBetween, isMilestoneOverdue } from '../../../../shared/domain/plan';
import { useT } from '../../app/settings-store';

/**
 * The milestones on a line from the earliest date (or today) to the target date, drawn as SVG: one dot per
 * milestone coloured by status, overdue ones in red, with today and the target date marked.
 */
export function Timeline({ plan, today }: { plan: Plan; today: string }) {
  const t = useT();
  if (plan.milestones.length === 0) return null;
  const dates = [today, plan.targetDate, ...plan.milestones.map((m) => m.dueDate)].sort();
  const start = dates[0]!;
  const span = Math.max(1, daysBetween(start, dates.at(-1)!));
  const width = 900;
  const margin = 60;
  const x = (date: string) => margin + ((width - 2 * margin) * daysBetween(start, date)) / span;
  const sorted = [...plan.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('plan.ui.timeline')}</h2>
      <svg className="timeline" viewBox={`0 0 ${width} 120`} role="img" aria-label={t('plan.ui.timeline')}>
        <line className="timeline__axis" x1={margin} y1={60} x2={width - margin} y2={60} />
        <g className="timeline__today">
          <line x1={x(today)} y1={30} x2={x(today)} y2={90} />
          <text x={x(today)} y={104} textAnchor="middle">
            {t('plan.ui.today')} {today}
          </text>
        </g>
        <g className="timeline__target">
          <line x1={x(plan.targetDate)} y1={30} x2={x(plan.targetDate)} y2={90} />
          <text x={x(plan.targetDate)} y={22} textAnchor="middle">
            {t('plan.ui.targetDateShort')} {plan.targetDate}
          </text>
        </g>
        {sorted.map((milestone, index) => {
          const overdue = isMilestoneOverdue(milestone, today);
          return (
            <g key={milestone.id} className={`timeline__milestone timeline__milestone--${overdue ? 'overdue' : milestone.status}`}>
              <title>{`${milestone.title} ${milestone.dueDate} ${t(`plan.milestone.status.${milestone.status}`)} ${milestone.percentComplete}%`}</title>
              <circle cx={x(milestone.dueDate)} cy={60} r={7} />
              <text x={x(milestone.dueDate)} y={index % 2 === 0 ? 44 : 82} textAnchor="middle">
                {milestone.title}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
