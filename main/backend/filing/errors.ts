/**
 * Errors the filing core throws (key handling, writing, extraction, cancellation). Verification does not
 * throw for a bad package: it returns every problem in a VerifyResult.
 */
import type { FilingCode } from '../../../shared/contract/filing/codes';
import { DEFAULT_LOCALE, format, hasMessage, type Locale, translate } from '../../../shared/i18n';
import { filingMessages } from '../../../shared/i18n/filing';

export type MessageParams = Record<string, string | number>;

/** Codes whose `reason` param is a token with words of its own, under this key prefix. */
const REASON_WORDS: Partial<Record<FilingCode, string>> = {
  'filing.verify.unsafePath': 'filing.unsafePathReason',
  'filing.verify.auditChainBroken': 'audit.broken',
};

export function filingMessage(code: FilingCode, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  const words = REASON_WORDS[code];
  const reasonKey = words === undefined ? undefined : `${words}.${params.reason}`;
  const worded = reasonKey !== undefined && hasMessage(reasonKey) ? { ...params, reason: translate(locale, reasonKey) } : params;
  return format(filingMessages[locale][code], worded);
}

export class FilingError extends Error {
  readonly code: FilingCode;
  readonly file: string | undefined;
  readonly params: MessageParams;

  constructor(code: FilingCode, params: MessageParams = {}, options: { file?: string; cause?: unknown } = {}) {
    super(filingMessage(code, { ...params, ...(options.file === undefined ? {} : { file: options.file }) }, 'en-US'), { cause: options.cause });
    this.name = 'FilingError';
    this.code = code;
    this.file = options.file;
    this.params = params;
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new FilingError('filing.cancelled');
}
