import { afterEach, describe, expect, it } from 'vitest';
import { fullCio, fullDepartment, fullPerformance } from '../../../shared/domain/governance/fixtures.test-support';
import { expectOk, tempBackend } from '../../../test/support/workspace';

/** The clock of these tests: mid-2010, after the opinion's 2009 deadlines. */
const now = () => new Date(2010, 5, 15, 10, 0, 0);

describe('governance through the backend', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('starts with nothing recorded and names what is missing, without blocking anything', async () => {
    backend = tempBackend({ now });
    const view = expectOk(await backend.call('governance.get', {}));
    expect(view.data).toEqual({ cio: null, department: null, performance: null });
    expect(view.gaps.cio.map((g) => g.code)).toEqual(['governance.cio.notAppointed']);
    expect(view.gaps.department.map((g) => g.code)).toEqual(['governance.department.notRecorded']);
    expect(view.coverage.missingAreas).toEqual(['construction', 'application', 'maintenance', 'upgrade', 'optimization']);
    expect(view.deadlines.map((d) => [d.id, d.status])).toEqual([
      ['it-department', 'missed'],
      ['performance-system', 'missed'],
    ]);
  });

  it('saves the CIO, the department and the performance system, and reads them back after reopening', async () => {
    backend = tempBackend({ now });
    expectOk(
      await backend.call('governance.saveCio', {
        ...fullCio(),
        trainings: [{ title: 'CIO 培训班', organizer: '国资委', attendedOn: '2010-03-02', hours: 24 }],
      }),
    );
    expectOk(await backend.call('governance.saveDepartment', fullDepartment()));
    const view = expectOk(await backend.call('governance.savePerformance', fullPerformance()));
    expect(view.gaps).toEqual({ cio: [], department: [], performance: [] });
    expect(view.deadlines.map((d) => d.status)).toEqual(['met', 'met']);

    backend.close();
    backend = tempBackend({ dataDir: backend.dataDir, now });
    const reopened = expectOk(await backend.call('governance.get', {}));
    expect(reopened.data.cio?.trainings[0]).toEqual({ title: 'CIO 培训班', organizer: '国资委', attendedOn: '2010-03-02', hours: 24 });
    expect(reopened.data.department).toEqual(fullDepartment());
    expect(reopened.data.performance).toEqual(fullPerformance());
  });

  it('refuses a future establishment date on a department marked done, at that field, and keeps what was saved', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('governance.saveDepartment', fullDepartment()));
    const result = await backend.call('governance.saveDepartment', { ...fullDepartment(), name: '新名称', establishedOn: '2010-07-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('governance.record.invalid');
    expect(result.error.details?.field).toBe('establishedOn');
    expect(result.error.details?.issues?.[0]).toMatchObject({ code: 'governance.department.establishedInFuture', field: 'establishedOn' });
    expect(result.error.details?.issues?.[0]?.message).toBe('机构已标记为落实，但成立日期 2010-07-01 晚于今天（2010-06-15）');
    expect(expectOk(await backend.call('governance.get', {})).data.department?.name).toBe('信息化管理部');
  });

  it('accepts a future establishment date while the organisation is not yet done (a planned department)', async () => {
    backend = tempBackend({ now });
    const planned = {
      ...fullDepartment(),
      establishedOn: '2010-09-01',
      implementations: { ...fullDepartment().implementations, organization: { status: 'in-progress' as const, evidence: '' } },
    };
    const view = expectOk(await backend.call('governance.saveDepartment', planned));
    expect(view.gaps.department).toEqual([
      {
        code: 'governance.department.implementationPending',
        field: 'implementations.organization',
        params: { implementation: 'organization', status: 'in-progress' },
      },
    ]);
  });

  it('refuses a negative staff count in the user’s language and saves nothing', async () => {
    backend = tempBackend({ now });
    const zh = await backend.call('governance.saveDepartment', { ...fullDepartment(), staffCount: -2, roster: [] });
    expect(!zh.ok && zh.error.details?.issues).toEqual([
      { code: 'governance.department.staffCountNegative', field: 'staffCount', message: '人员数不能小于零（现为 -2）' },
    ]);
    const en = await backend.call('governance.saveDepartment', { ...fullDepartment(), staffCount: -2, roster: [] }, { locale: 'en-US' });
    expect(!en.ok && en.error.details?.issues?.[0]?.message).toBe('The staff count cannot be below zero (it is -2)');
    expect(expectOk(await backend.call('governance.get', {})).data.department).toBeNull();
  });

  it('refuses a CIO appointed in the future and a training after today, naming both fields', async () => {
    backend = tempBackend({ now });
    const result = await backend.call('governance.saveCio', {
      ...fullCio(),
      appointedOn: '2011-01-01',
      trainings: [{ title: 'x', organizer: '', attendedOn: '2010-12-01', hours: null }],
    });
    expect(!result.ok && result.error.details?.issues?.map((i) => i.field)).toEqual(['appointedOn', 'trainings[0].attendedOn']);
    expect(expectOk(await backend.call('governance.get', {})).data.cio).toBeNull();
  });

  it('names the responsibility areas and levels no KPI covers, and refuses a period entered twice', async () => {
    backend = tempBackend({ now });
    const partial = { ...fullPerformance(), kpis: [fullPerformance().kpis[0]!] };
    const view = expectOk(await backend.call('governance.savePerformance', partial));
    expect(view.coverage).toEqual({
      coveredAreas: ['construction', 'application'],
      missingAreas: ['maintenance', 'upgrade', 'optimization'],
      coveredLevels: ['leadership'],
      missingLevels: ['unit', 'employee'],
    });
    expect(view.gaps.performance.filter((g) => g.code === 'governance.performance.areaUncovered').map((g) => g.params?.area)).toEqual([
      'maintenance',
      'upgrade',
      'optimization',
    ]);

    const kpi = fullPerformance().kpis[0]!;
    const repeated = {
      ...partial,
      kpis: [
        {
          ...kpi,
          actuals: [
            { period: '2009', value: '80 %' },
            { period: '2009', value: '85 %' },
          ],
        },
      ],
    };
    const refused = await backend.call('governance.savePerformance', repeated);
    expect(!refused.ok && refused.error.details?.issues?.[0]).toMatchObject({
      field: 'kpis[0].actuals[1].period',
      message: '指标“ERP 覆盖率”的期间 2009 填了不止一次',
    });
    expect(expectOk(await backend.call('governance.get', {})).data.performance?.kpis[0]?.actuals).toEqual(kpi.actuals);
  });

  it('travels in the data JSON, and an imported document with a bad record changes nothing', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('governance.saveCio', fullCio()));
    expectOk(await backend.call('governance.saveDepartment', fullDepartment()));
    const exported = expectOk(await backend.call('workspace.exportData', {}));
    expect(exported.governance).toEqual({ cio: fullCio(), department: fullDepartment(), performance: null });

    const other = tempBackend({ now });
    try {
      expectOk(await other.call('workspace.importData', exported));
      expect(expectOk(await other.call('governance.get', {})).data.department).toEqual(fullDepartment());
      const bad = {
        ...exported,
        governance: { ...exported.governance, department: { ...fullDepartment(), staffCount: -1, roster: [] } },
        profile: null,
      };
      const refused = await other.call('workspace.importData', bad);
      expect(!refused.ok && refused.error.details?.field).toBe('governance.department.staffCount');
      expect(expectOk(await other.call('governance.get', {})).data.department).toEqual(fullDepartment());
    } finally {
      other.dispose();
    }
  });
});
