/**
 * The bridge hands its session only to the browser that opens its one-time launch URL. Playwright opens it
 * once, here, and every test's browser context starts from the session it got (playwright.config.ts:
 * storageState) — the way a user's browser keeps it across tabs.
 */
import fs from 'node:fs';
import { chromium, type FullConfig } from '@playwright/test';
import { E2E_LAUNCH_CODE, E2E_STORAGE_STATE } from './launch';

/** Returns the teardown: the saved session is removed when the run ends. */
export default async function globalSetup(config: FullConfig): Promise<() => void> {
  const use = config.projects[0]!.use;
  const browser = await chromium.launch(use.launchOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const launched = await page.goto(new URL(`launch/${E2E_LAUNCH_CODE}`, use.baseURL).href);
    if (!launched?.ok()) throw new Error(`the bridge refused the launch URL (${launched?.status()})`);
    await context.storageState({ path: E2E_STORAGE_STATE });
  } finally {
    await browser.close();
  }
  return () => fs.rmSync(E2E_STORAGE_STATE, { force: true });
}
