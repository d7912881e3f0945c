import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../../shared/contract';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';

const exposed = new Map<string, unknown>();
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

type Exposed = {
  call(method: string, input: unknown, options?: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
};

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    ipcRenderer.invoke.mockClear();
    ipcRenderer.on.mockClear();
    await import('./preload');
  });
  const api = () => exposed.get('denggao') as Exposed;

  it('exposes one object, `denggao`, with nothing but call and on', () => {
    expect([...exposed.keys()]).toEqual(['denggao']);
    expect(Object.keys(api()).sort()).toEqual(['call', 'on']);
    expect(Object.values(api()).every((member) => typeof member === 'function')).toBe(true);
  });

  it('relays every method of the contract over the one call channel, and no name outside its domains', async () => {
    for (const method of Object.keys(methods)) await api().call(method, { x: 1 }, { jobId: 'j' });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(Object.keys(methods).length);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CALL, 'backup.restore', { x: 1 }, { jobId: 'j' });
    ipcRenderer.invoke.mockClear();
    for (const name of ['toString', '__proto__', 'fs.readFile', '__proto__.x', 'profile', ''])
      await expect(api().call(name, {})).rejects.toThrow(/unknown method/);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes only to the contract’s events, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api().on('changed', (payload) => seen.push(payload));
    const listener = ipcRenderer.on.mock.calls[0]![1] as (e: unknown, name: string, payload: unknown) => void;
    expect(ipcRenderer.on.mock.calls[0]![0]).toBe(IPC_EVENT);
    listener({}, 'changed', { domain: 'profile' });
    listener({}, 'progress', { done: 1 });
    expect(seen).toEqual([{ domain: 'profile' }]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT, listener);
    expect(() => api().on('ipc-message', () => undefined)).toThrow(/unknown event/);
  });
});
