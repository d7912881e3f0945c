import type { ComponentType } from 'react';
import { AssessmentPage } from '../features/assessment/AssessmentPage';
import { HomePage } from '../features/home/HomePage';
import { PlanPage } from '../features/plan/PlanPage';
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
  { path: '/assessment', label: 'assessment.nav', component: AssessmentPage },
  { path: '/plan', label: 'plan.nav', component: PlanPage },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];
