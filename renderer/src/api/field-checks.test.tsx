// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { phoneSchema } from '../../../shared/contract/profile/schemas';
import { useFieldChecks } from './field-checks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const contactSchema = z.object({ name: z.string().trim().min(1), phone: z.union([z.literal(''), phoneSchema]) });
type Contact = z.infer<typeof contactSchema>;

/** Two fields and a "save" that the test refuses with the messages it is given, as the backend would. */
function Harness({ refusal }: { refusal: { current: Record<string, string> } }) {
  const [contact, setContact] = useState<Contact>({ name: '', phone: '' });
  const [saved, setSaved] = useState<Record<string, string>>({});
  const { errors, onBlur } = useFieldChecks(contactSchema, contact, saved, 'zh-CN');
  return (
    <form onBlur={onBlur}>
      {(['name', 'phone'] as const).map((field) => (
        <label key={field}>
          {field}
          <input name={field} value={contact[field]} onChange={(e) => setContact({ ...contact, [field]: e.target.value })} />
          <output data-for={field}>{errors[field] ?? ''}</output>
        </label>
      ))}
      <button type="button" onClick={() => setSaved({ ...refusal.current })}>
        save
      </button>
    </form>
  );
}

let container: HTMLDivElement;
let root: Root;
const refusal = { current: {} as Record<string, string> };

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Harness refusal={refusal} />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const input = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const messageAt = (name: string) => container.querySelector(`output[data-for="${name}"]`)!.textContent;

function type(name: string, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input(name), value);
    input(name).dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const leave = (name: string) => act(() => input(name).dispatchEvent(new FocusEvent('focusout', { bubbles: true })));

describe('useFieldChecks: a field is checked as the user leaves it', () => {
  it('says nothing while typing, the expected form once the field is left, and nothing at fields not visited', () => {
    type('phone', '请拨总机');
    expect(messageAt('phone')).toBe('');
    leave('phone');
    expect(messageAt('phone')).toBe('应为电话号码：数字，可带区号和分机，如 010-68612345 转 123 或 13800138000');
    expect(messageAt('name')).toBe('');
    type('phone', '010-68612345 转 123');
    expect(messageAt('phone')).toBe('');
  });

  it('an empty required field left says 必填', () => {
    leave('name');
    expect(messageAt('name')).toBe('此项为必填项');
  });

  it("a save's refusal stands at its field until that field changes, and is said once beside the same check", () => {
    refusal.current = { name: '同名单位已存在', phone: '应为电话号码：数字，可带区号和分机，如 010-68612345 转 123 或 13800138000' };
    type('name', '示例公司');
    type('phone', 'abc');
    leave('phone');
    act(() => container.querySelector('button')!.click());
    expect(messageAt('name')).toBe('同名单位已存在');
    expect(messageAt('phone')).toBe(refusal.current.phone);
    type('name', '示例集团');
    expect(messageAt('name')).toBe('');
  });
});
