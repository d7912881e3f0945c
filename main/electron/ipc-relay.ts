/**
 * The body of the IPC relay, free of electron imports so it is unit-tested under plain Node: a call is
 * carried to the backend only if it comes from our window's main frame showing our page and names a method
 * of the contract; of its options only the two the contract defines (jobId, locale) pass, and the call is
 * marked as the page's, so the backend confines every path in it to the workspace (docs/architecture.md).
 */
import { isInMethodDomain } from '../../shared/contract/method-domains';
import type { Result } from '../../shared/contract/core';
import { DEFAULT_LOCALE, translateCode } from '../../shared/i18n';
import { pageCallOptions, type CallOptionsWithLocale } from '../backend/call-options';
import { isTrustedSender, type SenderFrameLike } from './sender';

export interface RelayDeps {
  callByName(method: string, input: unknown, options: CallOptionsWithLocale): Promise<Result<unknown>>;
  /** The main frame of our window right now (null before it exists or after it closed). */
  mainFrame(): SenderFrameLike | null | undefined;
  appIndexUrl: string;
}

export function createCallHandler(deps: RelayDeps) {
  return async (
    event: { senderFrame: SenderFrameLike | null },
    method: unknown,
    input: unknown,
    rawOptions: unknown,
  ): Promise<Result<unknown>> => {
    const options = pageCallOptions(rawOptions);
    const refuse = (code: string, params?: Record<string, string>): Result<unknown> => ({
      ok: false,
      error: { code, message: translateCode(options.locale ?? DEFAULT_LOCALE, code, params) },
    });
    if (!isTrustedSender(event.senderFrame, deps.mainFrame(), deps.appIndexUrl)) return refuse('error.bridge.unauthorized');
    if (!isInMethodDomain(method)) return refuse('error.method.unknown', { method: String(method) });
    return deps.callByName(method, input, options);
  };
}
