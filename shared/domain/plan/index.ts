export { checkPlan, integrityFindings, planReadiness, ruleMessageKey, type PlanContext } from './rules';
export { deadlineWarnings, pickPolicy, policyFindings } from './policy';
export {
  benchmarkGap,
  daysBetween,
  dueDates,
  isMilestoneOverdue,
  overdueMilestones,
  planFilingDueDate,
  upcomingMilestones,
  type OverdueMilestone,
} from './schedule';
