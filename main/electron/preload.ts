/**
 * The only thing the page can reach: `window.denggao.call(method, input)` for the contract's methods and
 * `window.denggao.on(event, cb)` for its events. Sandboxed preload: it refuses
 * names outside the contract's domains, and the backend names outside its methods (see isInMethodDomain).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isInMethodDomain } from '../../shared/contract/method-domains';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';

const EVENTS = new Set(['progress', 'changed']);

contextBridge.exposeInMainWorld('denggao', {
  call(method: string, input: unknown, options?: unknown) {
    if (!isInMethodDomain(method)) return Promise.reject(new Error(`unknown method ${String(method)}`));
    return ipcRenderer.invoke(IPC_CALL, method, input, options);
  },
  on(event: string, callback: (payload: unknown) => void) {
    if (!EVENTS.has(event)) throw new Error(`unknown event ${event}`);
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(IPC_EVENT, listener);
    return () => ipcRenderer.removeListener(IPC_EVENT, listener);
  },
});
