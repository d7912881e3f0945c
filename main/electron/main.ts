/**
 * The Electron door: one hardened window over the bundled renderer, and an IPC relay to the backend, which
 * runs in a worker thread so SQLite and long jobs never block the window. No business logic here.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { BackendStartError, startBackendWorker, type RemoteBackend } from '../backend/host/client';
import { defaultDataDir, PRODUCT_NAME } from '../backend/paths';
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { IPC_CALL, IPC_EVENT } from './ipc-channels';
import { createCallHandler } from './ipc-relay';

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | null = null;
let backend: RemoteBackend | null = null;

app.setName(PRODUCT_NAME);
app.enableSandbox();

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: '登高 Denggao',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, for the reports page's preview (a blob: PDF in an iframe); the
      // viewer's frame cannot reach the preload's API (see isTrustedSender).
      plugins: true,
      // A middle click must not open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  // Nothing but our own page, ever: no navigation, no new windows.
  window.webContents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== rendererIndexUrl) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadFile(rendererIndex);
  return window;
}

function relayIpc(remote: RemoteBackend): void {
  ipcMain.handle(
    IPC_CALL,
    createCallHandler({
      callByName: (method, input, options) => remote.callByName(method, input, options),
      mainFrame: () => mainWindow?.webContents.mainFrame,
      appIndexUrl: rendererIndexUrl,
    }),
  );
  for (const name of ['progress', 'changed'] as const) {
    remote.on(name, (payload) => mainWindow?.webContents.send(IPC_EVENT, name, payload));
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // Any request that is not one of our own files (or a blob the page made, e.g. a download; or the built-in
  // PDF viewer's own pages) is cancelled: no remote content.
  const localSchemes = ['file:', 'blob:', 'data:', 'devtools:', 'chrome-extension:'];
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !localSchemes.includes(new URL(details.url).protocol) });
  });

  // Reports find their font under resources/fonts (electron-builder's extraResources) in a packaged app.
  if (app.isPackaged) process.env.DENGGAO_RESOURCES_DIR ??= process.resourcesPath;
  backend = startBackendWorker({
    dataDir: defaultDataDir(process.env, process.platform, app.getPath('home')),
    workerFile: path.join(__dirname, 'backend-worker.cjs'),
  });
  try {
    await backend.ready;
  } catch (error) {
    dialog.showErrorBox('登高 Denggao', error instanceof BackendStartError ? error.error.message : String(error));
    app.exit(1);
    return;
  }
  relayIpc(backend);
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  if (process.env[FIRST_CONTENT_PROBE] === '1') void reportFirstContent(mainWindow);
}

/** Set by the bench's start-up scenario: print when the window first shows the app's content, then quit. */
const FIRST_CONTENT_PROBE = 'DENGGAO_PROBE_FIRST_CONTENT';

async function reportFirstContent(window: BrowserWindow): Promise<void> {
  // The page has content once React has put text into the navigation; until then it is an empty shell.
  const hasContent = 'document.querySelector("nav")?.innerText.trim().length > 0';
  while (!window.isDestroyed() && !(await window.webContents.executeJavaScript(hasContent).catch(() => false))) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  process.stdout.write(`first-content ${Math.round(performance.now())}\n`);
  app.quit();
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.on('window-all-closed', () => {
  void backend?.close().finally(() => app.quit());
});

void start();
