import { describe, it, expect } from 'vitest';
import type { ScheduleInput } from '../../contract/mlps/schemas';
import { mlpsSchedule } from '../../catalogs/mlps/schedule';
import { addDays, addMonths, addWorkingDays, daysBetween } from './dates';
import { computeSchedule, materialChangeOf } from './schedule';

const today = '2025-03-20';

describe('filing due date', () => {
  it.each<[string, ScheduleInput, string | null]>([
    ['level 3, 30 days after grading', { level: 3, gradedOn: '2025-03-01' }, '2025-03-31'],
    ['level 2 across a month end', { level: 2, gradedOn: '2025-01-31' }, '2025-03-02'],
    ['a new system counts from going live', { level: 3, newSystem: true, gradedOn: '2025-05-01', goLiveOn: '2025-06-15' }, '2025-07-15'],
    ['level 1 does not file', { level: 1, gradedOn: '2025-03-01' }, null],
  ])('%s', (_, input, due) => {
    expect(computeSchedule(input, { today }).filingDue).toBe(due);
  });

  it.each<[ScheduleInput, string, string]>([
    [{ level: 2 }, 'mlps.schedule.gradingDateMissing', 'gradedOn'],
    [{ level: 3, newSystem: true, gradedOn: '2025-05-01' }, 'mlps.schedule.goLiveDateMissing', 'goLiveOn'],
  ])('says which date is missing: %j', (input, code, field) => {
    const schedule = computeSchedule(input, { today });
    expect(schedule.filingDue).toBeNull();
    expect(schedule.findings).toEqual([{ code, field, params: { level: input.level } }]);
  });
});

describe('certificate due within 10 working days of filing', () => {
  it.each([
    ['a Monday', '2025-03-03', '2025-03-17'],
    ['a Friday', '2025-03-07', '2025-03-21'],
    ['a Saturday', '2025-03-08', '2025-03-21'],
  ])('filed on %s (%s) → %s', (_, filedOn, due) => {
    expect(computeSchedule({ level: 2, gradedOn: '2025-02-20', filedOn }, { today }).certificateDue).toBe(due);
  });

  it('is not due before filing', () => {
    expect(computeSchedule({ level: 2, gradedOn: '2025-02-20' }, { today }).certificateDue).toBeNull();
  });
});

describe('certificate validity', () => {
  it.each<[string, string, string[], string, string]>([
    ['3 years from a 2025 filing', '2025-03-03', [], '2025-03-03', '2028-03-03'],
    ['a pre-2025 filing counts from 2025-01-01', '2023-06-01', [], '2025-01-01', '2028-01-01'],
    [
      'each assessment while valid adds a year; one before 2025 does not',
      '2023-06-01',
      ['2024-05-01', '2025-05-01', '2026-05-01'],
      '2025-01-01',
      '2030-01-01',
    ],
    [
      'extensions chain in date order whatever the input order',
      '2025-01-10',
      ['2027-12-01', '2025-12-01', '2028-12-01', '2026-12-01'],
      '2025-01-10',
      '2032-01-10',
    ],
    ['an assessment after expiry does not revive it', '2025-01-10', ['2028-06-01'], '2025-01-10', '2028-01-10'],
    ['an assessment on the day the certificate starts extends it', '2025-03-03', ['2025-03-03'], '2025-03-03', '2029-03-03'],
    ['an assessment on the expiry day still extends it', '2025-01-10', ['2028-01-10'], '2025-01-10', '2029-01-10'],
    ['a 29 February filing ends on 28 February', '2028-02-29', [], '2028-02-29', '2031-02-28'],
  ])('%s', (_, filedOn, assessmentsCompletedOn, from, until) => {
    const schedule = computeSchedule({ level: 3, gradedOn: '2023-01-01', filedOn, assessmentsCompletedOn }, { today });
    expect([schedule.certificateValidFrom, schedule.certificateValidUntil]).toEqual([from, until]);
  });
});

