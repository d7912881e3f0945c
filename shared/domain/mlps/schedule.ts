/**
 * Filing and assessment deadlines of one protected object, and their status against a given day.
 */
import type { z } from 'zod';
import type { Finding } from '../../contract/core';
import {
  scheduleInputSchema,
  type DueItem,
  type DueKind,
  type IsoDate,
  type MlpsPolicy,
  type ScheduleInput,
} from '../../contract/mlps/schemas';
import { mlpsPolicy } from '../../catalogs/mlps/policy';
import { addDays, addMonths, addWorkingDays, addYears, daysBetween, laterOf } from './dates';

export interface ScheduleOptions {
  today: IsoDate;
  /** A due date this many days ahead or fewer is 'upcoming'. */
  upcomingWithinDays?: number;
  policy?: MlpsPolicy;
}

export interface Schedule {
  /** Grading (or go-live) + the filing deadline; null below the filing level or without the basis date. */
  filingDue: IsoDate | null;
  /** Filing date + the certificate's working days; null until filed. */
  certificateDue: IsoDate | null;
  /** The validity start: the filing date, or the policy's epoch for earlier filings. */
  certificateValidFrom: IsoDate | null;
  certificateValidUntil: IsoDate | null;
  /** For levels assessed periodically: the last assessment (else the filing, else the grading) + the interval. */
  nextAssessmentDue: IsoDate | null;
  items: DueItem[];
  /** Dates the schedule needs but lacks. */
  findings: Finding[];
}

export const DEFAULT_UPCOMING_DAYS = 30;

/**
 * The inputs are typed, and the backend validated them at its edge; only the defaults are applied here, since
 * a full parse of every date would dominate a dashboard that schedules hundreds of objects.
 */
function withDefaults(input: ScheduleInput): ParsedInput {
  return { ...input, newSystem: input.newSystem ?? false, assessmentsCompletedOn: input.assessmentsCompletedOn ?? [] };
}

export function computeSchedule(input: ScheduleInput, options: ScheduleOptions): Schedule {
  const data = withDefaults(input);
  const policy = options.policy ?? mlpsPolicy;
  const findings: Finding[] = [];
  const filingDue = computeFilingDue(data, policy, findings);
  const certificateDue = data.filedOn ? addWorkingDays(data.filedOn, policy.certificateWorkingDays) : null;
  const validity = data.filedOn ? computeValidity(data.filedOn, data.assessmentsCompletedOn, policy) : null;
  const nextAssessmentDue = computeNextAssessment(data, policy);

  const status = (kind: DueKind, due: IsoDate | null, done: boolean): DueItem[] =>
    due === null ? [] : [dueItem(kind, due, done, options.today, options.upcomingWithinDays ?? DEFAULT_UPCOMING_DAYS)];
  const items = [
    ...status('filing', filingDue, data.filedOn !== undefined),
    ...status('certificate', certificateDue, data.certificateOn !== undefined),
    ...status('certificateExpiry', validity?.until ?? null, false),
    ...status('assessment', nextAssessmentDue, false),
  ];
  return {
    filingDue,
    certificateDue,
    certificateValidFrom: validity?.from ?? null,
    certificateValidUntil: validity?.until ?? null,
    nextAssessmentDue,
    items,
    findings,
  };
}

type ParsedInput = z.output<typeof scheduleInputSchema>;

function computeFilingDue(data: ParsedInput, policy: MlpsPolicy, findings: Finding[]): IsoDate | null {
  if (data.level < policy.filingFromLevel) return null;
  const basis = data.newSystem ? data.goLiveOn : data.gradedOn;
  if (basis === undefined) {
    findings.push(
      data.newSystem
        ? { code: 'mlps.schedule.goLiveDateMissing', field: 'goLiveOn', params: { level: data.level } }
        : { code: 'mlps.schedule.gradingDateMissing', field: 'gradedOn', params: { level: data.level } },
    );
    return null;
  }
  return addDays(basis, policy.filingDeadlineDays);
}

/**
 * Valid for the policy's years from the filing (or the epoch, for earlier filings); each assessment completed
 * while the certificate is still valid extends it. An assessment after expiry does not revive it.
 */
function computeValidity(filedOn: IsoDate, assessments: readonly IsoDate[], policy: MlpsPolicy): { from: IsoDate; until: IsoDate } {
  const from = laterOf(filedOn, policy.certificateValidityEpoch);
  let until = addYears(from, policy.certificateValidityYears);
  for (const completed of [...assessments].sort()) {
    if (completed >= from && completed <= until) until = addYears(until, policy.extensionYearsPerAssessment);
  }
  return { from, until };
}

function computeNextAssessment(data: ParsedInput, policy: MlpsPolicy): IsoDate | null {
  const interval = policy.assessmentIntervalMonths[String(data.level) as '1' | '2' | '3' | '4' | '5'];
  if (interval === undefined) return null;
  const latest = [...data.assessmentsCompletedOn].sort().at(-1);
  const basis = latest ?? data.filedOn ?? data.gradedOn;
  return basis === undefined ? null : addMonths(basis, interval);
}

/** A due date's status on a given day: the one rule the object page and the dashboard share. */
export function dueItem(kind: DueKind, due: IsoDate, done: boolean, today: IsoDate, upcomingWithinDays: number = DEFAULT_UPCOMING_DAYS): DueItem {
  const daysLeft = daysBetween(today, due);
  const status = done ? 'done' : daysLeft < 0 ? 'overdue' : daysLeft <= upcomingWithinDays ? 'upcoming' : 'scheduled';
  return { kind, due, status, daysLeft };
}
