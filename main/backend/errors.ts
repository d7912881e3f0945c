import type { z } from 'zod';
import type { AppErrorData, ErrorDetails, Finding } from '../../shared/contract/core';
import { describeIssues } from '../../shared/domain/forms/issues';
import { hasMessage, translate, type Locale, translateCode } from '../../shared/i18n';

/**
 * An error a user should read. Handlers throw it with a stable code (an i18n key) and parameters; the
 * backend's edge puts it into the caller's language. Anything else thrown is an internal error.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: ErrorDetails,
    /** What went wrong underneath (a file-system error), for whoever debugs it; never shown to the user. */
    options: { cause?: unknown } = {},
  ) {
    super(code, options);
    this.name = 'AppError';
  }
}

export function validationError(error: z.ZodError, locale: Locale, code = 'error.input.invalid'): AppErrorData {
  // Worded as the forms word them as the user leaves a field: the same message before and after the save.
  const issues = describeIssues(error.issues, locale);
  const first = issues[0];
  return {
    code,
    message: translateCode(locale, code, { count: issues.length }),
    details: { ...(first?.field ? { field: first.field } : {}), issues },
  };
}

/**
 * One error for a list of a pure rule's findings, each put into the caller's language at its field, row or
 * column; `code` says what was refused as a whole (its message may use {count}).
 */
export function findingsError(
  code: string,
  findings: readonly Finding[],
  /** The caller's language, or a function that words a finding (e.g. with catalog names for its ids). */
  describe: Locale | ((finding: Finding) => string),
  params: Record<string, string | number> = {},
  details: Omit<ErrorDetails, 'issues'> = {},
): AppError {
  const wording = typeof describe === 'function' ? describe : (finding: Finding) => translateCode(describe, finding.code, finding.params);
  const issues = findings.map((finding) => ({
    code: finding.code,
    message: wording(finding),
    ...(finding.field !== undefined ? { field: finding.field } : {}),
    ...(finding.row !== undefined ? { row: finding.row } : {}),
    ...(finding.column !== undefined ? { column: finding.column } : {}),
  }));
  const field = findings[0]?.field;
  return new AppError(code, { count: findings.length, ...params }, { ...(field !== undefined ? { field } : {}), ...details, issues });
}

/**
 * findingsError for rules whose first finding names the refusal as a whole (a catalog file, a graded-protection
 * batch): its code and parameters head the error, and its row too; every finding is listed at its place.
 */
export function firstFindingError(findings: readonly Finding[], locale: Locale, details: Omit<ErrorDetails, 'issues'> = {}): AppError {
  const first = findings[0]!;
  return findingsError(first.code, findings, locale, first.params ?? {}, {
    ...details,
    ...(first.row !== undefined ? { row: first.row } : {}),
  });
}

/** A database trigger that refuses a write raises an i18n key as its message (e.g. `assessment.locked`). */
function isTriggerRefusal(error: unknown): error is Error {
  return error instanceof Error && error.name === 'SqliteError' && hasMessage(error.message);
}

export function toErrorData(error: unknown, locale: Locale): AppErrorData {
  if (isTriggerRefusal(error)) return { code: error.message, message: translateCode(locale, error.message) };
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: translateCode(locale, error.code, error.params),
      ...(error.details ? { details: error.details } : {}),
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'error.internal', message: translate(locale, 'error.internal', { detail }) };
}
