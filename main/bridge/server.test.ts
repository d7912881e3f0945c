import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, sampleProfile, tempBackend } from '../../test/support/workspace';
import { workspaceState } from '../../test/support/page-door';
import { MAX_BODY_BYTES, startBridge, type Bridge, type BridgeBackend } from './server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, so the test can send the Host and Origin headers a browser would never let a page forge. */
function request(
  bridge: Bridge,
  options: { path: string; method?: string; headers?: Record<string, string | number>; body?: string | Buffer },
) {
  const url = new URL(bridge.url);
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      {
        agent: false,
        host: '127.0.0.1',
        port: url.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: url.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        // A refused upload's reset may arrive after its answer: it is reported on the answer.
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const callBody = (method: string, input: unknown, options?: unknown) => JSON.stringify({ method, input, ...(options ? { options } : {}) });

describe('development bridge', () => {
  let backend: ReturnType<typeof tempBackend>;
  let bridge: Bridge;
  let staticDir: string;
  const call = (headers: Record<string, string>, body: unknown) =>
    request(bridge, {
      path: '/api/call',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const withToken = () => ({ 'x-denggao-token': bridge.token });

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

  it('runs a call with the token and returns the backend result', async () => {
    const saved = await call(withToken(), { method: 'profile.save', input: sampleProfile() });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { uscc: sampleProfile().uscc } });
  });

  it('refuses a call without the right token, and nothing is written', async () => {
    const refused = await call({ 'x-denggao-token': 'guess' }, { method: 'workspace.saveSettings', input: { actorName: 'intruder' } });
    expect(refused.status).toBe(401);
    const settings = await backend.call('workspace.getSettings', {});
    expect(settings.ok && settings.value.actorName).toBe('');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    const rebinding = await call({ host: 'evil.example:80', ...withToken() }, { method: 'profile.get', input: {} });
    expect(rebinding.status).toBe(403);
    const crossOrigin = await call({ origin: 'http://evil.example', ...withToken() }, { method: 'profile.get', input: {} });
    expect(crossOrigin.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const escaped = await request(bridge, { path: '/..%2f..%2fetc%2fpasswd' });
    expect(escaped.body).not.toContain('root:');
  });

  describe('the token reaches only the browser that opens the launch URL', () => {
    it('is nowhere in an open GET / (any local process can send one)', async () => {
      const page = await request(bridge, { path: '/' });
      expect(page.status).toBe(200);
      expect(page.body).not.toContain(bridge.token);
      expect(JSON.stringify(page.headers)).not.toContain(bridge.token);
    });

    it('is not accepted in a query string, where logs and history keep it', async () => {
      const events = await request(bridge, { path: `/api/events?token=${bridge.token}` });
      expect(events.status).toBe(401);
      const called = await request(bridge, {
        path: `/api/call?token=${bridge.token}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: callBody('profile.get', {}),
      });
      expect(JSON.parse(called.body)).toMatchObject({ ok: false, error: { code: 'error.bridge.unauthorized' } });
    });
  });

  describe('malformed requests', () => {
    it('answers a malformed URL 400 — any page can make the browser send one with an <img> — and keeps serving', async () => {
      for (const bad of ['/%E0%A4%A', '/api/%E0%A4%A', '/%00', '/launch/%ZZ']) {
        const reply = await request(bridge, { path: bad });
        expect(reply.status, bad).toBe(400);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'error.bridge.badUrl' } });
      }
      expect((await call(withToken(), { method: 'workspace.info', input: {} })).status).toBe(200);
    });

    it('answers a body that is not a call 400, naming it', async () => {
      for (const body of ['{', 'null', '"profile.get"', '{"method":7}']) {
        const reply = await request(bridge, { path: '/api/call', method: 'POST', headers: withToken(), body });
        expect(reply.status, body).toBe(400);
        expect(JSON.parse(reply.body).error.code).toBe('error.bridge.badRequest');
      }
    });

    it('refuses a body over the limit by its declared length, before reading it, and names the limit in the browser’s language', async () => {
      const reply = await request(bridge, {
        path: '/api/call',
        method: 'POST',
        headers: { ...withToken(), 'accept-language': 'en-US,en;q=0.9', 'content-length': MAX_BODY_BYTES + 1 },
        body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
      }).catch((error: Error) => ({ status: 0, body: error.message, headers: {} }));
      // The bridge may close the socket while the client is still sending: then the client sees a reset.
      if (reply.status !== 0)
        expect(JSON.parse(reply.body).error).toEqual({
          code: 'error.bridge.tooLarge',
          message: `Request too large (limit ${MAX_BODY_BYTES} bytes)`,
        });
      expect((await call(withToken(), { method: 'workspace.info', input: {} })).status).toBe(200);
    });

    it('refuses a chunked body (no declared length) once it passes the limit', async () => {
      const url = new URL(bridge.url);
      const status = await new Promise<number>((resolve) => {
        let answered = 0;
        const req = http.request(
          {
            agent: false,
            host: '127.0.0.1',
            port: url.port,
            path: '/api/call',
            method: 'POST',
            headers: { host: url.host, ...withToken(), 'transfer-encoding': 'chunked' },
          },
          (res) => {
            answered = res.statusCode ?? 0;
            res.on('error', () => undefined); // the reset of the upload, reported on the answer that came first
            res.resume();
            resolve(answered);
          },
        );
        // Once the bridge has answered it closes the connection: the rest of the upload meets a reset.
        req.on('error', () => resolve(answered || -1));
        const piece = Buffer.alloc(1024 * 1024, 0x20);
        const pump = (left: number): void => {
          if (answered || req.destroyed) return;
          if (left === 0) return void req.end();
          if (req.write(piece)) setImmediate(() => pump(left - 1));
          else req.once('drain', () => pump(left - 1));
        };
        pump(MAX_BODY_BYTES / piece.length + 2);
      });
      expect(status).toBe(413);
      expect((await call(withToken(), { method: 'workspace.info', input: {} })).status).toBe(200);
    });

    it('takes the largest call the page makes: one 4 MiB upload chunk', async () => {
      const chunkBase64 = Buffer.alloc(4 * 1024 * 1024, 7).toString('base64');
      const reply = await call(withToken(), { method: 'files.upload', input: { name: 'big.bin', offset: 0, chunkBase64, final: true } });
      expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { received: 4 * 1024 * 1024 } });
    });

    it('falls back to the workspace’s language for options.locale it does not know, and keeps answering', async () => {
      const reply = await call(withToken(), { method: 'profile.save', input: {}, options: { locale: 'xx' } });
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'error.input.invalid', message: expect.stringMatching(/^输入有误/) },
      });
      expect(JSON.parse((await call(withToken(), { method: 'workspace.info', input: {} })).body).ok).toBe(true);
    });
  });
});

describe('bridge launch URL', () => {
  let backend: ReturnType<typeof tempBackend>;
  let bridge: Bridge;
  let staticDir: string;

  beforeEach(async () => {
    backend = tempBackend();
    staticDir = makeTempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body>app</body></html>');
    bridge = await startBridge({ backend: backend as unknown as BridgeBackend, staticDir });
  });
  afterEach(async () => {
    await bridge.close();
    backend.dispose();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  const launchPath = () => new URL(bridge.launchUrl).pathname;

  it('gives the browser that opens it an HttpOnly, SameSite=Strict session, with which calls and events work', async () => {
    const launched = await request(bridge, { path: launchPath() });
    expect(launched.status).toBe(303);
    expect(launched.headers.location).toBe('/');
    const setCookie = launched.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const session = setCookie.split(';')[0]!;
    // Named for its port: cookies are per host, and a second bridge on this machine must not replace it.
    expect(session.split('=')[0]).toBe(`denggao-session-${new URL(bridge.url).port}`);
    const called = await request(bridge, {
      path: '/api/call',
      method: 'POST',
      headers: { cookie: session },
      body: callBody('workspace.info', {}),
    });
    expect(JSON.parse(called.body).ok).toBe(true);
    const events = await new Promise<number>((resolve) => {
      const url = new URL(bridge.url);
      http.get({ host: '127.0.0.1', port: url.port, path: '/api/events', headers: { host: url.host, cookie: session } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      });
    });
    expect(events).toBe(200);
  });

  it('works once: a second visit (another process that read the URL later) gets nothing', async () => {
    await request(bridge, { path: launchPath() });
    const again = await request(bridge, { path: launchPath() });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    const guessed = await request(bridge, { path: '/launch/0000' });
    expect(guessed.status).toBe(403);
  });

  it('and the events stream needs the session too', async () => {
    expect((await request(bridge, { path: '/api/events' })).status).toBe(401);
  });
});

describe('bridge: paths from the page', () => {
  let backend: ReturnType<typeof tempBackend>;
  let bridge: Bridge;
  let outside: string;

  beforeEach(async () => {
    backend = tempBackend();
    outside = makeTempDir('denggao-outside-');
    fs.writeFileSync(path.join(outside, 'secret.pdf'), '%PDF-1.7 secret');
    bridge = await startBridge({ backend: backend as unknown as BridgeBackend, staticDir: outside });
  });
  afterEach(async () => {
    await bridge.close();
    backend.dispose();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const fromPage = async (method: string, input: unknown, options?: unknown) =>
    JSON.parse(
      (
        await request(bridge, {
          path: '/api/call',
          method: 'POST',
          headers: { 'x-denggao-token': bridge.token },
          body: callBody(method, input, options),
        })
      ).body,
    ) as {
      ok: boolean;
      error?: { code: string };
    };

  it.each([
    [
      'attachments.add',
      { path: '/etc/passwd', owner: { domain: 'governance', entityId: 'department' } },
      'error.door.readOutsideWorkspace',
    ],
    ['files.read', { path: '/etc/passwd', offset: 0, length: 100 }, 'error.door.readOutsideWorkspace'],
    ['sam.export', { what: 'products', path: '{outside}/products.csv' }, 'error.door.writeOutsideExports'],
    ['filing.keys.generate', { keyDir: '{outside}/keys', passphrase: 'secret-passphrase' }, 'error.door.writeOutsideExports'],
    [
      'filing.export',
      { reports: ['{outside}/secret.pdf'], passphrase: 'secret-passphrase', period: '2025' },
      'error.door.readOutsideWorkspace',
    ],
    ['filing.export', { out: '{outside}/package.zip', passphrase: 'secret-passphrase', period: '2025' }, 'error.door.writeOutsideExports'],
  ])('%s with a path outside the workspace is refused by name, and nothing changes', async (method, input, code) => {
    const attack = JSON.parse(JSON.stringify(input).replaceAll('{outside}', outside)) as unknown;
    const before = await workspaceState(backend, backend.dataDir, outside);
    // The page cannot talk its way out either: whatever it puts in options, the call is the page's.
    expect(await fromPage(method, attack, { door: 'cli', locale: 'en-US' })).toMatchObject({ ok: false, error: { code } });
    expect(await workspaceState(backend, backend.dataDir, outside)).toEqual(before);
  });
});
