/**
 * Every page in both languages, as a user reads it: no text that looks like an id or a message key (see
 * raw-ids.ts), and nothing that spills out of its box at 1280×800 or 1920×1080. Each page's tabs are opened
 * one by one, and the pages reached from a record (an object, a template, a declaration, a filing) are
 * walked with records seeded for them. A screenshot of each page at 1280×800 is kept with the test's output.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale } from '../../shared/i18n';
import { routes, type RoutePath } from '../../renderer/src/app/routes';
import { DEFAULT_TEMPLATE } from '../../shared/catalogs/assessment/default-template';
import { enterpriseDocument, objectId } from '../fixtures/reports/enterprise';
import { findRawIds } from './raw-ids';
import { callBackend, resetWorkspace } from './support';

const PASSPHRASE = '走查口令 2025!';
const DECLARATION_ID = 'decl-1';
const OBJECT_ID = objectId(1);

/** The concrete address of each route that takes a record's id: the type checker asks for every new one. */
const RECORD_PAGES: Record<Extract<RoutePath, `${string}:${string}`>, string> = {
  '/assessment/templates/:id/:version': `/assessment/templates/${DEFAULT_TEMPLATE.id}/${DEFAULT_TEMPLATE.version}`,
  '/declarations/:id': `/declarations/${DECLARATION_ID}`,
  '/declarations/:id/print': `/declarations/${DECLARATION_ID}/print`,
};

/** A page to walk: its address, a name for reports and screenshots, and whether to open its tabs one by one. */
interface Stop {
  name: string;
  address: string;
  openTabs: boolean;
}

let filingId = '';

function stopsOfTheWalk(): Stop[] {
  const fromRoutes = routes.map((route) => {
    const address = route.path in RECORD_PAGES ? RECORD_PAGES[route.path as keyof typeof RECORD_PAGES] : route.path;
    return { name: address, address, openTabs: true };
  });
  return [
    ...fromRoutes,
    // Reached from a list by a query, not by a route of their own.
    { name: '/mlps?object', address: `/mlps?object=${OBJECT_ID}`, openTabs: true },
    { name: '/mlps?object=new', address: '/mlps?object=new', openTabs: true },
    // Its tabs are the receiver page's, walked above.
    { name: '/receiver?filing', address: `/receiver?tab=filings&filing=${filingId}`, openTabs: false },
  ];
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  // A whole enterprise (assessments, a plan, graded objects, declarations, registers) ...
  await resetWorkspace(page, enterpriseDocument({ objects: 3, unassessed: 1 }));
  // ... that has filed a package, which the same workspace received, so the receiver's pages have a filing.
  // Its own key folder (where the page may write: the exports folder), as an earlier spec's keys are locked
  // with that spec's passphrase.
  const workspaceKeys = (await callBackend<{ keyDir: string }>(page, 'filing.keys.info', {})).keyDir;
  const keyDir = path.join(path.dirname(workspaceKeys), 'exports', 'walk-keys');
  const keys = await callBackend<{ present: boolean }>(page, 'filing.keys.info', { keyDir });
  if (!keys.present) await callBackend(page, 'filing.keys.generate', { keyDir, passphrase: PASSPHRASE });
  const certificate = await callBackend<{ path: string; fingerprintSha256: string }>(page, 'filing.keys.exportCertificate', { keyDir });
  const trusted = await callBackend<{ fingerprintSha256: string }[]>(page, 'filing.trust.list', {});
  if (!trusted.some((entry) => entry.fingerprintSha256 === certificate.fingerprintSha256))
    await callBackend(page, 'filing.trust.add', { path: certificate.path, label: '走查签名' });
  const exported = await callBackend<{ path: string }>(page, 'filing.export', {
    keyDir,
    period: '2025',
    passphrase: PASSPHRASE,
    includeAttachments: false /* the fixture's attachment has no file */,
  });
  filingId = (await callBackend<{ filing: { id: string } }>(page, 'filing.import', { path: exported.path })).filing.id;
  await page.close();
});

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await callBackend(page, 'workspace.saveSettings', { locale: 'zh-CN' });
  await page.close();
});

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

