/** The building blocks of a readiness point read clause by clause: a reason, and a clause met or missing. */
import type { Finding } from '../../contract/core';
import type { ReadinessRequirement } from '../../contract/governance/readiness';

/** A readiness reason: its message is `governance.readiness.<what>`. */
export const readinessReason = (what: string, params?: Finding['params']): Finding => ({
  code: `governance.readiness.${what}`,
  ...(params ? { params } : {}),
});

/** A clause of the opinion: met when nothing about it is missing. */
export function clause(id: string, reasons: Finding[]): ReadinessRequirement {
  return { id, status: reasons.length === 0 ? 'met' : 'missing', reasons };
}
