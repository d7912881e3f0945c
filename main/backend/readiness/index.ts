import type { Finding } from '../../../shared/contract/core';
import { PAGES } from '../../../shared/contract/governance/pages';
import {
  READINESS_STATUSES,
  type ReadinessOverview,
  type ReadinessReport,
  type ReadinessRequirement,
  type ReadinessStatus,
} from '../../../shared/contract/governance/readiness';
import { requirementsOf } from '../../../shared/catalogs/governance/readiness-requirements';
import { opinion2009 } from '../../../shared/catalogs/governance/opinion-2009';
import { computeReadiness, governanceFindingText } from '../../../shared/domain/governance';
import { localize } from '../../../shared/domain/forms';
import { translate, type Locale, translateCode } from '../../../shared/i18n';
import type { DomainHandlers } from '../context';
import { localIsoDate } from '../dates';
import { buildReadinessInput } from './input';

/** Where each point's data is filled in. */
const POINT_PAGES: Record<number, string> = {
  1: PAGES.plan,
  2: PAGES.cio,
  3: PAGES.performance,
  4: PAGES.sam,
  5: PAGES.mlps,
};

/** Reasons that are fixed on another page than their point's, by code prefix (first match wins). */
const REASON_PAGES: [prefix: string, page: string][] = [
  ['governance.cio.', PAGES.cio],
  ['governance.department.', PAGES.department],
  ['governance.performance.', PAGES.performance],
  ['governance.readiness.noAssessment', PAGES.assessment],
  ['governance.readiness.assistanceGradeUnknown', PAGES.assessment],
  ['governance.readiness.cioNotTrained', PAGES.cio],
  ['governance.readiness.risksNotIdentified', PAGES.mlpsMechanisms],
  ['governance.readiness.openMajorRisks', PAGES.mlpsMechanisms],
  ['governance.readiness.openHighRiskItems', PAGES.mlpsRemediation],
  ['governance.readiness.openMajorHiddenRisks', PAGES.mlps],
  ['governance.readiness.emergencyPlanMissing', PAGES.mlpsMechanisms],
  ['governance.readiness.drillMissing', PAGES.mlpsMechanisms],
  ['governance.readiness.infoProtectionMissing', PAGES.mlpsMechanisms],
  ['governance.readiness.securityLeaderMissing', PAGES.mlpsMechanisms],
  ['governance.readiness.adminPostsMissing', PAGES.mlpsMechanisms],
];

/** The deadline findings name their deadline: the department's or the performance system's. */
const DEADLINE_PAGES: Record<string, string> = {
  'it-department': PAGES.department,
  'performance-system': PAGES.performance,
  'climbing-plan-filing': PAGES.plan,
};

function pointPage(point: number): string {
  return POINT_PAGES[point] ?? PAGES.declarations;
}

function reasonPage(point: number, finding: Finding): string {
  if (finding.code.startsWith('governance.deadline.')) return DEADLINE_PAGES[String(finding.params?.deadline)] ?? pointPage(point);
  return REASON_PAGES.find(([prefix]) => finding.code.startsWith(prefix))?.[1] ?? pointPage(point);
}

/** A sub-requirement in the caller's language, with the opinion's words, its page and its reasons' pages. */
function describeRequirement(point: number, requirement: ReadinessRequirement, locale: Locale) {
  const definition = requirementsOf(point).find((entry) => entry.id === requirement.id);
  const page = definition ? PAGES[definition.page] : pointPage(point);
  return {
    ...requirement,
    title: translateCode(locale, `governance.readiness.req.${requirement.id}`),
    statusLabel: translate(locale, `governance.readiness.requirement.${requirement.status}`),
    basis: definition?.basis ?? '',
    verified: definition?.verified ?? false,
    page,
    reasons: requirement.reasons.map((finding) => ({
      ...finding,
      message: governanceFindingText(finding, locale),
      page: REASON_PAGES.find(([prefix]) => finding.code.startsWith(prefix))?.[1] ?? page,
    })),
  };
}

/** The report in the caller's language: titles, status labels and reasons as sentences, each with its page. */
export function describeReadiness(report: ReadinessReport, locale: Locale): ReadinessOverview {
  const counts = Object.fromEntries(READINESS_STATUSES.map((s) => [s, 0])) as Record<ReadinessStatus, number>;
  const points = report.points.map((point) => {
    counts[point.status] += 1;
    const title = opinion2009.points.find((p) => p.number === point.point)!.title;
    return {
      ...point,
      title: localize(title, locale),
      statusLabel: translate(locale, `governance.readiness.status.${point.status}`),
      page: pointPage(point.point),
      reasons: point.reasons.map((finding) => ({
        ...finding,
        message: governanceFindingText(finding, locale),
        page: reasonPage(point.point, finding),
      })),
      requirements: point.requirements.map((requirement) => describeRequirement(point.point, requirement, locale)),
    };
  });
  return { ...report, points, counts };
}

export const readinessHandlers: DomainHandlers<'readiness'> = {
  'readiness.get': (_input, { db, now, locale }) => {
    const asOf = localIsoDate(now());
    return describeReadiness(computeReadiness(buildReadinessInput(db, asOf)), locale);
  },
};