describe('next level assessment', () => {
  it.each<[string, ScheduleInput, string | null]>([
    [
      'level 3: a year after the latest assessment',
      { level: 3, gradedOn: '2023-01-01', filedOn: '2023-02-01', assessmentsCompletedOn: ['2025-04-10', '2024-04-01'] },
      '2026-04-10',
    ],
    ['level 3 never assessed: a year after filing', { level: 3, gradedOn: '2025-02-01', filedOn: '2025-03-03' }, '2026-03-03'],
    ['level 4 not filed: a year after grading', { level: 4, gradedOn: '2025-01-05' }, '2026-01-05'],
    ['level 5 is yearly too', { level: 5, gradedOn: '2025-01-05', assessmentsCompletedOn: ['2025-02-28'] }, '2026-02-28'],
    ['level 2 has no yearly assessment', { level: 2, gradedOn: '2025-01-05', filedOn: '2025-01-20' }, null],
    ['level 3 with neither grading nor filing date: none yet', { level: 3 }, null],
  ])('%s', (_, input, due) => {
    expect(computeSchedule(input, { today }).nextAssessmentDue).toBe(due);
  });
});

describe('status against today', () => {
  const filingDueMarch31: ScheduleInput = { level: 2, gradedOn: '2025-03-01' };
  it.each<[string, ScheduleInput, string, number | undefined, string, number]>([
    ['11 days ahead is upcoming', filingDueMarch31, '2025-03-20', undefined, 'upcoming', 11],
    ['on the due day is upcoming', filingDueMarch31, '2025-03-31', undefined, 'upcoming', 0],
    ['a day late is overdue', filingDueMarch31, '2025-04-01', undefined, 'overdue', -1],
    ['58 days ahead is scheduled', filingDueMarch31, '2025-02-01', undefined, 'scheduled', 58],
    ['11 days ahead with a 10-day window is scheduled', filingDueMarch31, '2025-03-20', 10, 'scheduled', 11],
    ['filed late is still done', { ...filingDueMarch31, filedOn: '2025-04-15' }, '2025-05-01', undefined, 'done', -31],
  ])('%s', (_, input, day, window, status, daysLeft) => {
    const rules = window === undefined ? mlpsSchedule : { ...mlpsSchedule, upcomingWithinDays: window };
    const filing = computeSchedule(input, { today: day, rules }).items.find((item) => item.kind === 'filing');
    expect(filing).toEqual({ kind: 'filing', due: '2025-03-31', status, daysLeft });
  });

  it('lists every deadline of a filed level-3 object, the expired certificate as overdue', () => {
    const schedule = computeSchedule(
      { level: 3, gradedOn: '2020-01-01', filedOn: '2020-02-01', certificateOn: '2020-02-10', assessmentsCompletedOn: ['2024-12-01'] },
      { today: '2028-03-01' },
    );
    expect(schedule.items).toEqual([
      { kind: 'filing', due: '2020-01-31', status: 'done', daysLeft: daysBetween('2028-03-01', '2020-01-31') },
      { kind: 'certificate', due: '2020-02-14', status: 'done', daysLeft: daysBetween('2028-03-01', '2020-02-14') },
      { kind: 'certificateExpiry', due: '2028-01-01', status: 'overdue', daysLeft: -60, opensOn: '2027-10-01' },
      { kind: 'assessment', due: '2025-12-01', status: 'overdue', daysLeft: daysBetween('2028-03-01', '2025-12-01') },
      { kind: 'selfInspection', due: '2021-02-01', status: 'overdue', daysLeft: daysBetween('2028-03-01', '2021-02-01') },
      { kind: 'protectionPlan', due: '2024-12-31', status: 'overdue', daysLeft: daysBetween('2028-03-01', '2024-12-31') },
    ]);
  });
});

describe('items still open', () => {
  it('keeps the certificate open until it is received', () => {
    const schedule = computeSchedule({ level: 2, gradedOn: '2025-02-20', filedOn: '2025-03-03' }, { today: '2025-03-20' });
    expect(schedule.items.find((item) => item.kind === 'certificate')).toMatchObject({ due: '2025-03-17', status: 'overdue' });
  });

  it('counts a protection plan recorded the day of the assessment it builds on as done, one from before as not', () => {
    const plan = (protectionPlansOn: string[]) =>
      computeSchedule(
        { level: 3, gradedOn: '2024-01-01', assessmentsCompletedOn: ['2025-01-10'], protectionPlansOn },
        { today },
      ).items.find((item) => item.kind === 'protectionPlan');
    expect(plan(['2025-01-10'])).toMatchObject({ status: 'done' });
    expect(plan(['2025-01-09'])).toMatchObject({ status: 'overdue' });
  });
});

