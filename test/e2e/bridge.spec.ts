import { expect, test } from '@playwright/test';
import { E2E_LAUNCH_CODE } from './launch';

/**
 * The bridge's session reaches only the browser that opened the launch URL (done once, in global-setup.ts).
 * Another browser profile that finds the port gets the page's code but cannot use the workspace, and the
 * launch URL, already spent, gives it nothing.
 */
test('a browser without the session cannot call the backend, and the spent launch URL does not give it one', async ({ browser }) => {
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await stranger.newPage();
  await page.goto('./');
  const status = await page.evaluate(
    async () => (await fetch('./api/call', { method: 'POST', body: JSON.stringify({ method: 'profile.get', input: {} }) })).status,
  );
  expect(status).toBe(401);
  const relaunch = await page.goto(`./launch/${E2E_LAUNCH_CODE}`);
  expect(relaunch?.status()).toBe(403);
  expect(await stranger.cookies()).toEqual([]);
  await stranger.close();
});

test('the browser with the session uses the app', async ({ page }) => {
  await page.goto('./');
  const status = await page.evaluate(
    async () => (await fetch('./api/call', { method: 'POST', body: JSON.stringify({ method: 'workspace.info', input: {} }) })).status,
  );
  expect(status).toBe(200);
});
