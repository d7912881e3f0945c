/**
 * The body of the IPC relay, free of electron imports so it is unit-tested under plain Node: a call is
 * carried to the backend only if it comes from our window's main frame showing our page, names a method of
 * the contract, and its options are the two the contract defines (jobId, locale) — nothing else passes.
 */
import { isMethodName } from '../../shared/contract';
import type { Result } from '../../shared/contract/core';
import { LOCALES, type Locale } from '../../shared/i18n/define';
import { isTrustedSender, type SenderFrameLike } from './sender';

export interface RelayDeps {
  callByName(method: string, input: unknown, options: { jobId?: string; locale?: Locale }): Promise<Result<unknown>>;
  /** The main frame of our window right now (null before it exists or after it closed). */
  mainFrame(): SenderFrameLike | null | undefined;
  appIndexUrl: string;
}

export function createCallHandler(deps: RelayDeps) {
  return async (event: { senderFrame: SenderFrameLike | null }, method: unknown, input: unknown, options: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame, deps.mainFrame(), deps.appIndexUrl)) {
      return { ok: false, error: { code: 'error.bridge.unauthorized', message: 'IPC from a foreign frame refused' } };
    }
    if (!isMethodName(method)) return { ok: false, error: { code: 'error.method.unknown', message: `unknown method ${String(method)}` } };
    return deps.callByName(method, input, callOptions(options));
  };
}

function callOptions(raw: unknown): { jobId?: string; locale?: Locale } {
  if (raw === null || typeof raw !== 'object') return {};
  const { jobId, locale } = raw as { jobId?: unknown; locale?: unknown };
  return {
    ...(typeof jobId === 'string' && jobId.length <= 200 ? { jobId } : {}),
    ...((LOCALES as readonly unknown[]).includes(locale) ? { locale: locale as Locale } : {}),
  };
}
