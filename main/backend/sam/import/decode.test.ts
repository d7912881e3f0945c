import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode';
import { AppError } from '../../errors';

const TEXT = '软件名称,版本\r\n金山办公 WPS,2019\r\n';
const utf8 = new TextEncoder().encode(TEXT);
const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
const gbk = new Uint8Array(iconv.encode(TEXT, 'gbk'));
const gb18030Only = new Uint8Array(iconv.encode('用户𠀀,€', 'gb18030')); // a character beyond GBK

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('decodeText', () => {
  it.each([
    { name: 'UTF-8 with BOM', bytes: bom, encoding: 'utf-8-bom', text: TEXT },
    { name: 'UTF-8', bytes: utf8, encoding: 'utf-8', text: TEXT },
    { name: 'GBK', bytes: gbk, encoding: 'gb18030', text: TEXT },
    { name: 'GB18030 beyond GBK', bytes: gb18030Only, encoding: 'gb18030', text: '用户𠀀,€' },
    { name: 'UTF-16LE with BOM', bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')]), encoding: 'utf-16le', text: TEXT },
    { name: 'plain ASCII', bytes: new TextEncoder().encode('Software,Version\n'), encoding: 'utf-8', text: 'Software,Version\n' },
  ] as const)('detects $name', ({ bytes, encoding, text }) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('an explicit GBK choice decodes as GB18030 even where the bytes would pass as UTF-8', () => {
    expect(decodeText(gbk, { encoding: 'gbk' }).text).toBe(TEXT);
    expect(decodeText(new TextEncoder().encode('abc'), { encoding: 'gbk' }).encoding).toBe('gb18030');
  });

  it('an explicit UTF-8 choice refuses GBK bytes instead of showing mojibake', () => {
    expect(codeOf(() => decodeText(gbk, { encoding: 'utf8', file: 'a.csv' }))).toBe('sam.import.notUtf8');
    expect(decodeText(bom, { encoding: 'utf8' }).text).toBe(TEXT);
  });

  it('refuses binary content with a code that names the file', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    let caught: unknown;
    try {
      decodeText(binary, { file: '清单.csv' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'sam.import.binaryFile', details: { file: '清单.csv' }, params: { file: '清单.csv' } });
  });
});

describe('looksBinary', () => {
  const controls = (share: number) => new Uint8Array(1000).map((_, index) => (index < share * 1000 ? 0x01 : 0x41));
  it.each([
    { name: 'a NUL byte', bytes: new Uint8Array([0x41, 0x00, 0x42]), binary: true },
    { name: '5 % control characters', bytes: controls(0.05), binary: true },
    { name: '0.5 % control characters', bytes: controls(0.005), binary: false },
    { name: 'tabs, CR, LF', bytes: new TextEncoder().encode('a\tb\r\nc\td\r\n'), binary: false },
    { name: 'GBK text', bytes: gbk, binary: false },
    { name: 'UTF-16 (has NULs, but a BOM)', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]), binary: false },
  ])('$name → binary: $binary', ({ bytes, binary }) => {
    expect(looksBinary(bytes)).toBe(binary);
  });
});
