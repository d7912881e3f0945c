// The little of fontkit 2 that the report renderer uses (the package ships no types).
declare module 'fontkit' {
  export interface Font {
    readonly familyName: string;
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font | { fonts: Font[] };
}
