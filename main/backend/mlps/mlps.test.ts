import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { gbt22239Catalog } from '../../../shared/catalogs/mlps/gbt22239-2019';
import type { MethodInput } from '../../../shared/contract';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';
import { neutralizeCell } from './action-plan';

type Backend = ReturnType<typeof tempBackend>;
const NOW = new Date('2025-06-15T09:00:00+08:00');

function system(overrides: Partial<MethodInput<'mlps.saveObject'>> = {}): MethodInput<'mlps.saveObject'> {
  return {
    name: 'ERP 系统',
    number: 'SYS-001',
    kind: 'information-system',
    ownerDepartment: '信息化管理部',
    goLiveOn: '2020-01-01',
    ...overrides,
  };
}

const level3 = { business: { object: 'society', degree: 'serious' }, service: { object: 'citizen', degree: 'serious' } } as const;
const level2 = { business: { object: 'citizen', degree: 'serious' }, service: { object: 'citizen', degree: 'general' } } as const;

async function failure(
  result: Promise<{
    ok: boolean;
    error?: { code: string; message: string; details?: { field?: string; issues?: { field?: string; message: string }[] } };
  }>,
) {
  const settled = await result;
  if (settled.ok || !settled.error) throw new Error('expected the call to fail');
  return settled.error;
}

async function gradedObject(
  backend: Backend,
  grading: typeof level3 | typeof level2 = level3,
  overrides: Partial<MethodInput<'mlps.saveObject'>> = {},
) {
  const { object } = expectOk(await backend.call('mlps.saveObject', system(overrides)));
  expectOk(
    await backend.call('mlps.saveGrading', {
      objectId: object.id,
      ...grading,
      gradedOn: '2025-01-10',
      expertReview: { date: '2025-01-15', by: '专家组' },
    }),
  );
  return object.id;
}

