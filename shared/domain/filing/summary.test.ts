import { describe, expect, it } from 'vitest';
import {
  EMPTY_ESTATE,
  FULL_ANSWERS,
  MIXED_ESTATE,
  WEAK_ANSWERS,
  filingData,
  finalizedAssessment,
  type FilingDataOptions,
} from '../../../test/fixtures/filing-data';
import type { FilingSummary, ReceivedFiling } from '../../contract/filing/receiver';
import { compareSummaries, consolidate } from './consolidate';
import { signedChange } from './signed-change';
import { catalogsUsed, currentAssessmentScore, summarizeFiling } from './summary';

const base: FilingDataOptions = {
  name: '甲公司',
  uscc: '91110000100000000R',
  year: 2025,
  answers: FULL_ANSWERS,
  targetGrade: 'A',
  ...MIXED_ESTATE,
};

describe('summarizeFiling', () => {
  it('reads the real sections with the domains’ rules: grade, plan progress, objects per level, gaps, licences', () => {
    const summary = summarizeFiling(filingData(base), '2025-06-30');
    expect(summary.sections).toEqual([
      'profile',
      'attachments',
      'governance',
      'declarations',
      'assessmentTemplates',
      'assessments',
      'planPolicies',
      'plans',
      'mlps',
      'sam',
    ]);
    expect(summary.assessment).toEqual({
      year: 2025,
      revision: 1,
      total: expect.any(Number),
      grade: 'A',
      finalizedAt: '2025-05-01T00:00:00.000Z',
      templateId: 'small',
      templateVersion: '1',
    });
    // Cancelled milestones do not count; the two open ones due 2025-03-31 are overdue by June.
    expect(summary.plan).toEqual({
      year: 2025,
      status: 'ready',
      targetGrade: 'A',
      targetDate: '2026-12-31',
      milestones: 3,
      done: 1,
      overdue: 2,
      percentComplete: 50,
    });
    expect(summary.protectedObjects).toEqual({
      total: 4,
      ungraded: 1,
      levels: [
        // Level 1 need not file (the policy files from level 2).
        { level: 1, objects: 1, filed: 0, notFiled: 0 },
        { level: 2, objects: 1, filed: 0, notFiled: 1 },
        { level: 3, objects: 1, filed: 1, notFiled: 0 },
        { level: 4, objects: 0, filed: 0, notFiled: 0 },
        { level: 5, objects: 0, filed: 0, notFiled: 0 },
      ],
    });
    // Three items each: both verdicts are provisional, and say so.
    expect(summary.gap).toEqual({
      assessed: 2,
      compliant: 1,
      basicallyCompliant: 0,
      noncompliant: 1,
      highRisks: 3,
      provisional: 2,
      majorHiddenRisks: 0,
      majorHiddenRisksRemediated: 0,
    });
    expect(summary.licences).toEqual({ installations: 12, covered: 10, genuineRate: 10 / 12, shortfallUnits: 2, shortfallRows: 1 });
  });

  it('reads the conclusion with the object’s major hidden risks and counts them "N (M remediated)"', () => {
    const data = filingData(base);
    const compliant = data.mlps.assessments.find((assessment) => assessment.items.every((item) => item.status === 'compliant'))!;
    const risk = (id: string, remediated: boolean) => ({
      id,
      objectId: compliant.objectId,
      title: id,
      itemIds: [compliant.items[0]!.itemId],
      principles: ['severity'],
      remediated,
      note: '',
    });
    (data.mlps as Record<string, unknown>).majorHiddenRisks = [risk('open', false), risk('fixed', true)];
    expect(summarizeFiling(data, '2025-06-30').gap).toMatchObject({
      compliant: 0,
      basicallyCompliant: 1,
      majorHiddenRisks: 2,
      majorHiddenRisksRemediated: 1,
    });
  });

  it('takes the object’s level from its grading judgements, as the grading matrix gives it', () => {
    const data = filingData({ ...base, objects: [{ level: 2, filed: false }] });
    // Business information: society harmed, serious → 3; the object's level is the higher of the two.
    data.mlps.objects[0]!.grading = {
      business: { object: 'society', degree: 'serious' },
      service: { object: 'citizen', degree: 'general' },
      gradedOn: '2025-01-10',
    };
    expect(summarizeFiling(data, '2025-06-30').protectedObjects?.levels[2]).toEqual({ level: 3, objects: 1, filed: 0, notFiled: 1 });
  });

  it('counts nothing overdue before the due date, and reports a draft plan as draft', () => {
    expect(summarizeFiling(filingData(base), '2025-03-31').plan?.overdue).toBe(0);
    expect(summarizeFiling(filingData({ ...base, planStatus: 'draft' }), '2025-06-30').plan?.status).toBe('draft');
  });

  it('reads the latest plan when several years are filed', () => {
    const older = filingData({ ...base, year: 2024, targetGrade: 'C', milestones: ['done'] });
    const newer = filingData(base);
    const data = { ...newer, plans: [newer.plans[0]!, older.plans[0]!] };
    expect(summarizeFiling(data, '2025-06-30').plan).toMatchObject({ year: 2025, targetGrade: 'A' });
  });

  it('reports as "not reported" (null) a section the filing left out, and one with no records', () => {
    const omitted = summarizeFiling({ formatVersion: 1, profile: null, attachments: [] }, '2025-06-30');
    expect(omitted).toEqual({
      sections: ['profile', 'attachments'],
      assessment: null,
      plan: null,
      protectedObjects: null,
      gap: null,
      licences: null,
    });
    const empty = summarizeFiling(filingData({ ...base, answers: null, ...EMPTY_ESTATE }), '2025-06-30');
    expect(empty).toMatchObject({ assessment: null, plan: null, protectedObjects: null, gap: null, licences: null });
    // Objects graded but none assessed: the register is reported, the gap results are not.
    expect(summarizeFiling(filingData({ ...base, objects: [{ level: 3, filed: true }] }), '2025-06-30').gap).toBeNull();
  });

  it('licences bought but nothing installed is a reported estate with no genuine rate, not "not reported"', () => {
    expect(summarizeFiling(filingData({ ...base, installs: 0, seatsBought: 5 }), '2025-06-30').licences).toEqual({
      installations: 0,
      covered: 0,
      genuineRate: null,
      shortfallUnits: 0,
      shortfallRows: 0,
    });
  });

  it('reports nothing but the sections of data the workspace schema refuses, without throwing', () => {
    const odd = summarizeFiling({ formatVersion: 1, assessments: [{ year: 'x' }], mlps: { objects: 'x' } }, '2025-06-30');
    expect(odd).toEqual({
      sections: ['assessments', 'mlps'],
      assessment: null,
      plan: null,
      protectedObjects: null,
      gap: null,
      licences: null,
    });
  });

  it('stands on the latest finalized revision no finalized revision replaced; a draft replaces nothing', () => {
    const data = filingData(base);
    const first = finalizedAssessment('a1', 2025, 1, FULL_ANSWERS);
    const second = finalizedAssessment('a2', 2025, 2, WEAK_ANSWERS, 'a1');
    const draft = { ...finalizedAssessment('a3', 2025, 3, FULL_ANSWERS, 'a2'), status: 'draft' as const, finalization: null };
    const withRevision = { ...data, assessments: [first, { ...second }, draft] };
    expect(summarizeFiling(withRevision, '2025-06-30').assessment).toMatchObject({ revision: 2, grade: 'D' });
    expect(currentAssessmentScore(withRevision)?.grade).toBe('D');
    expect(summarizeFiling({ ...data, assessments: [draft] }, '2025-06-30').assessment).toBeNull();
    const lastYear = finalizedAssessment('a0', 2024, 1, WEAK_ANSWERS);
    expect(summarizeFiling({ ...data, assessments: [first, lastYear] }, '2025-06-30').assessment).toMatchObject({ year: 2025, grade: 'A' });
  });

  it('names the templates and catalogs the data used', () => {
    expect(catalogsUsed(filingData(base))).toEqual([
      { id: 'denggao-data', version: '1' },
      { id: 'small', version: '1' },
    ]);
  });

  it('lists each pair once, within the walk’s depth and length limits, from untrusted data', () => {
    // The data comes from another enterprise's package: how deep the walk goes and how long a name may be are bounded.
    const nestedIn = (levels: number, leaf: object): object => (levels === 0 ? leaf : { child: nestedIn(levels - 1, leaf) });
    const data = {
      formatVersion: 2,
      assessments: [
        { templateId: 'a'.repeat(300), templateVersion: 7 },
        { templateId: 'a'.repeat(300), templateVersion: 8 },
        { templateId: '', templateVersion: '1' },
        { catalogId: 'no-version' },
        nestedIn(7, { catalogId: 'at-depth-8', catalogVersion: '1' }),
        nestedIn(8, { catalogId: 'at-depth-9', catalogVersion: '1' }),
        [[{ catalogId: 'in-nested-arrays', catalogVersion: 'v', note: 'x'.repeat(10) }]],
      ],
    };
    expect(catalogsUsed(data)).toEqual([
      { id: 'denggao-data', version: '2' },
      { id: 'a'.repeat(200), version: '7' },
      { id: 'at-depth-8', version: '1' },
      { id: 'in-nested-arrays', version: 'v' },
    ]);
  });
});

