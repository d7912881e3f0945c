import { useEffect, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { CycleEditor } from './CycleEditor';
import { PlanEditor } from './PlanEditor';
import { RuleCheck } from './RuleCheck';
import { isDirty, usePlan } from './store';
import { Timeline } from './Timeline';
import { Tracking } from './Tracking';

export function PlanPage() {
  const t = useT();
  const locale = useLocale();
  const { record, draft, check, due, policies, loaded, status, message, load, start, save, markReady } = usePlan();
  const dirty = usePlan(isDirty);
  useEffect(() => void load(), [load]);
  useSaveShortcut(() => void save());
  if (!loaded) return <p>{t('app.loading')}</p>;

  const today = check?.today ?? new Date().toISOString().slice(0, 10);
  const blocking = check?.results.filter((rule) => !rule.ok) ?? [];
  // Dates nobody verified (the shipped current cycle) are offered for editing beside the plan that uses them.
  const editableCycle = policies.find((entry) => entry.policy.id === draft?.cycleId && !entry.policy.verified);
  const canMarkReady = Boolean(record && check?.ready && !dirty && record.status !== 'ready');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="page page--wide" onSubmit={onSubmit} noValidate aria-labelledby="plan-title">
      <header className="page__header">
        <h1 id="plan-title">{t('plan.ui.title')}</h1>
        <p className="page__intro">{t('plan.ui.intro')}</p>
      </header>
      <div className="card plan__summary">
        <p>
          {due?.currentGrade
            ? t('plan.ui.currentGrade', { grade: t(`assessment.grade.${due.currentGrade}`) })
            : t('plan.ui.noCurrentGrade')}{' '}
          <Link to="/assessment">{t('plan.ui.toAssessment')}</Link>
        </p>
        {check ? (
          <p className="muted">
            {t('plan.ui.policy', {
              policy: locale === 'zh-CN' ? check.policy.nameZh : check.policy.nameEn,
              start: check.policy.start,
              end: check.policy.end,
              filingDue: check.policy.filingDue,
            })}
            {check.policy.verified ? null : <> {t('plan.cycle.unverified')}</>}
          </p>
        ) : null}
        {check?.warnings.map((warning) => (
          <div key={warning.code} className="banner banner--warning" role="alert">
            ⚠ {warning.message}
          </div>
        ))}
        {record ? (
          <p>
            <span className={`badge badge--${record.status}`}>{t(`plan.status.${record.status}`)}</span>
            {record.readyAt ? (
              <span className="muted"> {t('plan.ui.readySince', { at: record.readyAt.slice(0, 10), by: record.readyBy ?? '' })}</span>
            ) : null}
          </p>
        ) : null}
      </div>
      {message && (status === 'invalid' || status === 'failed') ? (
        <div className="banner banner--error" role="alert">
          {message}
        </div>
      ) : null}

      {draft ? (
        <>
          <PlanEditor plan={draft} />
          {check && !dirty ? <RuleCheck check={check} /> : null}
          <footer className="page__actions page__actions--sticky">
            <button type="submit" className="button button--primary" disabled={status === 'saving'}>
              {t('plan.ui.saveDraft')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!canMarkReady}
              aria-describedby="ready-reasons"
              onClick={() => void markReady()}
            >
              {t('plan.ui.markReady')}
            </button>
            <span className="page__status" role="status" aria-live="polite">
              {dirty ? t('app.unsavedChanges') : status === 'saved' ? t('app.saved') : ''}
            </span>
          </footer>
          <div id="ready-reasons" className="reasons">
            {dirty ? <p>{t('plan.ui.saveFirst')}</p> : null}
            {!dirty && blocking.length > 0 ? (
              <>
                <p>{t('plan.ui.whyNotReady')}</p>
                <ul>
                  {blocking.map((rule, index) => (
                    <li key={`${rule.code}-${index}`}>{rule.message}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {record?.status === 'ready' && !dirty ? <p>{t('plan.ui.alreadyReady')}</p> : null}
          </div>
          {editableCycle ? <CycleEditor key={`${editableCycle.policy.id}-${editableCycle.policy.version}`} cycle={editableCycle} /> : null}
          <Timeline plan={draft} today={today} />
          {record && !dirty ? <Tracking record={record} today={today} /> : null}
        </>
      ) : (
        <div className="card">
          <p>{t('plan.ui.none')}</p>
          <button type="button" className="button button--primary" onClick={() => start(new Date().getFullYear())}>
            {t('plan.ui.start', { year: new Date().getFullYear() })}
          </button>
        </div>
      )}
    </form>
  );
}
