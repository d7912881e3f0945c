import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sampleFrame } from '../../../../test/fixtures/reports/sample-report';
import { buildReportDocument, collectDocumentTexts, createHeadings, dataTable, keyValueTable, TABLE_LAYOUTS } from './document';
import { PDF_FONT_FAMILY } from './fonts';

const worker = createRequire(import.meta.url)('./pdf-worker.cjs') as typeof import('./pdf-worker.cjs');

describe('buildReportDocument', () => {
  it('is plain data that can be posted to the render worker', () => {
    const document = buildReportDocument(sampleFrame(), [createHeadings().h1('一、总体情况'), dataTable([{ header: '名称' }], [['甲']])]);
    expect(structuredClone(document)).toEqual(document);
  });

  it('puts the enterprise and classification in the header, except on the cover, and localises the footer', () => {
    expect(buildReportDocument(sampleFrame(), []).furniture).toEqual({
      header: { left: '中国登高示范集团有限公司', right: '密级：内部', skipFirstPages: 1 },
      footer: { template: '第 {page} 页 / 共 {pages} 页' },
    });
    expect(buildReportDocument(sampleFrame({ locale: 'en-US', classification: 'secret' }), []).furniture).toEqual({
      header: { left: '中国登高示范集团有限公司', right: 'Classification: Secret', skipFirstPages: 1 },
      footer: { template: 'Page {page} of {pages}' },
    });
  });

  it('leaves out the table of contents when asked (short reports)', () => {
    const withToc = JSON.stringify(buildReportDocument(sampleFrame(), []).definition.content);
    const withoutToc = JSON.stringify(buildReportDocument(sampleFrame(), [], { toc: false }).definition.content);
    expect(withToc).toContain('"toc"');
    expect(withoutToc).not.toContain('"toc"');
  });

  it('leaves signature lines blank to be signed by hand when no approvers are named', () => {
    const texts = collectDocumentTexts(buildReportDocument(sampleFrame({ approvals: [] }), [])).map((sample) => sample.text);
    expect(texts).toEqual(expect.arrayContaining(['审核', '批准', '（单位盖章）']));
  });

  it('says so when the report was assessed against no template or catalog', () => {
    const texts = collectDocumentTexts(buildReportDocument(sampleFrame({ basis: [] }), [])).map((sample) => sample.text);
    expect(texts).toContain('本报告未引用模板或目录。');
  });

  it('uses the report font by default and only table layouts the worker registers', () => {
    const document = buildReportDocument(sampleFrame(), [keyValueTable([['a', 1]]), dataTable([{ header: 'h' }], [])]);
    expect(document.definition.defaultStyle?.font).toBe(PDF_FONT_FAMILY);
    expect(worker.PDF_FONT_FAMILY).toBe(PDF_FONT_FAMILY);
    const layouts = new Set(JSON.stringify(document.definition.content).match(/"layout":"[^"]+"/g));
    for (const layout of layouts) expect(Object.keys(worker.TABLE_LAYOUTS)).toContain(JSON.parse(`{${layout}}`).layout);
    expect(Object.values(TABLE_LAYOUTS).sort()).toEqual(Object.keys(worker.TABLE_LAYOUTS).sort());
  });
});

describe('createHeadings', () => {
  it('nests sections under chapters and sub-sections under sections, in the TOC down to sections', () => {
    const h = createHeadings('x');
    // each heading comes kept with what follows it (an unbreakable block); the heading is its first node
    const headingIn = (block: unknown) => (block as { stack: unknown[] }).stack[0];
    const chapter = headingIn(h.h1('一、总体情况'));
    const section = headingIn(h.h2('（一）范围'));
    const sub = headingIn(h.h3('1. 细节'));
    const next = headingIn(h.h1('二、结果'));
    const orphan = headingIn(h.h3('未分节'));
    expect(chapter).toMatchObject({ id: 'x-1', tocItem: true, outline: true });
    expect(chapter).not.toHaveProperty('outlineParentId');
    expect(section).toMatchObject({ id: 'x-2', tocItem: true, outline: true, outlineParentId: 'x-1' });
    expect(sub).toMatchObject({ id: 'x-3', outline: true, outlineParentId: 'x-2' });
    expect(sub).not.toHaveProperty('tocItem');
    expect(next).toMatchObject({ id: 'x-4' });
    expect(orphan).toMatchObject({ outlineParentId: 'x-4' });
  });
});

describe('dataTable', () => {
  it('repeats one header row and keeps rows whole; empty cells for missing values', () => {
    const table = dataTable(
      [{ header: '名称' }, { header: '数量', align: 'right', width: 40 }],
      [
        ['甲', 3],
        ['乙', null],
      ],
    ) as {
      table: { headerRows: number; dontBreakRows: boolean; widths: unknown[]; body: Array<Array<{ text: string; alignment?: string }>> };
    };
    expect(table.table.headerRows).toBe(1);
    expect(table.table.dontBreakRows).toBe(true);
    expect(table.table.widths).toEqual(['*', 40]);
    expect(table.table.body.map((row) => row.map((cell) => cell.text))).toEqual([
      ['名称', '数量'],
      ['甲', '3'],
      ['乙', ''],
    ]);
    expect(table.table.body[1]![1]!.alignment).toBe('right');
  });

  it('prints a note across the table when there are no rows', () => {
    const table = dataTable([{ header: 'a' }, { header: 'b' }], [], { emptyText: '无记录' }) as {
      table: { body: Array<Array<{ text: string; colSpan?: number }>> };
    };
    expect(table.table.body[1]![0]).toMatchObject({ text: '无记录', colSpan: 2 });
  });
});

describe('collectDocumentTexts', () => {
  it('places each text under the heading it follows, and reads the text inside charts', () => {
    const h = createHeadings();
    const document = buildReportDocument(sampleFrame(), [
      h.h1('一、总体情况'),
      { text: ['正文', { text: '加粗' }] },
      { svg: '<svg><text x="1">标签 &amp; 数值 &#x4E2D;</text><g><text><tspan>嵌套</tspan></text></g></svg>' },
    ]);
    const samples = collectDocumentTexts(document);
    expect(samples.slice(0, 3).map((s) => s.where)).toEqual(['header', 'header', 'footer']);
    expect(samples).toContainEqual({ text: '信息化水平自评估报告', where: 'cover' });
    expect(samples).toContainEqual({ text: '正文', where: '一、总体情况' });
    expect(samples).toContainEqual({ text: '加粗', where: '一、总体情况' });
    expect(samples).toContainEqual({ text: '标签 & 数值 中\n嵌套', where: '一、总体情况' });
    expect(samples.some((s) => s.text.includes('<svg'))).toBe(false);
  });
});