for (const locale of ['zh-CN', 'en-US'] as const satisfies readonly Locale[]) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${locale} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });
      test.beforeEach(async ({ page }) => {
        await callBackend(page, 'workspace.saveSettings', { locale });
        await page.reload(); // the app reads its language when it starts
      });

      test('every page reads as words, and nothing spills out of its box', async ({ page }) => {
        test.setTimeout(300_000);
        const problems: string[] = [];
        for (const stop of stopsOfTheWalk()) {
          await openPage(page, stop.address, locale);
          problems.push(...(await checkView(page, stop.name, locale, viewport.width)));
          for (const tab of stop.openTabs ? await tabNames(page) : []) {
            await page.getByRole('main').getByRole('tab', { name: tab, exact: true }).click();
            await waitForContent(page, locale);
            problems.push(...(await checkView(page, `${stop.name} › ${tab}`, locale, viewport.width)));
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
}

async function openPage(page: Page, address: string, locale: Locale): Promise<void> {
  await page.goto(`./#${address}`);
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
  await waitForContent(page, locale);
}

/** A page has loaded when no part of it still says it is loading. */
async function waitForContent(page: Page, locale: Locale): Promise<void> {
  await expect(page.getByText(translate(locale, 'app.loading'))).toHaveCount(0);
}

async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('tab').allInnerTexts();
}

/** The view's raw ids and overflowing boxes, each as one line naming the page; a screenshot at 1280 wide. */
async function checkView(page: Page, where: string, locale: Locale, width: number): Promise<string[]> {
  if (width === 1280)
    await page.screenshot({ path: test.info().outputPath(`${locale}-${where.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}.png`) });
  const rawIds = findRawIds(await visibleText(page), locale).map((f) => `${where}: ${f.rule} "${f.token}" in «${f.context}»`);
  const overflows = (await overflowingBoxes(page)).map((o) => `${where}: overflow ${o}`);
  return [...rawIds, ...overflows];
}

/** What a user reads: the rendered text, and the words tools show (tooltips, accessible names, placeholders). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ['title', 'aria-label', 'placeholder', 'alt'];
    // A chart's labels are separate <text> elements that innerText runs together ("Overdue milestonesObjects
    // not filed"): the page's text is read with charts hidden, and each chart label on its own.
    const hideCharts = document.head.appendChild(document.createElement('style'));
    hideCharts.textContent = 'svg { display: none !important; }';
    const texts = [document.title, document.body.innerText];
    hideCharts.remove();
    for (const label of document.body.querySelectorAll('svg text')) texts.push(label.textContent ?? '');
    for (const element of document.body.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.join('\n');
  });
}

/**
 * Boxes whose content is wider than they are and neither scroll nor end in an ellipsis: their text is cut off
 * or runs over their neighbours. Named by tag, classes and the start of their text.
 */
async function overflowingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const main = document.querySelector('main');
    // Scrolling frames within the page (not the page's own content area, which would excuse everything).
    const insideScroller = (element: Element): boolean => {
      for (let up = element.parentElement; up && up !== main; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('svg')) continue; // charts lay out their own labels
      if (element.matches('input, textarea, select')) continue; // a long value scrolls inside its field
      if (insideScroller(element)) continue; // a wide table scrolls in its own frame
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') continue;
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.textOverflow === 'ellipsis') continue;
      if (element.clientWidth <= 1) continue; // visually hidden text for screen readers
      if (element.scrollWidth > element.clientWidth + 1) {
        const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
        found.push(
          `${name} (${element.scrollWidth}px in ${element.clientWidth}px): «${element.innerText.slice(0, 40).replace(/\s+/g, ' ')}»`,
        );
      }
    }
    if (main && main.scrollWidth > main.clientWidth + 1)
      found.push(`main scrolls sideways (${main.scrollWidth}px in ${main.clientWidth}px)`);
    return found;
  });
}
