/**
 * The common frame of every report as a pdfmake document definition: cover, table of contents, the report's
 * own body, the signature and seal block, and the appendix of template and catalog versions. Plus the small
 * building blocks report kinds use for their bodies (headings, key-value tables, data tables).
 *
 * Everything here is plain data with no functions, so a document can be posted to the render worker. The
 * parts pdfmake needs as functions (header and footer, which depend on the page number; the table layouts)
 * are described as data here and made into functions in pdf-worker.cjs.
 */
import type { Column, Content, Style, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportFrame } from '../../../../shared/contract/reports/frame';
import { format, type Locale } from '../../../../shared/i18n/define';
import { reportsMessages, type ReportsMessageKey } from '../../../../shared/i18n/reports';
import { PDF_FONT_FAMILY, type TextSample } from './fonts';

/** Page header and footer as data; pdf-worker.cjs turns them into pdfmake's per-page functions. */
export interface PageFurniture {
  /** Left: the enterprise name; right: the classification mark. Not printed on the first `skipFirstPages` pages (the cover). */
  header: { left: string; right: string; skipFirstPages: number };
  /** With {page} and {pages}, e.g. "第 {page} 页 / 共 {pages} 页". */
  footer: { template: string };
}

export interface ReportDocument {
  definition: TDocumentDefinitions;
  furniture: PageFurniture;
}

export interface ReportDocumentOptions {
  /** A table of contents after the cover; long reports want it, a 2-page summary may not. Default true. */
  toc?: boolean;
}

/** Names of the table layouts pdf-worker.cjs registers (layouts are functions, so they live there). */
export const TABLE_LAYOUTS = { grid: 'reportGrid', plain: 'reportPlain' } as const;

const PAGE_MARGINS: [number, number, number, number] = [56, 64, 56, 56];
const HEADER_FILL = '#e8edf5';
const LABEL_FILL = '#f3f5f9';

export function buildReportDocument(frame: ReportFrame, body: Content[], options: ReportDocumentOptions = {}): ReportDocument {
  const t = labels(frame.locale);
  const markLabel = t(`reports.classification.${frame.classification}`);
  const frameHeadings = createHeadings('frame');
  const content: Content[] = [
    coverPage(frame, t, markLabel),
    ...(options.toc === false ? [] : [tableOfContents(t)]),
    ...body,
    signatureBlock(frame, t, frameHeadings),
    basisAppendix(frame, t, frameHeadings),
  ];
  return {
    definition: {
      pageSize: 'A4',
      pageMargins: PAGE_MARGINS,
      info: { title: frame.title, author: frame.enterprise.name, subject: frame.period, creator: 'Denggao 登高', producer: 'Denggao 登高' },
      language: frame.locale,
      defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 10.5, lineHeight: 1.3 },
      styles: STYLES,
      content,
    },
    furniture: {
      header: { left: frame.enterprise.name, right: t('reports.frame.classification', { mark: markLabel }), skipFirstPages: 1 },
      footer: { template: t('reports.frame.footer') },
    },
  };
}

const STYLES: Record<string, Style> = {
  coverMark: { fontSize: 12, bold: true, alignment: 'right' },
  coverTitle: { fontSize: 26, bold: true, alignment: 'center', lineHeight: 1.2 },
  coverSubtitle: { fontSize: 16, alignment: 'center' },
  tocTitle: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 16] },
  h1: { fontSize: 16, bold: true, margin: [0, 16, 0, 8] },
  h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 4] },
  tableHeader: { bold: true, fillColor: HEADER_FILL },
  tableLabel: { fillColor: LABEL_FILL },
  tableCaption: { bold: true, margin: [0, 6, 0, 4] },
  note: { fontSize: 9, color: '#555555' },
};

type Translate = (key: ReportsMessageKey, params?: Record<string, string | number>) => string;

function labels(locale: Locale): Translate {
  return (key, params) => format(reportsMessages[locale][key], params);
}

function coverPage(frame: ReportFrame, t: Translate, markLabel: string): Content {
  const details: Array<[string, string]> = [
    [t('reports.frame.enterprise'), frame.enterprise.name],
    [t('reports.frame.uscc'), frame.enterprise.uscc],
    [t('reports.frame.period'), frame.period],
    [t('reports.frame.generatedAt'), frame.generatedAt],
  ];
  return {
    stack: [
      { text: t('reports.frame.classification', { mark: markLabel }), style: 'coverMark' },
      { text: frame.title, style: 'coverTitle', margin: [0, 160, 0, 12] },
      ...(frame.subtitle ? [{ text: frame.subtitle, style: 'coverSubtitle' }] : []),
      {
        margin: [60, 150, 60, 0],
        layout: TABLE_LAYOUTS.plain,
        table: {
          widths: ['auto', '*'],
          body: details.map(([label, value]) => [{ text: `${label}：`, bold: true, alignment: 'right' }, { text: value }]),
        },
      },
    ],
    pageBreak: 'after',
  };
}

