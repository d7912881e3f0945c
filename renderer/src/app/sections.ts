import type { ComponentType } from 'react';
import { PAGES } from '../../../shared/contract/governance/pages';
import { routes, type Route, type RoutePath } from './routes';
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

export interface Section extends Route {
  component: ComponentType;
}

/** The page each route shows: every route has one (the type checker says which is missing). */
const pageComponents: Record<RoutePath, ComponentType> = {
  '/': HomePage,
  '/profile': ProfilePage,
  '/assessment': AssessmentPage,
  '/assessment/templates/:id/:version': TemplateEditorPage,
  '/plan': PlanPage,
  '/sam': SamRegistersPage,
  '/sam-import': SamImportPage,
  '/sam-position': SamPositionPage,
  '/mlps': MlpsPage,
  [PAGES.mlpsRemediation]: RemediationPage,
  [PAGES.mlpsMechanisms]: MechanismsPage,
  [PAGES.cio]: CioPage,
  [PAGES.department]: DepartmentPage,
  [PAGES.performance]: PerformancePage,
  [PAGES.declarations]: DeclarationsPage,
  [`${PAGES.declarations}/:id` as const]: DeclarationPage,
  [`${PAGES.declarations}/:id/print` as const]: PrintPage,
  [PAGES.readiness]: ReadinessPage,
  '/reports': ReportsPage,
  '/filing': FilingPage,
  '/receiver': ReceiverPage,
  '/settings': SettingsPage,
};

export const sections: Section[] = routes.map((route) => ({ ...route, component: pageComponents[route.path] }));

export { navGroups } from './routes';
