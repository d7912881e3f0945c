import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

const index = 'file:///opt/denggao/resources/app.asar/dist/renderer/index.html';

describe('isTrustedSender', () => {
  const main = { url: `${index}#/profile` };
  it('accepts the main frame showing our index.html, whatever the route', () => {
    expect(isTrustedSender(main, main, index)).toBe(true);
  });
  it('refuses another frame, even one at our URL', () => {
    expect(isTrustedSender({ url: index }, main, index)).toBe(false);
  });
  it('refuses our main frame once it shows another page', () => {
    const navigated = { url: 'https://example.com/' };
    expect(isTrustedSender(navigated, navigated, index)).toBe(false);
    const otherFile = { url: 'file:///tmp/evil.html' };
    expect(isTrustedSender(otherFile, otherFile, index)).toBe(false);
  });
  it('refuses a missing frame', () => {
    expect(isTrustedSender(null, main, index)).toBe(false);
  });
});
