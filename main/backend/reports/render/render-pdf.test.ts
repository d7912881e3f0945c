import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_CHAPTERS,
  SAMPLE_ENTERPRISE,
  SAMPLE_SECTIONS,
  SAMPLE_TABLE_HEADER,
  sampleFrame,
  sampleReport,
} from '../../../../test/fixtures/reports/sample-report';
import { compact, pdfFonts, pdfOutlineXml, pdfPageCount, pdfText, pdfWordBoxes } from '../../../../test/fixtures/reports/poppler';
import { rejectionOf } from '../../../../test/support/rejection';
import { AppError, toErrorData } from '../../errors';
import { buildReportDocument, createHeadings, dataTable } from './document';
import { renderPdf, type RenderProgress } from './render-pdf';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-render-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A render failure reaches the caller as the backend's AppError, which its edge words in the caller's language. */
function renderError(promise: Promise<unknown>): Promise<AppError> {
  return rejectionOf(promise, AppError);
}

describe('renderPdf of a Chinese report', () => {
  let outPath: string;
  let pages: number;
  const progress: RenderProgress[] = [];

  beforeAll(async () => {
    outPath = path.join(dir, '自评估报告.pdf');
    const result = await renderPdf(sampleReport(), { outPath, onProgress: (p) => progress.push(p) });
    pages = result.pages;
    expect(result.outPath).toBe(outPath);
    expect(result.bytes).toBe(fs.statSync(outPath).size);
  });

  it('produces as many pages as it reports, several of them', () => {
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pdfPageCount(outPath)).toBe(pages);
  });

  it('prints the cover with title, enterprise, USCC, period, date and classification', () => {
    const cover = compact(pdfText(outPath, 1));
    for (const expected of ['信息化水平自评估报告', SAMPLE_ENTERPRISE, '91110000MA01ABCD2Q', '2024年度', '2025-03-31', '密级：内部']) {
      expect(cover).toContain(compact(expected));
    }
  });

  it('lists chapters and sections in the table of contents with their page numbers', () => {
    const toc = pdfText(outPath, 2, { layout: true });
    expect(compact(toc)).toContain('目录');
    for (const title of [...SAMPLE_CHAPTERS, ...SAMPLE_SECTIONS, '审核与批准']) {
      const line = toc.split('\n').find((l) => compact(l).startsWith(compact(title)));
      expect(line, title).toBeDefined();
      expect(line).toMatch(/\d+\s*$/);
    }
  });

  it('makes a nested bookmark tree of the headings', () => {
    const outline = pdfOutlineXml(outPath);
    for (const title of [...SAMPLE_CHAPTERS, ...SAMPLE_SECTIONS]) expect(outline).toContain(title);
    // a section's bookmark sits inside its chapter's nested <outline>
    expect(outline).toMatch(new RegExp(`${SAMPLE_CHAPTERS[0]}</item>\\s*<outline>\\s*<item page="\\d+">${SAMPLE_SECTIONS[0]}`));
  });

  it('numbers every page "第 n 页 / 共 N 页" in the footer', () => {
    expect(compact(pdfText(outPath, 1))).toContain(`第1页/共${pages}页`);
    expect(compact(pdfText(outPath, pages))).toContain(`第${pages}页/共${pages}页`);
  });

  it('puts the enterprise name and classification in the header of pages after the cover, not on the cover', () => {
    const third = compact(pdfText(outPath, 3));
    expect(third).toContain(SAMPLE_ENTERPRISE);
    expect(third).toContain('密级：内部');
    const cover = compact(pdfText(outPath, 1));
    expect(cover.split('密级：内部').length - 1).toBe(1);
    expect(cover.split(SAMPLE_ENTERPRISE).length - 1).toBe(1);
  });

  it('prints the body text, chart labels, the signature block and the appendix of versions', () => {
    const text = compact(pdfText(outPath));
    expect(text).toContain(compact(`${SAMPLE_ENTERPRISE}按照国资委要求开展信息化水平自评估`));
    for (const label of ['信息化领导力', '总分趋势', '设计软件', '正版率']) expect(text).toContain(label);
    for (const label of ['审核', '批准', '张建国', '李明华', '（单位盖章）']) expect(text).toContain(label);
    for (const label of ['附录', 'GB/T22239-2019安全通用要求目录', 'mlps.gbt22239-2019', '2019.1']) expect(text).toContain(label);
  });

  it('repeats the data table header on each page the table runs onto', () => {
    const pagesWithRows = Array.from({ length: pages }, (_, i) => pdfText(outPath, i + 1)).filter((text) => text.includes('办公软件套件'));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const text of pagesWithRows) expect(text).toContain(SAMPLE_TABLE_HEADER);
  });

  it('embeds the Regular and Bold faces of the font', () => {
    const fonts = pdfFonts(outPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold']),
    );
  });

  it('reports progress through fonts, layout, pages and write', () => {
    const phases = progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['fonts', 'layout', 'pages', 'write']);
    const lastPages = progress.filter((p) => p.phase === 'pages').at(-1);
    expect(lastPages).toEqual({ phase: 'pages', done: pages, total: pages });
  });

  it('leaves no temporary file behind', () => {
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});

