import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../../app/settings-store';
import { useReadiness } from './store';

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
                {point.reasons.length === 0 ? (
                  <span className="readiness__none">{t('governance.readiness.ui.noReasons')}</span>
                ) : (
                  <ul className="readiness__reasons">
                    {point.reasons.map((reason, index) => (
                      <li key={index}>
                        {reason.message}{' '}
                        <Link to={reason.page} aria-label={`${t('governance.readiness.ui.goFix')}：${reason.message}`}>
                          {t('governance.readiness.ui.goFix')}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
