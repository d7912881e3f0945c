/**
 * The opinion's deadlines: was the thing done by its date, done late, not done and overdue, or still open.
 */
import type { Finding } from '../../contract/core';
import type { GovernanceData } from '../../contract/governance/schemas';
import { opinionDeadline, type OpinionDeadline } from '../../catalogs/governance/opinion-2009';
import { isAfter } from '../forms/dates';

export type DeadlineStatus = 'met' | 'late' | 'missed' | 'open';

export function deadlineStatus(deadline: string, completedOn: string | null, asOf: string): DeadlineStatus {
  if (completedOn !== null) return isAfter(completedOn, deadline) ? 'late' : 'met';
  return isAfter(asOf, deadline) ? 'missed' : 'open';
}

export interface DeadlineCheck {
  deadline: OpinionDeadline;
  completedOn: string | null;
  status: DeadlineStatus;
}

/** The governance deadlines (department, performance system) against the records. */
export function governanceDeadlines(data: GovernanceData, asOf: string): DeadlineCheck[] {
  const department = data.department;
  const departmentOn = department?.implementations.organization.status === 'done' ? department.establishedOn : null;
  const performanceOn = data.performance?.established ? data.performance.establishedOn : null;
  return [check(opinionDeadline('it-department'), departmentOn, asOf), check(opinionDeadline('performance-system'), performanceOn, asOf)];
}

function check(deadline: OpinionDeadline, completedOn: string | null, asOf: string): DeadlineCheck {
  return { deadline, completedOn, status: deadlineStatus(deadline.date, completedOn, asOf) };
}

/** A late or missed deadline as a finding; met and open ones say nothing. */
export function deadlineFinding({ deadline, completedOn, status }: DeadlineCheck): Finding[] {
  if (status === 'late')
    return [{ code: 'governance.deadline.late', params: { deadline: deadline.id, date: deadline.date, completedOn: completedOn ?? '' } }];
  if (status === 'missed') return [{ code: 'governance.deadline.missed', params: { deadline: deadline.id, date: deadline.date } }];
  return [];
}
