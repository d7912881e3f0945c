/**
 * The development bridge: the built renderer and the contract over HTTP, on loopback only. It lets
 * Playwright (and a plain browser, where no Electron runtime exists) drive the real renderer against the
 * real backend. Never packaged. Every API call needs the per-start token; Host and Origin must be ours,
 * which keeps other web pages (and DNS-rebinding tricks) away from the workspace.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract/core';
import { CONTENT_SECURITY_POLICY } from '../common/csp';

export interface BridgeBackend {
  callByName(method: string, input: unknown, options?: Record<string, unknown>): Promise<Result<unknown>>;
  on(event: 'progress' | 'changed', listener: (payload: never) => void): () => void;
}

export interface BridgeOptions {
  backend: BridgeBackend;
  /** The built renderer (vite's output). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024 * 1024;
const TOKEN_HEADER = 'x-denggao-token';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts: string[] = [];

  function isOurRequest(req: http.IncomingMessage): boolean {
    const host = req.headers.host ?? '';
    if (!allowedHosts.includes(host)) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
  }

  function serveStatic(urlPath: string, res: http.ServerResponse): void {
    const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'not found', 'text/plain');
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(staticRoot, 'index.html');
    if (!fs.existsSync(target)) return send(res, 500, 'renderer not built: run npm run build', 'text/plain');
    let body: string | Buffer = fs.readFileSync(target);
    if (target.endsWith('index.html')) {
      // The page learns the token from itself; a page of another origin cannot read this response.
      body = body.toString('utf8').replace('</head>', `<meta name="denggao-bridge-token" content="${token}"></head>`);
    }
    send(res, 200, body, CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream');
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let request: { method?: unknown; input?: unknown; options?: Record<string, unknown> };
    try {
      request = JSON.parse(await readBody(req)) as typeof request;
    } catch {
      return send(res, 400, JSON.stringify({ ok: false, error: { code: 'error.bridge.badRequest', message: 'bad request' } }));
    }
    const result = await options.backend.callByName(String(request.method), request.input, request.options ?? {});
    send(res, 200, JSON.stringify(result));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = (['progress', 'changed'] as const).map((event) =>
      options.backend.on(event, ((payload: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)) as (p: never) => void),
    );
    req.on('close', () => unsubscribe.forEach((off) => off()));
  }

  const server = http.createServer((req, res) => {
    if (!isOurRequest(req)) return send(res, 403, JSON.stringify({ ok: false, error: { code: 'error.bridge.unauthorized', message: 'forbidden host or origin' } }));
    const url = new URL(req.url ?? '/', 'http://bridge');
    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, res);
    const given = (req.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get('token') ?? '';
    if (!safeEqual(given, token)) return send(res, 401, JSON.stringify({ ok: false, error: { code: 'error.bridge.unauthorized', message: 'missing or wrong token' } }));
    if (url.pathname === '/api/call' && req.method === 'POST') return void handleCall(req, res).catch((error: unknown) => send(res, 500, JSON.stringify({ ok: false, error: { code: 'error.internal', message: String(error) } })));
    if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(req, res);
    send(res, 404, JSON.stringify({ ok: false, error: { code: 'error.bridge.notFound', message: 'not found' } }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
