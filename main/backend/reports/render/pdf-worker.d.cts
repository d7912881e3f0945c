// Types of pdf-worker.cjs's exports, for running pdfmake in-process (e.g. a benchmark against raw pdfmake).
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PageFurniture } from './document';
import type { FontFiles } from './fonts';
import type { WorkerPhase, WorkerRequest } from './worker-protocol';

export declare const PDF_FONT_FAMILY: string;
export declare const TABLE_LAYOUTS: Record<string, unknown>;
export declare function configurePdfmake(pdfmake: unknown, fonts: FontFiles): void;
export declare function withFurniture(
  definition: TDocumentDefinitions,
  furniture: PageFurniture,
  onPageCount?: (pages: number) => void,
): TDocumentDefinitions;
export declare function renderToBuffer(
  request: Pick<WorkerRequest, 'document' | 'fonts'>,
  onProgress?: (phase: WorkerPhase, done: number, total: number | null) => void,
): Promise<{ buffer: Buffer; pages: number }>;
