/**
 * The contract's domains by name: a method's domain is the part of its name before the first dot. On its own,
 * without the tables (./domains.ts loads those), so that a door which only relays calls can tell a name in the
 * contract's domains from anything else without bundling or building the contract.
 */
import type { MethodName } from './index';

export type MethodDomain = MethodName extends `${infer Domain}.${string}` ? Domain : never;

/** Every domain; main/backend/domains.test.ts checks that these find every method of the table. */
export const METHOD_DOMAINS = [
  'workspace',
  'jobs',
  'files',
  'attachments',
  'profile',
  'governance',
  'readiness',
  'declarations',
  'assessment',
  'plan',
  'mlps',
  'sam',
  'reports',
  'filing',
  'backup',
  'audit',
] as const satisfies readonly MethodDomain[];

const DOMAINS: ReadonlySet<string> = new Set(METHOD_DOMAINS);

/** The domain a method name belongs to, or undefined when no domain has that prefix. */
export function methodDomainOf(name: string): MethodDomain | undefined {
  const dot = name.indexOf('.');
  const domain = name.slice(0, dot);
  return dot > 0 && DOMAINS.has(domain) ? (domain as MethodDomain) : undefined;
}

/**
 * Whether a name belongs to one of the contract's domains. Whether that domain has the method is the
 * backend's to say, once it has loaded the domain; the doors that only relay a page's calls (the preload,
 * the IPC relay) refuse anything else at once, without building the whole table to look.
 */
export function isInMethodDomain(name: unknown): name is string {
  return typeof name === 'string' && methodDomainOf(name) !== undefined;
}
