import { afterEach, describe, expect, it } from 'vitest';
import { portalSelfEvaluationForm, sharedSoftwareForm } from '../../../shared/catalogs/declarations';
import { fullCio, fullDepartment, fullPerformance } from '../../../shared/domain/governance/fixtures.test-support';
import { expectOk, tempBackend } from '../../../test/support/workspace';
import { highRiskScenario } from '../../../test/fixtures/readiness-scenario';

const now = () => new Date(2010, 5, 15, 10, 0, 0);

const sharedSoftwareValues = {
  enterpriseName: '中国示例能源集团有限公司',
  contactName: '李晓华',
  contactPhone: '010-12345678',
  declaredOn: '2010-06-01',
  softwareName: '集团财务共享平台',
  softwareVersion: '',
  copyrightNumber: '2009SR012345',
  registeredOn: null,
  functions: '资金集中管理',
  environment: '',
  deployments: null,
  paidUseTerms: '按年授权',
  supportOffered: '',
};

describe('readiness through the backend', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('an empty workspace: twelve points, reasons as sentences with the page that fixes them, counts by status', async () => {
    backend = tempBackend({ now });
    const overview = expectOk(await backend.call('readiness.get', {}));
    expect(overview.asOf).toBe('2010-06-15');
    expect(overview.points.map((p) => p.point)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const point2 = overview.points[1]!;
    expect(point2).toMatchObject({
      title: '建立首席信息官（CIO）制度，设立信息化专职管理部门',
      status: 'not-started',
      statusLabel: '未开始',
      page: '/governance/cio',
    });
    // The CIO is optional (可建立): not appointed is not a gap; the department is.
    expect(point2.requirements.map((r) => [r.id, r.status])).toEqual([
      ['it-department', 'missing'],
      ['cio', 'optional'],
    ]);
    expect(point2.reasons.map((r) => [r.message, r.page])).toEqual([
      ['尚未登记信息化专职管理部门', '/governance/department'],
      ['2009年底前设立信息化专职管理部门：期限 2009-12-31 已过，尚未完成', '/governance/department'],
    ]);
    expect(overview.points[7]).toMatchObject({
      status: 'optional',
      statusLabel: '自愿参与',
      reasons: [{ message: '自愿申报事项，尚未填写“自主知识产权应用软件备案表”', page: '/declarations' }],
    });
    expect(overview.points.slice(9, 11).map((p) => [p.status, p.reasons.map((r) => r.code)])).toEqual([
      ['optional', ['governance.readiness.sasacLedTraining']],
      ['optional', ['governance.readiness.sasacLedPortal']],
    ]);
    expect(overview.counts).toEqual({ done: 0, 'in-progress': 0, 'not-started': 5, optional: 6, 'not-applicable': 1 });
  });

  it('follows the governance records and the declarations as they are filled in', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('governance.saveCio', fullCio()));
    expect(expectOk(await backend.call('readiness.get', {})).points[1]?.status).toBe('in-progress');
    expectOk(await backend.call('governance.saveDepartment', fullDepartment()));
    expectOk(await backend.call('governance.savePerformance', fullPerformance()));
    const governed = expectOk(await backend.call('readiness.get', {}));
    expect(governed.points.slice(1, 3).map((p) => [p.status, p.reasons])).toEqual([
      ['done', []],
      ['done', []],
    ]);

    const { id } = expectOk(await backend.call('declarations.create', { formId: sharedSoftwareForm.id }));
    expect(expectOk(await backend.call('readiness.get', {})).points[7]?.status).toBe('in-progress');
    expectOk(await backend.call('declarations.save', { id, values: sharedSoftwareValues }));
    expectOk(await backend.call('declarations.act', { id, action: 'complete' }));
    expectOk(await backend.call('declarations.act', { id, action: 'markReady' }));
    const declared = expectOk(await backend.call('readiness.get', {}));
    expect(declared.points[7]).toMatchObject({ status: 'done', reasons: [] });
    expect(declared.counts).toEqual({ done: 3, 'in-progress': 0, 'not-started': 3, optional: 5, 'not-applicable': 1 });
  });

  it('speaks English when asked, with the catalog’s wording for the form a reason names', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('declarations.create', { formId: portalSelfEvaluationForm.id }));
    const overview = expectOk(await backend.call('readiness.get', {}, { locale: 'en-US' }));
    expect(overview.points[10]).toMatchObject({ status: 'in-progress', statusLabel: 'In progress' });
    expect(overview.points[10]?.reasons[0]?.message).toMatch(/^".+" is not marked ready yet$/);
    expect(overview.points[10]?.reasons[0]?.message).not.toContain(portalSelfEvaluationForm.id);
  });
});

describe('point 5 read clause by clause', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('two filed level-3 systems with open high risks, no emergency plan, no drill, no assessment: in progress, with those named and linked', async () => {
    backend = tempBackend({ now: () => new Date('2026-12-05T04:00:00Z') });
    expectOk(await backend.call('workspace.importData', highRiskScenario as never));
    const point5 = expectOk(await backend.call('readiness.get', {})).points[4]!;
    expect(point5).toMatchObject({ status: 'in-progress', statusLabel: '进行中' });
    expect(
      point5.requirements
        .filter((r) => r.status === 'missing')
        .map((r) => [r.title, r.reasons.map((reason) => [reason.message, reason.page])]),
    ).toEqual([
      ['三级及以上对象按期完成等级测评', [['2 个三级及以上对象中有 2 个尚无完成的等级测评', '/mlps']]],
      [
        '安全应急处理机制（应急预案与演练）',
        [
          ['尚未登记应急预案', '/mlps-mechanisms'],
          ['近 12 个月没有应急演练记录', '/mlps-mechanisms'],
        ],
      ],
      ['重特大风险识别、防范和控制', [['有 2 项高等级重大风险尚未关闭', '/mlps-mechanisms']]],
    ]);
    expect(point5.requirements.find((r) => r.id === 'graded-filed')).toMatchObject({
      status: 'met',
      statusLabel: '已具备',
      verified: true,
    });
    expect(point5.requirements.find((r) => r.id === 'emergency')?.verified).toBe(false);

    // Recording the missing mechanisms and closing the risks completes the clauses that asked for them.
    expectOk(await backend.call('mlps.saveEmergencyPlan', { title: '信息系统突发事件应急预案' }));
    expectOk(await backend.call('mlps.saveDrill', { heldOn: '2026-11-20', scenario: 'ERP 数据库故障切换' }));
    const after = expectOk(await backend.call('readiness.get', {})).points[4]!;
    expect(after.requirements.find((r) => r.id === 'emergency')?.status).toBe('met');
    expect(after.status).toBe('in-progress');
  });
});