describe('mlps register, grading and filing', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it('registers an object, edits it, lists it with its level, and removes it', async () => {
    backend = tempBackend({ now: () => NOW });
    const created = expectOk(await backend.call('mlps.saveObject', system({ dataCategories: [{ name: '客户信息', personalInfo: true }] })));
    expect(created.object).toMatchObject({
      name: 'ERP 系统',
      number: 'SYS-001',
      dataCategories: [{ name: '客户信息', dataClass: 'general', personalInfo: true }],
    });
    expect(created.grading).toBeNull();
    const edited = expectOk(await backend.call('mlps.saveObject', { ...created.object, name: 'ERP 系统（二期）' }));
    expect(edited.object.id).toBe(created.object.id);
    await gradedObject(backend, level2, { number: 'SYS-002', name: 'OA' });
    const list = expectOk(await backend.call('mlps.listObjects', {}));
    expect(list.map((entry) => [entry.name, entry.level])).toEqual([
      ['ERP 系统（二期）', null],
      ['OA', 2],
    ]);
    expect(expectOk(await backend.call('mlps.removeObject', { id: created.object.id }))).toEqual({ removed: true });
    expect(expectOk(await backend.call('mlps.listObjects', {}))).toHaveLength(1);
  });

  it('refuses a taken number, an unknown host and a hosting circle at their fields', async () => {
    backend = tempBackend({ now: () => NOW });
    const { object: cloud } = expectOk(
      await backend.call('mlps.saveObject', system({ name: '私有云', number: 'CLOUD', kind: 'cloud-platform' })),
    );
    expect((await failure(backend.call('mlps.saveObject', system({ number: 'CLOUD' })))).details?.field).toBe('number');
    expect((await failure(backend.call('mlps.saveObject', system({ hostedOn: 'nope' })))).details?.field).toBe('hostedOn');
    const { object: erp } = expectOk(await backend.call('mlps.saveObject', system({ hostedOn: cloud.id })));
    const circle = await failure(backend.call('mlps.saveObject', { ...cloud, hostedOn: erp.id }));
    expect([circle.code, circle.details?.field]).toEqual(['mlps.object.hostCycle', 'hostedOn']);
    const hosting = await failure(backend.call('mlps.removeObject', { id: cloud.id }));
    expect(hosting.message).toContain('ERP 系统');
    expect(expectOk(await backend.call('mlps.listObjects', {}))).toHaveLength(2);
  });

  it('grades by the matrix, keeps the higher level, and flags a platform graded below what it carries', async () => {
    backend = tempBackend({ now: () => NOW });
    expect(expectOk(await backend.call('mlps.grade', level3))).toEqual({ business: 3, service: 2, level: 3 });
    const cloudId = await gradedObject(backend, level2, { name: '私有云', number: 'CLOUD', kind: 'cloud-platform' });
    const erpId = await gradedObject(backend, level3, { hostedOn: cloudId });
    const view = expectOk(await backend.call('mlps.getObject', { id: erpId }));
    expect(view.grading).toMatchObject({ businessLevel: 3, serviceLevel: 2, level: 3 });
    // Whether the unit has a competent department is not answered yet: the approval is not demanded, the question is.
    expect(view.findings.map((finding) => finding.code)).toEqual([
      'mlps.grading.platformBelowHosted',
      'mlps.grading.competentDepartmentUnanswered',
    ]);
    expect(expectOk(await backend.call('mlps.checkGrading', {})).map((finding) => finding.code)).toContain(
      'mlps.grading.platformBelowHosted',
    );
  });

  it.each([
    ['an unknown object harmed', { business: { object: 'country', degree: 'serious' } }, 'business.object', '受侵害的客体应为'],
    ['an unknown degree', { service: { object: 'citizen', degree: 'huge' } }, 'service.degree', '侵害程度应为'],
    ['a malformed grading date', { gradedOn: '2025-13-01' }, 'gradedOn', '如 2025-03-31'],
  ])('refuses %s at its field and saves nothing', async (_, change, field, message) => {
    backend = tempBackend({ now: () => NOW });
    const { object } = expectOk(await backend.call('mlps.saveObject', system()));
    const error = await failure(
      backend.callByName('mlps.saveGrading', { objectId: object.id, ...level3, gradedOn: '2025-01-10', ...change }),
    );
    expect(error.details?.field).toBe(field);
    expect(error.details?.issues?.[0]?.message).toContain(message);
    expect(expectOk(await backend.call('mlps.getObject', { id: object.id })).grading).toBeNull();
  });

  it('computes the schedule from grading and filing, and refuses a certificate number with control characters', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await gradedObject(backend);
    const unfiled = expectOk(await backend.call('mlps.getObject', { id }));
    expect(unfiled.schedule.filingDue).toBe('2025-02-09');
    expect(unfiled.schedule.items.find((item) => item.kind === 'filing')?.status).toBe('overdue');
    expect(expectOk(await backend.call('mlps.dashboard', {})).overdue.map((item) => item.kind)).toEqual(['filing']);

    for (const certificateNumber of ['11010243001-26001\n', '11010243001\t26001', '1101\u0000']) {
      const error = await failure(
        backend.call('mlps.saveFiling', { objectId: id, certificateNumber, authority: '北京市公安局', filedOn: '2025-02-01' }),
      );
      expect([error.details?.field, error.details?.issues?.[0]?.message]).toEqual([
        'certificateNumber',
        '备案证明编号不能含控制字符（如换行、制表符）',
      ]);
    }
    expect(expectOk(await backend.call('mlps.getObject', { id })).filing).toBeNull();

    const filed = expectOk(
      await backend.call('mlps.saveFiling', {
        objectId: id,
        certificateNumber: '11010243001-26001',
        authority: '北京市公安局',
        filedOn: '2025-02-01',
        certificateOn: '2025-02-12',
        assessments: [{ completedOn: '2025-05-20', agency: '某测评机构', conclusion: 'basically-compliant', score: 82.5 }],
      }),
    );
    expect(filed.filing?.certificateNumber).toBe('11010243001-26001');
    expect(filed.schedule).toMatchObject({ certificateValidUntil: '2029-02-01', nextAssessmentDue: '2026-05-20' });
    expect(filed.schedule.items.filter((item) => item.status === 'overdue')).toEqual([]);
    // The dashboard follows the filing: nothing overdue any more; the 保护工作方案 after the May assessment is upcoming.
    const dashboard = expectOk(await backend.call('mlps.dashboard', {}));
    expect(dashboard.dueCounts).toEqual({ overdue: 0, upcoming: 1 });
    expect(dashboard.upcoming.map((item) => `${item.kind} ${item.due}`)).toEqual(['protectionPlan 2025-06-19']);
  });

  it('generates the filing form tables from the registers', async () => {
    backend = tempBackend({ now: () => NOW });
    expectOk(await backend.call('profile.save', sampleProfile()));
    const id = await gradedObject(backend, level3, { keyProducts: '国产数据库' });
    const form = expectOk(await backend.call('mlps.filingForm', { objectId: id }));
    expect(form.unit).toMatchObject({ name: sampleProfile().name, objectsPerLevel: [0, 0, 1, 0, 0] });
    expect(form.grading).toMatchObject({ level: 3, expertReviewed: true, approved: false });
    expect(form.documents?.find((d) => d.document === 'productList')?.provided).toBe(true);
    expect(form.findings.map((f) => f.code)).toContain('mlps.filingForm.gradingReportMissing');
  });
});

