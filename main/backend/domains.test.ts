/**
 * The method table and the handlers, loaded a domain at a time, still match both ways: every method of the
 * contract is found through its domain with a handler, and no domain's loader yields a handler the contract
 * does not declare. The types demand it too; this is the same check on what the loaders actually return.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, sampleProfile, tempBackend } from '../../test/support/workspace';
import { methods } from '../../shared/contract';
import { loadDomainMethods } from '../../shared/contract/domains';
import { METHOD_DOMAINS, methodDomainOf } from '../../shared/contract/method-domains';
import type { BackupDeps } from './backup';
import { handlerLoaders } from './domains';

const loaders = handlerLoaders({
  workspace: { migrations: [], databaseFile: 'unused.sqlite' },
  cancelJob: () => false,
  backup: {} as BackupDeps, // the backup handlers read their deps only when called
});

const ownMethods = (table: object, domain: string) => Object.keys(table).filter((name) => name.startsWith(`${domain}.`));

describe('the contract a domain at a time', () => {
  it('finds every method of the whole table through its domain, and no other', async () => {
    const found: string[] = [];
    for (const domain of METHOD_DOMAINS) found.push(...ownMethods(await loadDomainMethods(domain), domain));
    expect(found.sort()).toEqual(Object.keys(methods).sort());
    for (const name of Object.keys(methods)) expect(methodDomainOf(name), name).toBe(name.slice(0, name.indexOf('.')));
  });

  it('has a handler for every method of each domain, and none for a method the contract lacks', async () => {
    for (const domain of METHOD_DOMAINS) {
      const handlers = await loaders[domain]();
      const declared = ownMethods(await loadDomainMethods(domain), domain).sort();
      expect(ownMethods(handlers, domain).sort(), domain).toEqual(declared);
      for (const name of Object.keys(handlers)) expect(Object.keys(methods), `${domain}: ${name}`).toContain(name);
      for (const name of declared) expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('knows no domain for a name outside the contract', () => {
    expect(methodDomainOf('nosuch.method')).toBeUndefined();
    expect(methodDomainOf('profile')).toBeUndefined();
    expect(methodDomainOf('profilex')).toBeUndefined(); // no dot: not the domain whose name is one letter shorter
    expect(methodDomainOf('constructor.x')).toBeUndefined();
  });
});

describe('a backend loading its domains as calls arrive', () => {
  let backend: ReturnType<typeof tempBackend> | undefined;
  afterEach(() => backend?.dispose());

  it('refuses a name outside the contract, in a domain or not, as an unknown method', async () => {
    backend = tempBackend();
    for (const name of ['profile.nope', 'profile.constructor', 'nosuch.method', '__proto__', 'profile', '']) {
      const result = await backend.callByName(name, {});
      expect(!result.ok && result.error.code, name).toBe('error.method.unknown');
    }
  });

  it('keeps writes in their order of arrival when the first waits for its domain to load', async () => {
    backend = tempBackend();
    expectOk(await backend.call('profile.get', {})); // the profile domain is loaded; the SAM domain is not
    const first = backend.call('sam.save', { register: 'products', record: { publisher: '金山', name: 'WPS Office' } });
    const second = backend.call('profile.save', sampleProfile());
    expectOk(await second);
    expectOk(await first);
    const { entries } = expectOk(await backend.call('audit.list', {}));
    expect(entries.map((entry) => entry.method).reverse()).toEqual(['sam.save', 'profile.save']);
  });
});
