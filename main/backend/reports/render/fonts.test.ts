import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, toErrorData } from '../../errors';
import { codePointLabel, findFontFiles, findMissingGlyphs, FONT_FILE_NAMES, missingGlyphError } from './fonts';

const fonts = findFontFiles();

describe('findFontFiles', () => {
  it('finds the shipped Regular and Bold faces in the project resources', () => {
    expect(path.basename(fonts.regular)).toBe(FONT_FILE_NAMES.regular);
    expect(path.basename(fonts.bold)).toBe(FONT_FILE_NAMES.bold);
    expect(path.basename(path.dirname(path.dirname(fonts.regular)))).toBe('resources');
  });

  it('uses the resources folder it is given', () => {
    const resourcesDir = path.dirname(path.dirname(fonts.regular));
    expect(findFontFiles({ resourcesDir })).toEqual(fonts);
  });

  it('says where it looked when the fonts are not there', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-nofonts-'));
    try {
      const error = (() => {
        try {
          findFontFiles({ resourcesDir: empty });
        } catch (caught) {
          return caught as AppError;
        }
        throw new Error('expected an error');
      })();
      expect(error.code).toBe('reports.font.notFound');
      expect(toErrorData(error, 'zh-CN').message).toContain(path.join(empty, 'fonts'));
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });
});

describe('findMissingGlyphs', () => {
  it('finds nothing missing in everyday Chinese, Latin, digits and full-width punctuation', () => {
    const text = '中央企业信息化水平评价：等级保护（第三级）、统一社会信用代码 91110000MA01ABCD2Q；“正版化”率 93.5%—完成。\n\t';
    expect(findMissingGlyphs([{ text, where: 'body' }], fonts)).toEqual([]);
  });

  it('covers the rarer characters of enterprise and person names in GB18030 (CJK Extension A and B)', () => {
    expect(findMissingGlyphs([{ text: '㐀䶵𠀋', where: 'body' }], fonts)).toEqual([]);
  });

  it('names each missing character once, with its code point and where it first occurs', () => {
    const missing = findMissingGlyphs(
      [
        { text: '正常文字', where: 'cover' },
        { text: 'A\u{E000}B', where: '一、总体情况' },
        { text: '\u{E000}𪛖😀', where: '二、要素得分' },
      ],
      fonts,
    );
    expect(missing).toEqual([
      { char: '\u{E000}', codePoint: 0xe000, where: '一、总体情况' },
      { char: '𪛖', codePoint: 0x2a6d6, where: '二、要素得分' },
      { char: '😀', codePoint: 0x1f600, where: '二、要素得分' },
    ]);
  });

  it('ignores invisible control and format characters', () => {
    expect(findMissingGlyphs([{ text: 'a\u200Bb\uFEFF\r\n', where: 'body' }], fonts)).toEqual([]);
  });
});

describe('missingGlyphError', () => {
  it('lists the characters with code points for the user and one issue per character', () => {
    const error = missingGlyphError([{ char: '𪛖', codePoint: 0x2a6d6, where: '附录' }]);
    expect(error.code).toBe('reports.font.missingGlyph');
    expect(toErrorData(error, 'zh-CN').message).toBe('报告字体缺少以下字符，打印出来会是空白，请修改相关内容：「𪛖」(U+2A6D6)');
    expect(error.details?.issues).toEqual([{ code: 'reports.font.missingGlyph', message: '𪛖 U+2A6D6', field: '附录' }]);
  });

  it('writes code points in the usual U+ form', () => {
    expect(codePointLabel(0x41)).toBe('U+0041');
    expect(codePointLabel(0x2a6d6)).toBe('U+2A6D6');
  });
});
