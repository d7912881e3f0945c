/**
 * A JSON document from a file the user picked, read exactly or refused: the bytes must be UTF-8 (RFC 8259;
 * a BOM is allowed), never decoded lossily (a GBK file would otherwise import with every Chinese name
 * replaced by U+FFFD), and the nesting must stay within LIMITS.maxJsonDepth, checked before anything
 * recursive (validation, structured cloning, JSON.stringify) can run out of stack on it. Pure, so the
 * backend and the pages refuse the same files with the same codes.
 */
import { utf8ByteLength } from '../contract/filing/paths';
import { LIMITS } from '../contract/limits';

export type JsonInputResult =
  | { ok: true; value: unknown }
  | { ok: false; code: 'error.file.notUtf8' | 'error.file.tooDeep'; params: { offset: number; limit?: number } }
  | { ok: false; code: 'error.file.notJson'; params: { detail: string } };

/** Node and the browsers both have TextDecoder; shared code is compiled without either's type library. */
type StrictDecoder = new (label: 'utf-8', options: { fatal: true }) => { decode(bytes: Uint8Array): string };
const { TextDecoder: Decoder } = globalThis as unknown as { TextDecoder: StrictDecoder };
const strictUtf8 = new Decoder('utf-8', { fatal: true }); // strips one leading BOM, refuses anything not UTF-8

export function parseJsonInput(bytes: Uint8Array): JsonInputResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, code: 'error.file.notUtf8', params: { offset: firstInvalidUtf8Offset(bytes) } };
  }
  const tooDeepAt = nestingPastLimit(text, LIMITS.maxJsonDepth);
  if (tooDeepAt !== undefined) {
    return {
      ok: false,
      code: 'error.file.tooDeep',
      params: { offset: utf8ByteLength(text.slice(0, tooDeepAt)), limit: LIMITS.maxJsonDepth },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, code: 'error.file.notJson', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** The index of the bracket that opens one level more than `limit`, or undefined; strings are skipped. */
export function nestingPastLimit(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // a backslash: the next character is escaped, even a quote
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return index;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return undefined;
}

/** Where the first byte that is not well-formed UTF-8 (RFC 3629) starts, for a message a user can act on. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** The length of the well-formed sequence starting at `index`, 0 if it is not one. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  // The allowed range of the second byte narrows for the lead bytes that could encode overlong forms,
  // surrogates or code points past U+10FFFF.
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead >= 0xf1 && lead <= 0xf3
                ? [4, 0x80, 0xbf]
                : lead === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (length === 0) return 0;
  const second = bytes[index + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let next = 2; next < length; next++) {
    const continuation = bytes[index + next];
    if (continuation === undefined || (continuation & 0xc0) !== 0x80) return 0;
  }
  return length;
}
