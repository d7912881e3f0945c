/**
 * The 2025 schedule and grading rules through the backend: self-inspection and 保护工作方案 records, the renewal
 * window on the home card, expert review again after a change, the competent department, the public platform, and
 * the seven disaster-recovery elements — each round-tripped through the data JSON.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract';
import { DR_ELEMENTS } from '../../../shared/contract/mlps/schemas';
import { expectOk, tempBackend } from '../../../test/support/workspace';

type Backend = ReturnType<typeof tempBackend>;
const level3 = { business: { object: 'society', degree: 'serious' }, service: { object: 'citizen', degree: 'serious' } } as const;
const level4 = {
  business: { object: 'society', degree: 'especially-serious' },
  service: { object: 'citizen', degree: 'general' },
} as const;

function system(overrides: Partial<MethodInput<'mlps.saveObject'>> = {}): MethodInput<'mlps.saveObject'> {
  return { name: '财务系统', number: 'FIN-1', kind: 'information-system', serviceScope: '集团内部', ...overrides };
}

async function filedLevel3(backend: Backend, overrides: Partial<MethodInput<'mlps.saveObject'>> = {}) {
  const { object } = expectOk(await backend.call('mlps.saveObject', system(overrides)));
  expectOk(
    await backend.call('mlps.saveGrading', {
      objectId: object.id,
      ...level3,
      gradedOn: '2024-01-10',
      expertReview: { date: '2024-01-20', by: '专家组' },
      hasCompetentDepartment: false,
    }),
  );
  expectOk(
    await backend.call('mlps.saveFiling', {
      objectId: object.id,
      authority: '北京市公安局',
      filedOn: '2024-02-01',
      certificateOn: '2024-02-10',
    }),
  );
  return object;
}

async function failure(result: Promise<{ ok: boolean; error?: { code: string; details?: { field?: string } } }>) {
  const settled = await result;
  if (settled.ok || !settled.error) throw new Error('expected the call to fail');
  return settled.error;
}

describe('mlps schedule and grading rules', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it('a self-inspection recorded moves the yearly item on, on the object page and the home card', async () => {
    backend = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    const object = await filedLevel3(backend);
    const before = expectOk(await backend.call('mlps.getObject', { id: object.id }));
    expect(before.schedule.items.find((item) => item.kind === 'selfInspection')).toMatchObject({ due: '2025-02-01', status: 'overdue' });
    expect(expectOk(await backend.call('mlps.dashboard', {})).overdue.map((item) => item.kind)).toEqual(['assessment', 'selfInspection']);

    const after = expectOk(
      await backend.call('mlps.saveScheduleRecord', {
        objectId: object.id,
        kind: 'selfInspection',
        doneOn: '2025-02-20',
        note: '按公通字〔2007〕43号自查',
      }),
    );
    expect(after.schedule.items.find((item) => item.kind === 'selfInspection')).toMatchObject({ due: '2026-02-20', status: 'scheduled' });
    expect(after.scheduleRecords).toMatchObject([{ kind: 'selfInspection', doneOn: '2025-02-20', note: '按公通字〔2007〕43号自查' }]);
    expect(expectOk(await backend.call('mlps.dashboard', {})).overdue.map((item) => item.kind)).toEqual(['assessment']);

    const removed = expectOk(await backend.call('mlps.removeScheduleRecord', { id: after.scheduleRecords[0]!.id }));
    expect(removed.schedule.items.find((item) => item.kind === 'selfInspection')?.status).toBe('overdue');
  });

  it('refuses a record for an unknown object, or with a bad date or kind, at its field, storing nothing', async () => {
    backend = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    const object = await filedLevel3(backend);
    expect(
      (await failure(backend.call('mlps.saveScheduleRecord', { objectId: 'nobody', kind: 'selfInspection', doneOn: '2025-02-20' }))).details
        ?.field,
    ).toBe('objectId');
    expect(
      (await failure(backend.call('mlps.saveScheduleRecord', { objectId: object.id, kind: 'selfInspection', doneOn: '2025-02-30' })))
        .details?.field,
    ).toBe('doneOn');
    expect(
      (await failure(backend.callByName('mlps.saveScheduleRecord', { objectId: object.id, kind: 'party', doneOn: '2025-02-20' }))).details
        ?.field,
    ).toBe('kind');
    expect(expectOk(await backend.call('mlps.getObject', { id: object.id })).scheduleRecords).toEqual([]);
  });

  it('the renewal shows on the home card from 3 months before expiry, not 30 days', async () => {
    // Filed 2024-02-01 (before 2025): valid from 2025-01-01 to 2028-01-01; the window opens 2027-10-01.
    backend = tempBackend({ now: () => new Date('2027-10-15T09:00:00+08:00') });
    const object = await filedLevel3(backend);
    expectOk(await backend.call('mlps.saveScheduleRecord', { objectId: object.id, kind: 'selfInspection', doneOn: '2027-09-01' }));
    const card = expectOk(await backend.call('mlps.dashboard', {}));
    expect(card.upcoming.find((item) => item.kind === 'certificateExpiry')).toMatchObject({
      due: '2028-01-01',
      daysLeft: 78,
      opensOn: '2027-10-01',
    });
  });

  it('a material change of the register, or a change of level, asks for expert review again; a new review answers it', async () => {
    backend = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    const object = await filedLevel3(backend);
    expect(expectOk(await backend.call('mlps.getObject', { id: object.id })).findings).toEqual([]);

    const renamed = expectOk(await backend.call('mlps.saveObject', { ...object, name: '财务共享系统', keyProducts: '国产数据库' }));
    expect([renamed.materialChange, renamed.findings]).toEqual([null, []]);

    const opened = expectOk(
      await backend.call('mlps.saveObject', { ...renamed.object, serviceScope: '社会公众', interconnections: '互联网' }),
    );
    expect(opened.materialChange).toEqual({ on: '2025-03-01', fields: ['serviceScope', 'interconnections'] });
    expect(opened.findings.map((finding) => finding.code)).toEqual(['mlps.grading.expertReviewBeforeChange']);

    const grading = { objectId: object.id, ...level3, gradedOn: '2024-01-10', hasCompetentDepartment: false };
    const reviewed = expectOk(await backend.call('mlps.saveGrading', { ...grading, expertReview: { date: '2025-03-01', by: '专家组' } }));
    expect(reviewed.findings).toEqual([]);

    const regraded = expectOk(
      await backend.call('mlps.saveGrading', { ...grading, ...level4, expertReview: { date: '2025-03-01', by: '专家组' } }),
    );
    expect(regraded.materialChange?.fields).toEqual(['level']);
  });

  it("asks the competent department's approval only where the unit has one, and flags a public platform below level 3", async () => {
    backend = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    const { object } = expectOk(await backend.call('mlps.saveObject', system({ name: '集团门户', number: 'WEB-1', servesPublic: true })));
    const grade = (extra: object) =>
      // Reviewed today, so the re-grading from level 2 to 3 below is covered by the review.
      backend.call('mlps.saveGrading', {
        objectId: object.id,
        ...level3,
        gradedOn: '2025-01-10',
        expertReview: { date: '2025-03-01', by: '专家组' },
        ...extra,
      });
    // Level 2 (citizen: serious on both): a public platform below 3; the department question unanswered.
    const level2 = expectOk(await grade({ business: { object: 'citizen', degree: 'serious' } }));
    expect(level2.findings.map((finding) => finding.code)).toEqual([
      'mlps.grading.publicPlatformBelowMinimum',
      'mlps.grading.competentDepartmentUnanswered',
    ]);
    expect(expectOk(await grade({ hasCompetentDepartment: true })).findings.map((finding) => finding.code)).toEqual([
      'mlps.grading.approvalMissing',
    ]);
    expect(expectOk(await grade({ hasCompetentDepartment: false })).findings).toEqual([]);
    expect(
      expectOk(await grade({ hasCompetentDepartment: true, approval: { date: '2025-01-25', by: '国资委' } })).grading
        ?.hasCompetentDepartment,
    ).toBe(true);
  });

  it('reaches a disaster-recovery level only when all seven elements meet it, and keeps everything through the data JSON', async () => {
    backend = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    const object = await filedLevel3(backend, { servesPublic: true });
    const elements = Object.fromEntries(DR_ELEMENTS.map((element) => [element, 4])) as Record<(typeof DR_ELEMENTS)[number], 4 | 3>;
    const saved = expectOk(
      await backend.call('mlps.saveRecovery', {
        objectId: object.id,
        level: 4,
        elements: { ...elements, recoveryPlan: 3 },
        targetRtoMinutes: 600,
      }),
    );
    expect(saved.achievedLevel).toBe(3);
    expect(saved.findings.map((finding) => [finding.code, finding.field])).toEqual([
      ['mlps.dr.elementBelowLevel', 'elements.recoveryPlan'],
    ]);
    const bad = await failure(backend.callByName('mlps.saveRecovery', { objectId: object.id, level: 4, elements: { dataBackup: 7 } }));
    expect(bad.details?.field).toBe('elements.dataBackup');
    expectOk(
      await backend.call('mlps.saveScheduleRecord', {
        objectId: object.id,
        kind: 'protectionPlan',
        doneOn: '2025-02-20',
        note: '2025年度',
      }),
    );
    expectOk(await backend.call('mlps.saveObject', { ...object, servesPublic: true, interconnections: '互联网' }));

    const exported = expectOk(await backend.call('workspace.exportData', {}));
    const fresh = tempBackend({ now: () => new Date('2025-03-01T09:00:00+08:00') });
    try {
      expectOk(await fresh.call('workspace.importData', exported));
      const [record] = expectOk(await fresh.call('mlps.listRecovery', {}));
      expect([record?.achievedLevel, record?.elements.recoveryPlan]).toEqual([3, 3]);
      const view = expectOk(await fresh.call('mlps.getObject', { id: object.id }));
      expect(view.scheduleRecords).toMatchObject([{ kind: 'protectionPlan', doneOn: '2025-02-20', note: '2025年度' }]);
      expect(view.object.servesPublic).toBe(true);
      expect(view.materialChange).toEqual({ on: '2025-03-01', fields: ['interconnections'] });
      expect(view.grading?.hasCompetentDepartment).toBe(false);
    } finally {
      fresh.dispose();
    }
  });
});
