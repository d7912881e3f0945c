import { useState } from 'react';
import { MILESTONE_STATUSES, type MilestoneStatus, type PlanRecord } from '../../../../shared/contract/plan/schemas';
import { daysBetween, isMilestoneOverdue } from '../../../../shared/domain/plan';
import { useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { usePlan } from './store';

function MilestoneRow({ milestone, today }: { milestone: PlanRecord['plan']['milestones'][number]; today: string }) {
  const t = useT();
  const updateMilestone = usePlan((state) => state.updateMilestone);
  const [status, setStatus] = useState<MilestoneStatus>(milestone.status);
  const [percent, setPercent] = useState(String(milestone.percentComplete));
  const overdue = isMilestoneOverdue(milestone, today);
  const changed = status !== milestone.status || Number(percent) !== milestone.percentComplete;
  return (
    <tr className={overdue ? 'overdue' : undefined}>
      <td>{milestone.title}</td>
      <td>{milestone.dueDate}</td>
      <td>
        <select
          aria-label={t('plan.ui.statusOf', { title: milestone.title })}
          value={status}
          onChange={(e) => setStatus(e.target.value as MilestoneStatus)}
        >
          {MILESTONE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`plan.milestone.status.${value}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={t('plan.ui.percentOf', { title: milestone.title })}
          type="number"
          min={0}
          max={100}
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
        />
        %
        <progress max={100} value={milestone.percentComplete} aria-hidden="true" />
      </td>
      <td>
        {overdue ? (
          <span className="badge badge--overdue">{t('plan.due.overdue', { days: daysBetween(milestone.dueDate, today) })}</span>
        ) : null}
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          disabled={!changed}
          onClick={() => void updateMilestone(milestone.id, status, Number(percent))}
        >
          {t('plan.ui.update')}
        </button>
      </td>
    </tr>
  );
}

/** Execution tracking: milestone status and percent, overdue flags, and dated snapshots (执行情况). */
export function Tracking({ record, today }: { record: PlanRecord; today: string }) {
  const t = useT();
  const { addSnapshot, fieldErrors } = usePlan();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  return (
    <section className="card" aria-labelledby="tracking-title">
      <h2 id="tracking-title">{t('plan.ui.tracking')}</h2>
      {record.plan.milestones.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th>{t('plan.ui.milestoneTitle')}</th>
              <th>{t('plan.ui.dueDate')}</th>
              <th>{t('plan.ui.status')}</th>
              <th>{t('plan.ui.percent')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {record.plan.milestones.map((milestone) => (
              <MilestoneRow key={`${milestone.id}-${milestone.status}-${milestone.percentComplete}`} milestone={milestone} today={today} />
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('plan.ui.snapshots')}</h3>
      {record.snapshots.length > 0 ? (
        <ol className="snapshots">
          {record.snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              <strong>{snapshot.date}</strong> {snapshot.text}{' '}
              <span className="muted">— {snapshot.createdBy || t('plan.ui.unknownActor')}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('plan.ui.noSnapshots')}</p>
      )}
      <div className="grid">
        <Field label={t('plan.ui.snapshotDate')} error={fieldErrors.date}>
          {(a11y) => <input {...a11y} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('plan.ui.snapshotText')} error={fieldErrors.text}>
          {(a11y) => <textarea {...a11y} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      </div>
      <button type="button" className="button" onClick={() => void addSnapshot(date, text).then((ok) => ok && setText(''))}>
        {t('plan.ui.addSnapshot')}
      </button>
    </section>
  );
}
