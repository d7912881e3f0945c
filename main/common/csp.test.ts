import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const root = path.resolve(__dirname, '../..');
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.sort()] as const;
      }),
  );
const metaPolicy = () =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8'))?.[1];

/** Directives a <meta> policy cannot carry (browsers ignore them there): only the header can. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

describe('Content-Security-Policy', () => {
  it('is present in the page and agrees with the header sent by Electron and the bridge', () => {
    const meta = metaPolicy();
    expect(meta).toBeDefined();
    const header = parse(CONTENT_SECURITY_POLICY);
    for (const name of HEADER_ONLY) header.delete(name);
    expect(parse(meta!)).toEqual(header);
  });

  it.each([
    ['header', CONTENT_SECURITY_POLICY],
    ['page', metaPolicy() ?? ''],
  ])('is strict in the %s: own scripts only, no inline or eval, no plugins, no foreign base or forms', (_where, policy) => {
    const csp = parse(policy);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|strict-dynamic/);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('forbids framing the app in the header', () => {
    expect(parse(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
