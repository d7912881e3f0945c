import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * The sample enterprise of test/fixtures/profile.json as the headquarters of its group (its own filings, no
 * parent group): the enterprise the filing and report tests work as.
 */
export const HEADQUARTERS_PROFILE = {
  ...(JSON.parse(readFileSync(new URL('../fixtures/profile.json', import.meta.url), 'utf8')) as { name: string; uscc: string }),
  role: 'headquarters',
  group: { name: '', uscc: '' },
};

/** A link in the side navigation, by its exact label. */
export const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/**
 * Calls the backend through the bridge as the page would (with the session the launch URL gave the browser:
 * see test/e2e/global-setup.ts). Tests use it to seed or reset the workspace, never to check results: those
 * are read off the screen.
 */
export async function callBackend<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  if (page.url() === 'about:blank') await page.goto('./');
  const result = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch('./api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input },
  );
  if (!result.ok) throw new Error(`${method} failed: ${result.error?.message}`);
  return result.value as T;
}

/**
 * Every spec file shares one bridge and one workspace: each starts from a known state by importing a
 * data document (empty by default) — the same all-or-nothing import users have — in Chinese.
 */
export async function resetWorkspace(page: Page, data: Record<string, unknown> = {}): Promise<void> {
  await callBackend(page, 'workspace.importData', { formatVersion: 1, profile: null, ...data });
  await callBackend(page, 'workspace.saveSettings', { locale: 'zh-CN' });
  await page.reload();
}

/**
 * Prints a report of the kind named (its label on the reports page) for the whole workspace and returns the
 * saved PDF's text (see savedReportText).
 */
export async function printedReportText(page: Page, kindLabel: string, fileName: string): Promise<string> {
  await nav(page, '报告').click();
  await page.getByLabel('报告类型').selectOption({ label: kindLabel });
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(page.getByRole('status').filter({ hasText: /已生成 \d+ 页/ })).toBeVisible({ timeout: 60_000 });
  return savedReportText(page, fileName);
}

/**
 * Saves the generated report through its 保存 PDF button under the test's output folder; its text as pdftotext
 * reads it, with all white space removed (pdftotext breaks lines anywhere).
 */
export async function savedReportText(page: Page, name: string): Promise<string> {
  const file = await saveDownload(page, () => page.getByRole('button', { name: '保存 PDF' }).click(), test.info().outputPath(), name);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** Clicks what starts a download and saves the file as `name` in `folder`; gives its path. */
export async function saveDownload(page: Page, click: () => Promise<void>, folder: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(folder, name);
  await download.saveAs(file);
  return file;
}
