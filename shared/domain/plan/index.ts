export { checkPlan, integrityFindings, planReadiness, ruleMessageKey, targetRuleFor, type PlanContext, type PlanReadiness } from './rules';
export { deadlineWarnings, pickPolicy, policyFindings } from './policy';
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
