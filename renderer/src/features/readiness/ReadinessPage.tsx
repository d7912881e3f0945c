import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../../app/settings-store';
import type { ReadinessOverviewRequirement } from '../../../../shared/contract/governance/readiness';
import { useReadiness } from './store';

/** What is missing, each with a link to the page where it is recorded. */
function Reasons({ reasons }: { reasons: ReadonlyArray<{ message: string; page: string }> }) {
  const t = useT();
  return (
    <ul className="readiness__reasons">
      {reasons.map((reason, index) => (
        <li key={index}>
          {reason.message}{' '}
          <Link to={reason.page} aria-label={t('app.labelled', { label: t('governance.readiness.ui.goFix'), value: reason.message })}>
            {t('governance.readiness.ui.goFix')}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** What the point asks, clause by clause: in place, missing (with what and where to record it) or optional. */
function Requirements({ requirements, title }: { requirements: ReadinessOverviewRequirement[]; title: string }) {
  const t = useT();
  return (
    <ul
      className="readiness__requirements"
      aria-label={t('app.labelled', { label: t('governance.readiness.ui.requirements'), value: title })}
    >
      {requirements.map((requirement) => (
        <li key={requirement.id} data-requirement={requirement.id} className={`requirement requirement--${requirement.status}`}>
          <span className={`badge badge--${requirement.status}`}>{requirement.statusLabel}</span>{' '}
          <Link to={requirement.page}>{requirement.title}</Link>
          <small className="muted" title={t('governance.readiness.ui.basis', { basis: requirement.basis })}>
            {requirement.verified ? null : ` ${t('governance.readiness.ui.unverified')}`}
          </small>
          {requirement.reasons.length > 0 ? <Reasons reasons={requirement.reasons} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The twelve points of the 2009 opinion: status, the reasons, and a link to where each is fixed. */
export function ReadinessPage() {
  const t = useT();
  const locale = useLocale();
  const { overview, load } = useReadiness();
  // Reasons come back in the workspace language: reload when it changes.
  useEffect(() => void load(), [load, locale]);
  if (!overview) return <p>{t('app.loading')}</p>;

  return (
    <section className="page" aria-labelledby="readiness-title">
      <header className="page__header">
        <h1 id="readiness-title">{t('governance.label.readiness')}</h1>
        <p className="page__intro">
          {t('governance.readiness.ui.intro')} {t('governance.readiness.ui.asOf', { date: overview.asOf })}
        </p>
      </header>
      <table className="data readiness">
        <thead>
          <tr>
            <th scope="col">{t('governance.label.readiness.point')}</th>
            <th scope="col">{t('governance.label.readiness.status')}</th>
            <th scope="col">{t('governance.label.readiness.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.points.map((point) => (
            <tr key={point.point} data-point={point.point}>
              <th scope="row">
                <Link to={point.page}>
                  {point.point}. {point.title}
                </Link>
              </th>
              <td>
                <span className={`badge badge--${point.status}`}>{point.statusLabel}</span>
              </td>
              <td>
                {point.requirements.length > 0 ? (
                  <Requirements requirements={point.requirements} title={point.title} />
                ) : point.reasons.length === 0 ? (
                  <span className="readiness__none">{t('governance.readiness.ui.noReasons')}</span>
                ) : (
                  <Reasons reasons={point.reasons} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
