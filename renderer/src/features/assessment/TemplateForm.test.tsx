// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../../../../shared/contract/assessment/schemas';
import { smallTemplate } from '../../../../shared/domain/assessment/small-template.fixture';
import { TemplateForm } from './TemplateForm';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Editor({ readOnly = false, refusals = {} }: { readOnly?: boolean; refusals?: Record<string, string> }) {
  const [draft, setDraft] = useState<Template>(smallTemplate);
  return <TemplateForm draft={draft} onChange={setDraft} readOnly={readOnly} refusals={refusals} />;
}

describe('TemplateForm', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  const input = (path: string) => host.querySelector<HTMLInputElement>(`[data-path="${path}"]`)!;
  /** The error shown in the field that edits `path`. */
  const errorAt = (path: string) => input(path).closest('.field')?.querySelector('[role="alert"]')?.textContent ?? null;
  /** The error shown for the group of fields `path` belongs to (a sum, a list). */
  const groupErrorAt = (path: string) => input(path).closest('fieldset')?.querySelector(':scope > [role="alert"]')?.textContent ?? null;
  function type(path: string, value: string) {
    const element = input(path);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('a valid template shows no finding and the element total equals the declared sum', () => {
    act(() => root.render(<Editor />));
    expect(host.querySelector('[data-testid="template-findings"]')!.textContent).toBe('模板检查通过');
    expect(host.querySelector('[data-testid="elements-total"]')!.textContent).toBe('当前合计 100，声明为 100');
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });

  it('an element weight that breaks the sum shows the running total and the error at the element weights', () => {
    act(() => root.render(<Editor />));
    type('elements[1].weight', '50');
    expect(host.querySelector('[data-testid="elements-total"]')!.textContent).toBe('当前合计 110，声明为 100');
    expect(groupErrorAt('elements[1].weight')).toBe('各要素权重之和为 110，应等于模板声明的 100');
    type('elements[1].weight', '40');
    expect(groupErrorAt('elements[1].weight')).toBeNull();
  });

  it('an indicator weight is summed within its element', () => {
    act(() => root.render(<Editor />));
    type('elements[0].indicators[2].weight', '10');
    expect(host.querySelector('[data-testid="indicators-total-lead"]')!.textContent).toBe('当前合计 90，声明为 100');
    expect(groupErrorAt('elements[0].indicators[2].weight')).toBe('要素“lead”内各指标权重之和为 90，应等于模板声明的 100');
    expect(groupErrorAt('elements[1].indicators[0].weight')).toBeNull();
    // The indicator's summary line stays clean: the finding belongs to the element, not to this indicator.
    expect(host.querySelector('[data-indicator="L3"] summary')!.textContent).toBe('L3 CIO · 权重 10');
  });

  it('field-level findings land at their own path: an empty name, a non-number weight, thresholds out of order', () => {
    act(() => root.render(<Editor />));
    type('elements[0].indicators[1].nameZh', '');
    type('elements[1].indicators[0].weight', 'abc');
    type('gradeThresholds.B', '95');
    expect(errorAt('elements[0].indicators[1].nameZh')).toBe('此项为必填项');
    expect(errorAt('elements[1].indicators[0].weight')).toBe('请输入数字');
    // Schema findings come first; once they are fixed, the cross-field rules speak.
    expect(errorAt('gradeThresholds.B')).toBeNull();
    type('elements[0].indicators[1].nameZh', '规划');
    type('elements[1].indicators[0].weight', '60');
    expect(errorAt('elements[0].indicators[1].nameZh')).toBeNull();
    expect(errorAt('gradeThresholds.B')).toBe('B 级分数线（95）必须低于 A 级分数线（85）');
    expect(errorAt('gradeThresholds.A')).toBeNull();
  });

  it('a refusal from the backend shows at the field it names; a read-only form cannot be typed in', () => {
    act(() => root.render(<Editor readOnly refusals={{ 'gradeThresholds.C': '服务端拒绝' }} />));
    expect(errorAt('gradeThresholds.C')).toBe('服务端拒绝');
    expect(input('gradeThresholds.C').closest('fieldset.template-form')!.hasAttribute('disabled')).toBe(true);
  });
});
