/**
 * The due items of one protected object — filing, certificate, renewal, assessment, self-inspection, 保护工作方案 —
 * and their status against a given day, from the calendar in shared/catalogs/mlps/schedule.ts.
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
  type ScheduleRules,
} from '../../contract/mlps/schemas';
import { mlpsPolicy } from '../../catalogs/mlps/policy';
import { mlpsSchedule } from '../../catalogs/mlps/schedule';
import { addDays, addMonths, addWorkingDays, addYears, daysBetween, laterOf } from './dates';

export interface ScheduleOptions {
  today: IsoDate;
  rules?: ScheduleRules;
  policy?: MlpsPolicy;
}

export interface Schedule {
  /** Grading (or go-live) + the filing deadline; null below the filing level or without the basis date. */
  filingDue: IsoDate | null;
  /** Filing date + the certificate's working days; null until filed. */
  certificateDue: IsoDate | null;
  /** The validity start: the filing date, or the rules' epoch for earlier filings. */
  certificateValidFrom: IsoDate | null;
  certificateValidUntil: IsoDate | null;
  /** For levels assessed periodically: the last assessment (else the filing, else the grading) + the interval. */
  nextAssessmentDue: IsoDate | null;
  items: DueItem[];
  /** Dates the schedule needs but lacks. */
  findings: Finding[];
}

type LevelKey = '1' | '2' | '3' | '4' | '5';
const latest = (dates: readonly IsoDate[]): IsoDate | undefined => [...dates].sort().at(-1);

/**
 * The inputs are typed, and the backend validated them at its edge; only the defaults are applied here, since
 * a full parse of every date would dominate a dashboard that schedules hundreds of objects.
 */
function withDefaults(input: ScheduleInput): ParsedInput {
  return {
    ...input,
    newSystem: input.newSystem ?? false,
    assessmentsCompletedOn: input.assessmentsCompletedOn ?? [],
    selfInspectionsOn: input.selfInspectionsOn ?? [],
    protectionPlansOn: input.protectionPlansOn ?? [],
  };
}

export function computeSchedule(input: ScheduleInput, options: ScheduleOptions): Schedule {
  const data = withDefaults(input);
  const rules = options.rules ?? mlpsSchedule;
  const findings: Finding[] = [];
  const filingDue = computeFilingDue(data, rules, options.policy ?? mlpsPolicy, findings);
  const certificateDue = data.filedOn ? addWorkingDays(data.filedOn, rules.certificateWorkingDays) : null;
  const validity = data.filedOn ? computeValidity(data.filedOn, data.assessmentsCompletedOn, rules) : null;
  const nextAssessmentDue = computeNextAssessment(data, rules);
  const protectionPlan = computeProtectionPlan(data, rules);

  const status = (kind: DueKind, due: IsoDate | null | undefined, done: boolean): DueItem[] =>
    due ? [dueItem(kind, due, done, options.today, rules)] : [];
  const items = [
    ...status('filing', filingDue, data.filedOn !== undefined),
    ...status('certificate', certificateDue, data.certificateOn !== undefined),
    ...status('certificateExpiry', validity?.until, false),
    ...status('assessment', nextAssessmentDue, false),
    ...status('selfInspection', computeNextSelfInspection(data, rules), false),
    ...status('protectionPlan', protectionPlan?.due, protectionPlan?.done ?? false),
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

function computeFilingDue(data: ParsedInput, rules: ScheduleRules, policy: MlpsPolicy, findings: Finding[]): IsoDate | null {
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
  return addDays(basis, rules.filingDeadlineDays);
}

/**
 * Valid for the policy's years from the filing (or the epoch, for earlier filings); each assessment completed
 * while the certificate is still valid extends it. An assessment after expiry does not revive it.
 */
function computeValidity(filedOn: IsoDate, assessments: readonly IsoDate[], rules: ScheduleRules): { from: IsoDate; until: IsoDate } {
  const from = laterOf(filedOn, rules.certificateValidityEpoch);
  let until = addYears(from, rules.certificateValidityYears);
  for (const completed of [...assessments].sort()) {
    if (completed >= from && completed <= until) until = addYears(until, rules.extensionYearsPerAssessment);
  }
  return { from, until };
}

/** A recurring duty: the last time it was done (else the filing, else the grading) + the level's interval. */
function nextRecurring(intervals: ScheduleRules['assessmentIntervalMonths'], data: ParsedInput, done: readonly IsoDate[]): IsoDate | null {
  const interval = intervals[String(data.level) as LevelKey];
  if (interval === undefined) return null;
  const basis = latest(done) ?? data.filedOn ?? data.gradedOn;
  return basis === undefined ? null : addMonths(basis, interval);
}

function computeNextAssessment(data: ParsedInput, rules: ScheduleRules): IsoDate | null {
  return nextRecurring(rules.assessmentIntervalMonths, data, data.assessmentsCompletedOn);
}

/** 自查: level 3 yearly, level 4 half-yearly. */
function computeNextSelfInspection(data: ParsedInput, rules: ScheduleRules): IsoDate | null {
  return nextRecurring(rules.selfInspectionIntervalMonths, data, data.selfInspectionsOn);
}

/**
 * The 保护工作方案 builds on the major hidden risks the latest assessment found: due a set time after it, done by a
 * plan recorded on or after that assessment. Before the first assessment there is nothing to build on.
 */
function computeProtectionPlan(data: ParsedInput, rules: ScheduleRules): { due: IsoDate; done: boolean } | null {
  if (data.level < rules.protectionPlan.fromLevel) return null;
  const assessed = latest(data.assessmentsCompletedOn);
  if (assessed === undefined) return null;
  return { due: addDays(assessed, rules.protectionPlan.dueDaysAfterAssessment), done: data.protectionPlansOn.some((on) => on >= assessed) };
}

/**
 * How many days ahead an item counts as upcoming: the renewal from the start of its window (the months before
 * expiry in which it is applied for), everything else the rules' general notice.
 */
export function upcomingWindowDays(kind: DueKind, due: IsoDate, rules: ScheduleRules = mlpsSchedule): number {
  return kind === 'certificateExpiry' ? daysBetween(addMonths(due, -rules.renewalWindowMonths), due) : rules.upcomingWithinDays;
}

/** The register fields (of those the rules count as material) whose values differ between two versions. */
export function materialChangeOf<T extends object>(before: T, after: T, rules: ScheduleRules = mlpsSchedule): string[] {
  const value = (record: T, field: string) => JSON.stringify((record as Record<string, unknown>)[field] ?? null);
  return rules.materialChangeFields.filter((field) => value(before, field) !== value(after, field));
}

/** A due date's status on a given day: the one rule the object page and the dashboard share. */
export function dueItem(kind: DueKind, due: IsoDate, done: boolean, today: IsoDate, rules: ScheduleRules = mlpsSchedule): DueItem {
  const daysLeft = daysBetween(today, due);
  const window = upcomingWindowDays(kind, due, rules);
  const status = done ? 'done' : daysLeft < 0 ? 'overdue' : daysLeft <= window ? 'upcoming' : 'scheduled';
  return { kind, due, status, daysLeft, ...(kind === 'certificateExpiry' ? { opensOn: addDays(due, -window) } : {}) };
}
