/**
 * What a CIO reviews before filing: for each of the opinion's twelve points, done / in progress / not
 * started / not applicable, with the reasons as findings. Governance gaps reuse the governance rules'
 * own codes, so a gap is described in one place whether it shows on its page or here.
 *
 * Points 6, 8, 9 and 12 are offers the enterprise may take up: with no declaration they are not
 * applicable. Point 7 applies to lagging enterprises (opinion2009.laggingGrades, our reading); point 11
 * applies to every enterprise with a portal, i.e. all of them.
 */
import type { Finding } from '../../contract/core';
import type { ReadinessDomain, ReadinessInput, ReadinessPoint, ReadinessReport, ReadinessStatus } from '../../contract/governance/readiness';
import { opinion2009 } from '../../catalogs/governance/opinion-2009';
import {
  assistanceRequestForm,
  cioTrainingAttendanceForm,
  commendationNominationForm,
  consultingTrainingRequestForm,
  demonstrationApplicationForm,
  outsourcingRequestForm,
  portalSelfEvaluationForm,
  sharedSoftwareForm,
} from '../../catalogs/declarations';
import { cioGaps } from './cio';
import { deadlineFinding, governanceDeadlines } from './deadlines';
import { departmentGaps, implementationSummary } from './department';
import { performanceGaps } from './performance';

interface Assessed {
  status: ReadinessStatus;
  reasons: Finding[];
}

const POINT_DOMAINS: Record<number, ReadinessDomain[]> = {
  1: ['plan', 'assessment'],
  2: ['governance'],
  3: ['governance'],
  4: ['sam'],
  5: ['mlps'],
  6: ['declarations'],
  7: ['declarations', 'assessment'],
  8: ['declarations'],
  9: ['declarations'],
  10: ['governance', 'declarations'],
  11: ['declarations'],
  12: ['declarations'],
};

const POINT_RULES: Record<number, (input: ReadinessInput) => Assessed> = {
  1: climbingPlan,
  2: cioAndDepartment,
  3: performanceSystem,
  4: softwareAssets,
  5: gradedProtection,
  6: (input) => voluntaryDeclaration(input, demonstrationApplicationForm.id),
  7: assistance,
  8: (input) => voluntaryDeclaration(input, sharedSoftwareForm.id),
  9: (input) => voluntaryDeclaration(input, outsourcingRequestForm.id),
  10: consultingAndTraining,
  11: portalEvaluation,
  12: (input) => voluntaryDeclaration(input, commendationNominationForm.id),
};

export function computeReadiness(input: ReadinessInput): ReadinessReport {
  return {
    opinionId: opinion2009.id,
    opinionVersion: opinion2009.version,
    asOf: input.asOf,
    points: opinion2009.points.map(({ number }): ReadinessPoint => {
      const { status, reasons } = POINT_RULES[number]!(input);
      return { point: number, status, domains: POINT_DOMAINS[number] ?? [], reasons };
    }),
  };
}

const reason = (what: string, params?: Finding['params']): Finding => ({ code: `governance.readiness.${what}`, ...(params ? { params } : {}) });

function climbingPlan({ plan, assessment }: ReadinessInput): Assessed {
  const noAssessment = assessment.latestFinalizedGrade === null ? [reason('noAssessment')] : [];
  if (!plan.exists) return { status: 'not-started', reasons: [reason('planMissing'), ...noAssessment] };
  if (!plan.ready) return { status: 'in-progress', reasons: [reason('planNotReady'), ...noAssessment] };
  return { status: 'done', reasons: [] };
}

function cioAndDepartment({ governance, asOf }: ReadinessInput): Assessed {
  const gaps = [...cioGaps(governance.cio), ...departmentGaps(governance.department)];
  const deadline = governanceDeadlines(governance, asOf).filter((d) => d.deadline.id === 'it-department').flatMap(deadlineFinding);
  const nothingYet = !governance.cio?.appointed && implementationSummary(governance.department).overall === 'not-started';
  return { status: gaps.length === 0 ? 'done' : nothingYet ? 'not-started' : 'in-progress', reasons: [...gaps, ...deadline] };
}

