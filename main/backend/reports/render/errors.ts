import type { AppErrorData, ErrorDetails } from '../../../../shared/contract/core';
import { format, type Locale } from '../../../../shared/i18n/define';
import { reportsMessages, type ReportsMessageKey } from '../../../../shared/i18n/reports';

export type RenderErrorCode =
  | 'reports.output.notWritable'
  | 'reports.font.notFound'
  | 'reports.font.missingGlyph'
  | 'reports.render.cancelled'
  | 'reports.render.failed';

/** A parameter is a value, or a message of its own (a reason) that is worded in the same language. */
export type RenderErrorParam = string | number | { message: ReportsMessageKey };

/**
 * A rendering failure the user can act on. It carries the code and its parameters, so the backend's edge can
 * word it in the user's language (toAppError); the Error message is the English wording, for logs.
 */
export class RenderError extends Error {
  constructor(
    readonly code: RenderErrorCode,
    readonly params: Record<string, RenderErrorParam> = {},
    readonly details?: ErrorDetails,
  ) {
    super(wordError(code, params, 'en-US'));
    this.name = 'RenderError';
  }

  toAppError(locale: Locale): AppErrorData {
    const message = wordError(this.code, this.params, locale);
    return this.details ? { code: this.code, message, details: this.details } : { code: this.code, message };
  }
}

function wordError(code: RenderErrorCode, params: Record<string, RenderErrorParam>, locale: Locale): string {
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    worded[name] = typeof value === 'object' ? reportsMessages[locale][value.message] : value;
  }
  return format(reportsMessages[locale][code], worded);
}
