import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/settings-store';
import { useProfile } from '../profile/store';
import { dashboardWidgets } from './widgets';
import { PostureCharts } from './PostureCharts';

export function HomePage() {
  const t = useT();
  const { saved, loaded, load } = useProfile();
  useEffect(() => void load(), [load]);
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('app.home.welcome')}</h1>
        <p className="page__intro">{t('app.home.intro')}</p>
      </header>
      {loaded ? (
        <div className="card">
          {saved ? (
            <p>{t('app.home.profileOf', { name: saved.name, uscc: saved.uscc })}</p>
          ) : (
            <p>
              {t('app.home.noProfile')} <Link to="/profile">{t('app.home.fillProfile')}</Link>
            </p>
          )}
        </div>
      ) : null}
      <PostureCharts />
      <div className="dashboard">
        {dashboardWidgets.map(({ id, component: Widget }) => (
          <Widget key={id} />
        ))}
      </div>
    </section>
  );
}
