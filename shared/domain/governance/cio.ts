/**
 * Point 2, the CIO: what is wrong with a CIO record (refused on save) and what is still missing (shown,
 * not refused).
 */
import type { Finding } from '../../contract/core';
import { CIO_DUTY_IDS, type CioDutyId, type CioRecord } from '../../contract/governance/schemas';
import { isAfter } from '../forms/dates';

export interface AsOf {
  /** Today (`YYYY-MM-DD`), passed in so the rules stay pure. */
  asOf: string;
}

/** Bad input: contradictions and impossible dates. Any finding here means the record is not saved. */
export function validateCio(cio: CioRecord, { asOf }: AsOf): Finding[] {
  const findings: Finding[] = [];
  if (cio.appointed && cio.name.trim() === '') findings.push({ code: 'governance.cio.nameMissing', field: 'name' });
  if (cio.appointed && cio.appointedOn === null) findings.push({ code: 'governance.cio.appointmentDateMissing', field: 'appointedOn' });
  if (cio.appointedOn !== null && isAfter(cio.appointedOn, asOf)) {
    findings.push({ code: 'governance.cio.appointmentInFuture', field: 'appointedOn', params: { date: cio.appointedOn, today: asOf } });
  }
  cio.trainings.forEach((training, index) => {
    if (isAfter(training.attendedOn, asOf)) {
      findings.push({
        code: 'governance.cio.trainingInFuture',
        field: `trainings[${index}].attendedOn`,
        params: { date: training.attendedOn, today: asOf },
      });
    }
  });
  return findings;
}

export interface CioDutyCoverage {
  assigned: CioDutyId[];
  missing: CioDutyId[];
  /** Assigned, but with no document or decision to show it. */
  withoutDocument: CioDutyId[];
}

export function cioDutyCoverage(cio: CioRecord | null): CioDutyCoverage {
  const isAssigned = (id: CioDutyId) => cio?.appointed === true && cio.duties[id]?.assigned === true;
  const assigned = CIO_DUTY_IDS.filter(isAssigned);
  return {
    assigned,
    missing: CIO_DUTY_IDS.filter((id) => !isAssigned(id)),
    withoutDocument: assigned.filter((id) => cio?.duties[id]?.document.trim() === ''),
  };
}

/** What is still to do for the CIO system; empty when it is fully in place. */
export function cioGaps(cio: CioRecord | null): Finding[] {
  if (!cio?.appointed) return [{ code: 'governance.cio.notAppointed' }];
  const coverage = cioDutyCoverage(cio);
  const findings: Finding[] = coverage.missing.map((duty) => ({
    code: 'governance.cio.dutyUnassigned',
    field: `duties.${duty}`,
    params: { duty },
  }));
  for (const duty of coverage.withoutDocument) {
    findings.push({ code: 'governance.cio.dutyWithoutDocument', field: `duties.${duty}`, params: { duty } });
  }
  if (!cio.rights.decision) findings.push({ code: 'governance.cio.noDecisionRight', field: 'rights.decision' });
  if (!cio.rights.approval) findings.push({ code: 'governance.cio.noApprovalRight', field: 'rights.approval' });
  if (!cio.rights.consultedOnMajorDecisions)
    findings.push({ code: 'governance.cio.notConsulted', field: 'rights.consultedOnMajorDecisions' });
  return findings;
}
