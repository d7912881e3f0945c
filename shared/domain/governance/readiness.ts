/**
 * What a CIO reviews before filing: for each of the opinion's twelve points, done / in progress / not
 * started / not applicable, with the reasons as findings. Governance gaps reuse the governance rules'
 * own codes, so a gap is described in one place whether it shows on its page or here.
 *
 * Points 6–12 are what SASAC leads or offers (demonstration projects, assistance, sharing, outsourcing,
 * consulting and CIO training, portal evaluation, commendation): the enterprise's part is optional
 * participation, shown as `optional` until it declares something, never as work undone. Point 7 is offered
 * to lagging enterprises (opinion2009.laggingGrades, our reading); to others it does not apply.
 * A point with sub-requirements (1–5) is done only when none is missing.
 */
import type { Finding } from '../../contract/core';
import type {
  ReadinessDomain,
  ReadinessInput,
  ReadinessPoint,
  ReadinessReport,
  ReadinessRequirement,
  ReadinessStatus,
} from '../../contract/governance/readiness';
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
import { clause, readinessReason as reason } from './clauses';
import { deadlineFinding, governanceDeadlines } from './deadlines';
import { departmentGaps, implementationSummary } from './department';
import { performanceGaps } from './performance';
import { nothingRecorded, securityRequirements } from './security';

interface Assessed {
  status: ReadinessStatus;
  reasons: Finding[];
  requirements?: ReadinessRequirement[];
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
      const { status, reasons, requirements = [] } = POINT_RULES[number]!(input);
      return { point: number, status, domains: POINT_DOMAINS[number] ?? [], reasons, requirements };
    }),
  };
}

function climbingPlan({ plan, assessment }: ReadinessInput): Assessed {
  const requirements = [
    clause('evaluation-result', assessment.latestFinalizedGrade === null ? [reason('noAssessment')] : []),
    clause('climbing-plan', !plan.exists ? [reason('planMissing')] : !plan.ready ? [reason('planNotReady')] : []),
  ];
  const reasons = requirements.flatMap((r) => r.reasons);
  return { status: reasons.length === 0 ? 'done' : plan.exists ? 'in-progress' : 'not-started', reasons, requirements };
}

/**
 * Point 2: the IT department is a duty (应建立, by the end of 2009); the CIO is not (可建立), and may be the IT
 * head serving concurrently. A CIO once appointed, full-time or concurrently, is held to the duties and rights
 * the opinion gives the post.
 */
function cioAndDepartment({ governance, asOf }: ReadinessInput): Assessed {
  const departmentGapsFound = departmentGaps(governance.department);
  const deadline = governanceDeadlines(governance, asOf)
    .filter((d) => d.deadline.id === 'it-department')
    .flatMap(deadlineFinding);
  const appointed = governance.cio?.appointed === true;
  const cioGapsFound = appointed ? cioGaps(governance.cio) : [];
  const requirements: ReadinessRequirement[] = [
    { id: 'it-department', status: departmentGapsFound.length === 0 ? 'met' : 'missing', reasons: departmentGapsFound },
    { id: 'cio', status: !appointed ? 'optional' : cioGapsFound.length === 0 ? 'met' : 'missing', reasons: cioGapsFound },
  ];
  const missing = requirements.filter((r) => r.status === 'missing');
  const nothingYet = !appointed && implementationSummary(governance.department).overall === 'not-started';
  const status = missing.length === 0 ? 'done' : nothingYet ? 'not-started' : 'in-progress';
  return { status, reasons: [...missing.flatMap((r) => r.reasons), ...deadline], requirements };
}

function performanceSystem({ governance, asOf }: ReadinessInput): Assessed {
  const performance = governance.performance;
  const gaps = performanceGaps(performance);
  const deadline = governanceDeadlines(governance, asOf)
    .filter((d) => d.deadline.id === 'performance-system')
    .flatMap(deadlineFinding);
  const nothingYet = !performance?.established && (performance?.kpis.length ?? 0) === 0;
  // The system itself, and its KPIs carrying responsibility through every stage the opinion names.
  const requirements = [
    clause(
      'performance-system',
      gaps.filter((gap) => gap.code === 'governance.performance.notEstablished'),
    ),
    clause(
      'performance-coverage',
      gaps.filter((gap) => gap.code !== 'governance.performance.notEstablished'),
    ),
  ];
  return { status: gaps.length === 0 ? 'done' : nothingYet ? 'not-started' : 'in-progress', reasons: [...gaps, ...deadline], requirements };
}

