/**
 * Each domain's method specs and handlers, loaded together at the domain's first call and kept (see
 * shared/contract/domains.ts for why). Lookups are synchronous once a domain is loaded, so a call to a loaded
 * domain runs exactly as if nothing were lazy.
 */
import type { MethodSpec } from '../../shared/contract/core';
import { loadDomainMethods } from '../../shared/contract/domains';
import { methodDomainOf, type MethodDomain } from '../../shared/contract/method-domains';
import type { HandlerContext } from './context';
import type { HandlerLoaders } from './domains';

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown;

export interface MethodEntry {
  spec: MethodSpec;
  handler: AnyHandler;
}

export interface MethodLookup {
  /** True when `method` needs nothing loaded: its domain is, or the name belongs to no domain. */
  isReady(method: string): boolean;
  /** Loads the domain `method` belongs to, if it has one and it is not loaded yet. */
  load(method: string): Promise<void>;
  /** The spec and handler of a method whose domain is loaded; undefined for a name that is no method. */
  find(method: string): MethodEntry | undefined;
}

export function createMethodLookup(handlerLoaders: HandlerLoaders): MethodLookup {
  const loaded = new Map<MethodDomain, { specs: Record<string, MethodSpec>; handlers: Record<string, AnyHandler> }>();
  const loading = new Map<MethodDomain, Promise<void>>();

  const loadDomain = (domain: MethodDomain): Promise<void> => {
    let pending = loading.get(domain);
    if (!pending) {
      pending = Promise.all([loadDomainMethods(domain), handlerLoaders[domain]()]).then(
        ([specs, handlers]) => {
          loaded.set(domain, { specs, handlers: handlers as Record<string, AnyHandler> });
        },
        (error: unknown) => {
          loading.delete(domain); // a later call tries again
          throw error;
        },
      );
      loading.set(domain, pending);
    }
    return pending;
  };

  return {
    isReady(method) {
      const domain = methodDomainOf(method);
      return domain === undefined || loaded.has(domain);
    },
    async load(method) {
      const domain = methodDomainOf(method);
      if (domain !== undefined && !loaded.has(domain)) await loadDomain(domain);
    },
    find(method) {
      const domain = methodDomainOf(method);
      const tables = domain === undefined ? undefined : loaded.get(domain);
      if (!tables || !Object.prototype.hasOwnProperty.call(tables.specs, method)) return undefined;
      return { spec: tables.specs[method]!, handler: tables.handlers[method]! };
    },
  };
}
