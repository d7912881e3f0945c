import { useEffect } from 'react';
import { Link } from 'react-router';
import { READINESS_STATUSES } from '../../../../shared/contract/governance/readiness';
import { PAGES } from '../../../../shared/contract/governance/pages';
import { useT } from '../../app/settings-store';
import { useReadiness } from './store';

/** Dashboard card: how many of the opinion's twelve points are done, in progress, not started, not applicable. */
export function ReadinessCard() {
  const t = useT();
  const { overview, load } = useReadiness();
  useEffect(() => void load(), [load]);
  return (
    <section className="card" aria-labelledby="readiness-card-title">
      <h2 id="readiness-card-title">{t('governance.readiness.ui.cardTitle')}</h2>
      {overview ? (
        <dl className="readiness-counts">
          {READINESS_STATUSES.map((status) => (
            <div key={status}>
              <dt>
                <span className={`badge badge--${status}`}>{t(`governance.readiness.status.${status}`)}</span>
              </dt>
              <dd>{overview.counts[status]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('app.loading')}</p>
      )}
      <Link to={PAGES.readiness}>{t('governance.readiness.ui.cardOpen')}</Link>
    </section>
  );
}