function performanceSystem({ governance, asOf }: ReadinessInput): Assessed {
  const performance = governance.performance;
  const gaps = performanceGaps(performance);
  const deadline = governanceDeadlines(governance, asOf).filter((d) => d.deadline.id === 'performance-system').flatMap(deadlineFinding);
  const nothingYet = !performance?.established && (performance?.kpis.length ?? 0) === 0;
  return { status: gaps.length === 0 ? 'done' : nothingYet ? 'not-started' : 'in-progress', reasons: [...gaps, ...deadline] };
}

function softwareAssets({ sam }: ReadinessInput): Assessed {
  if (sam.products === 0 && sam.entitlements === 0) return { status: 'not-started', reasons: [reason('samEmpty')] };
  const reasons: Finding[] = [];
  if (sam.products === 0) reasons.push(reason('samNoProducts'));
  if (sam.entitlements === 0) reasons.push(reason('samNoEntitlements'));
  if (sam.genuineRate === null) reasons.push(reason('samGenuineRateUnknown'));
  else if (sam.genuineRate < 1) reasons.push(reason('samNotAllGenuine', { percent: Math.floor(sam.genuineRate * 1000) / 10 }));
  return { status: reasons.length === 0 ? 'done' : 'in-progress', reasons };
}

function gradedProtection({ mlps }: ReadinessInput): Assessed {
  if (mlps.objects === 0) return { status: 'not-started', reasons: [reason('mlpsEmpty')] };
  const reasons: Finding[] = [];
  if (mlps.graded < mlps.objects) reasons.push(reason('mlpsUngraded', { count: mlps.objects - mlps.graded, total: mlps.objects }));
  if (mlps.filed < mlps.needingFiling) reasons.push(reason('mlpsUnfiled', { count: mlps.needingFiling - mlps.filed, total: mlps.needingFiling }));
  return { status: reasons.length === 0 ? 'done' : 'in-progress', reasons };
}

type DeclarationProgress = 'ready' | 'pending' | 'none';

/** The furthest any declaration of these forms has got: one ready is enough. */
function declarationProgress(input: ReadinessInput, formIds: string[]): DeclarationProgress {
  const mine = input.declarations.filter((d) => formIds.includes(d.formId));
  if (mine.some((d) => d.status === 'ready')) return 'ready';
  return mine.length > 0 ? 'pending' : 'none';
}

function fromDeclaration(progress: Exclude<DeclarationProgress, 'none'>, form: string): Assessed {
  return progress === 'ready' ? { status: 'done', reasons: [] } : { status: 'in-progress', reasons: [reason('declarationNotReady', { form })] };
}

function voluntaryDeclaration(input: ReadinessInput, form: string): Assessed {
  const progress = declarationProgress(input, [form]);
  if (progress === 'none') return { status: 'not-applicable', reasons: [reason('voluntaryNotDeclared', { form })] };
  return fromDeclaration(progress, form);
}

function assistance(input: ReadinessInput): Assessed {
  const form = assistanceRequestForm.id;
  const progress = declarationProgress(input, [form]);
  if (progress !== 'none') return fromDeclaration(progress, form);
  const grade = input.assessment.latestFinalizedGrade;
  if (grade === null) return { status: 'not-applicable', reasons: [reason('assistanceGradeUnknown')] };
  const lagging = (opinion2009.laggingGrades as readonly string[]).includes(grade);
  return lagging
    ? { status: 'not-started', reasons: [reason('assistanceSuggested', { grade, form })] }
    : { status: 'not-applicable', reasons: [reason('assistanceNotNeeded', { grade })] };
}

/** Point 10 is met once the CIO has attended a training class, recorded on the CIO page or as an attendance record. */
function consultingAndTraining(input: ReadinessInput): Assessed {
  const attendance = declarationProgress(input, [cioTrainingAttendanceForm.id]);
  if ((input.governance.cio?.trainings.length ?? 0) > 0 || attendance === 'ready') return { status: 'done', reasons: [] };
  const anyRequest = attendance !== 'none' || declarationProgress(input, [consultingTrainingRequestForm.id]) !== 'none';
  return { status: anyRequest ? 'in-progress' : 'not-started', reasons: [reason('cioNotTrained')] };
}

function portalEvaluation(input: ReadinessInput): Assessed {
  const form = portalSelfEvaluationForm.id;
  const progress = declarationProgress(input, [form]);
  if (progress === 'none') return { status: 'not-started', reasons: [reason('declarationMissing', { form })] };
  return fromDeclaration(progress, form);
}
