// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { saveRefusal, useSaveState } from './save-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Save = ReturnType<typeof useSaveState>;

/** Renders the hook alone and hands back its latest value after each step. */
function Probe({ into, refusalOf }: { into: { current: Save | null }; refusalOf?: Parameters<typeof useSaveState>[0] }) {
  into.current = useSaveState(refusalOf);
  return null;
}

const fieldRefusal = new ApiError({
  code: 'error.input.invalid',
  message: '有 1 处需要修改',
  details: { field: 'name', issues: [{ code: 'validation.required', field: 'name', message: '必填' }] },
});

describe('useSaveState', () => {
  let host: HTMLDivElement;
  let root: Root;
  const save: { current: Save | null } = { current: null };
  beforeEach(() => {
    host = document.createElement('div');
    root = createRoot(host);
    act(() => root.render(<Probe into={save} />));
  });
  afterEach(() => act(() => root.unmount()));

  it('keeps a refusal at its fields while the user edits, and forgets it on the next save that succeeds', async () => {
    await act(() => save.current!.run(() => Promise.reject(fieldRefusal)));
    expect(save.current).toMatchObject({ state: 'invalid', refusal: { fieldErrors: { name: '必填' }, message: '有 1 处需要修改' } });
    act(() => save.current!.touch());
    expect(save.current).toMatchObject({ state: 'idle', refusal: { fieldErrors: { name: '必填' } } });
    await act(() => save.current!.run(() => Promise.resolve('ok')));
    expect(save.current).toMatchObject({ state: 'saved', refusal: null });
  });

  it('shows a refusal the form found itself, and forgets everything on reset', () => {
    act(() => save.current!.refuse({ state: 'invalid', fieldErrors: { level: '必填' }, message: '请修改下方标出的内容' }));
    expect(save.current).toMatchObject({ state: 'invalid', refusal: { fieldErrors: { level: '必填' } } });
    act(() => save.current!.reset());
    expect(save.current).toMatchObject({ state: 'idle', refusal: null });
  });

  it('puts a failure where the form says, when it says', async () => {
    const atPassphrase = (caught: unknown) => ({ state: 'invalid' as const, fieldErrors: { passphrase: String(caught) }, message: '' });
    act(() => root.render(<Probe into={save} refusalOf={atPassphrase} />));
    await act(() => save.current!.run(() => Promise.reject('口令不正确')));
    expect(save.current).toMatchObject({ state: 'invalid', refusal: { fieldErrors: { passphrase: '口令不正确' } } });
  });

  it('calls a failure that names no field a failure of the whole', () => {
    expect(saveRefusal(new Error('网络中断'))).toEqual({ state: 'failed', fieldErrors: {}, message: '网络中断' });
  });
});
