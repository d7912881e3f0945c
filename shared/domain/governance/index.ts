export { validateCio, cioGaps, cioDutyCoverage, type AsOf, type CioDutyCoverage } from './cio';
export { validateDepartment, departmentGaps, implementationSummary, type ImplementationSummary } from './department';
export { validatePerformance, performanceGaps, performanceCoverage, type PerformanceCoverage } from './performance';
export { deadlineStatus, governanceDeadlines, deadlineFinding, type DeadlineStatus, type DeadlineCheck } from './deadlines';
export { computeReadiness } from './readiness';
export { governanceFindingText } from './describe';
export { summarizeSecurity, securityRequirements, type SecurityRecords } from './security';
