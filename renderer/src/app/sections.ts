import type { ComponentType } from 'react';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Section {
  path: string;
  /** i18n key of the navigation label */
  label: string;
  component: ComponentType;
}

/** The navigation: only sections that work are listed. A domain adds its page here. */
export const sections: Section[] = [
  { path: '/', label: 'app.nav.home', component: HomePage },
  { path: '/profile', label: 'app.nav.profile', component: ProfilePage },
  { path: '/reports', label: 'reports.ui.nav', component: ReportsPage },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];
