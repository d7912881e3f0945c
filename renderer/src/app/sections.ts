import type { ComponentType } from 'react';
import { PAGES } from '../../../shared/contract/governance/pages';
import { DeclarationPage } from '../features/declarations/DeclarationPage';
import { DeclarationsPage } from '../features/declarations/DeclarationsPage';
import { PrintPage } from '../features/declarations/PrintPage';
import { CioPage } from '../features/governance/CioPage';
import { DepartmentPage } from '../features/governance/DepartmentPage';
import { PerformancePage } from '../features/governance/PerformancePage';
import { AssessmentPage } from '../features/assessment/AssessmentPage';
import { TemplateEditorPage } from '../features/assessment/TemplateEditorPage';
import { FilingPage } from '../features/filing/FilingPage';
import { ReceiverPage } from '../features/filing/ReceiverPage';
import { HomePage } from '../features/home/HomePage';
import { PlanPage } from '../features/plan/PlanPage';
import { MechanismsPage } from '../features/mlps/MechanismsPage';
import { MlpsPage } from '../features/mlps/MlpsPage';
import { RemediationPage } from '../features/mlps/RemediationPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { ReadinessPage } from '../features/readiness/ReadinessPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ImportPage as SamImportPage } from '../features/sam/ImportPage';
import { PositionPage as SamPositionPage } from '../features/sam/PositionPage';
import { RegistersPage as SamRegistersPage } from '../features/sam/RegistersPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Section {
  path: string;
  /** i18n key of the navigation label */
  label: string;
  component: ComponentType;
  /** A page reached from another page (one record of a list), not from the navigation. */
  navHidden?: boolean;
  /** i18n key of the navigation group heading the page is listed under. */
  group?: string;
}

/** The navigation: only sections that work are listed. A domain adds its page here. */
export const sections: Section[] = [
  { path: '/', label: 'app.nav.home', component: HomePage },
  { path: '/profile', label: 'app.nav.profile', component: ProfilePage },
  { path: '/assessment', label: 'assessment.nav', component: AssessmentPage, group: 'app.nav.group.informatization' },
  { path: '/assessment/templates/:id/:version', label: 'assessment.nav', component: TemplateEditorPage, navHidden: true },
  { path: '/plan', label: 'plan.nav', component: PlanPage, group: 'app.nav.group.informatization' },
  { path: '/sam', label: 'sam.nav.registers', component: SamRegistersPage, group: 'app.nav.group.sam' },
  { path: '/sam-import', label: 'sam.nav.import', component: SamImportPage, group: 'app.nav.group.sam' },
  { path: '/sam-position', label: 'sam.nav.position', component: SamPositionPage, group: 'app.nav.group.sam' },
  { path: '/mlps', label: 'mlps.ui.nav.objects', component: MlpsPage, group: 'app.nav.group.mlps' },
  { path: PAGES.mlpsRemediation, label: 'mlps.ui.nav.remediation', component: RemediationPage, group: 'app.nav.group.mlps' },
  { path: PAGES.mlpsMechanisms, label: 'mlps.ui.nav.mechanisms', component: MechanismsPage, group: 'app.nav.group.mlps' },
  { path: PAGES.cio, label: 'governance.nav.cio', component: CioPage, group: 'app.nav.group.governance' },
  { path: PAGES.department, label: 'governance.nav.department', component: DepartmentPage, group: 'app.nav.group.governance' },
  { path: PAGES.performance, label: 'governance.nav.performance', component: PerformancePage, group: 'app.nav.group.governance' },
  { path: PAGES.declarations, label: 'declarations.nav', component: DeclarationsPage, group: 'app.nav.group.governance' },
  { path: `${PAGES.declarations}/:id`, label: 'declarations.nav', component: DeclarationPage, navHidden: true },
  { path: `${PAGES.declarations}/:id/print`, label: 'declarations.nav', component: PrintPage, navHidden: true },
  { path: PAGES.readiness, label: 'governance.nav.readiness', component: ReadinessPage, group: 'app.nav.group.governance' },
  { path: '/reports', label: 'reports.ui.nav', component: ReportsPage, group: 'app.nav.group.filing' },
  { path: '/filing', label: 'filing.nav.send', component: FilingPage, group: 'app.nav.group.filing' },
  { path: '/receiver', label: 'filing.nav.receive', component: ReceiverPage, group: 'app.nav.group.filing' },
  { path: '/settings', label: 'app.nav.settings', component: SettingsPage },
];

/** The navigation's pages in order, cut into runs under their group headings. */
export function navGroups(all: readonly Section[]): { group: string | undefined; items: Section[] }[] {
  const runs: { group: string | undefined; items: Section[] }[] = [];
  for (const section of all) {
    if (section.navHidden) continue;
    const last = runs[runs.length - 1];
    if (last && last.group === section.group) last.items.push(section);
    else runs.push({ group: section.group, items: [section] });
  }
  return runs;
}
