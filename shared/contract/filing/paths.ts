/**
 * Member names of a filing package: which are fixed, which the manifest may list, and what makes a name
 * unsafe to extract on any of Linux, macOS or Windows. Pure, so the schema, the writer and the verifier
 * apply one rule.
 */
import { FILING_LIMITS } from './limits';

export const MEMBER = {
  manifest: 'manifest.json',
  workspace: 'data/workspace.json',
  /** The workspace's audit log (docs/audit-log.md), oldest entry first; listed and hashed like every file. */
  auditLog: 'audit/log.json',
  cms: 'signatures/manifest.p7s',
  sm2Signature: 'signatures/manifest.sm2.sig',
  signerCert: 'signatures/signer.pem',
  signerSm2Key: 'signatures/signer.sm2.pem',
  /** A roll-up's consolidated view of the packages it carries (what the sender saw when it signed). */
  consolidated: 'rollup/consolidated.json',
} as const;

/** Where a roll-up carries the packages it accepted, unchanged: `filings/<name>.dgpkg`, one level deep. */
export function isInnerPackagePath(path: string): boolean {
  return unsafePathReason(path) === null && /^filings\/[^/]+\.dgpkg$/.test(path);
}

/** Members the manifest cannot list: itself and the two signatures over it. */
export const UNLISTED_MEMBERS: readonly string[] = [MEMBER.manifest, MEMBER.cms, MEMBER.sm2Signature];

/** Members the manifest must list. */
export const REQUIRED_LISTED_MEMBERS: readonly string[] = [MEMBER.workspace, MEMBER.signerCert, MEMBER.signerSm2Key];

export type UnsafePathReason =
  | 'empty'
  | 'tooLong'
  | 'absolute'
  | 'drive'
  | 'backslash'
  | 'emptySegment'
  | 'dotSegment'
  | 'forbiddenCharacter'
  | 'reservedDeviceName'
  | 'trailingDotOrSpace';

const CONTROL_OR_WINDOWS_FORBIDDEN = /[\u0000-\u001f\u007f<>:"|?*]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Why a member name must not be extracted, or null when it is a safe relative file path. */
export function unsafePathReason(name: string): UnsafePathReason | null {
  if (name.length === 0) return 'empty';
  if (utf8ByteLength(name) > FILING_LIMITS.maxPathBytes) return 'tooLong';
  if (name.startsWith('/')) return 'absolute';
  if (/^[A-Za-z]:/.test(name)) return 'drive';
  if (name.includes('\\')) return 'backslash';
  for (const segment of name.split('/')) {
    if (segment === '') return 'emptySegment';
    if (segment === '.' || segment === '..') return 'dotSegment';
    if (utf8ByteLength(segment) > FILING_LIMITS.maxSegmentBytes) return 'tooLong';
    if (CONTROL_OR_WINDOWS_FORBIDDEN.test(segment) || UNPAIRED_SURROGATE.test(segment)) return 'forbiddenCharacter';
    if (WINDOWS_DEVICE.test(segment)) return 'reservedDeviceName';
    if (/[. ]$/.test(segment)) return 'trailingDotOrSpace';
  }
  return null;
}

/**
 * Where a listed file may live: the workspace data, the audit log, PDF reports, attachments, the two key
 * files, and a roll-up's carried packages and consolidated view.
 */
export function isListablePath(path: string): boolean {
  if (unsafePathReason(path) !== null) return false;
  if (path === MEMBER.workspace || path === MEMBER.auditLog || path === MEMBER.signerCert || path === MEMBER.signerSm2Key) return true;
  if (path === MEMBER.consolidated || isInnerPackagePath(path)) return true;
  if (/^reports\/[^/]+\.pdf$/i.test(path)) return true;
  return path.startsWith('attachments/');
}

/** The key under which two names would collide when extracted on a case-insensitive file system. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A user's file name turned into one member-name segment that passes `unsafePathReason` on every system:
 * forbidden characters become `_`, a trailing dot or space goes, a device name gets a leading `_`, and a
 * long name is shortened (keeping its extension) to `maxBytes` of UTF-8.
 */
export function safeMemberSegment(name: string, maxBytes = 160): string {
  let segment = name
    .normalize('NFC')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_')
    .replace(/[\u0000-\u001f\u007f<>:"|?*/\\]/g, '_')
    .replace(/[. ]+$/, '');
  if (segment === '') segment = 'file';
  if (WINDOWS_DEVICE.test(segment)) segment = `_${segment}`;
  if (utf8ByteLength(segment) <= maxBytes) return segment;
  const dot = segment.lastIndexOf('.');
  const extension = dot > 0 && segment.length - dot <= 16 ? segment.slice(dot) : '';
  let stem = [...segment.slice(0, segment.length - extension.length)];
  while (stem.length > 0 && utf8ByteLength(stem.join('') + extension) > maxBytes) stem = stem.slice(0, -1);
  return (stem.join('').replace(/[. ]+$/, '') || 'file') + extension;
}