describe('certificate renewal: applied for within the 3 months before expiry', () => {
  // Filed 2025-03-03, no assessment: valid until 2028-03-03; the window opens 2027-12-03.
  const filed: ScheduleInput = { level: 3, gradedOn: '2025-02-01', filedOn: '2025-03-03', certificateOn: '2025-03-10' };
  const renewal = (today: string) => computeSchedule(filed, { today }).items.find((item) => item.kind === 'certificateExpiry');

  it.each([
    ['the day before the window opens', '2027-12-02', 'scheduled'],
    ['the day the window opens (91 days ahead)', '2027-12-03', 'upcoming'],
    ['a month before expiry', '2028-02-03', 'upcoming'],
    ['the day after expiry', '2028-03-04', 'overdue'],
  ])('%s (%s) is %s', (_, today, status) => {
    expect(renewal(today)).toMatchObject({ due: '2028-03-03', status, opensOn: '2027-12-03' });
  });

  it('follows the window in the schedule data, not a constant', () => {
    const oneMonth = computeSchedule(filed, { today: '2027-12-03', rules: { ...mlpsSchedule, renewalWindowMonths: 1 } }).items.find(
      (item) => item.kind === 'certificateExpiry',
    );
    expect(oneMonth).toMatchObject({ status: 'scheduled', opensOn: '2028-02-03' });
  });
});

describe('self-inspection (自查): level 3 yearly, level 4 half-yearly', () => {
  const next = (input: ScheduleInput) => computeSchedule(input, { today }).items.find((item) => item.kind === 'selfInspection');

  it.each<[string, ScheduleInput, string | undefined]>([
    ['level 3: a year after filing', { level: 3, gradedOn: '2025-01-05', filedOn: '2025-01-20' }, '2026-01-20'],
    ['level 4: half a year after filing', { level: 4, gradedOn: '2025-01-05', filedOn: '2025-01-20' }, '2025-07-20'],
    ['level 3 not yet filed: from the grading', { level: 3, gradedOn: '2025-01-05' }, '2026-01-05'],
    [
      'level 4: half a year after the last one recorded',
      { level: 4, gradedOn: '2024-01-05', filedOn: '2024-01-20', selfInspectionsOn: ['2025-02-10', '2024-08-01'] },
      '2025-08-10',
    ],
    ['level 2 has none', { level: 2, gradedOn: '2025-01-05', filedOn: '2025-01-20' }, undefined],
  ])('%s', (_, input, due) => {
    expect(next(input)?.due).toBe(due);
  });

  it('is overdue when none was recorded in time, and recording one moves it on', () => {
    const late: ScheduleInput = { level: 3, gradedOn: '2023-01-05', filedOn: '2023-02-01' };
    expect(next(late)).toMatchObject({ due: '2024-02-01', status: 'overdue' });
    expect(next({ ...late, selfInspectionsOn: ['2025-03-01'] })).toMatchObject({ due: '2026-03-01', status: 'scheduled' });
  });
});

describe('保护工作方案 (level 3+)', () => {
  const plan = (input: ScheduleInput) => computeSchedule(input, { today }).items.find((item) => item.kind === 'protectionPlan');
  const assessed: ScheduleInput = { level: 3, gradedOn: '2024-01-05', filedOn: '2024-01-20', assessmentsCompletedOn: ['2025-03-01'] };

  it("is due the schedule data's days after the latest assessment", () => {
    expect(plan(assessed)).toMatchObject({
      due: addDays('2025-03-01', mlpsSchedule.protectionPlan.dueDaysAfterAssessment),
      status: 'upcoming',
    });
  });

  it('is done by a plan recorded on or after that assessment, not by an older one', () => {
    expect(plan({ ...assessed, protectionPlansOn: ['2025-03-05'] })?.status).toBe('done');
    expect(plan({ ...assessed, protectionPlansOn: ['2024-03-01'] })?.status).toBe('upcoming');
  });

  it('is not asked of level 2, nor before the first assessment', () => {
    expect(plan({ ...assessed, level: 2 })).toBeUndefined();
    expect(plan({ ...assessed, assessmentsCompletedOn: [] })).toBeUndefined();
  });
});

describe('material change', () => {
  it('lists the fields the schedule data counts, and no others', () => {
    const before = { serviceScope: '集团内部', keyProducts: 'A', interconnections: '' };
    expect(materialChangeOf(before, { ...before, keyProducts: 'B' })).toEqual([]);
    expect(materialChangeOf(before, { ...before, serviceScope: '社会公众', interconnections: '互联网' })).toEqual([
      'serviceScope',
      'interconnections',
    ]);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s + %i month(s) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('skips weekends only', () => {
    expect(addWorkingDays('2025-09-30', 10)).toBe('2025-10-14');
  });
});
