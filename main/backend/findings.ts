import type { Finding } from '../../shared/contract/core';
import { findingsError } from './errors';

/**
 * Refuses a write because a pure rule reported findings: the error carries each finding at its field,
 * already in the caller's language, so a form shows it beside the field and the CLI prints it.
 */
export function refuseWithFindings(
  code: string,
  findings: readonly Finding[],
  describe: (finding: Finding) => string,
  params: Record<string, string | number> = {},
): never {
  throw findingsError(code, findings, describe, params);
}
