export { levelFromHarm, gradeObject, gradedObjectOf, levelNameKey, checkGrading } from './grading';
export { checkFilingFormNumber, unitFormNumberOf, type LegacyFormNumber } from './filing';
export { computeSchedule, dueItem, upcomingWindowDays, materialChangeOf, type Schedule, type ScheduleOptions } from './schedule';
export { addDays, addMonths, addYears, addWorkingDays, daysBetween } from './dates';
export { applicableItems, checkCatalogIntegrity, checkCatalogCounts } from './catalog';
export { scoreGapAssessment, checkGapAssessment, isGapStatus, type ScoreReport, type MajorHiddenRiskState } from './scoring';
export { openMajorHiddenRisks, tallyMajorHiddenRisks, checkMajorHiddenRisk, type MajorHiddenRiskFacts } from './major-hidden-risks';
export { achievedDrLevel, checkRecovery, checkRecoveryElements, checkRecoveryTargets, withinRange, formatRange } from './disaster-recovery';
export { checkSeparationOfDuties, checkDutiesByScope, type ScopedPost } from './duties';
export {
  buildFilingForm,
  checkFilingFormFields,
  checkUnitCodes,
  TABLE4_FROM_LEVEL,
  type FilingDocument,
  type FilingFormInput,
} from './filing-form';
export { catalogInUse, assessableLevel, scoreObjectGap, type ObjectGap } from './object-score';
export {
  draftProtectionPlan,
  checkProtectionPlanLevel,
  PROTECTION_PLAN_FROM_LEVEL,
  type ProtectionPlan,
  type ProtectionPlanInput,
  type ProtectionProblem,
} from './protection-plan';
