/**
 * The per-call options a door may give the backend, checked in one place. A door relays them from a page it
 * does not trust, so a value the backend cannot act on (a language outside the message tables, a job id
 * that is not a string) is refused with a named error instead of failing deep inside a handler — where it
 * used to throw past the worker's edge and end the backend thread for every later call.
 */
import type { CallOptions } from '../../shared/contract/core';
import { LOCALES, type Locale } from '../../shared/i18n/define';

/** Who is calling. `page`: the renderer, through the IPC relay or the bridge; set by the door, never by the page. */
export type CallerKind = 'page';

export interface CallOptionsWithLocale extends CallOptions {
  /** The caller's language for error messages; defaults to the workspace setting. */
  locale?: Locale;
  /** Absent for doors that act with the user's own authority (the CLI, tests); see main/backend/page-paths.ts. */
  door?: CallerKind;
}

export const MAX_JOB_ID_LENGTH = 200;

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Whether the backend can act on these options as given. */
export function areValidCallOptions(options: unknown): options is CallOptionsWithLocale {
  if (options === null || typeof options !== 'object') return false;
  const { locale, jobId, door } = options as Record<string, unknown>;
  return (
    (locale === undefined || isLocale(locale)) &&
    (jobId === undefined || (typeof jobId === 'string' && jobId.length <= MAX_JOB_ID_LENGTH)) &&
    (door === undefined || door === 'page')
  );
}

/**
 * What a page door passes on of the options a page sent: the job id and a known language, nothing else;
 * and it marks the call as the page's, so the backend confines its paths (main/backend/page-paths.ts).
 * A language the tables do not have falls back to the workspace's: the page's wish, not a reason to fail.
 */
export function pageCallOptions(raw: unknown): CallOptionsWithLocale {
  const { jobId, locale } = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    ...(typeof jobId === 'string' && jobId.length <= MAX_JOB_ID_LENGTH ? { jobId } : {}),
    ...(isLocale(locale) ? { locale } : {}),
    door: 'page',
  };
}
