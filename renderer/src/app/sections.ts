import type { ComponentType } from 'react';
import { HomePage } from '../features/home/HomePage';
import { MechanismsPage } from '../features/mlps/MechanismsPage';
import { MlpsPage } from '../features/mlps/MlpsPage';
import { RemediationPage } from '../features/mlps/RemediationPage';
import { ProfilePage } from '../features/profile/ProfilePage';
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
  { path: '/mlps', label: 'mlps.ui.nav.objects', component: MlpsPage },
  { path: '/mlps-remediation', label: 'mlps.ui.nav.remediation', component: RemediationPage },
  { path: '/mlps-mechanisms', label: 'mlps.ui.nav.mechanisms', component: MechanismsPage },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];
