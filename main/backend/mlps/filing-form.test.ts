/** The 2025 filing form through the method table: the unit record, tables 2–3's codes, the data sheets, old data. */
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';

type Backend = ReturnType<typeof tempBackend>;
const NOW = new Date('2025-06-15T09:00:00+08:00');
const level3 = { business: { object: 'society', degree: 'serious' }, service: { object: 'citizen', degree: 'serious' } } as const;

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
const fieldOf = (error: Awaited<ReturnType<typeof failure>>) => error.details?.issues?.[0]?.field ?? error.details?.field;

async function level3Object(backend: Backend, overrides: Partial<MethodInput<'mlps.saveObject'>> = {}) {
  const { object } = expectOk(
    await backend.call('mlps.saveObject', { name: 'ERP 系统', number: 'SYS-001', kind: 'information-system', ...overrides }),
  );
  expectOk(
    await backend.call('mlps.saveGrading', {
      objectId: object.id,
      ...level3,
      gradedOn: '2025-01-10',
      expertReview: { date: '2025-01-15', by: '专家组' },
    }),
  );
  return object.id;
}

const UNIT = {
  formNumber: '11010243001',
  postalCode: '100032',
  securityLeader: { name: '陈立新', title: '副总经理', officePhone: '010-66668888', email: 'chen@example.cn' },
  affiliation: '1',
  unitType: '4',
};

