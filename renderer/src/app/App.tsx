import { useEffect } from 'react';
import { HashRouter, NavLink, Route, Routes } from 'react-router';
import { LOCALES } from '../../../shared/i18n';
import { navGroups, sections } from './sections';
import { useLocale, useSettings, useT } from './settings-store';

function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const save = useSettings((s) => s.save);
  return (
    <label className="topbar__language">
      <span>{t('app.language')}</span>
      <select aria-label={t('app.language')} value={locale} onChange={(e) => void save({ locale: e.target.value as (typeof LOCALES)[number] })}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>{t(`app.language.${l}`)}</option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const t = useT();
  const locale = useLocale();
  const { loaded, load } = useSettings();
  useEffect(() => void load(), [load]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  if (!loaded) return <p className="boot">{t('app.loading')}</p>;

  return (
    <HashRouter>
      <div className="shell">
        <header className="topbar">
          <span className="topbar__brand">{t('app.title')}</span>
          <LanguageSwitch />
        </header>
        <nav className="sidenav" aria-label={t('app.title')}>
          {navGroups(sections).map(({ group, items }) => (
            <div key={group ?? 'top'} className="sidenav__group">
              {group ? <div className="sidenav__heading">{t(group)}</div> : null}
              <ul>
                {items.map((s) => (
                  <li key={s.path}>
                    <NavLink to={s.path} end={s.path === '/'}>{t(s.label)}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main className="content">
          <Routes>
            {sections.map(({ path, component: Page }) => (
              <Route key={path} path={path} element={<Page />} />
            ))}
          </Routes>
        </main>
      </div>
    </HashRouter>
  );
}
