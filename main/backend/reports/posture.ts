/**
 * The posture at a glance (shared/contract/reports/posture.ts) from the views the reports print: the home
 * page's charts and the summary report's charts show the same figures because they come from here.
 */
import { MILESTONE_STATUSES } from '../../../shared/contract/plan/schemas';
import { READINESS_STATUSES } from '../../../shared/contract/governance/readiness';
import { POSTURE_LEVELS, type Posture, type PostureLevel } from '../../../shared/contract/reports/posture';
import type { ReportViews } from './views';

/** How many of `items` fall under each of `keys`. */
function countBy<K extends string, T>(keys: readonly K[], items: readonly T[], keyOf: (item: T) => K): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const item of items) counts[keyOf(item)] += 1;
  return counts;
}

export function postureOf(views: ReportViews): Posture {
  const { assessment, plan, mlps, readiness, sources } = views;
  const objects = mlps?.objects ?? [];
  const scheduleItems = objects.flatMap((o) => o.schedule.items);
  const position = sources.sam?.position.summary;
  return {
    asOf: sources.asOf,
    grade: {
      current: assessment?.latest.score.grade ?? null,
      target: plan?.plan.targetGrade ?? null,
      targetDate: plan?.plan.targetDate ?? null,
    },
    plan: plan ? { milestones: countBy(MILESTONE_STATUSES, plan.plan.milestones, (m) => m.status), overdue: plan.overdue.length } : null,
    sam: position
      ? {
          installations: position.installations,
          coveredInstallations: position.coveredInstallations,
          genuineRate: position.genuineRate,
          shortfallCost: position.shortfallCost,
          unpricedShortfallRows: position.unpricedShortfallRows,
        }
      : null,
    objects: POSTURE_LEVELS.map((level) => {
      const atLevel = objects.filter((o) => levelOf(o.level) === level);
      const filed = atLevel.filter((o) => o.filing !== null).length;
      return { level, filed, unfiled: atLevel.length - filed };
    }),
    due: {
      mlpsOverdue: scheduleItems.filter((item) => item.status === 'overdue').length,
      mlpsUpcoming: scheduleItems.filter((item) => item.status === 'upcoming').length,
      planOverdue: plan?.overdue.length ?? 0,
    },
    readiness: countBy(READINESS_STATUSES, readiness.points, (point) => point.status),
  };
}

function levelOf(level: number | null): PostureLevel {
  return level === null ? 'ungraded' : (String(level) as PostureLevel);
}
