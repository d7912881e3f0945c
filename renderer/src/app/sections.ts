import type { ComponentType } from 'react';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ImportPage as SamImportPage } from '../features/sam/ImportPage';
import { PositionPage as SamPositionPage } from '../features/sam/PositionPage';
import { RegistersPage as SamRegistersPage } from '../features/sam/RegistersPage';
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
  { path: '/sam', label: 'sam.nav.registers', component: SamRegistersPage },
  { path: '/sam-import', label: 'sam.nav.import', component: SamImportPage },
  { path: '/sam-position', label: 'sam.nav.position', component: SamPositionPage },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];