const filing = (uscc: string, name: string, period: string): ReceivedFiling => ({
  id: uscc + period,
  packageId: `${uscc}-${period}`,
  enterprise: { name, uscc },
  period,
  createdAt: `${period}-06-30T00:00:00Z`,
  importedAt: '2025-07-01T00:00:00Z',
  importedBy: '收件人',
  signerFingerprint: 'f'.repeat(64),
  signerSubject: `CN=${name}`,
  fileCount: 3,
  totalBytes: 100,
  current: true,
  status: 'received',
  amends: null,
  accessionNumber: null,
  parentId: null,
  children: 0,
});

describe('consolidate', () => {
  const bare: FilingSummary = { sections: ['profile'], assessment: null, plan: null, protectedObjects: null, gap: null, licences: null };

  it('adds up enterprises by grade and target, plans, protected objects, gaps and licences', () => {
    // Summarized inside the test, where a mutation run's change is active (not while the file is collected).
    const strong = summarizeFiling(filingData(base), '2025-06-30');
    const weak = summarizeFiling(
      filingData({ ...base, answers: WEAK_ANSWERS, targetGrade: 'C', objects: [{ level: 2, filed: true }], installs: 5, seatsBought: 10 }),
      '2025-06-30',
    );
    const view = consolidate(
      [
        { filing: filing('91110000100000000R', '甲公司', '2025'), summary: strong },
        { filing: filing('91310000MA1FL0000N', '乙公司', '2025'), summary: weak },
        { filing: filing('91440000MA1FL0000R', '丙公司', '2025'), summary: bare },
      ],
      '2025',
      ['2025', '2024'],
    );
    expect(weak.assessment?.grade).toBe('D');
    expect(view.byGrade).toEqual([
      { grade: 'A', count: 1 },
      { grade: 'B', count: 0 },
      { grade: 'C', count: 0 },
      { grade: 'D', count: 1 },
      { grade: 'E', count: 0 },
      { grade: 'none', count: 1 },
    ]);
    expect(view.gradeTargets).toEqual([
      { grade: 'A', target: 'A', count: 1 },
      { grade: 'D', target: 'C', count: 1 },
      { grade: 'none', target: 'none', count: 1 },
    ]);
    expect(view.planProgress).toEqual({ enterprises: 2, milestones: 6, done: 2, overdue: 4, percentComplete: 50 });
    expect(view.protectedObjects.total).toBe(5);
    expect(view.protectedObjects.levels[1]).toEqual({ level: 2, objects: 2, filed: 1, notFiled: 1 });
    expect(view.gap).toEqual({
      enterprises: 1,
      assessed: 2,
      compliant: 1,
      basicallyCompliant: 0,
      noncompliant: 1,
      highRisks: 3,
      provisional: 2,
      majorHiddenRisks: 0,
      majorHiddenRisksRemediated: 0,
    });
    // Pooled: 15 of 17 installations covered, not the mean of 83 % and 100 %.
    expect(view.licences).toEqual({
      enterprises: 2,
      installations: 17,
      covered: 15,
      genuineRate: 15 / 17,
      shortfallUnits: 2,
      enterprisesWithShortfall: 1,
    });
    expect(view.enterprises.map((e) => e.filing.enterprise.name)).toEqual(
      ['丙公司', '甲公司', '乙公司'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  });

  it('adds up protected objects and licence shortfalls across enterprises; a gap summary with nothing scored is left out', () => {
    const licences = (shortfallUnits: number) => ({
      installations: 10,
      covered: 10 - shortfallUnits,
      genuineRate: null,
      shortfallUnits,
      shortfallRows: 0,
    });
    const gap = (assessed: number) => ({
      assessed,
      compliant: assessed,
      basicallyCompliant: 0,
      noncompliant: 0,
      highRisks: 1,
      provisional: 0,
      majorHiddenRisks: 0,
      majorHiddenRisksRemediated: 0,
    });
    const objects = (ungraded: number) => ({
      total: ungraded + 1,
      ungraded,
      levels: [{ level: 2 as const, objects: 1, filed: 1, notFiled: 0 }],
    });
    const short: FilingSummary = { ...bare, protectedObjects: objects(2), gap: gap(1), licences: licences(3) };
    const even: FilingSummary = { ...bare, protectedObjects: objects(1), gap: gap(0), licences: licences(0) };
    const view = consolidate(
      [
        { filing: filing('91110000100000000R', '甲公司', '2025'), summary: short },
        { filing: filing('91310000MA1FL0000N', '乙公司', '2025'), summary: even },
        { filing: filing('91440000MA1FL0000R', '丙公司', '2025'), summary: { ...bare, licences: licences(2) } },
      ],
      '2025',
      ['2025'],
    );
    expect(view.protectedObjects).toMatchObject({ total: 5, ungraded: 3 });
    expect(view.gap).toMatchObject({ enterprises: 1, assessed: 1, highRisks: 1 });
    expect(view.licences).toMatchObject({ enterprises: 3, installations: 30, covered: 25, shortfallUnits: 5, enterprisesWithShortfall: 2 });
  });

  it('is empty but well-formed with no filings', () => {
    const view = consolidate([], null, []);
    expect(view.planProgress.percentComplete).toBeNull();
    expect(view.licences.genuineRate).toBeNull();
    expect(view.byGrade.every((row) => row.count === 0)).toBe(true);
  });
});

describe('compareSummaries', () => {
  it('lists each figure before and after with its change, leaving out what neither filing has', () => {
    const before = summarizeFiling(filingData({ ...base, answers: WEAK_ANSWERS, installs: 15 }), '2024-06-30');
    const after = summarizeFiling(filingData(base), '2025-06-30');
    const changes = compareSummaries(before, after);
    const byMetric = Object.fromEntries(changes.map((change) => [change.metric, change]));
    expect(byMetric['filing.metric.assessmentGrade']).toEqual({
      metric: 'filing.metric.assessmentGrade',
      before: 'D',
      after: 'A',
      delta: null,
    });
    expect(byMetric['filing.metric.assessmentTotal']!.delta).toBeGreaterThan(0);
    expect(byMetric['filing.metric.shortfallUnits']).toEqual({ metric: 'filing.metric.shortfallUnits', before: 5, after: 2, delta: -3 });
    expect(byMetric['filing.metric.genuineRate']).toEqual({ metric: 'filing.metric.genuineRate', before: 66.7, after: 83.3, delta: 16.6 });
    const bare: FilingSummary = { sections: [], assessment: null, plan: null, protectedObjects: null, gap: null, licences: null };
    expect(compareSummaries(bare, bare)).toEqual([]);
  });

  it('keeps a figure only one of the two filings has, with no change', () => {
    const bare: FilingSummary = { sections: [], assessment: null, plan: null, protectedObjects: null, gap: null, licences: null };
    const licences = { installations: 10, covered: 8, genuineRate: 0.8, shortfallUnits: 2, shortfallRows: 1 };
    const withLicences: FilingSummary = { ...bare, licences };
    const shortfall = (changes: ReturnType<typeof compareSummaries>) =>
      changes.find((change) => change.metric === 'filing.metric.shortfallUnits');
    expect(shortfall(compareSummaries(withLicences, bare))).toEqual({
      metric: 'filing.metric.shortfallUnits',
      before: 2,
      after: null,
      delta: null,
    });
    expect(shortfall(compareSummaries(bare, withLicences))).toEqual({
      metric: 'filing.metric.shortfallUnits',
      before: null,
      after: 2,
      delta: null,
    });
  });
});

describe('signedChange', () => {
  it('prints a rise with its plus sign, a fall with its minus, and no change as 0', () => {
    expect([signedChange(3), signedChange(-1.5), signedChange(0)]).toEqual(['+3', '-1.5', '0']);
  });
});
