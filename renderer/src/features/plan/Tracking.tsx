import { useState } from 'react';
import { planMethods } from '../../../../shared/contract/plan/methods';
import { MILESTONE_STATUSES, type MilestoneStatus, type PlanRecord } from '../../../../shared/contract/plan/schemas';
import { daysBetween, isMilestoneOverdue } from '../../../../shared/domain/plan';
import { useFieldChecks } from '../../api/field-checks';
import { useLocale, useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { DateInput, NumberInput } from '../../components/TypedInputs';
import { usePlan } from './store';

const UPDATE_MILESTONE = planMethods['plan.updateMilestone'];
/** A milestone's row is refused through the page's message, not per row: its own checks are its only messages. */
const NO_REFUSAL: Record<string, string> = {};

function MilestoneRow({ milestone, today }: { milestone: PlanRecord['plan']['milestones'][number]; today: string }) {
  const t = useT();
  const updateMilestone = usePlan((state) => state.updateMilestone);
  const [status, setStatus] = useState<MilestoneStatus>(milestone.status);
  const [percent, setPercent] = useState<number | string | null>(milestone.percentComplete);
  const overdue = isMilestoneOverdue(milestone, today);
  const changed = status !== milestone.status || percent !== milestone.percentComplete;
  // Text the box could not read, or a blank, goes as typed: the contract's check says at the cell what it expects.
  const update = {
    planId: usePlan((state) => state.record?.plan.id ?? ''),
    milestoneId: milestone.id,
    status,
    percentComplete: percent as number,
  };
  const checks = useFieldChecks(UPDATE_MILESTONE.input, update, NO_REFUSAL, useLocale());
  return (
    <tr className={overdue ? 'overdue' : undefined} onBlur={checks.onBlur}>
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
        <NumberInput
          aria-label={t('plan.ui.percentOf', { title: milestone.title })}
          name="percentComplete"
          aria-invalid={Boolean(checks.errors.percentComplete)}
          value={percent}
          onValue={setPercent}
        />
        {checks.errors.percentComplete ? (
          <div className="field__error" role="alert">
            {checks.errors.percentComplete}
          </div>
        ) : null}
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
          onClick={() => void updateMilestone(milestone.id, status, update.percentComplete)}
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
  const locale = useLocale();
  const [date, setDate] = useState<string | null>(today);
  const [text, setText] = useState('');
  const snapshot = { planId: record.plan.id, date, text };
  const checks = useFieldChecks(planMethods['plan.addSnapshot'].input, snapshot, fieldErrors, locale);
  return (
    <section className="card" aria-labelledby="tracking-title" onBlur={checks.onBlur}>
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
        <Field label={t('plan.ui.snapshotDate')} error={checks.errors.date}>
          {(a11y) => <DateInput {...a11y} name="date" locale={locale} value={date} onValue={setDate} />}
        </Field>
        <Field label={t('plan.ui.snapshotText')} error={checks.errors.text}>
          {(a11y) => <textarea {...a11y} name="text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => void addSnapshot(snapshot.date as string, text).then((ok) => ok && setText(''))}
      >
        {t('plan.ui.addSnapshot')}
      </button>
    </section>
  );
}
