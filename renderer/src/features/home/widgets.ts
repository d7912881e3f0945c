import type { ComponentType } from 'react';
import { SamCard } from '../sam/SamCard';

/**
 * The dashboard's cards, in order. A domain adds its card (next due dates, overdue items, key figures)
 * here; each card loads its own data and links to its pages.
 */
export const dashboardWidgets: { id: string; component: ComponentType }[] = [{ id: 'sam', component: SamCard }];
