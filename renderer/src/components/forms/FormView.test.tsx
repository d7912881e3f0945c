// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition, FormValues } from '../../../../shared/contract/forms/schemas';
import { emptyValues, validateValues } from '../../../../shared/domain/forms';
import type { Locale } from '../../../../shared/i18n/define';
import { FormView } from './FormView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A form that exists only as data. */
const definition: FormDefinition = {
  id: 'test-secondment',
  version: '1',
  title: { zh: '挂职申请', en: 'Secondment request' },
  sections: [
    {
      id: 'main',
      title: { zh: '基本信息', en: 'Basics' },
      fields: [
        { id: 'unit', kind: 'text', label: { zh: '单位', en: 'Unit' }, required: true, help: { zh: '全称', en: 'Full name' } },
        { id: 'people', kind: 'number', label: { zh: '人数', en: 'People' }, min: 1, integer: true },
        {
          id: 'mode',
          kind: 'select',
          label: { zh: '方式', en: 'Mode' },
          options: [
            { value: 'one', label: { zh: '一帮一', en: 'One to one' } },
            { value: 'many', label: { zh: '多帮一', en: 'Many to one' } },
          ],
        },
        { id: 'reason', kind: 'textarea', label: { zh: '多帮一的理由', en: 'Why many' }, visibleWhen: { field: 'mode', equals: 'many' } },
      ],
    },
    {
      id: 'staff',
      title: { zh: '人员', en: 'Staff' },
      fields: [
        {
          id: 'members',
          kind: 'table',
          label: { zh: '挂职人员', en: 'Seconded staff' },
          columns: [
            { id: 'name', kind: 'text', label: { zh: '姓名', en: 'Name' }, required: true },
            { id: 'start', kind: 'date', label: { zh: '开始', en: 'Start' }, required: true },
            { id: 'end', kind: 'date', label: { zh: '结束', en: 'End' }, required: true },
          ],
        },
      ],
    },
  ],
  rules: [{ kind: 'maxMonthsBetween', table: 'members', start: 'start', end: 'end', months: 6 }],
};

/** What a page does: own the values, validate on every change, pass both down. */
function Harness({ locale, onValues }: { locale: Locale; onValues: (values: FormValues) => void }) {
  const [values, setValues] = useState<FormValues>(() => emptyValues(definition));
  const [touched, setTouched] = useState(false);
  const findings = touched ? validateValues(definition, values, { today: '2010-01-01' }) : [];
  return (
    <FormView
      definition={definition}
      values={values}
      locale={locale}
      findings={findings}
      onChange={(next) => {
        setValues(next);
        setTouched(true);
        onValues(next);
      }}
    />
  );
}

let container: HTMLDivElement;
let root: Root;
let latest: FormValues = {};

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(locale: Locale = 'zh-CN') {
  act(() => root.render(<Harness locale={locale} onValues={(v) => (latest = v)} />));
}

/** The control a visible label names, through its for= attribute. */
function controlLabelled(text: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.replace(' *', '').trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = document.getElementById(label.htmlFor);
  if (!control) throw new Error(`label "${text}" points at nothing`);
  return control as HTMLInputElement;
}

/** Sets a value the way typing does, so React's onChange fires. */
function type(control: Element, value: string) {
  const prototype =
    control instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : control instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function messagesOf(control: Element): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
}

function click(text: string) {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}"`);
  act(() => button.click());
}

/** A page that shows each problem as its field is left (FormView's showAllFindings off). */
function OnLeaveHarness() {
  const [values, setValues] = useState<FormValues>(() => emptyValues(definition));
  return (
    <FormView
      definition={definition}
      values={values}
      locale="zh-CN"
      findings={validateValues(definition, values, { today: '2010-01-01' })}
      showAllFindings={false}
      onChange={setValues}
    />
  );
}