describe('renderPdf keeps a heading with what follows it', () => {
  it('never ends a page with a heading or a table caption, whether a paragraph or a table follows', async () => {
    // Filler of 1 to 8 lines before each heading (or captioned table) walks them down the pages, so some
    // fall where only the heading or caption itself would still fit.
    const h = createHeadings();
    const table = (i: number, caption?: string) =>
      dataTable([{ header: '项目' }, { header: '说明' }], [[`表格${i + 1}号`, '首行']], caption ? { caption } : {});
    const body = Array.from({ length: 60 }, (_, i) => [
      { text: Array.from({ length: 1 + (i % 8) }, (_, line) => `前文第 ${i + 1} 段第 ${line + 1} 行：信息化建设稳步推进。`).join('\n') },
      ...[
        [h.h2(`标题${i + 1}号`), { text: `正文${i + 1}号：本节内容紧随标题。` }],
        [h.h2(`标题${i + 1}号`), table(i)],
        [table(i, `表题${i + 1}号`)],
      ][i % 3]!,
    ]);
    const outPath = path.join(dir, 'orphans.pdf');
    const { pages } = await renderPdf(buildReportDocument(sampleFrame(), body, { toc: false }), { outPath });
    const lastLines = Array.from({ length: pages }, (_, page) => {
      const lines = pdfText(outPath, page + 1)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !compact(line).includes('页/共'));
      return lines.at(-1) ?? '';
    });
    expect(lastLines.filter((line) => /^(标题|表题)\d+号$/.test(compact(line)))).toEqual([]);
  });

  it('sets what follows right under the heading, as close as without the keeping', async () => {
    const h = createHeadings();
    const outPath = path.join(dir, 'heading-gap.pdf');
    await renderPdf(buildReportDocument(sampleFrame(), [{ text: '前文。' }, h.h2('标题甲'), { text: '正文乙' }], { toc: false }), {
      outPath,
    });
    const words = pdfWordBoxes(outPath, 2);
    const heading = words.find((box) => box.word === '标题甲')!;
    const next = words.find((box) => box.word === '正文乙')!;
    // the h2 style's bottom margin (6 pt) and the line's leading: far less than the room kept for a page break
    expect(next.yMin - heading.yMax).toBeGreaterThan(0);
    expect(next.yMin - heading.yMax).toBeLessThan(20);
  });
});

describe('renderPdf in English', () => {
  it('words the frame in en-US: "Page n of N", contents, classification', async () => {
    const outPath = path.join(dir, 'report-en.pdf');
    const { pages } = await renderPdf(sampleReport({ frame: { locale: 'en-US', classification: 'confidential' }, assetRows: 10 }), {
      outPath,
    });
    const first = pdfText(outPath, 1);
    expect(first).toContain(`Page 1 of ${pages}`);
    expect(first).toContain('Classification: Confidential');
    expect(pdfText(outPath, 2)).toContain('Contents');
  });
});

