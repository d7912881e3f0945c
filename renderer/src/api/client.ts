/**
 * The typed API client. It speaks to the backend through whichever door the page was opened by: the
 * Electron preload (`window.denggao`) or the development bridge (HTTP on loopback, session cookie).
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { AppErrorData, CallOptions, EventMap, EventName, Result } from '../../../shared/contract/core';

interface Transport {
  call(method: string, input: unknown, options?: CallOptions & { locale?: string }): Promise<Result<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    denggao?: Transport;
  }
}

/** A failed call: the backend's error, already in the user's language. */
export class ApiError extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.error.code;
  }
  /** Messages per field path, for forms. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const issue of this.error.details?.issues ?? []) if (issue.field && !errors[issue.field]) errors[issue.field] = issue.message;
    return errors;
  }
  /** fieldErrors, plus this error's own message at the one field it names (details.field) when no issue speaks for it. */
  messagesByField(): Record<string, string> {
    const errors = this.fieldErrors();
    const field = this.error.details?.field;
    if (field && !errors[field]) errors[field] = this.message;
    return errors;
  }
}

/**
 * The bridge: the session is an HttpOnly cookie the launch URL set (main/bridge/server.ts), which the
 * browser sends with our same-origin requests; the page never sees the token itself.
 */
function bridgeTransport(): Transport {
  let source: EventSource | null = null;
  return {
    async call(method, input, options) {
      const response = await fetch('./api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method, input, options }),
      });
      return (await response.json()) as Result<unknown>;
    },
    on(event, callback) {
      source ??= new EventSource('./api/events');
      const listener = (message: MessageEvent<string>) => callback(JSON.parse(message.data));
      source.addEventListener(event, listener as EventListener);
      return () => source?.removeEventListener(event, listener as EventListener);
    },
  };
}

const transport: Transport = window.denggao ?? bridgeTransport();
let currentLocale: string | undefined;

export const api = {
  /** Errors come back in this language. */
  setLocale(locale: string) {
    currentLocale = locale;
  },
  async call<M extends MethodName>(method: M, input: MethodInput<M>, options: CallOptions = {}): Promise<MethodOutput<M>> {
    const result = await transport.call(method, input, { ...options, ...(currentLocale ? { locale: currentLocale } : {}) });
    if (!result.ok) throw new ApiError(result.error);
    return result.value as MethodOutput<M>;
  },
  on<E extends EventName>(event: E, callback: (payload: EventMap[E]) => void): () => void {
    return transport.on(event, callback as (payload: unknown) => void);
  },
};

/** What a failure says to the user: a failed call's message (already in their language), or the thrown value. */
export function errorMessage(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}
