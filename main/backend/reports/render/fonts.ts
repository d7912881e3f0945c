/// <reference path="./fontkit.d.ts" />
/**
 * The report font: where its files are, how pdfmake and SVG charts name it, and whether it can draw a text.
 * A glyph the font lacks prints as blank space without any error from pdfmake, so every text is checked first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fontkit } from '../../heavy-modules';
import { AppError } from '../../errors';
import { moduleDir } from './module-dir';

/** The family name pdfmake registers and SVG charts ask for in font-family. */
export const PDF_FONT_FAMILY = 'NotoSansCJKsc';
export const FONT_FILE_NAMES = { regular: 'NotoSansCJKsc-Regular.otf', bold: 'NotoSansCJKsc-Bold.otf' } as const;

export interface FontFiles {
  regular: string;
  bold: string;
}

export interface FontLocationOptions {
  /**
   * The folder holding `fonts/`: `<project>/resources` in development, `process.resourcesPath` in a packaged
   * app (electron-builder copies resources/fonts there as extraResources). Without it, the folders above this
   * code are searched for `resources/fonts`, then `process.resourcesPath`.
   */
  resourcesDir?: string;
}

export function findFontFiles(options: FontLocationOptions = {}): FontFiles {
  const candidates = options.resourcesDir ? [options.resourcesDir] : defaultResourceDirs();
  for (const dir of candidates) {
    const files = { regular: path.join(dir, 'fonts', FONT_FILE_NAMES.regular), bold: path.join(dir, 'fonts', FONT_FILE_NAMES.bold) };
    if (fs.existsSync(files.regular) && fs.existsSync(files.bold)) return files;
  }
  const looked = candidates.map((dir) => path.join(dir, 'fonts'));
  throw new AppError('reports.font.notFound', { paths: looked.join('; ') });
}

function defaultResourceDirs(): string[] {
  const dirs: string[] = [];
  for (let dir = moduleDir(); ; dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'resources'));
    if (path.dirname(dir) === dir) break;
  }
  const electronResources = (process as { resourcesPath?: string }).resourcesPath;
  if (electronResources) dirs.push(electronResources);
  return dirs;
}

export interface TextSample {
  text: string;
  /** Where the text sits, in words a user can find it by (a section title, "封面", "页眉" …). */
  where: string;
}

export interface MissingGlyph {
  char: string;
  codePoint: number;
  /** Where it first occurs. */
  where: string;
}

/**
 * Characters of `texts` that a face of the font cannot draw, each once, in order of first occurrence.
 * Control and format characters (line breaks, zero-width space, BOM) are skipped: they draw nothing anyway.
 */
export function findMissingGlyphs(texts: Iterable<TextSample>, files: FontFiles): MissingGlyph[] {
  const faces = [coverageOf(files.regular), coverageOf(files.bold)];
  const seen = new Set<number>();
  const missing: MissingGlyph[] = [];
  for (const { text, where } of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (seen.has(codePoint)) continue;
      seen.add(codePoint);
      if (INVISIBLE.test(char)) continue;
      if (faces.some((covered) => !covered.has(codePoint))) missing.push({ char, codePoint, where });
    }
  }
  return missing;
}

const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;

/** "U+20000" — how a code point is named in messages. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The error for missing glyphs, naming each character, its code point and where it is. */
export function missingGlyphError(missing: MissingGlyph[]): AppError {
  const chars = missing.map((m) => `「${m.char}」(${codePointLabel(m.codePoint)})`).join(', ');
  const issues = missing.map((m) => ({
    code: 'reports.font.missingGlyph',
    message: `${m.char} ${codePointLabel(m.codePoint)}`,
    field: m.where,
  }));
  return new AppError('reports.font.missingGlyph', { chars, count: missing.length }, { issues });
}

/**
 * The code points each font file can draw, read once per file. Only this set is kept: the parsed font
 * (the file's bytes and tables, some 30 MB per CJK face) would otherwise stay in memory for the app's life,
 * beside the copy pdfmake loads in the render worker.
 */
const coverageCache = new Map<string, ReadonlySet<number>>();

function coverageOf(file: string): ReadonlySet<number> {
  let covered = coverageCache.get(file);
  if (!covered) {
    const opened = fontkit().openSync(file);
    if ('fonts' in opened) throw new Error(`${file} is a font collection; the report needs a single-face font`);
    covered = new Set(opened.characterSet);
    coverageCache.set(file, covered);
  }
  return covered;
}
