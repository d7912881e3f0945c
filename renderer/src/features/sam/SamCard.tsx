import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SummaryResult } from '../../../../shared/contract/sam/methods';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { percent, shortfallCostText, useSam } from './store';

/** Dashboard card: genuine rate, shortfall cost and licences expiring soon. */
export function SamCard() {
  const t = useT();
  const version = useSam((state) => state.version);
  const [summary, setSummary] = useState<SummaryResult | null>(null);
  useEffect(() => {
    void api.call('sam.summary', {}).then(setSummary);
  }, [version]);
  if (summary === null) return null;
  const empty = summary.counts.installations === 0 && summary.counts.entitlements === 0;
  return (
    <section className="card sam-card" aria-labelledby="sam-card-title">
      <h2 id="sam-card-title">{t('sam.ui.cardTitle')}</h2>
      {empty ? (
        <p>
          {t('sam.ui.cardEmpty')} <Link to="/sam-import">{t('sam.nav.import')}</Link>
        </p>
      ) : (
        <>
          <dl className="facts sam-card__facts">
            <dt>{t('sam.ui.genuineRate')}</dt>
            <dd>{percent(summary.summary.genuineRate)}</dd>
            <dt>{t('sam.ui.shortfallCost')}</dt>
            <dd>{shortfallCostText(t, summary.summary)}</dd>
            {summary.summary.unpricedShortfallRows > 0 ? (
              <dd>{t('sam.ui.unpricedRows', { count: summary.summary.unpricedShortfallRows })}</dd>
            ) : null}
            <dt>{t('sam.ui.expiring')}</dt>
            <dd>
              {t('sam.ui.expiringCounts', {
                d30: summary.expiring.within30,
                d60: summary.expiring.within60,
                d90: summary.expiring.within90,
              })}
            </dd>
          </dl>
          <Link to="/sam-position">{t('sam.ui.cardOpen')}</Link>
        </>
      )}
    </section>
  );
}
