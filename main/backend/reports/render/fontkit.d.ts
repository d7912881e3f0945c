// The little of fontkit 2 that the report renderer uses (the package ships no types).
declare module 'fontkit' {
  export interface Font {
    readonly familyName: string;
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Every code point the font's cmap maps to a glyph. */
    readonly characterSet: number[];
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}