describe('the 2025 filing form', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it("stores the unit's 备案表编号 once and the certificate number per system, both on the form", async () => {
    backend = tempBackend({ now: () => NOW });
    expectOk(await backend.call('profile.save', sampleProfile()));
    const id = await level3Object(backend);
    expect(expectOk(await backend.call('mlps.getUnit', {})).formNumber).toBeUndefined();
    expectOk(await backend.call('mlps.saveUnit', UNIT));
    expectOk(
      await backend.call('mlps.saveFiling', {
        objectId: id,
        certificateNumber: ' 11010243001-26001 ',
        authority: '北京市公安局',
        filedOn: '2025-02-01',
      }),
    );
    const form = expectOk(await backend.call('mlps.filingForm', { objectId: id }));
    expect([form.formNumber, form.certificateNumber]).toEqual(['11010243001', '11010243001-26001']);
    expect(form.unit).toMatchObject({ securityLeader: { name: '陈立新' }, affiliation: '1', postalCode: '100032' });
    expect(expectOk(await backend.call('mlps.listObjects', {}))[0]?.certificateNumber).toBe('11010243001-26001');
  });

  it('refuses bad input at the field and keeps what was stored', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await level3Object(backend);
    expectOk(await backend.call('mlps.saveUnit', UNIT));
    const cases: Array<[Promise<Parameters<typeof failure>[0] extends Promise<infer R> ? R : never>, string, string]> = [
      [
        backend.call('mlps.saveUnit', { ...UNIT, formNumber: '1101024300' }),
        'formNumber',
        '备案表编号应为11位数字（受理备案公安机关代码6位 + 单位顺序号5位）',
      ],
      [backend.call('mlps.saveUnit', { ...UNIT, affiliation: '5' }), 'affiliation', '代码“5”不在该项的选项中'],
      [backend.call('mlps.saveUnit', { ...UNIT, postalCode: '1000' }), 'postalCode', '邮政编码应为6位数字，如 100000'],
      [backend.call('mlps.saveFilingFormFields', { objectId: id, networkNature: '7' }), 'networkNature', '代码“7”不在该项的选项中'],
      [
        backend.call('mlps.saveFilingFormFields', { objectId: id, keyProducts: [{ type: '4', quantity: 1, domestic: 3 }] }),
        'keyProducts[0].domestic',
        '国产产品数量不能超过该类产品总数',
      ],
      [
        backend.call('mlps.saveFiling', {
          objectId: id,
          certificateNumber: '11010243001\u000726001',
          authority: '北京市公安局',
          filedOn: '2025-02-01',
        }),
        'certificateNumber',
        '备案证明编号不能含控制字符（如换行、制表符）',
      ],
      [
        backend.call('mlps.saveObject', {
          id,
          name: 'ERP 系统',
          number: 'SYS-001',
          kind: 'information-system',
          dataCategories: [{ name: '  ', volume: '3 TB' }],
        }),
        'dataCategories[0].name',
        '必填',
      ],
    ];
    for (const [call, field, message] of cases) {
      const error = await failure(call);
      expect([fieldOf(error), error.details?.issues?.[0]?.message ?? error.message]).toEqual([field, expect.stringContaining(message)]);
    }
    expect(expectOk(await backend.call('mlps.getUnit', {}))).toMatchObject({
      formNumber: '11010243001',
      affiliation: '1',
      postalCode: '100032',
    });
    const form = expectOk(await backend.call('mlps.filingForm', { objectId: id }));
    expect([form.system.form.networkNature, form.system.form.keyProducts, form.certificateNumber, form.dataInventory]).toEqual([
      undefined,
      [],
      null,
      [],
    ]);
  });

  it('saves tables 2–3 as codes and carries everything through the data JSON', async () => {
    backend = tempBackend({ now: () => NOW });
    const id = await level3Object(backend, {
      dataCategories: [{ name: '金融账户', dataClass: 'important', dataItems: '账号、余额', crossBorder: false }],
    });
    expectOk(await backend.call('mlps.saveUnit', { ...UNIT, competentDepartment: '国资委' }));
    const { grading } = expectOk(await backend.call('mlps.getObject', { id }));
    expectOk(await backend.call('mlps.saveGrading', { ...grading!, objectId: id, hasCompetentDepartment: true })); // the object's grading answers it
    const form = expectOk(
      await backend.call('mlps.saveFilingFormFields', {
        objectId: id,
        businessType: '1',
        networkNature: '1',
        interconnections: ['3'],
        services: [{ type: '1', provider: '2' }],
        assessmentBody: '某测评中心',
      }),
    );
    expect(form.system.form).toMatchObject({
      businessType: '1',
      networkNature: '1',
      interconnections: ['3'],
      assessmentBody: '某测评中心',
    });
    expect(form.grading).toMatchObject({ hasCompetentDepartment: true, competentDepartment: '国资委' });
    expect(form.dataInventory.map((sheet) => [sheet.name, sheet.dataItems])).toEqual([['金融账户', '账号、余额']]);

    const exported = expectOk(await backend.call('workspace.exportData', {}));
    expect(exported.mlps.unit?.formNumber).toBe('11010243001');
    expect(exported.mlps.filingForms).toEqual([expect.objectContaining({ objectId: id, businessType: '1' })]);
    const copy = tempBackend({ now: () => NOW });
    try {
      expectOk(await copy.call('workspace.importData', exported));
      expect(expectOk(await copy.call('mlps.filingForm', { objectId: id }))).toEqual(
        expectOk(await backend.call('mlps.filingForm', { objectId: id })),
      );
    } finally {
      copy.dispose();
    }
  });

  it('imports an old data JSON: the 11-digit number once stored per system becomes the unit’s 备案表编号', async () => {
    backend = tempBackend({ now: () => NOW });
    const a = await level3Object(backend, { name: '甲系统', number: 'A' });
    const b = await level3Object(backend, { name: '乙系统', number: 'B' });
    const c = await level3Object(backend, { name: '丙系统', number: 'C' });
    for (const id of [a, b, c])
      expectOk(await backend.call('mlps.saveFiling', { objectId: id, authority: '北京市公安局', filedOn: '2025-02-01' }));
    const current = expectOk(await backend.call('workspace.exportData', {}));
    // As a version before the 2025 forms wrote it: no unit or filingForms keys, `filingNumber` on each filing.
    const { unit: _unit, filingForms: _forms, ...mlps } = current.mlps;
    const legacyNumbers: Record<string, string> = { [a]: '11010243001', [b]: '11010243001', [c]: '31010500007' };
    const old = {
      ...current,
      mlps: {
        ...mlps,
        objects: mlps.objects.map((object) => ({
          ...object,
          filing: object.filing ? { ...object.filing, filingNumber: legacyNumbers[object.id] } : null,
        })),
      },
    };
    const imported = tempBackend({ now: () => NOW });
    try {
      expectOk(await imported.call('workspace.importData', JSON.parse(JSON.stringify(old))));
      expect(expectOk(await imported.call('mlps.getUnit', {})).formNumber).toBe('11010243001');
      const numbers = await Promise.all([a, b, c].map(async (objectId) => expectOk(await imported.call('mlps.filingForm', { objectId }))));
      expect(numbers.map((form) => [form.formNumber, form.certificateNumber])).toEqual([
        ['11010243001', null],
        ['11010243001', null],
        ['31010500007', null],
      ]);
      expect(JSON.stringify(expectOk(await imported.call('workspace.exportData', {})).mlps.objects)).not.toContain('filingNumber');
    } finally {
      imported.dispose();
    }
  });
});
