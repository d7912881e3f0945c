/**
 * Point 2, the dedicated IT management department and its four implementations (机构, 职能, 人员, 责任).
 */
import type { Finding } from '../../contract/core';
import { IMPLEMENTATION_IDS, type ImplementationId, type ImplementationStatus, type ItDepartment } from '../../contract/governance/schemas';
import { isAfter } from '../forms/dates';
import type { AsOf } from './cio';

/** Bad input. Any finding here means the record is not saved. */
export function validateDepartment(department: ItDepartment, { asOf }: AsOf): Finding[] {
  const findings: Finding[] = [];
  const organization = department.implementations.organization;
  if (department.establishedOn !== null && isAfter(department.establishedOn, asOf) && organization.status === 'done') {
    findings.push({
      code: 'governance.department.establishedInFuture',
      field: 'establishedOn',
      params: { date: department.establishedOn, today: asOf },
    });
  }
  if (organization.status === 'done' && department.establishedOn === null) {
    findings.push({ code: 'governance.department.establishmentDateMissing', field: 'establishedOn' });
  }
  if (organization.status === 'done' && department.name.trim() === '') {
    findings.push({ code: 'governance.department.nameMissing', field: 'name' });
  }
  if (department.staffCount < 0) {
    findings.push({ code: 'governance.department.staffCountNegative', field: 'staffCount', params: { count: department.staffCount } });
  } else if (department.roster.length > department.staffCount) {
    findings.push({
      code: 'governance.department.rosterExceedsStaffCount',
      field: 'roster',
      params: { roster: department.roster.length, count: department.staffCount },
    });
  }
  return findings;
}

export interface ImplementationSummary {
  byStatus: Record<ImplementationStatus, ImplementationId[]>;
  /** done when all four are done, not-started when none has begun, else in-progress. */
  overall: ImplementationStatus;
}

export function implementationSummary(department: ItDepartment | null): ImplementationSummary {
  const statusOf = (id: ImplementationId): ImplementationStatus => department?.implementations[id].status ?? 'not-started';
  const byStatus: Record<ImplementationStatus, ImplementationId[]> = {
    done: IMPLEMENTATION_IDS.filter((id) => statusOf(id) === 'done'),
    'in-progress': IMPLEMENTATION_IDS.filter((id) => statusOf(id) === 'in-progress'),
    'not-started': IMPLEMENTATION_IDS.filter((id) => statusOf(id) === 'not-started'),
  };
  const overall: ImplementationStatus =
    byStatus.done.length === IMPLEMENTATION_IDS.length
      ? 'done'
      : byStatus['not-started'].length === IMPLEMENTATION_IDS.length
        ? 'not-started'
        : 'in-progress';
  return { byStatus, overall };
}

/** What is still to do for the department; empty when all four implementations are done and evidenced. */
export function departmentGaps(department: ItDepartment | null): Finding[] {
  if (department === null) return [{ code: 'governance.department.notRecorded' }];
  return IMPLEMENTATION_IDS.flatMap((implementation): Finding[] => {
    const { status, evidence } = department.implementations[implementation];
    const field = `implementations.${implementation}`;
    if (status !== 'done') return [{ code: 'governance.department.implementationPending', field, params: { implementation, status } }];
    if (evidence.trim() === '') return [{ code: 'governance.department.implementationWithoutEvidence', field, params: { implementation } }];
    return [];
  });
}