function softwareAssets({ sam }: ReadinessInput): Assessed {
  const nothingYet = sam.products === 0 && sam.entitlements === 0;
  const lawful: Finding[] = [];
  if (sam.entitlements === 0) lawful.push(reason('samNoEntitlements'));
  if (sam.genuineRate === null) lawful.push(reason('samGenuineRateUnknown'));
  else if (sam.genuineRate < 1) lawful.push(reason('samNotAllGenuine', { percent: Math.floor(sam.genuineRate * 1000) / 10 }));
  const requirements = [
    clause('software-registered', sam.products === 0 ? [reason(nothingYet ? 'samEmpty' : 'samNoProducts')] : []),
    clause('software-genuine', nothingYet ? [] : lawful),
  ];
  const reasons = requirements.flatMap((r) => r.reasons);
  return { status: nothingYet ? 'not-started' : reasons.length === 0 ? 'done' : 'in-progress', reasons, requirements };
}

/** Point 5: done only when every clause the opinion names has its records (./security.ts). */
function gradedProtection({ mlps }: ReadinessInput): Assessed {
  const requirements = securityRequirements(mlps);
  const reasons = requirements.flatMap((r) => r.reasons);
  const status = reasons.length === 0 ? 'done' : nothingRecorded(mlps) ? 'not-started' : 'in-progress';
  return { status, reasons, requirements };
}

type DeclarationProgress = 'ready' | 'pending' | 'none';

/** The furthest any declaration of these forms has got: one ready is enough. */
function declarationProgress(input: ReadinessInput, formIds: string[]): DeclarationProgress {
  const mine = input.declarations.filter((d) => formIds.includes(d.formId));
  if (mine.some((d) => d.status === 'ready')) return 'ready';
  return mine.length > 0 ? 'pending' : 'none';
}

function fromDeclaration(progress: Exclude<DeclarationProgress, 'none'>, form: string): Assessed {
  return progress === 'ready'
    ? { status: 'done', reasons: [] }
    : { status: 'in-progress', reasons: [reason('declarationNotReady', { form })] };
}

function voluntaryDeclaration(input: ReadinessInput, form: string): Assessed {
  const progress = declarationProgress(input, [form]);
  if (progress === 'none') return { status: 'optional', reasons: [reason('voluntaryNotDeclared', { form })] };
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
    ? { status: 'optional', reasons: [reason('assistanceSuggested', { grade, form })] }
    : { status: 'not-applicable', reasons: [reason('assistanceNotNeeded', { grade })] };
}

/**
 * Point 10 is SASAC's undertaking ("国资委将应企业要求，组织专家……定期举办……培训班"): taking part is optional.
 * Done once the CIO attended a class (CIO page or attendance record); in progress while a request is pending.
 */
function consultingAndTraining(input: ReadinessInput): Assessed {
  const attendance = declarationProgress(input, [cioTrainingAttendanceForm.id]);
  if ((input.governance.cio?.trainings.length ?? 0) > 0 || attendance === 'ready') return { status: 'done', reasons: [] };
  const anyRequest = attendance !== 'none' || declarationProgress(input, [consultingTrainingRequestForm.id]) !== 'none';
  return anyRequest
    ? { status: 'in-progress', reasons: [reason('cioNotTrained')] }
    : { status: 'optional', reasons: [reason('sasacLedTraining')] };
}

/** Point 11: SASAC evaluates portals ("国资委将制定……办法，对各企业门户网站开展绩效评估"); a self-evaluation is optional. */
function portalEvaluation(input: ReadinessInput): Assessed {
  const form = portalSelfEvaluationForm.id;
  const progress = declarationProgress(input, [form]);
  if (progress === 'none') return { status: 'optional', reasons: [reason('sasacLedPortal', { form })] };
  return fromDeclaration(progress, form);
}