describe('mlps catalog and gap assessment', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it('lists 211 items at level 3, adds an extension, and names the level the catalog lacks', async () => {
    backend = tempBackend();
    expect(expectOk(await backend.call('mlps.catalogItems', { level: 3 })).items).toHaveLength(211);
    const cloud = expectOk(await backend.call('mlps.catalogItems', { level: 3, extensions: ['cloud'] })).items;
    expect(cloud).toHaveLength(211 + 46);
    expect(cloud[0]).toMatchObject({ id: 'L3-PES1-01', family: 'PES', controlPointName: '物理位置选择' });
    const error = await failure(backend.call('mlps.catalogItems', { level: 5 }));
    expect([error.code, error.details?.field]).toEqual(['mlps.assessment.levelNotInCatalog', 'level']);
  });

  it("scores saved statuses, and refuses a batch with an item outside the object's level without saving any of it", async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await gradedObject(backend);
    let score = expectOk(
      await backend.call('mlps.saveItemStatuses', {
        objectId: id,
        items: [
          { itemId: 'L3-CES1-01', status: 'compliant', note: '双因素认证' },
          { itemId: 'L3-CES1-02', status: 'partial', risk: 'medium' },
          { itemId: 'L3-PES1-01', status: 'noncompliant', risk: 'high' },
        ],
      }),
    );
    expect(score.overall.counts).toMatchObject({ compliant: 1, partial: 1, noncompliant: 1, unassessed: 208 });
    expect(score.result2021).toBe('poor');
    expect(score.formulas.score).toBe('mlps-score-pre2021');

    const error = await failure(
      backend.call('mlps.saveItemStatuses', {
        objectId: id,
        items: [
          { itemId: 'L3-CES1-03', status: 'compliant' },
          { itemId: 'L2-CES1-01', status: 'compliant' },
        ],
      }),
    );
    expect([error.code, error.details?.field]).toEqual(['mlps.assessment.itemNotInScope', 'items[1].itemId']);
    expect(error.message).toContain('L2-CES1-01');
    const view = expectOk(await backend.call('mlps.getAssessment', { objectId: id }));
    expect(view.items).toHaveLength(211);
    expect(view.statuses.map((status) => status.itemId)).toEqual(['L3-CES1-01', 'L3-CES1-02', 'L3-PES1-01']);

    // 不适用 on the physical site's control point takes its items out; clearing a status takes it back out of the score.
    score = expectOk(
      await backend.call('mlps.saveControlPoint', { objectId: id, controlPointId: 'PES1-01', status: 'na', note: '托管机房' }),
    );
    expect(score.overall.counts.noncompliant).toBe(0);
    score = expectOk(await backend.call('mlps.saveItemStatuses', { objectId: id, items: [{ itemId: 'L3-CES1-02', status: null }] }));
    expect(score.overall.score).toBe(100);
    expect(
      (await failure(backend.call('mlps.saveControlPoint', { objectId: id, controlPointId: 'CES2-01', status: 'na' }))).details?.field,
    ).toBe('controlPointId');
  });

  it('refuses to assess an ungraded object or one graded above the catalog', async () => {
    backend = tempBackend({ now: () => NOW });
    const { object } = expectOk(await backend.call('mlps.saveObject', system()));
    const ungraded = await failure(
      backend.call('mlps.saveItemStatuses', { objectId: object.id, items: [{ itemId: 'L3-CES1-01', status: 'compliant' }] }),
    );
    expect([ungraded.code, ungraded.details?.field]).toEqual(['mlps.assessment.notGraded', 'objectId']);
    const level5 = await gradedObject(
      backend,
      { business: { object: 'nation', degree: 'especially-serious' }, service: { object: 'nation', degree: 'general' } } as never,
      { number: 'X5' },
    );
    expect((await failure(backend.call('mlps.score', { objectId: level5 }))).details?.field).toBe('level');
  });

  it('copies an assessment onto a similar object, replacing what the target had', async () => {
    backend = tempBackend({ now: () => NOW });
    const source = await gradedObject(backend);
    const target = await gradedObject(backend, level3, { number: 'SYS-009', name: 'HR 系统' });
    const other = await gradedObject(backend, level2, { number: 'SYS-010', name: '门户网站' });
    expectOk(
      await backend.call('mlps.saveItemStatuses', {
        objectId: source,
        items: [
          { itemId: 'L3-CES1-01', status: 'compliant' },
          { itemId: 'L3-CES1-02', status: 'noncompliant', risk: 'low' },
        ],
      }),
    );
    expectOk(
      await backend.call('mlps.saveItemStatuses', { objectId: target, items: [{ itemId: 'L3-MMS1-01', status: 'partial', risk: 'low' }] }),
    );
    expect(expectOk(await backend.call('mlps.copyAssessment', { fromObjectId: source, toObjectId: target }))).toEqual({
      copiedItems: 2,
      copiedControlPoints: 0,
      skippedItems: 0,
    });
    expect(expectOk(await backend.call('mlps.getAssessment', { objectId: target })).statuses.map((s) => s.itemId)).toEqual([
      'L3-CES1-01',
      'L3-CES1-02',
    ]);
    expect(expectOk(await backend.call('mlps.copyAssessment', { fromObjectId: source, toObjectId: other })).skippedItems).toBe(2);
  });

  it('imports a licensed catalog: counts that differ come back as warnings; a broken file is refused naming it', async () => {
    backend = tempBackend({ now: () => NOW });
    const licensed = {
      ...gbt22239Catalog,
      id: 'gbt22239-2019-licensed',
      version: '2019',
      items: gbt22239Catalog.items.filter((item) => item.id !== 'L3-CES1-01').map((item) => ({ ...item, text: `全文 ${item.id}` })),
    };
    const file = path.join(backend.dataDir, 'catalog.json');
    fs.writeFileSync(file, JSON.stringify(licensed));
    const imported = expectOk(await backend.call('mlps.importCatalog', { path: file }));
    expect(imported.catalog).toMatchObject({ id: 'gbt22239-2019-licensed', active: true, itemCount: gbt22239Catalog.items.length - 1 });
    expect(imported.warnings).toEqual([
      { code: 'mlps.catalog.countMismatch', params: { set: 'general', family: 'CES', level: 3, expected: 34, actual: 33 } },
    ]);
    expect(expectOk(await backend.call('mlps.catalogItems', { level: 3 })).items[0]?.text).toBe('全文 L3-PES1-01');

    fs.writeFileSync(file, '{ "id": ');
    const broken = await failure(backend.call('mlps.importCatalog', { path: file }));
    expect([broken.code, broken.details]).toMatchObject(['error.file.notJson', { file }]);
    fs.writeFileSync(file, JSON.stringify({ ...licensed, id: 'other', items: [{ ...licensed.items[0]!, id: 'L4-PES1-01' }] }));
    const mismatch = await failure(backend.call('mlps.importCatalog', { path: file }));
    expect([mismatch.code, mismatch.details?.field]).toEqual(['mlps.catalog.itemIdMismatch', 'items[0].id']);
    expect(expectOk(await backend.call('mlps.listCatalogs', {})).map((c) => c.id)).toEqual([
      'gbt22239-2019-general',
      'gbt22239-2019-licensed',
    ]);
  });
});

