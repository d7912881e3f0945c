export { nextGradeUp } from './grades';
export { validateAnswer } from './rules';
export { parseTemplate, validateTemplate } from './template';
export { indicatorsById, validateAnswers } from './answers';
export { scoreAssessment } from './scoring';
export { compareAssessments } from './compare';
export { finalizeBlockers, indicatorOfEvidence, indicatorsWithEvidence } from './finalize';
