import type { Finding } from '../../shared/contract/core';
import { AppError } from './errors';

/**
 * Refuses a write because a pure rule reported findings: the error carries each finding at its field,
 * already in the caller's language, so a form shows it beside the field and the CLI prints it.
 */
export function refuseWithFindings(code: string, findings: readonly Finding[], describe: (finding: Finding) => string, params: Record<string, string | number> = {}): never {
  const issues = findings.map((finding) => ({
    code: finding.code,
    message: describe(finding),
    ...(finding.field !== undefined ? { field: finding.field } : {}),
    ...(finding.row !== undefined ? { row: finding.row } : {}),
    ...(finding.column !== undefined ? { column: finding.column } : {}),
  }));
  const field = findings.find((f) => f.field !== undefined)?.field;
  throw new AppError(code, { count: findings.length, ...params }, { ...(field !== undefined ? { field } : {}), issues });
}

/** Today as `YYYY-MM-DD` in the machine's own time zone: a date the user typed is a local calendar day. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