describe('mlps remediation, mechanisms, dashboard and data', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it('links remediation to items in scope only, and shows open tasks, due items and scores on the dashboard', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await gradedObject(backend);
    expectOk(
      await backend.call('mlps.saveItemStatuses', {
        objectId: id,
        items: [{ itemId: 'L3-CES1-01', status: 'noncompliant', risk: 'medium' }],
      }),
    );
    const outside = await failure(backend.call('mlps.saveRemediation', { objectId: id, itemId: 'L4-CES1-01', title: '启用双因素认证' }));
    expect([outside.code, outside.details?.field]).toEqual(['mlps.assessment.itemNotInScope', 'itemId']);
    expect(expectOk(await backend.call('mlps.listRemediation', {}))).toEqual([]);
    const task = expectOk(
      await backend.call('mlps.saveRemediation', {
        objectId: id,
        itemId: 'L3-CES1-01',
        title: '启用双因素认证',
        owner: '张三',
        dueOn: '2025-06-01',
        cost: 12,
      }),
    );
    expect(task.status).toBe('open');

    const summary = expectOk(await backend.call('mlps.dashboard', {}));
    expect(summary).toMatchObject({
      today: '2025-06-15',
      objectCount: 1,
      perLevel: [0, 0, 1, 0, 0],
      remediation: { open: 1, overdue: 1 },
      assessedCount: 1,
    });
    expect(summary.remediation.next[0]).toMatchObject({ title: '启用双因素认证', objectName: 'ERP 系统' });
    expect(summary.overdue.map((item) => item.kind)).toEqual(['filing']);
    expect(summary.lowestScores[0]).toMatchObject({ objectName: 'ERP 系统', score: 0, result2021: 'poor' });
  });

  it('exports open gaps and remediation as an XLSX action plan with formula-like text neutralized', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await gradedObject(backend, level3, { name: '=HYPERLINK("http://x")' });
    expectOk(
      await backend.call('mlps.saveItemStatuses', {
        objectId: id,
        items: [
          { itemId: 'L3-CES1-01', status: 'noncompliant', risk: 'high', note: '@SUM(1)' },
          { itemId: 'L3-CES1-02', status: 'compliant' },
        ],
      }),
    );
    expectOk(await backend.call('mlps.saveRemediation', { objectId: id, itemId: 'L3-CES1-01', title: '+整改', cost: 3 }));
    expectOk(await backend.call('mlps.saveRemediation', { objectId: id, title: '制定安全策略' }));
    const { path: file } = expectOk(await backend.call('files.exportPath', { name: 'poam.xlsx' }));
    expect(expectOk(await backend.call('mlps.exportActionPlan', { path: file }))).toEqual({ path: file, gaps: 1, tasks: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('等级保护对象');
    expect(values(2)).toEqual([
      `'=HYPERLINK("http://x")`,
      'SYS-001',
      3,
      'L3-CES1-01',
      '安全计算环境',
      '身份鉴别',
      expect.any(String),
      '不符合',
      '高风险',
      `'@SUM(1)`,
      `'+整改`,
      '',
      '',
      '未开始',
      3,
    ]);
    expect(values(3)[10]).toBe('制定安全策略');
    expect(['=1', '+1', '-1', '@x', 'ok', '1-2'].map(neutralizeCell)).toEqual(["'=1", "'+1", "'-1", "'@x", 'ok', '1-2']);
  });

  it('checks the separation of administrators, flags recovery targets, and names a missing reference', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await gradedObject(backend);
    expectOk(await backend.call('mlps.saveDuty', { role: 'system-admin', person: '张三', objectId: id }));
    expectOk(await backend.call('mlps.saveDuty', { role: 'audit-admin', person: '张三', objectId: id }));
    const duties = expectOk(await backend.call('mlps.listDuties', {}));
    expect(duties.findings).toEqual([
      { code: 'mlps.duties.systemAndAuditAdmin', field: 'person', params: { person: '张三', objectId: id } },
    ]);
    const recovery = expectOk(
      await backend.call('mlps.saveRecovery', {
        objectId: id,
        level: 6,
        targetRtoMinutes: 30,
        targetRpoMinutes: 1440,
        testedRtoMinutes: 45,
      }),
    );
    expect(recovery.findings.map((f) => f.code)).toEqual(['mlps.dr.rpoOutsideLevel', 'mlps.dr.testedRtoAboveTarget']);
    const drill = await failure(backend.call('mlps.saveDrill', { heldOn: '2025-05-01', scenario: '机房断电', planId: 'missing' }));
    expect([drill.code, drill.details?.field]).toEqual(['mlps.reference.notFound', 'planId']);
    const plan = expectOk(await backend.call('mlps.saveEmergencyPlan', { title: '网络安全事件应急预案' }));
    expectOk(await backend.call('mlps.saveDrill', { heldOn: '2025-05-01', scenario: '机房断电', planId: plan.id, findings: 'UPS 切换慢' }));
    expectOk(await backend.call('mlps.saveRisk', { title: '核心数据库单点', rating: 'high', objectId: id }));
    expectOk(await backend.call('mlps.saveInfoProtection', { title: '客户信息', dataClass: 'important', measures: '加密存储' }));
    expect(expectOk(await backend.call('mlps.listDrills', {}))[0]).toMatchObject({ planId: plan.id, findings: 'UPS 切换慢' });
  });

  it('round-trips everything through the data JSON, and refuses a document with a dangling reference', async () => {
    backend = tempBackend({ now: () => NOW });
    const cloud = await gradedObject(backend, level3, { name: '私有云', number: 'CLOUD', kind: 'cloud-platform', extensions: ['cloud'] });
    const id = await gradedObject(backend, level3, { hostedOn: cloud });
    expectOk(
      await backend.call('mlps.saveFiling', {
        objectId: id,
        certificateNumber: '11010243001-26001',
        authority: '北京市公安局',
        filedOn: '2025-02-01',
      }),
    );
    expectOk(
      await backend.call('mlps.saveItemStatuses', {
        objectId: id,
        items: [{ itemId: 'L3-CES1-01', status: 'partial', risk: 'low', note: '部分' }],
      }),
    );
    expectOk(await backend.call('mlps.saveControlPoint', { objectId: id, controlPointId: 'PES1-01', status: 'na' }));
    expectOk(await backend.call('mlps.saveRemediation', { objectId: id, itemId: 'L3-CES1-01', title: '整改' }));
    expectOk(await backend.call('mlps.saveRecovery', { objectId: id, level: 3, targetRtoMinutes: 1440 }));
    expectOk(await backend.call('mlps.saveDuty', { role: 'security-admin', person: '李四' }));
    const exported = expectOk(await backend.call('workspace.exportData', {}));
    expect(exported.mlps.objects.map((o) => o.name)).toEqual(['ERP 系统', '私有云']);

    const copy = tempBackend({ now: () => NOW });
    try {
      expectOk(await copy.call('workspace.importData', exported));
      const again = expectOk(await copy.call('workspace.exportData', {}));
      expect(again.mlps).toEqual(exported.mlps);
      expect(expectOk(await copy.call('mlps.dashboard', {})).lowestScores.map((s) => s.objectName)).toEqual(['ERP 系统']);

      const dangling = structuredClone(exported);
      dangling.mlps.remediation[0]!.objectId = 'missing';
      const error = await failure(copy.call('workspace.importData', dangling));
      expect([error.code, error.details?.field]).toEqual(['mlps.reference.notFound', 'mlps.remediation[0].objectId']);
      expect(expectOk(await copy.call('mlps.listObjects', {}))).toHaveLength(2);
    } finally {
      copy.dispose();
    }
  });
});
