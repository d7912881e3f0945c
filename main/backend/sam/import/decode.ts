/**
 * Bytes → text. Chinese spreadsheets arrive as UTF-8 (with or without BOM), as GBK/GB18030 from Excel on
 * Chinese Windows, and now and then as UTF-16 ("Unicode text"). Detection: a BOM decides; otherwise valid
 * UTF-8 is UTF-8 (GBK text is almost never valid UTF-8), and anything else is GB18030, the superset of GBK.
 */
import { importError } from './errors';

export type EncodingChoice = 'auto' | 'utf8' | 'gbk';
export type DetectedEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/** How much of the start of a file is inspected to tell text from binary. */
export const SNIFF_BYTES = 64 * 1024;
/** Control characters (other than tab, line feed, carriage return, form feed) tolerated in text, as a share. */
const MAX_CONTROL_SHARE = 0.01;

export function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True for content no spreadsheet export produces as text: NUL bytes or many control characters. */
export function looksBinary(head: Uint8Array): boolean {
  if (hasUtf16Bom(head) !== null) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  return head.length > 0 && control / head.length > MAX_CONTROL_SHARE;
}

export function decodeText(bytes: Uint8Array, options: { encoding?: EncodingChoice; file?: string } = {}): DecodedText {
  const file = options.file;
  const details = file === undefined ? {} : { file };
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) throw importError('sam.import.binaryFile', details);
  const choice = options.encoding ?? 'auto';
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

  if (choice === 'gbk') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  const utf16 = hasUtf16Bom(bytes);
  if (choice === 'auto' && utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };

  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasUtf8Bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    if (choice === 'utf8') throw importError('sam.import.notUtf8', details);
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
