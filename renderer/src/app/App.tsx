import { useEffect, useState } from 'react';
import { NavLink, Outlet, RouterProvider, createHashRouter } from 'react-router';
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
      <select
        aria-label={t('app.language')}
        value={locale}
        onChange={(e) => void save({ locale: e.target.value as (typeof LOCALES)[number] })}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`app.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A data router (not <HashRouter>) because only data routers can hold a navigation back — a link, the
 * back and forward buttons — while a page has unsaved changes (app/leave-guard.ts).
 */
function createAppRouter() {
  return createHashRouter([{ element: <Shell />, children: sections.map(({ path, component: Page }) => ({ path, element: <Page /> })) }]);
}

export function App() {
  const t = useT();
  const locale = useLocale();
  const { loaded, load } = useSettings();
  const [router] = useState(createAppRouter);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  if (!loaded) return <p className="boot">{t('app.loading')}</p>;
  return <RouterProvider router={router} />;
}

function Shell() {
  const t = useT();
  return (
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
                  <NavLink to={s.path} end={s.path === '/'}>
                    {t(s.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
