/**
 * Errors the filing core throws (key handling, writing, extraction, cancellation). Verification does not
 * throw for a bad package: it returns every problem in a VerifyResult.
 */
import type { FilingCode } from '../../../shared/contract/filing/codes';
import { DEFAULT_LOCALE, format, type Locale } from '../../../shared/i18n/define';
import { filingMessages } from '../../../shared/i18n/filing';

export type MessageParams = Record<string, string | number>;

export function filingMessage(code: FilingCode, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  return format(filingMessages[locale][code], params);
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
