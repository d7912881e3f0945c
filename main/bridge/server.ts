/**
 * The development bridge: the built renderer and the contract over HTTP, on loopback only. It lets
 * Playwright (and a plain browser, where no Electron runtime exists) drive the real renderer against the
 * real backend. Never packaged.
 *
 * What it accepts (docs/architecture.md, "What the doors accept"):
 * - Host and Origin must be ours, which keeps other web pages (and DNS-rebinding tricks) away.
 * - The per-start token reaches only the browser that opens the one-time launch URL it prints
 *   (`/launch/<code>`): that visit sets it as an HttpOnly, SameSite=Strict cookie and the code is spent.
 *   Nothing else hands it out — not `GET /`, not a query string — so another local process or page that
 *   can reach the port cannot learn it. API calls (and the event stream) need the cookie or the
 *   X-Denggao-Token header (in-process callers that were given the token).
 * - A call is marked as the page's: the backend confines its paths to the workspace and checks its options.
 * - A malformed request is answered 400, a body over MAX_BODY_BYTES 413; none of them can end the process.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract/core';
import { translate, type Locale, translateCode } from '../../shared/i18n';
import { pageCallOptions, type CallOptionsWithLocale } from '../backend/call-options';
import { CONTENT_SECURITY_POLICY } from '../common/csp';

export interface BridgeBackend {
  callByName(method: string, input: unknown, options?: CallOptionsWithLocale): Promise<Result<unknown>>;
  on(event: 'progress' | 'changed', listener: (payload: never) => void): () => void;
}

export interface BridgeOptions {
  backend: BridgeBackend;
  /** The built renderer (vite's output). */
  staticDir: string;
  port?: number;
  token?: string;
  /** The one-time code of the launch URL; random unless the caller (Playwright's setup) chose one. */
  launchCode?: string;
}

export interface Bridge {
  url: string;
  /** Open once, in the browser that is to use the app: it receives the session and goes on to `url`. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

/**
 * The largest call the page makes is one upload chunk: 4 MiB, about 5.6 MB as base64 in JSON
 * (renderer/src/api/files.ts). The end-to-end tests seed the workspace through workspace.importData, the
 * largest with 100,000 installations (8.6 MB). 16 MiB covers both; a bigger body is refused before it is read.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const TOKEN_HEADER = 'x-denggao-token';
const LAUNCH_PREFIX = '/launch/';
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

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    ...headers,
  });
  res.end(body);
}

/** The language of the bridge's own refusals: the browser's, if we have it. */
function requestLocale(req: http.IncomingMessage): Locale {
  return /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en-US' : 'zh-CN';
}

function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  code: string,
  params?: Record<string, string | number>,
): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message: translateCode(requestLocale(req), code, params) } }));
}

/** The request's path, decoded; null when it is not a well-formed URL (`/%E0%A4%A`) or carries a NUL. */
function decodedPath(rawUrl: string | undefined): string | null {
  try {
    const decoded = decodeURIComponent(new URL(rawUrl ?? '/', 'http://bridge').pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

class BodyTooLarge extends Error {}

/**
 * The body as one buffer, refused past MAX_BODY_BYTES. With a Content-Length (what browsers send) it is
 * checked before a byte is read and read into one buffer of that size, so a call is held once, not as
 * chunks plus their concatenation.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const whole = Number.isSafeInteger(declared) ? Buffer.allocUnsafe(declared) : null;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > (whole?.length ?? MAX_BODY_BYTES)) {
        req.removeAllListeners('data');
        return reject(new BodyTooLarge());
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const launchCode = options.launchCode ?? crypto.randomBytes(24).toString('hex');
  let launchCodeSpent = false;
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts: string[] = [];
  // Browsers keep cookies per host, not per port: a second bridge on this machine must not replace ours.
  let sessionCookie = 'denggao-session';

  function isOurRequest(req: http.IncomingMessage): boolean {
    const host = req.headers.host ?? '';
    if (!allowedHosts.includes(host)) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
  }

  /** The session cookie the launch URL set, or the header an in-process caller sends. Never a query string. */
  function isAuthenticated(req: http.IncomingMessage): boolean {
    const given = (req.headers[TOKEN_HEADER] as string | undefined) ?? cookie(req, sessionCookie) ?? '';
    return safeEqual(given, token);
  }

  function launch(code: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (launchCodeSpent || !safeEqual(code, launchCode))
      return send(res, 403, translate(requestLocale(req), 'error.bridge.launchUsed'), 'text/plain; charset=utf-8');
    launchCodeSpent = true;
    send(res, 303, '', 'text/plain; charset=utf-8', {
      Location: '/',
      'Set-Cookie': `${sessionCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    });
  }

  function serveStatic(urlPath: string, res: http.ServerResponse): void {
    const relative = urlPath.replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'not found', 'text/plain');
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(staticRoot, 'index.html');
    if (!fs.existsSync(target)) return send(res, 500, 'renderer not built: run npm run build', 'text/plain');
    send(res, 200, fs.readFileSync(target), CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream');
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let request: { method?: unknown; input?: unknown; options?: unknown };
    try {
      request = JSON.parse((await readBody(req)).toString('utf8')) as typeof request;
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) return refuse(req, res, 400, 'error.bridge.badRequest');
      // Stop receiving the rest: answer, then close the connection.
      res.once('finish', () => req.destroy());
      return refuse(req, res, 413, 'error.bridge.tooLarge', { limit: MAX_BODY_BYTES });
    }
    if (request === null || typeof request !== 'object' || typeof request.method !== 'string')
      return refuse(req, res, 400, 'error.bridge.badRequest');
    const result = await options.backend.callByName(request.method, request.input, pageCallOptions(request.options));
    send(res, 200, JSON.stringify(result));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = (['progress', 'changed'] as const).map((event) =>
      options.backend.on(event, ((payload: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)) as (
        p: never,
      ) => void),
    );
    req.on('close', () => unsubscribe.forEach((off) => off()));
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse): void | Promise<void> {
    if (!isOurRequest(req)) return refuse(req, res, 403, 'error.bridge.unauthorized');
    const urlPath = decodedPath(req.url);
    if (urlPath === null) return refuse(req, res, 400, 'error.bridge.badUrl');
    if (urlPath.startsWith(LAUNCH_PREFIX) && req.method === 'GET') return launch(urlPath.slice(LAUNCH_PREFIX.length), req, res);
    if (!urlPath.startsWith('/api/')) return serveStatic(urlPath, res);
    if (!isAuthenticated(req)) return refuse(req, res, 401, 'error.bridge.unauthorized');
    if (urlPath === '/api/call' && req.method === 'POST') return handleCall(req, res);
    if (urlPath === '/api/events' && req.method === 'GET') return handleEvents(req, res);
    refuse(req, res, 404, 'error.bridge.notFound');
  }

  const server = http.createServer((req, res) => {
    // Whatever goes wrong with one request is that request's 500, never the end of the bridge.
    const fail = (error: unknown) => {
      if (res.headersSent) return void res.destroy();
      send(
        res,
        500,
        JSON.stringify({
          ok: false,
          error: { code: 'error.internal', message: translate(requestLocale(req), 'error.internal', { detail: String(error) }) },
        }),
      );
    };
    try {
      void Promise.resolve(route(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  sessionCookie = `denggao-session-${port}`;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}${LAUNCH_PREFIX.slice(1)}${launchCode}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
