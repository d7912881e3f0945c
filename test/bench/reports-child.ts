/**
 * One measured render of the large enterprise's `full` report, in a process of its own so that its peak RSS
 * is its own (see scenarios/reports.ts). Prints one JSON line.
 *
 *   tsx test/bench/reports-child.ts pipeline|raw
 *
 * pipeline: what `reports.render` does — build the document from the sources (views, sections, charts), check
 *           every text against the font, lay out and write in the worker thread, rename into place.
 * raw:      the same document definition (built first, not timed) laid out by pdfmake in-process and written.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildReport, type ReportRequest } from '../../main/backend/reports/build';
import { findFontFiles } from '../../main/backend/reports/render/fonts';
import { renderPdf } from '../../main/backend/reports/render/render-pdf';
import { largeEnterpriseSources } from '../fixtures/reports/enterprise';

export type ChildMode = 'pipeline' | 'raw';
export interface ChildResult {
  mode: ChildMode;
  pages: number;
  seconds: number;
  peakRssMB: number;
  bytes: number;
}

const REQUEST: ReportRequest = { kind: 'full', locale: 'zh-CN', classification: 'internal', approvals: [] };

async function measure(mode: ChildMode): Promise<ChildResult> {
  const sources = largeEnterpriseSources();
  const outPath = path.join(os.tmpdir(), `denggao-bench-${mode}-${process.pid}.pdf`);
  let pages: number;
  let started: number;
  if (mode === 'pipeline') {
    started = performance.now();
    pages = (await renderPdf(buildReport(sources, REQUEST), { outPath })).pages;
  } else {
    const document = buildReport(sources, REQUEST);
    const require = createRequire(import.meta.url);
    const worker =
      require('../../main/backend/reports/render/pdf-worker.cjs') as typeof import('../../main/backend/reports/render/pdf-worker.cjs');
    const pdfmake = require('pdfmake') as { createPdf(dd: unknown): { getBuffer(): Promise<Buffer> } };
    started = performance.now();
    worker.configurePdfmake(pdfmake, findFontFiles());
    let count = 0;
    const definition = worker.withFurniture(document.definition, document.furniture, (n) => (count = n));
    fs.writeFileSync(outPath, await pdfmake.createPdf(definition).getBuffer());
    pages = count;
  }
  const seconds = (performance.now() - started) / 1000;
  const bytes = fs.statSync(outPath).size;
  fs.rmSync(outPath);
  // maxRSS is in kilobytes and covers the worker thread, which shares the process.
  return { mode, pages, seconds: Number(seconds.toFixed(2)), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), bytes };
}

const mode = process.argv[2];
if (mode === 'pipeline' || mode === 'raw') process.stdout.write(`${JSON.stringify(await measure(mode))}\n`);
