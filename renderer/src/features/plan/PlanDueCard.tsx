import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PlanDue } from '../../../../shared/contract/plan/methods';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';

/** Dashboard card: current grade, the plan's filing due date, overdue milestones and the next due dates. */
export function PlanDueCard() {
  const t = useT();
  const [due, setDue] = useState<PlanDue | null>(null);
  useEffect(() => void api.call('plan.due', {}).then(setDue), []);
  if (!due) return null;
  const overdue = due.items.filter((item) => item.overdue);
  const next = due.items.filter((item) => !item.overdue).slice(0, 3);
  const describe = (item: PlanDue['items'][number]) =>
    item.kind === 'filing'
      ? t('plan.due.filing', { date: item.date })
      : t('plan.due.milestone', { title: item.title ?? '', date: item.date });

  return (
    <section className="card due" aria-labelledby="plan-due-title">
      <h2 id="plan-due-title">{t('plan.ui.cardTitle')}</h2>
      <p>
        {due.currentGrade ? t('plan.ui.currentGrade', { grade: t(`assessment.grade.${due.currentGrade}`) }) : t('plan.ui.noCurrentGrade')}
      </p>
      {due.planId === null ? (
        <p>
          {t('plan.ui.none')} <Link to="/plan">{t('plan.ui.open')}</Link>
        </p>
      ) : (
        <>
          <p>
            {t('plan.ui.cardPlan', {
              year: due.year ?? '',
              target: due.targetGrade ?? '',
              date: due.targetDate ?? '',
              status: t(`plan.status.${due.status ?? 'draft'}`),
            })}
          </p>
          {due.cycleName ? <p className="muted">{t('plan.ui.cardCycle', { name: due.cycleName })}</p> : null}
          {due.warnings.map((warning) => (
            <p key={warning} className="banner banner--warning" role="alert">
              ⚠ {warning}
            </p>
          ))}
          {overdue.length > 0 ? (
            <>
              <h3 className="due__overdue">{t('plan.ui.overdueCount', { count: overdue.length })}</h3>
              <ul>
                {overdue.map((item) => (
                  <li key={`${item.kind}-${item.milestoneId ?? ''}`} className="due__overdue">
                    {t('plan.due.overdueItem', { item: describe(item), days: item.daysOverdue })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {next.length > 0 ? (
            <>
              <h3>{t('plan.ui.nextDue')}</h3>
              <ul>
                {next.map((item) => (
                  <li key={`${item.kind}-${item.milestoneId ?? ''}`}>{describe(item)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <Link to="/plan">{t('plan.ui.open')}</Link>
        </>
      )}
    </section>
  );
}