function tableOfContents(t: Translate): Content {
  return {
    toc: { title: { text: t('reports.frame.toc'), style: 'tocTitle' }, outlines: true },
    pageBreak: 'after',
  };
}

function signatureBlock(frame: ReportFrame, t: Translate, headings: Headings): Content {
  const approvals = frame.approvals.length > 0 ? frame.approvals : [{ role: 'reviewer' as const }, { role: 'approver' as const }];
  const signatureTable: Content = {
    layout: TABLE_LAYOUTS.grid,
    table: {
      widths: [60, '*', 80, 80],
      heights: [18, ...approvals.map(() => 36)],
      headerRows: 1,
      body: [
        headerRow([t('reports.frame.role'), t('reports.frame.name'), t('reports.frame.signature'), t('reports.frame.date')]),
        ...approvals.map((approval) => [
          { text: t(`reports.approval.${approval.role}`), bold: true },
          { text: approval.name ?? '' },
          { text: '' },
          { text: approval.date ?? '' },
        ]),
      ],
    },
  };
  const sealBox: Column = {
    width: 130,
    layout: TABLE_LAYOUTS.grid,
    table: {
      widths: [120],
      heights: [120],
      body: [[{ text: t('reports.frame.seal'), alignment: 'center', margin: [0, 50, 0, 0], color: '#666666' }]],
    },
  };
  return {
    unbreakable: true,
    stack: [headings.h1(t('reports.frame.signatures')), { columns: [signatureTable, sealBox], columnGap: 16 }],
  };
}

