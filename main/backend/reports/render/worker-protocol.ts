/** Messages between render-pdf.ts and pdf-worker.cjs (which, being plain JavaScript, documents them in prose). */
import type { ReportDocument } from './document';
import type { FontFiles } from './fonts';

export const WORKER_KIND = 'denggao-pdf-render';

export interface WorkerRequest {
  kind: typeof WORKER_KIND;
  document: ReportDocument;
  fonts: FontFiles;
  /** The worker writes here; render-pdf.ts renames it to the target once the worker reports success. */
  tempPath: string;
}

export type WorkerPhase = 'layout' | 'pages' | 'write';

export type WorkerMessage =
  | { type: 'progress'; phase: WorkerPhase; done: number; total: number | null }
  | { type: 'done'; pages: number; bytes: number }
  | { type: 'error'; message: string; stack?: string };