describe('renderPdf refusing bad requests', () => {
  it('cancels: no output and no temporary file, an existing file untouched', async () => {
    const cancelDir = fs.mkdtempSync(path.join(dir, 'cancel-'));
    const outPath = path.join(cancelDir, 'report.pdf');
    fs.writeFileSync(outPath, 'previous report');
    const controller = new AbortController();
    const error = await renderError(
      renderPdf(sampleReport({ assetRows: 600 }), {
        outPath,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'layout') controller.abort();
        },
      }),
    );
    expect(error.code).toBe('reports.render.cancelled');
    expect(fs.readdirSync(cancelDir)).toEqual(['report.pdf']);
    expect(fs.readFileSync(outPath, 'utf8')).toBe('previous report');
  });

  it('does nothing when cancelled before it starts', async () => {
    const outPath = path.join(dir, 'never.pdf');
    const error = await renderError(renderPdf(sampleReport(), { outPath, signal: AbortSignal.abort() }));
    expect(error.code).toBe('reports.render.cancelled');
    expect(fs.existsSync(outPath)).toBe(false);
  });

  it('says the folder does not exist, before doing any work', async () => {
    const outPath = path.join(dir, 'no-such-folder', 'report.pdf');
    const progress: RenderProgress[] = [];
    const error = await renderError(renderPdf(sampleReport(), { outPath, onProgress: (p) => progress.push(p) }));
    expect(error).toMatchObject({
      code: 'reports.output.notWritable',
      params: { file: outPath, reason: '所在文件夹不存在' },
      details: { file: outPath },
    });
    expect(toErrorData(error, 'zh-CN').message).toBe(`无法写入输出文件 ${outPath}：所在文件夹不存在`);
    expect(progress).toEqual([]);
  });

  it('says the target is a folder', async () => {
    const error = await renderError(renderPdf(sampleReport(), { outPath: dir, locale: 'en-US' }));
    expect(error.code).toBe('reports.output.notWritable');
    expect(toErrorData(error, 'en-US').message).toBe(`Cannot write the output file ${dir}: it is a folder`);
  });

  it('says the parent is not a folder', async () => {
    const file = path.join(dir, 'plain-file');
    fs.writeFileSync(file, '');
    const error = await renderError(renderPdf(sampleReport(), { outPath: path.join(file, 'report.pdf') }));
    expect(error.code).toBe('reports.output.notWritable');
  });

  it('reports characters the font lacks, where they are, and writes nothing', async () => {
    const outPath = path.join(dir, 'glyphs.pdf');
    const error = await renderError(renderPdf(sampleReport({ extraText: '备注：\u{E000} 与 𪛖𪛖' }), { outPath }));
    expect(error.code).toBe('reports.font.missingGlyph');
    expect(error.params.chars).toContain('U+E000');
    expect(error.params.chars).toContain('U+2A6D6');
    expect(error.params.count).toBe(2);
    expect(error.details?.issues?.map((issue) => issue.field)).toEqual([SAMPLE_SECTIONS[0], SAMPLE_SECTIONS[0]]);
    expect(toErrorData(error, 'zh-CN').message).toContain('报告字体缺少以下字符');
    expect(fs.existsSync(outPath)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('reports a worker failure as reports.render.failed and cleans up', async () => {
    const outPath = path.join(dir, 'broken.pdf');
    const document = sampleReport({ assetRows: 1 });
    document.definition.content = [{ text: 'x', style: 'h1' }, { image: 'data:image/png;base64,AAAA' }];
    const error = await renderError(renderPdf(document, { outPath }));
    expect(error.code).toBe('reports.render.failed');
    expect(fs.existsSync(outPath)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});
