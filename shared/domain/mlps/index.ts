export { levelFromHarm, gradeObject, levelNameKey, checkGrading } from './grading';
export { checkFilingNumber } from './filing';
export { computeSchedule, dueItem, DEFAULT_UPCOMING_DAYS, type Schedule, type ScheduleOptions } from './schedule';
export { addDays, addMonths, addYears, addWorkingDays, daysBetween } from './dates';
export { applicableItems, checkCatalogIntegrity, checkCatalogCounts } from './catalog';
export { scoreGapAssessment, checkGapAssessment, type ScoreReport } from './scoring';
export { checkRecoveryTargets, withinRange, formatRange } from './disaster-recovery';
export { checkSeparationOfDuties, checkDutiesByScope, type ScopedPost } from './duties';
export { buildFilingForm, TABLE4_FROM_LEVEL, type FilingDocument, type FilingFormInput } from './filing-form';
