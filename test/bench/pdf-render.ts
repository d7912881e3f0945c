/**
 * Time and peak RSS of a ~300-page table report: through renderPdf (worker, glyph check, temp file and
 * rename) and through raw pdfmake in-process laying out the same document definition. Each mode runs in
 * its own child process so that each peak RSS is its own.
 *
 *   npx tsx test/bench/pdf-render.ts [rows]        (default 9000 rows ≈ 300 pages)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportDocument, createHeadings, dataTable, type ReportDocument } from '../../main/backend/reports/render/document';
import { findFontFiles } from '../../main/backend/reports/render/fonts';
import { renderPdf } from '../../main/backend/reports/render/render-pdf';
import { sampleFrame } from '../fixtures/reports/sample-report';

type Mode = 'worker' | 'raw';

function tableReport(rows: number): ReportDocument {
  const h = createHeadings();
  const body = [];
  const perChapter = 1000;
  for (let start = 0; start < rows; start += perChapter) {
    body.push(h.h1(`第 ${start / perChapter + 1} 部分　软件许可明细`));
    const chunk = Array.from({ length: Math.min(perChapter, rows - start) }, (_, i) => {
      const n = start + i;
      return [`${n + 1}`, `办公软件套件 ${n % 97} 企业版`, n % 3 === 0 ? '按用户' : '按设备', 100 + (n % 50), 90 + (n % 70), n % 7 === 0 ? '短缺' : '充足'];
    });
    body.push(
      dataTable(
        [
          { header: '序号', width: 36, align: 'right' },
          { header: '软件名称' },
          { header: '许可方式', width: 56 },
          { header: '授权数', width: 46, align: 'right' },
          { header: '安装数', width: 46, align: 'right' },
          { header: '状态', width: 36, align: 'center' },
        ],
        chunk,
      ),
    );
  }
  return buildReportDocument(sampleFrame(), body);
}

async function runOne(mode: Mode, rows: number): Promise<void> {
  const document = tableReport(rows);
  const outPath = path.join(os.tmpdir(), `denggao-bench-${mode}-${process.pid}.pdf`);
  const started = performance.now();
  let pages: number;
  if (mode === 'worker') {
    pages = (await renderPdf(document, { outPath })).pages;
  } else {
    const require = createRequire(import.meta.url);
    const worker = require('../../main/backend/reports/render/pdf-worker.cjs') as typeof import('../../main/backend/reports/render/pdf-worker.cjs');
    const pdfmake = require('pdfmake') as { createPdf(dd: unknown): { getBuffer(): Promise<Buffer> } };
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
  console.log(JSON.stringify({ mode, rows, pages, seconds: Number(seconds.toFixed(2)), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), bytes }));
}

const [modeArg, rowsArg] = process.argv.slice(2);
if (modeArg === 'worker' || modeArg === 'raw') {
  await runOne(modeArg, Number(rowsArg));
} else {
  const rows = Number(modeArg ?? 9000);
  const self = fileURLToPath(import.meta.url);
  for (const mode of ['raw', 'worker'] as const) {
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, self, mode, String(rows)], { encoding: 'utf8' }));
  }
}
