/**
 * Renders a report document to a PDF file off the main thread.
 *
 * Order of work, so that nothing is half-done when something is wrong: the output path is checked (by
 * reserving a temporary file beside it) before anything else; then the font is checked against every text;
 * then a worker lays out and writes the temporary file; only on success is it renamed over the target. A
 * failure or a cancel removes the temporary file, and an existing file at the target stays as it was.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectDocumentTexts, type ReportDocument } from './document';
import { DEFAULT_LOCALE, translate, type Locale } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { findFontFiles, findMissingGlyphs, missingGlyphError, type FontLocationOptions } from './fonts';
import { moduleDir } from './module-dir';
import { WORKER_KIND, type WorkerMessage, type WorkerRequest } from './worker-protocol';

export type RenderPhase = 'fonts' | 'layout' | 'pages' | 'write';

/** `total` is null while it is unknown (layout, until the page count is known). */
export interface RenderProgress {
  phase: RenderPhase;
  done: number;
  total: number | null;
}

export interface RenderPdfOptions extends FontLocationOptions {
  outPath: string;
  signal?: AbortSignal;
  onProgress?: (progress: RenderProgress) => void;
  /** Where pdf-worker.cjs is; default: beside this code (see defaultWorkerFile). */
  workerFile?: string;
  /** The caller's language, in which a reason inside an error (why a file cannot be written) is worded; default zh-CN. */
  locale?: Locale;
}

export interface RenderPdfResult {
  outPath: string;
  pages: number;
  bytes: number;
  durationMs: number;
}

/**
 * pdf-worker.cjs beside this code: in the source tree, this folder; in a CommonJS bundle, the bundle's folder
 * — so a build that bundles main/ copies pdf-worker.cjs there (and keeps pdfmake resolvable from it).
 */
export function defaultWorkerFile(): string {
  return path.join(moduleDir(), 'pdf-worker.cjs');
}

export async function renderPdf(document: ReportDocument, options: RenderPdfOptions): Promise<RenderPdfResult> {
  const started = performance.now();
  const report = options.onProgress ?? (() => {});
  throwIfCancelled(options.signal);
  const outPath = path.resolve(options.outPath);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const tempPath = await reserveTempFile(outPath, locale);
  try {
    const fonts = findFontFiles(options);
    report({ phase: 'fonts', done: 0, total: 1 });
    const missing = findMissingGlyphs(collectDocumentTexts(document), fonts);
    if (missing.length > 0) throw missingGlyphError(missing);
    report({ phase: 'fonts', done: 1, total: 1 });
    throwIfCancelled(options.signal);
    const request: WorkerRequest = { kind: WORKER_KIND, document, fonts, tempPath };
    const { pages, bytes } = await runWorker(options.workerFile ?? defaultWorkerFile(), request, report, options.signal);
    await moveIntoPlace(tempPath, outPath, locale);
    return { outPath, pages, bytes, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    await fs.promises.rm(tempPath, { force: true });
    throw error;
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('reports.render.cancelled');
}

/**
 * Creates an empty temporary file beside the target: the one sure test that the folder takes a new file.
 * (Permission bits alone say nothing when running as an administrator or on a read-only medium.)
 */
async function reserveTempFile(outPath: string, locale: Locale): Promise<string> {
  const targetIsFolder = await fs.promises.stat(outPath).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (targetIsFolder) throw notWritable(outPath, 'reports.output.isFolder', locale);
  const tempPath = path.join(path.dirname(outPath), `.${path.basename(outPath)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const handle = await fs.promises.open(tempPath, 'wx');
    await handle.close();
  } catch (error) {
    throw notWritable(outPath, reasonOf(error), locale, error);
  }
  return tempPath;
}

async function moveIntoPlace(tempPath: string, outPath: string, locale: Locale): Promise<void> {
  try {
    await fs.promises.rename(tempPath, outPath);
  } catch (error) {
    throw notWritable(outPath, reasonOf(error), locale, error);
  }
}

type OutputReason = 'reports.output.folderMissing' | 'reports.output.isFolder' | 'reports.output.denied';

function reasonOf(error: unknown): OutputReason {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'reports.output.folderMissing';
  if (code === 'EISDIR') return 'reports.output.isFolder';
  return 'reports.output.denied';
}

/** The file named both in the message and as the error's detail; the reason worded in the caller's language. */
function notWritable(outPath: string, reason: OutputReason, locale: Locale, cause?: unknown): AppError {
  const underneath = cause === undefined ? {} : { cause };
  return new AppError('reports.output.notWritable', { file: outPath, reason: translate(locale, reason) }, { file: outPath }, underneath);
}

function runWorker(
  workerFile: string,
  request: WorkerRequest,
  report: (progress: RenderProgress) => void,
  signal: AbortSignal | undefined,
): Promise<{ pages: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: request });
    } catch (error) {
      // A function left in the document cannot be cloned into the worker: a bug of the report's builder.
      reject(renderFailed(String((error as Error).message)));
      return;
    }
    let settled = false;
    let cancelling = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      finish();
    };
    // Rejecting waits for the worker's exit, so the caller's clean-up cannot race the worker's last write.
    const cancel = () => {
      cancelling = true;
      void worker.terminate();
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (cancelling) return;
      if (message.type === 'progress') report({ phase: message.phase, done: message.done, total: message.total });
      else if (message.type === 'done') settle(() => resolve({ pages: message.pages, bytes: message.bytes }));
      else settle(() => reject(renderFailed(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(renderFailed(error.message))));
    worker.on('exit', (code) =>
      settle(() =>
        reject(cancelling ? new AppError('reports.render.cancelled') : renderFailed(`render worker stopped (exit code ${code})`)),
      ),
    );
  });
}

/** The reason is the worker's own (English, technical): what a bug report needs. */
function renderFailed(reason: string): AppError {
  return new AppError('reports.render.failed', { reason });
}
