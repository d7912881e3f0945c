import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../contract/limits';
import { firstInvalidUtf8Offset, nestingPastLimit, parseJsonInput } from './json-input';

const utf8 = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => `{"a":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

describe('a JSON file the user picked', () => {
  it.each([
    { name: 'UTF-8', bytes: utf8('{"name":"中国石化"}') },
    { name: 'UTF-8 with a BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"name":"中国石化"}')]) },
  ])('$name is read exactly', ({ bytes }) => {
    expect(parseJsonInput(bytes)).toEqual({ ok: true, value: { name: '中国石化' } });
  });

  it('GBK is refused with the offset of its first Chinese byte, not read with its names replaced by U+FFFD', () => {
    const bytes = iconv.encode('{"name":"中国石化"}', 'gbk');
    expect(parseJsonInput(bytes)).toEqual({ ok: false, code: 'error.file.notUtf8', params: { offset: 9 } });
  });

  it.each([
    { name: 'an overlong slash', bytes: [0x41, 0xc0, 0xaf], offset: 1 },
    { name: 'a UTF-16 surrogate', bytes: [0x41, 0x42, 0xed, 0xa0, 0x80], offset: 2 },
    { name: 'a code point past U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80], offset: 0 },
    { name: 'a sequence cut short at the end', bytes: [0x22, 0xe4, 0xb8], offset: 1 },
  ])('$name is not UTF-8, and the offset says where', ({ bytes, offset }) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
    expect(parseJsonInput(new Uint8Array(bytes))).toMatchObject({ ok: false, code: 'error.file.notUtf8', params: { offset } });
  });

  it('50,000 levels of nesting are refused by name, at the byte where the limit is passed', () => {
    const text = `{"formatVersion":1,"profile":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const limit = LIMITS.maxJsonDepth;
    expect(parseJsonInput(utf8(text))).toEqual({
      ok: false,
      code: 'error.file.tooDeep',
      params: { offset: '{"formatVersion":1,"profile":'.length + limit - 1, limit },
    });
  });

  it('nesting at the limit is read; brackets inside strings, escaped quotes included, do not count', () => {
    expect(parseJsonInput(utf8(nested(LIMITS.maxJsonDepth)))).toMatchObject({ ok: true });
    expect(nestingPastLimit(nested(LIMITS.maxJsonDepth + 1), LIMITS.maxJsonDepth)).toBeDefined();
    expect(nestingPastLimit(`{"a":"\\"[[[[{{{{"}`, 2)).toBeUndefined();
  });

  it('counts nesting, not brackets: closed levels are given back', () => {
    expect(nestingPastLimit('[[]][{}]{"a":[]}', 2)).toBeUndefined();
    expect(nestingPastLimit('[[]][[[]]]', 2)).toBe(6);
  });

  it('finds the first byte that is not UTF-8 exactly where a strict decoder stops, at every lead and second byte boundary', () => {
    // Every lead byte from C0 to F5 against every second byte around the continuation range, padded with
    // continuation bytes: the ranges RFC 3629 allows (E0 A0–BF, ED 80–9F, F0 90–BF, F4 80–8F …) are all crossed.
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const disagreements: string[] = [];
    for (let lead = 0xc0; lead <= 0xf5; lead++) {
      for (let second = 0x7f; second <= 0xc0; second++) {
        for (const tail of [[], [0x80], [0x80, 0x80], [0x41]]) {
          const bytes = Uint8Array.from([0x41, lead, second, ...tail]);
          const offset = firstInvalidUtf8Offset(bytes);
          if ((offset === bytes.length) !== decodes(bytes) || !decodes(bytes.slice(0, offset))) {
            disagreements.push(Buffer.from(bytes).toString('hex'));
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('broken JSON is still named as such', () => {
    expect(parseJsonInput(utf8('{"name": '))).toMatchObject({ ok: false, code: 'error.file.notJson' });
  });
});
