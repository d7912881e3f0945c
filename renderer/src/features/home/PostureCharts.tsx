/** The posture at a glance: six charts (shared/charts/posture.ts), each a link to the page that holds its data. */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { postureCharts } from '../../../../shared/charts/posture';
import type { Posture } from '../../../../shared/contract/reports/posture';
import { api, errorMessage } from '../../api/client';
import { Chart } from '../../components/Chart';
import { useLocale, useT } from '../../app/settings-store';

export function PostureCharts() {
  const t = useT();
  const locale = useLocale();
  const [posture, setPosture] = useState<Posture | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('reports.posture', {}).then(setPosture, (caught: unknown) => setError(errorMessage(caught)));
  }, []);
  const charts = useMemo(() => (posture ? postureCharts(posture, t.code, locale) : []), [posture, t, locale]);
  const title = t('posture.title');
  return (
    <section className="posture" aria-label={title}>
      <h2>{title}</h2>
      {error ? <p role="alert">{error}</p> : null}
      <div className="posture__charts">
        {charts.map((chart) => (
          <Link key={chart.id} to={chart.page} className="card posture__chart" aria-label={chart.title} data-chart={chart.id}>
            <h3>{chart.title}</h3>
            <Chart option={chart.option} description={chart.figure} />
            <p className="posture__figure">{chart.figure}</p>
          </Link>
        ))}
      </div>
    </section>
  );
}
