import type { ComponentType } from 'react';
import { FilingPage } from '../features/filing/FilingPage';
import { ReceiverPage } from '../features/filing/ReceiverPage';
import { HomePage } from '../features/home/HomePage';
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
  { path: '/filing', label: 'filing.nav.send', component: FilingPage },
  { path: '/receiver', label: 'filing.nav.receive', component: ReceiverPage },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];
