import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { E2E_LAUNCH_CODE, E2E_STORAGE_STATE } from './test/e2e/launch';

// A fresh workspace for every run, served by the development bridge on loopback (the same backend worker
// the desktop app uses). Debian's chromium, never a downloaded browser.
const dataDir = process.env.DENGGAO_E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-e2e-'));
process.env.DENGGAO_E2E_DATA_DIR = dataDir;
const port = Number(process.env.DENGGAO_E2E_PORT ?? 4791);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Opens the bridge's one-time launch URL and keeps the session for every test (test/e2e/global-setup.ts).
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    storageState: E2E_STORAGE_STATE,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `node dist/main/bridge.cjs --port ${port} --data-dir "${dataDir}"`,
    env: { DENGGAO_BRIDGE_LAUNCH_CODE: E2E_LAUNCH_CODE },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
