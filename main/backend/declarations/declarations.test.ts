import { localIsoDate } from '../dates';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormDefinition, FormValues } from '../../../shared/contract/forms/schemas';
import { assistanceRequestForm, DECLARATION_FORMS } from '../../../shared/catalogs/declarations';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';

const now = () => new Date(2010, 5, 15, 10, 0, 0);

/** A form that exists only as data: no screen, no code was written for it. */
function volunteerForm(overrides: Partial<FormDefinition> = {}): FormDefinition {
  return {
    id: 'group-it-volunteers',
    version: '2010.1',
    title: { zh: '信息化志愿者登记表', en: 'IT volunteer registration' },
    sections: [
      {
        id: 'main',
        title: { zh: '基本情况', en: 'Basics' },
        fields: [
          { id: 'volunteer', kind: 'text', label: { zh: '志愿者姓名', en: 'Volunteer' }, required: true, maxLength: 20 },
          { id: 'hasProject', kind: 'boolean', label: { zh: '有在建项目', en: 'Has a project' } },
          {
            id: 'projectName',
            kind: 'text',
            label: { zh: '项目名称', en: 'Project' },
            required: true,
            visibleWhen: { field: 'hasProject', equals: true },
          },
          { id: 'hours', kind: 'number', label: { zh: '每月小时数', en: 'Hours a month' }, min: 0, max: 200, integer: true },
        ],
      },
    ],
    ...overrides,
  };
}

function assistanceValues(end: string): FormValues {
  return {
    enterpriseName: '中国示例能源集团有限公司',
    contactName: '李晓华',
    contactPhone: '010-12345678',
    declaredOn: '2010-06-01',
    helpKind: 'secondment',
    secondmentMode: 'one-to-one',
    secondments: [{ expertise: 'ERP', post: '信息部副主任', start: '2010-07-01', end }],
    projects: [],
    currentState: '基础薄弱',
    needs: 'ERP 实施经验',
  };
}