function basisAppendix(frame: ReportFrame, t: Translate, headings: Headings): Content {
  const heading = headings.h1(t('reports.frame.basis'));
  if (frame.basis.length === 0) return { stack: [heading, { text: t('reports.frame.basisNone') }] };
  const table = dataTable(
    [
      { header: t('reports.frame.basisKind'), width: 'auto' },
      { header: t('reports.frame.basisId'), width: 'auto' },
      { header: t('reports.frame.basisTitle'), width: '*' },
      { header: t('reports.frame.basisVersion'), width: 'auto' },
    ],
    frame.basis.map((basis) => [t(`reports.basis.${basis.kind}`), basis.id, basis.title, basis.version]),
  );
  return { stack: [heading, table], pageBreak: 'before' };
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks for report bodies

export interface Headings {
  /** A chapter: in the table of contents and a top-level PDF bookmark. */
  h1(text: string): Content;
  /** A section: in the table of contents, indented, and a bookmark under the last chapter. */
  h2(text: string): Content;
  /** A sub-section: a bookmark under the last section, not in the table of contents (it would swamp it). */
  h3(text: string): Content;
}

/**
 * A heading is at once a text, an anchor (id), a table-of-contents entry and a bookmark (outline); pdfmake
 * accepts that, but its type declarations keep the four apart, hence this shape of our own.
 */
interface HeadingNode {
  text: string;
  style: 'h1' | 'h2' | 'h3';
  id: string;
  outline: true;
  outlineParentId?: string;
  tocItem?: true;
  tocStyle?: Style;
  tocMargin?: [number, number, number, number];
}

/**
 * Headings for one document. They carry ids so that each bookmark nests under its parent; give each part of
 * a document built separately its own prefix so ids stay unique.
 */
export function createHeadings(prefix = 'h'): Headings {
  let count = 0;
  let chapterId: string | undefined;
  let sectionId: string | undefined;
  const nextId = () => `${prefix}-${++count}`;
  const heading = (node: HeadingNode, parentId: string | undefined): Content =>
    keptWithNext((parentId ? { ...node, outlineParentId: parentId } : node) as Content);
  return {
    h1(text) {
      chapterId = nextId();
      sectionId = undefined;
      return heading(
        { text, style: 'h1', id: chapterId, tocItem: true, outline: true, tocStyle: { bold: true }, tocMargin: [0, 4, 0, 0] },
        undefined,
      );
    },
    h2(text) {
      sectionId = nextId();
      return heading({ text, style: 'h2', id: sectionId, tocItem: true, outline: true, tocMargin: [16, 2, 0, 0] }, chapterId);
    },
    h3(text) {
      return heading({ text, style: 'h3', id: nextId(), outline: true }, sectionId ?? chapterId);
    },
  };
}

/** Room a heading (or a table's caption) needs below it: about three lines of body text, or a table's header and first row. */
const ROOM_AFTER_HEADING = 48;

/**
 * A heading that never ends a page. pdfmake cannot keep a node with the next one in one layout pass (its
 * pageBreakBefore hook lays the whole document out again for each break), so, like LaTeX's \needspace, the
 * heading is placed together with an empty reserve below it as one unbreakable block: when both do not fit,
 * the heading moves to the next page. A negative bottom margin then gives the reserve back, so what follows
 * sits right under the heading, exactly where it would without the reserve.
 */
function keptWithNext(heading: Content): Content {
  return {
    stack: [heading, { canvas: [], margin: [0, ROOM_AFTER_HEADING, 0, 0] }],
    unbreakable: true,
    margin: [0, 0, 0, -ROOM_AFTER_HEADING],
  };
}

export type CellValue = string | number | null | undefined;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

function headerRow(headers: string[]): TableCell[] {
  return headers.map((header) => ({ text: header, style: 'tableHeader' }));
}

/** Label–value pairs as a two-column table (the label column shaded), e.g. a protected object's particulars. */
export function keyValueTable(rows: Array<[label: string, value: CellValue]>, options: { labelWidth?: number } = {}): Content {
  return {
    layout: TABLE_LAYOUTS.grid,
    table: {
      widths: [options.labelWidth ?? 130, '*'],
      dontBreakRows: true,
      body: rows.map(([label, value]) => [{ text: label, style: 'tableLabel', bold: true }, { text: cellText(value) }]),
    },
    margin: [0, 0, 0, 8],
  };
}

export interface DataColumn {
  header: string;
  /** Points, '*' (share the rest) or 'auto' (fit the content). Default '*'. */
  width?: number | '*' | 'auto';
  align?: 'left' | 'center' | 'right';
}

/**
 * A table of records whose header row repeats at the top of every page it runs onto and never ends a page on
 * its own; rows are never split across a page break. With no rows it prints `emptyText` (or just the header) rather than nothing.
 */
export function dataTable(columns: DataColumn[], rows: CellValue[][], options: { caption?: string; emptyText?: string } = {}): Content {
  const body: TableCell[][] = [headerRow(columns.map((column) => column.header))];
  for (const row of rows) {
    body.push(columns.map((column, index) => ({ text: cellText(row[index]), alignment: column.align ?? 'left' })));
  }
  if (rows.length === 0 && options.emptyText) {
    body.push([
      { text: options.emptyText, colSpan: columns.length, alignment: 'center', color: '#666666' },
      ...columns.slice(1).map(() => ({ text: '' })),
    ]);
  }
  const table: Content = {
    layout: TABLE_LAYOUTS.grid,
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: columns.map((column) => column.width ?? '*'), body },
    margin: [0, 0, 0, 10],
  };
  return options.caption ? { stack: [keptWithNext({ text: options.caption, style: 'tableCaption' }), table] } : table;
}

// ---------------------------------------------------------------------------------------------------------
// Texts to check against the font

/**
 * Every printable text of a document with where it is: the header and footer, and each string of the
 * definition, placed under the heading it follows ("cover" before the first heading). Strings that are not
 * printed (style names, widths …) are ASCII, which the font covers, so walking all strings is safe. SVG
 * markup contributes only its text content.
 */
export function collectDocumentTexts(document: ReportDocument): TextSample[] {
  const samples: TextSample[] = [
    { text: document.furniture.header.left, where: 'header' },
    { text: document.furniture.header.right, where: 'header' },
    { text: document.furniture.footer.template, where: 'footer' },
  ];
  let section = 'cover';
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      samples.push({ text: value, where: section });
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (node.outline === true && typeof node.text === 'string') section = node.text;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'svg' && typeof child === 'string') samples.push({ text: svgTextContent(child), where: section });
        else visit(child);
      }
    }
  };
  visit(document.definition.content);
  visit(document.definition.info);
  return samples;
}

function svgTextContent(svg: string): string {
  const texts: string[] = [];
  for (const match of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    texts.push(decodeXmlEntities((match[1] ?? '').replace(/<[^>]*>/g, '')));
  }
  return texts.join('\n');
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}
