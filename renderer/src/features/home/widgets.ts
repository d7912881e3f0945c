import type { ComponentType } from 'react';
import { ReadinessCard } from '../readiness/ReadinessCard';
import { PlanDueCard } from '../plan/PlanDueCard';
import { MlpsDashboardCard } from '../mlps/DashboardCard';
import { SamCard } from '../sam/SamCard';

/**
 * The dashboard's cards, in order. A domain adds its card (next due dates, overdue items, key figures)
 * here; each card loads its own data and links to its pages.
 */
export const dashboardWidgets: { id: string; component: ComponentType }[] = [
  { id: 'plan-due', component: PlanDueCard },
  { id: 'sam', component: SamCard },
  { id: 'mlps', component: MlpsDashboardCard },
  { id: 'readiness', component: ReadinessCard },
];