describe('declarations through the backend', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('offers the eight catalog forms with the point each answers', async () => {
    backend = tempBackend({ now });
    const forms = expectOk(await backend.call('declarations.forms', {}));
    expect(forms.map((f) => [f.point, f.definition.id])).toEqual(DECLARATION_FORMS.map((f) => [f.point, f.definition.id]));
    expect(forms.every((f) => f.source === 'catalog')).toBe(true);
  });

  it('drafts an assistance request filled in from the profile, refuses a secondment over six months at its end date, then completes and marks it ready', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('profile.save', sampleProfile()));
    const created = expectOk(await backend.call('declarations.create', { formId: assistanceRequestForm.id }));
    expect(created).toMatchObject({ status: 'draft', formVersion: '1.0.0', allowedActions: ['complete'] });
    expect(created.values.enterpriseName).toBe(sampleProfile().name);
    // Dated the day it is drawn up.
    expect(created.values.declaredOn).toBe(localIsoDate(now()));
    expect(created.findings.some((f) => f.field === 'helpKind' && f.code === 'forms.value.required')).toBe(true);

    // Seven months: saved as a draft, but it cannot be completed.
    const draft = expectOk(await backend.call('declarations.save', { id: created.id, values: assistanceValues('2011-02-01') }));
    expect(draft.findings).toEqual([
      {
        code: 'forms.rule.tooLongBetween',
        field: 'secondments[0].end',
        params: { months: 6, start: '2010-07-01', end: '2011-02-01', latest: '2011-01-01' },
      },
    ]);
    const refused = await backend.call('declarations.act', { id: created.id, action: 'complete' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('forms.lifecycle.valuesInvalid');
    expect(refused.error.details?.issues).toEqual([
      {
        code: 'forms.rule.tooLongBetween',
        field: 'secondments[0].end',
        message: '期限不能超过 6 个月：自 2010-07-01 起最晚到 2011-01-01，现为 2011-02-01',
      },
    ]);
    expect(expectOk(await backend.call('declarations.get', { id: created.id })).status).toBe('draft');

    expectOk(await backend.call('declarations.save', { id: created.id, values: assistanceValues('2011-01-01') }));
    expect(expectOk(await backend.call('declarations.act', { id: created.id, action: 'complete' })).allowedActions).toEqual([
      'markReady',
      'reopen',
    ]);
    const ready = expectOk(await backend.call('declarations.act', { id: created.id, action: 'markReady' }));
    expect(ready.status).toBe('ready');
    const again = await backend.call('declarations.act', { id: created.id, action: 'markReady' });
    expect(!again.ok && again.error.code).toBe('forms.lifecycle.notAllowed');

    // Editing a ready declaration sends it back to draft: nothing is filed that was not checked as it stands.
    const edited = expectOk(
      await backend.call('declarations.save', { id: created.id, values: { ...assistanceValues('2011-01-01'), needs: '更多' } }),
    );
    expect(edited.status).toBe('draft');
    expect(expectOk(await backend.call('declarations.list', {})).map((d) => [d.formId, d.status, d.title.zh])).toEqual([
      [assistanceRequestForm.id, 'draft', '信息化建设帮扶申请表'],
    ]);
  });

  it('refuses values a page could never produce, even in a draft, and keeps the stored values', async () => {
    backend = tempBackend({ now });
    const { id, values } = expectOk(await backend.call('declarations.create', { formId: assistanceRequestForm.id }));
    const result = await backend.call('declarations.save', { id, values: { ...values, declaredOn: 20100601, nickname: 'x' } });
    expect(!result.ok && result.error.details?.issues?.map((i) => [i.field, i.code])).toEqual([
      ['nickname', 'forms.value.unknownField'],
      ['declaredOn', 'forms.value.wrongType'],
    ]);
    expect(expectOk(await backend.call('declarations.get', { id })).values).toEqual(values);
  });

  it('refuses a form definition that refers to a missing field, naming the field, and imports nothing', async () => {
    backend = tempBackend({ now });
    const broken = volunteerForm();
    broken.sections[0]!.fields[2] = { ...broken.sections[0]!.fields[2]!, visibleWhen: { field: 'hasProjekt', equals: true } } as never;
    const result = await backend.call('declarations.importForm', { definition: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('declarations.error.formInvalid');
    expect(result.error.details?.issues).toEqual([
      { code: 'forms.definition.missingField', field: 'projectName', message: '“projectName”引用的字段“hasProjekt”不存在' },
    ]);
    expect(expectOk(await backend.call('declarations.forms', {})).some((f) => f.definition.id === broken.id)).toBe(false);

    const badRule = await backend.call('declarations.importForm', {
      definition: volunteerForm({ rules: [{ kind: 'dateNotFuture', field: 'signedOn' }] }),
    });
    expect(!badRule.ok && badRule.error.details?.issues?.[0]).toMatchObject({ code: 'forms.definition.missingField', field: 'signedOn' });
  });

  it('runs a form defined only as data end to end: import, draft, validate, save, complete, print', async () => {
    backend = tempBackend({ now });
    const entry = expectOk(await backend.call('declarations.importForm', { definition: volunteerForm() }));
    expect(entry).toMatchObject({ point: null, source: 'imported' });
    const twice = await backend.call('declarations.importForm', { definition: volunteerForm() });
    expect(!twice.ok && twice.error.code).toBe('declarations.error.formExists');

    const created = expectOk(await backend.call('declarations.create', { formId: 'group-it-volunteers' }));
    expect(created.values).toEqual({ volunteer: '', hasProject: false, projectName: '', hours: null });
    expect(created.findings).toEqual([{ code: 'forms.value.required', field: 'volunteer' }]);

    // The conditional field appears once its condition holds, and is then required.
    const saved = expectOk(
      await backend.call('declarations.save', {
        id: created.id,
        values: { volunteer: '张三', hasProject: true, projectName: '', hours: 300 },
      }),
    );
    expect(saved.findings).toEqual([
      { code: 'forms.value.required', field: 'projectName' },
      { code: 'forms.value.aboveMax', field: 'hours', params: { max: 200 } },
    ]);
    expectOk(
      await backend.call('declarations.save', {
        id: created.id,
        values: { volunteer: '张三', hasProject: true, projectName: '主数据治理', hours: 12 },
      }),
    );
    expect(expectOk(await backend.call('declarations.act', { id: created.id, action: 'complete' })).status).toBe('completed');

    const printable = expectOk(await backend.call('declarations.printable', { id: created.id }, { locale: 'en-US' }));
    expect(printable).toMatchObject({ title: 'IT volunteer registration', statusLabel: 'Completed' });
    expect(printable.sections[0]?.entries.map((e) => (e.kind === 'value' ? [e.label, e.text] : []))).toEqual([
      ['Volunteer', '张三'],
      ['Has a project', 'Yes'],
      ['Project', '主数据治理'],
      ['Hours a month', '12'],
    ]);
  });

  it('deletes a declaration, and says so when it is already gone', async () => {
    backend = tempBackend({ now });
    const { id } = expectOk(await backend.call('declarations.create', { formId: assistanceRequestForm.id }));
    expect(expectOk(await backend.call('declarations.delete', { id }))).toEqual({ deleted: true });
    expect(expectOk(await backend.call('declarations.delete', { id }))).toEqual({ deleted: false });
    const missing = await backend.call('declarations.get', { id });
    expect(!missing.ok && missing.error.code).toBe('declarations.error.notFound');
    const unknownForm = await backend.call('declarations.create', { formId: 'no-such-form' });
    expect(!unknownForm.ok && unknownForm.error.details?.field).toBe('formId');
  });

  it('carries imported forms and declarations in the data JSON, and refuses a declaration of an unknown form', async () => {
    backend = tempBackend({ now });
    expectOk(await backend.call('declarations.importForm', { definition: volunteerForm() }));
    const { id } = expectOk(await backend.call('declarations.create', { formId: 'group-it-volunteers' }));
    expectOk(await backend.call('declarations.save', { id, values: { volunteer: '张三', hasProject: false, projectName: '', hours: 3 } }));
    const exported = expectOk(await backend.call('workspace.exportData', {}));
    expect(exported.declarations.forms).toEqual([volunteerForm()]);

    const other = tempBackend({ now });
    try {
      expectOk(await other.call('workspace.importData', exported));
      expect(expectOk(await other.call('declarations.get', { id })).values.volunteer).toBe('张三');
      const orphan = { ...exported, declarations: { forms: [], items: exported.declarations.items } };
      const refused = await other.call('workspace.importData', orphan);
      expect(!refused.ok && refused.error.code).toBe('declarations.error.importUnknownForm');
      expect(expectOk(await other.call('declarations.list', {}))).toHaveLength(1);
    } finally {
      other.dispose();
    }
  });
});
