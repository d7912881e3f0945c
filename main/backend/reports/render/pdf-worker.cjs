'use strict';
/**
 * The PDF render worker: lays out a report document with pdfmake and writes it to a temporary file.
 *
 * Why plain CommonJS: this file is started with `new Worker(path)` by render-pdf.ts, and Node loads it by
 * itself in every setting we have — under vitest and tsx (which do not reach into worker threads), under
 * plain Node, and from a bundled or packaged app (where a `.ts` source would need its own bundle entry and
 * a `.mjs` one trouble inside asar). It requires nothing but pdfmake and Node builtins. A build that bundles
 * main/ must copy this file next to the bundle that contains render-pdf.ts (see render-pdf.ts), or pass its
 * location as `workerFile`.
 *
 * Protocol (types in worker-protocol.ts):
 *   workerData: { kind: 'denggao-pdf-render', document: { definition, furniture }, fonts: { regular, bold }, tempPath }
 *   posts:      { type: 'progress', phase: 'layout' | 'pages' | 'write', done, total }
 *               { type: 'done', pages, bytes }  or  { type: 'error', message, stack }
 *
 * The same functions are exported for running pdfmake in-process (benchmarks that compare against raw
 * pdfmake, a render with no worker at hand).
 */
const fs = require('node:fs');
const { isMainThread, parentPort, workerData } = require('node:worker_threads');

const PDF_FONT_FAMILY = 'NotoSansCJKsc';
const RULE_COLOR = '#8c96a5';

/** Table layouts that document.ts refers to by name (layouts are functions, so they cannot travel as data). */
const TABLE_LAYOUTS = {
  reportGrid: {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => RULE_COLOR,
    vLineColor: () => RULE_COLOR,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  reportPlain: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  },
};

/** Fonts, table layouts, and no access to the network or to any local file but the two fonts. */
function configurePdfmake(pdfmake, fonts) {
  pdfmake.setFonts({
    [PDF_FONT_FAMILY]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === fonts.regular || path === fonts.bold);
  pdfmake.setTableLayouts(TABLE_LAYOUTS);
}

/**
 * The definition with its header and footer functions, built from the furniture data. `onPageCount` is told
 * the number of pages once layout knows it (pdfmake lays out headers and footers after the body).
 */
function withFurniture(definition, furniture, onPageCount) {
  let counted = false;
  return {
    ...definition,
    header: (page, pages) => {
      if (!counted) {
        counted = true;
        if (onPageCount) onPageCount(pages);
      }
      if (page <= furniture.header.skipFirstPages) return null;
      return {
        margin: [56, 28, 56, 0],
        fontSize: 9,
        color: '#444444',
        table: {
          widths: ['*', 'auto'],
          body: [[{ text: furniture.header.left }, { text: furniture.header.right, alignment: 'right' }]],
        },
        layout: {
          hLineWidth: (i) => (i === 1 ? 0.5 : 0),
          vLineWidth: () => 0,
          hLineColor: () => RULE_COLOR,
          paddingLeft: () => 0,
          paddingRight: () => 0,
        },
      };
    },
    footer: (page, pages) => ({
      text: furniture.footer.template.replace('{page}', String(page)).replace('{pages}', String(pages)),
      alignment: 'center',
      fontSize: 9,
      margin: [0, 20, 0, 0],
    }),
  };
}

/**
 * Lays out and renders the document; progress: 'layout' (total unknown until the page count is known),
 * then 'pages' done/total as pages are drawn. Returns the PDF bytes and the page count.
 */
async function renderToBuffer(request, onProgress) {
  const pdfmake = require('pdfmake');
  const report = onProgress || (() => {});
  configurePdfmake(pdfmake, request.fonts);
  let pageCount = 0;
  let pagesDrawn = -1;
  const definition = withFurniture(request.document.definition, request.document.furniture, (pages) => {
    pageCount = pages;
    report('layout', pages, pages);
  });
  pdfmake.setProgressCallback((fraction) => {
    const done = Math.floor(fraction * pageCount);
    if (done > pagesDrawn) {
      pagesDrawn = done;
      report('pages', done, pageCount);
    }
  });
  report('layout', 0, null);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return { buffer, pages: pageCount };
}

async function runAsWorker() {
  const post = (phase, done, total) => parentPort.postMessage({ type: 'progress', phase, done, total });
  try {
    const { buffer, pages } = await renderToBuffer(workerData, post);
    post('write', 0, buffer.length);
    await fs.promises.writeFile(workerData.tempPath, buffer);
    post('write', buffer.length, buffer.length);
    parentPort.postMessage({ type: 'done', pages, bytes: buffer.length });
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String((error && error.message) || error), stack: error && error.stack });
  }
}

if (!isMainThread && workerData && workerData.kind === 'denggao-pdf-render') {
  void runAsWorker();
}

module.exports = { PDF_FONT_FAMILY, TABLE_LAYOUTS, configurePdfmake, withFurniture, renderToBuffer };
