import { describe, expect, it, vi } from 'vitest';
import { createCallHandler } from './ipc-relay';

const index = 'file:///opt/denggao/resources/app.asar/dist/renderer/index.html';

function relay() {
  const main = { url: `${index}#/settings` };
  const callByName = vi.fn(async () => ({ ok: true as const, value: 'answered' }));
  return { main, callByName, handle: createCallHandler({ callByName, mainFrame: () => main, appIndexUrl: index }) };
}

describe('IPC relay', () => {
  it('carries a contract method from our page to the backend', async () => {
    const { main, callByName, handle } = relay();
    expect(await handle({ senderFrame: main }, 'profile.get', {}, { locale: 'en-US', jobId: 'j1' })).toEqual({
      ok: true,
      value: 'answered',
    });
    expect(callByName).toHaveBeenCalledWith('profile.get', {}, { locale: 'en-US', jobId: 'j1', door: 'page' });
  });

  it.each([
    ['an iframe inside our page', { url: index }],
    ['a frame showing another site', { url: 'https://example.com/' }],
    ['no frame at all', null],
  ])('refuses a call from %s, and the backend never sees it', async (_label, frame) => {
    const { callByName, handle } = relay();
    const result = await handle({ senderFrame: frame }, 'backup.restore', { path: '/tmp/evil.sqlite' }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'error.bridge.unauthorized', message: '未授权的请求' } });
    expect(callByName).not.toHaveBeenCalled();
  });

  it('refuses a name outside the contract’s domains (the backend refuses the rest)', async () => {
    const { main, callByName, handle } = relay();
    expect(await handle({ senderFrame: main }, 'constructor', {}, { locale: 'en-US' })).toMatchObject({
      ok: false,
      error: { code: 'error.method.unknown', message: 'Unknown method: constructor' },
    });
    expect(await handle({ senderFrame: main }, { toString: () => 'profile.get' }, {}, {})).toMatchObject({ ok: false });
    for (const name of ['fs.readFile', '__proto__.x', 'profile', '.get'])
      expect(await handle({ senderFrame: main }, name, {}, {})).toMatchObject({ ok: false, error: { code: 'error.method.unknown' } });
    expect(callByName).not.toHaveBeenCalled();
  });

  it('passes on only the options the contract defines, and marks the call as the page’s whatever the page says', async () => {
    const { main, callByName, handle } = relay();
    await handle(
      { senderFrame: main },
      'profile.get',
      {},
      { locale: 'xx', jobId: 7, dataDir: '/etc', door: undefined, __proto__: { admin: true } },
    );
    expect(callByName).toHaveBeenCalledWith('profile.get', {}, { door: 'page' });
  });
});
