/**
 * Errors the filing core throws (key handling, writing, extraction, cancellation). Verification does not
 * throw for a bad package: it returns every problem in a VerifyResult.
 */
import type { FilingCode } from '../../../shared/contract/filing/codes';
import { DEFAULT_LOCALE, format, hasMessage, type Locale, translate } from '../../../shared/i18n';
import { filingMessages } from '../../../shared/i18n/filing';
import { AppError } from '../errors';

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

/**
 * An error of the filing core, as the backend's AppError: a filing code and its parameters; a file it names is
 * both a message parameter and the error's detail, so the caller can point at it.
 */
export function filingError(code: FilingCode, params: MessageParams = {}, options: { file?: string; cause?: unknown } = {}): AppError {
  const { file, cause } = options;
  const underneath = cause === undefined ? {} : { cause };
  return file === undefined
    ? new AppError(code, params, undefined, underneath)
    : new AppError(code, { ...params, file }, { file }, underneath);
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw filingError('filing.cancelled');
}
