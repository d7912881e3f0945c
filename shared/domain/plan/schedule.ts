/** Dates the dashboard shows: plan filing due, overdue and upcoming milestones. Dates are ISO YYYY-MM-DD. */
import type { Benchmark, Milestone, Plan, PlanPolicy } from '../../contract/plan/schemas';

const CLOSED: readonly Milestone['status'][] = ['done', 'cancelled'];

/** A milestone still open after its due date; due today is not yet overdue. */
export function isMilestoneOverdue(milestone: Milestone, today: string): boolean {
  return !CLOSED.includes(milestone.status) && milestone.dueDate < today;
}

export interface OverdueMilestone {
  milestone: Milestone;
  daysOverdue: number;
}

/** Overdue milestones, the longest overdue first. */
export function overdueMilestones(milestones: readonly Milestone[], today: string): OverdueMilestone[] {
  return milestones
    .filter((milestone) => isMilestoneOverdue(milestone, today))
    .map((milestone) => ({ milestone, daysOverdue: daysBetween(milestone.dueDate, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** Open milestones due today or later, soonest first, at most `limit`. */
export function upcomingMilestones(milestones: readonly Milestone[], today: string, limit = Infinity): Milestone[] {
  return milestones
    .filter((milestone) => !CLOSED.includes(milestone.status) && milestone.dueDate >= today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, limit);
}

/** The cycle's filing deadline: one date per cycle (sasac-2009 → 2009-06-30), not a day of every year. */
export function planFilingDueDate(policy: PlanPolicy): string {
  return policy.filingDeadline;
}

export interface DueItem {
  kind: 'filing' | 'milestone';
  date: string;
  overdue: boolean;
  /** Set for milestones. */
  milestoneId?: string;
  title?: string;
}

/**
 * What the dashboard lists for a plan: its filing due date until it is filed, then every open milestone;
 * overdue items first, then by date.
 */
export function dueDates(plan: Plan, policy: PlanPolicy, today: string, filed: boolean): DueItem[] {
  const items: DueItem[] = [];
  if (!filed) {
    const date = planFilingDueDate(policy);
    items.push({ kind: 'filing', date, overdue: date < today });
  }
  for (const milestone of plan.milestones) {
    if (CLOSED.includes(milestone.status)) continue;
    items.push({
      kind: 'milestone',
      date: milestone.dueDate,
      overdue: isMilestoneOverdue(milestone, today),
      milestoneId: milestone.id,
      title: milestone.title,
    });
  }
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date));
}

/** Their value minus ours: positive means the peer is ahead on a metric where more is better. */
export function benchmarkGap(benchmark: Benchmark): number {
  return benchmark.theirValue - benchmark.ourValue;
}

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
