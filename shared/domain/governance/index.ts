export { validateCio, cioGaps, cioDutyCoverage } from './cio';
export { validateDepartment, departmentGaps, implementationSummary } from './department';
export { validatePerformance, performanceGaps, performanceCoverage } from './performance';
export { deadlineStatus, governanceDeadlines, deadlineFinding } from './deadlines';
export { computeReadiness } from './readiness';
export { governanceFindingText } from './describe';
export { summarizeSecurity } from './security';
