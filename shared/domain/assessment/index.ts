export { compareGrades, gradeForScore, isGradeAtLeast, nextGradeUp } from './grades';
export { bandFor, maxPoints, pointsFor, validateAnswer } from './rules';
export { formatPath, parseTemplate, validateTemplate, type ParsedTemplate } from './template';
export { indicatorsById, validateAnswers } from './answers';
export { FORMULA_ID, describeFormula, round2, scoreAssessment, scoreIndicator, type IndicatorPoints } from './scoring';
export { compareAssessments } from './compare';
export { finalizeBlockers, indicatorOfEvidence, indicatorsWithEvidence } from './finalize';
export { currentFinalizedAssessment } from './current';
