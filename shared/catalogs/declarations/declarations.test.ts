import { describe, expect, it } from 'vitest';
import type { FormValues } from '../../contract/forms/schemas';
import {
  applyAction,
  editDeclaration,
  emptyValues,
  newDeclaration,
  printableForm,
  validateDefinition,
  validateValues,
} from '../../domain/forms';
import { opinion2009 } from '../governance/opinion-2009';
import {
  assistanceRequestForm,
  commendationNominationForm,
  DECLARATION_FORMS,
  declarationFormIdsForPoint,
  demonstrationApplicationForm,
  outsourcingRequestForm,
} from './index';

const today = '2010-03-01';
const applicant = { enterpriseName: '某集团公司', contactName: '李四', contactPhone: '010-12345678', declaredOn: '2010-02-01' };

function assistance(change: Partial<FormValues>): FormValues {
  return {
    ...emptyValues(assistanceRequestForm),
    ...applicant,
    helpKind: 'secondment',
    secondmentMode: 'many-to-one',
    secondments: [{ expertise: 'ERP', post: '信息部副主任', start: '2010-03-01', end: '2010-09-01' }],
    currentState: '系统分散',
    needs: 'ERP 实施经验',
    ...change,
  };
}

describe('declaration catalog', () => {
  it.each(DECLARATION_FORMS.map((entry) => [entry.definition.id, entry.definition] as const))(
    '%s is a valid definition',
    (_id, definition) => {
      expect(validateDefinition(definition)).toEqual([]);
    },
  );

  it('has unique form ids, each with a version, for points 6 to 12', () => {
    const ids = DECLARATION_FORMS.map((entry) => entry.definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DECLARATION_FORMS.every((entry) => entry.definition.version.length > 0)).toBe(true);
    expect([...new Set(DECLARATION_FORMS.map((entry) => entry.point))]).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(declarationFormIdsForPoint(10)).toEqual(['sasac-2009-consulting-training-request', 'sasac-2009-cio-training-attendance']);
  });

  it('offers the ten demonstration categories of point 6', () => {
    const category = demonstrationApplicationForm.sections.flatMap((s) => s.fields).find((f) => f.id === 'category');
    expect(category?.kind === 'select' && category.options.map((o) => o.value)).toEqual(
      opinion2009.demonstrationCategories.map((c) => c.id),
    );
  });
});

describe('assistance request', () => {
  it('accepts a secondment of six months', () => {
    expect(validateValues(assistanceRequestForm, assistance({}), { today })).toEqual([]);
  });

  it('refuses a secondment longer than six months, naming the row', () => {
    const values = assistance({ secondments: [{ expertise: 'ERP', post: '顾问', start: '2010-03-01', end: '2010-09-02' }] });
    expect(validateValues(assistanceRequestForm, values, { today })).toEqual([
      {
        code: 'forms.rule.tooLongBetween',
        field: 'secondments[0].end',
        params: { months: 6, start: '2010-03-01', end: '2010-09-02', latest: '2010-09-01' },
      },
    ]);
  });

  it('asks for projects, not secondments, when help is project by project', () => {
    const findings = validateValues(assistanceRequestForm, assistance({ helpKind: 'project', projects: [] }), { today });
    expect(findings).toEqual([{ code: 'forms.value.required', field: 'projects' }]);
  });
});

describe('other forms', () => {
  it('refuses a negative yearly rent budget', () => {
    const values = {
      ...emptyValues(outsourcingRequestForm),
      ...applicant,
      reasons: ['funds'],
      scope: ['operations'],
      needs: '运维',
      yearlyRentBudget: -5,
    };
    expect(validateValues(outsourcingRequestForm, values, { today })).toEqual([
      { code: 'forms.value.belowMin', field: 'yearlyRentBudget', params: { min: 0 } },
    ]);
  });

  it('asks an individual nomination for the person, not the collective', () => {
    const values = { ...emptyValues(commendationNominationForm), ...applicant, nomineeKind: 'individual', deeds: '主持 ERP 建设' };
    expect(validateValues(commendationNominationForm, values, { today }).map((f) => f.field)).toEqual([
      'personName',
      'personPosition',
      'personUnit',
    ]);
  });
});

describe('declaration lifecycle', () => {
  it('completes only with valid values, then becomes ready, and editing returns it to draft', () => {
    const draft = newDeclaration(assistanceRequestForm, emptyValues(assistanceRequestForm));
    const refused = applyAction(draft, 'complete', assistanceRequestForm, { today });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.findings[0]).toMatchObject({ code: 'forms.lifecycle.valuesInvalid' });
      expect(refused.findings).toContainEqual({ code: 'forms.value.required', field: 'helpKind' });
    }

    const completed = applyAction(editDeclaration(draft, assistance({})), 'complete', assistanceRequestForm, { today });
    expect(completed.ok && completed.declaration.status).toBe('completed');
    if (!completed.ok) return;
    const ready = applyAction(completed.declaration, 'markReady', assistanceRequestForm, { today });
    expect(ready.ok && ready.declaration.status).toBe('ready');
    if (!ready.ok) return;
    expect(editDeclaration(ready.declaration, assistance({ needs: '改' })).status).toBe('draft');
    expect(applyAction(ready.declaration, 'reopen', assistanceRequestForm, { today })).toMatchObject({
      ok: true,
      declaration: { status: 'draft' },
    });
  });

  it.each([
    ['draft', 'markReady'],
    ['ready', 'complete'],
    ['draft', 'reopen'],
  ] as const)('refuses %s → %s', (status, action) => {
    const result = applyAction({ ...newDeclaration(assistanceRequestForm, assistance({})), status }, action, assistanceRequestForm, {
      today,
    });
    expect(result).toEqual({ ok: false, findings: [{ code: 'forms.lifecycle.notAllowed', params: { action, status } }] });
  });

  it('refuses values checked against another form or version', () => {
    const declaration = { ...newDeclaration(assistanceRequestForm, assistance({})), formVersion: '0.9.0' };
    const result = applyAction(declaration, 'complete', assistanceRequestForm, { today });
    expect(result.ok === false && result.findings[0]?.code).toBe('forms.lifecycle.wrongDefinition');
  });
});

describe('printableForm', () => {
  it('prints option labels and table rows in the chosen language, leaving hidden fields out', () => {
    const declaration = newDeclaration(assistanceRequestForm, assistance({}));
    const printed = printableForm(assistanceRequestForm, declaration, 'zh-CN');
    expect(printed.statusLabel).toBe('草稿');
    const help = printed.sections.find((s) => s.id === 'help')!;
    expect(help.entries.map((e) => e.fieldId)).toEqual(['helpKind', 'secondmentMode', 'secondments']);
    expect(help.entries[1]).toMatchObject({ kind: 'value', label: '挂职方式', text: '多帮一' });
    expect(help.entries[2]).toMatchObject({
      kind: 'table',
      headers: ['所需专业', '挂职岗位', '开始日期', '结束日期'],
      rows: [['ERP', '信息部副主任', '2010-03-01', '2010-09-01']],
    });
    const english = printableForm(assistanceRequestForm, declaration, 'en-US');
    expect(english.sections.find((s) => s.id === 'help')!.entries[0]).toMatchObject({ label: 'Kind of help', text: 'Secondment of staff' });
  });
});