describe('FormView', () => {
  it('shows a problem once the user leaves its field, not before', () => {
    act(() => root.render(<OnLeaveHarness />));
    const unit = controlLabelled('单位');
    const people = controlLabelled('人数');
    type(people, '约 40');
    expect(messagesOf(people)).toBe('');
    act(() => people.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(messagesOf(people)).toBe('“约 40”不是数字：应只写数字，可用千位分隔符，如 3500 或 3,500');
    // The unit, required and still blank, has not been visited: no red yet.
    expect(messagesOf(unit)).toBe('全称');
  });

  it('renders a data-only form with labels linked to their inputs', () => {
    render();
    expect(container.querySelector('h2')?.textContent).toBe('挂职申请');
    const unit = controlLabelled('单位');
    expect(unit.tagName).toBe('INPUT');
    expect(unit.getAttribute('aria-required')).toBe('true');
    expect(messagesOf(unit)).toBe('全称');
    expect(controlLabelled('方式').tagName).toBe('SELECT');
    expect(container.textContent).not.toContain('多帮一的理由');
  });

  it('shows the validation message beside the field the user typed into', () => {
    render();
    const people = controlLabelled('人数');
    type(people, '0');
    expect(latest.people).toBe(0);
    expect(people.getAttribute('aria-invalid')).toBe('true');
    expect(messagesOf(people)).toBe('不能小于 1');
    expect(messagesOf(controlLabelled('单位'))).toBe('全称 | 必填');

    type(people, '3');
    expect(messagesOf(people)).toBe('');
    type(people, '2.5');
    expect(messagesOf(people)).toBe('须为整数');
    type(people, '1.');
    expect(latest.people).toBe(1);
    expect((people as HTMLInputElement).value).toBe('1.');
    type(people, 'abc');
    expect(latest.people).toBe('abc');
    expect((people as HTMLInputElement).value).toBe('abc');
    expect(messagesOf(people)).toBe('“abc”不是数字：应只写数字，可用千位分隔符，如 3500 或 3,500');
  });

  it('reads thousands separators and full-width digits as the number they write', () => {
    render();
    const people = controlLabelled('人数');
    type(people, '3,500');
    expect(latest.people).toBe(3500);
    expect((people as HTMLInputElement).value).toBe('3,500');
    type(people, '３５００');
    expect(latest.people).toBe(3500);
    expect(messagesOf(people)).toBe('');
  });

  it('reads a date in the forms Chinese writes it, and says the expected form of one it cannot read', () => {
    render();
    click('添加一行');
    const start = container.querySelector<HTMLInputElement>('input[aria-labelledby*="col-start"]')!;
    expect(start.placeholder).toBe('YYYY-MM-DD');
    type(start, '2009年3月1日');
    expect((latest.members as Array<Record<string, unknown>>)[0]!.start).toBe('2009-03-01');
    type(start, '3/1/2009');
    expect(messagesOf(start)).toBe('“3/1/2009”不是有效日期：应写作 年-月-日，如 2025-03-31（也可写 2025/3/31 或 2025年3月31日）');
  });

  it('shows a field once its condition is met', () => {
    render();
    type(controlLabelled('方式'), 'many');
    expect(latest.mode).toBe('many');
    expect(controlLabelled('多帮一的理由').tagName).toBe('TEXTAREA');
  });

  it('adds and removes table rows, with each cell labelled and its own message', () => {
    render('en-US');
    expect(container.textContent).toContain('No rows yet');
    click('Add a row');
    click('Add a row');
    expect((latest.members as unknown[]).length).toBe(2);

    const cells = container.querySelectorAll('tbody tr:nth-child(2) input');
    const [name, start, end] = [...cells] as HTMLInputElement[];
    const labelOf = (input: HTMLInputElement) =>
      input
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.replace(' *', ''))
        .join(' ');
    expect(labelOf(name!)).toBe('Name 2');

    type(start!, '2009-01-31');
    type(end!, '2009-08-01');
    expect(messagesOf(end!)).toBe('At most 6 months: from 2009-01-31 the latest end is 2009-07-31, not 2009-08-01');
    expect(messagesOf(name!)).toBe('Required');

    click('Remove row 1');
    expect(latest.members).toEqual([{ name: '', start: '2009-01-31', end: '2009-08-01' }]);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('lists findings that name no field on screen at the top', () => {
    act(() =>
      root.render(
        <FormView
          definition={definition}
          values={emptyValues(definition)}
          onChange={() => {}}
          locale="zh-CN"
          findings={[{ code: 'forms.value.unknownField', field: 'colour', params: { field: 'colour' } }]}
        />,
      ),
    );
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('表单中没有字段“colour”');
  });
});
