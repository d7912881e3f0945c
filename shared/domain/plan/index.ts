export { SAVE_BLOCKING_RULES, checkPlan, planReadiness, saveBlockers, type PlanContext, type PlanReadiness } from './rules';
export {
  benchmarkGap,
  daysBetween,
  dueDates,
  isMilestoneOverdue,
  overdueMilestones,
  planFilingDueDate,
  upcomingMilestones,
  type DueItem,
  type OverdueMilestone,
} from './schedule';
