import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, sampleProfile, tempBackend } from '../../test/support/workspace';
import { startBridge, type Bridge, type BridgeBackend } from './server';

/** Raw HTTP, so the test can send the Host and Origin headers a browser would never let a page forge. */
function request(bridge: Bridge, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(bridge.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('development bridge', () => {
  let backend: ReturnType<typeof tempBackend>;
  let bridge: Bridge;
  let staticDir: string;
  const call = (headers: Record<string, string>, body: unknown) =>
    request(bridge, { path: '/api/call', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    backend = tempBackend();
    staticDir = makeTempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body>app</body></html>');
    bridge = await startBridge({ backend: backend as unknown as BridgeBackend, staticDir });
  });
  afterAll(async () => {
    await bridge.close();
    backend.dispose();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  });

  it('gives the page its token inside index.html', async () => {
    const host = new URL(bridge.url).host;
    const page = await request(bridge, { path: '/', headers: { host } });
    expect(page.body).toContain(`<meta name="denggao-bridge-token" content="${bridge.token}">`);
  });

  it('runs a call with the token and returns the backend result', async () => {
    const host = new URL(bridge.url).host;
    const saved = await call({ host, 'x-denggao-token': bridge.token }, { method: 'profile.save', input: sampleProfile() });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { uscc: sampleProfile().uscc } });
  });

  it('refuses a call without the right token, and nothing is written', async () => {
    const host = new URL(bridge.url).host;
    const refused = await call({ host, 'x-denggao-token': 'guess' }, { method: 'workspace.saveSettings', input: { actorName: 'intruder' } });
    expect(refused.status).toBe(401);
    const settings = await backend.call('workspace.getSettings', {});
    expect(settings.ok && settings.value.actorName).toBe('');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    const host = new URL(bridge.url).host;
    const rebinding = await call({ host: 'evil.example:80', 'x-denggao-token': bridge.token }, { method: 'profile.get', input: {} });
    expect(rebinding.status).toBe(403);
    const crossOrigin = await call({ host, origin: 'http://evil.example', 'x-denggao-token': bridge.token }, { method: 'profile.get', input: {} });
    expect(crossOrigin.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const host = new URL(bridge.url).host;
    const escaped = await request(bridge, { path: '/..%2f..%2fetc%2fpasswd', headers: { host } });
    expect(escaped.body).not.toContain('root:');
  });
});
