/**
 * Checks on a cycle's policy before it is stored, and the deadline warnings a plan of the cycle gets.
 * One place for both, so the CLI, the page, the home card and the report agree.
 */
import type { Finding } from '../../contract/core';
import type { PlanPolicy } from '../../contract/plan/schemas';

/**
 * What makes a policy unusable: reversed cycle dates, a filing deadline or a rule's date outside the cycle,
 * an indicator its template lacks. Empty when the policy may be loaded.
 */
export function policyFindings(policy: PlanPolicy, indicatorIds: readonly string[]): Finding[] {
  const { start, end } = policy.cycle;
  if (start > end) return [{ code: 'plan.policy.cycleReversed', field: 'cycle.end', params: { start, end } }];
  const outside = (date: string) => date < start || date > end;
  const findings: Finding[] = [];
  if (outside(policy.filingDeadline))
    findings.push({ code: 'plan.policy.filingOutsideCycle', field: 'filingDeadline', params: { date: policy.filingDeadline, start, end } });
  policy.targetRules.forEach((rule, index) => {
    if (rule.by !== undefined && outside(rule.by))
      findings.push({ code: 'plan.policy.ruleDateOutsideCycle', field: `targetRules[${index}].by`, params: { date: rule.by, start, end } });
  });
  const known = new Set(indicatorIds);
  policy.requiredIndicators.forEach((indicator, index) => {
    if (!known.has(indicator))
      findings.push({ code: 'plan.policy.unknownIndicator', field: `requiredIndicators[${index}]`, params: { indicator } });
  });
  return findings;
}

/** Warnings for a plan not yet ready for filing whose cycle's filing deadline is past. */
export function deadlineWarnings(policy: PlanPolicy, today: string, filed: boolean): Finding[] {
  if (filed || policy.filingDeadline >= today) return [];
  return [{ code: 'plan.warning.filingDeadlinePassed', field: 'cycleId', params: { date: policy.filingDeadline } }];
}

/**
 * The policy that judges a cycle's plans: its most recently loaded version (the later of equal times is the
 * later in the list), else the built-in one; undefined for a cycle nobody loaded.
 */
export function pickPolicy(
  cycleId: string,
  loaded: readonly (PlanPolicy & { loadedAt: string })[],
  builtIn: readonly PlanPolicy[],
): PlanPolicy | undefined {
  const versions = loaded.filter((policy) => policy.id === cycleId);
  const latest = versions.reduce<(PlanPolicy & { loadedAt: string }) | undefined>(
    (best, policy) => (best === undefined || policy.loadedAt >= best.loadedAt ? policy : best),
    undefined,
  );
  if (latest) {
    const { loadedAt: _loadedAt, ...policy } = latest;
    return policy;
  }
  return builtIn.find((policy) => policy.id === cycleId);
}
