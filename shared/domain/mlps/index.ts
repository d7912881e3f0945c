export { levelFromHarm, gradeObject, levelNameKey, checkGrading } from './grading';
export { checkFilingNumber } from './filing';
export { computeSchedule, DEFAULT_UPCOMING_DAYS, type Schedule, type ScheduleOptions } from './schedule';
export { addDays, addMonths, addYears, addWorkingDays, daysBetween } from './dates';
export { applicableItems, checkCatalogIntegrity, checkCatalogCounts } from './catalog';
export { scoreGapAssessment, checkGapAssessment, type ScoreReport } from './scoring';
export { checkRecoveryTargets, withinRange, formatRange } from './disaster-recovery';
export { checkSeparationOfDuties } from './duties';
