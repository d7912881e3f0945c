import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';

describe('canonical data JSON', () => {
  const backends: ReturnType<typeof tempBackend>[] = [];
  afterEach(() => backends.splice(0).forEach((b) => b.dispose()));
  const open = () => {
    const b = tempBackend();
    backends.push(b);
    return b;
  };

  it('exports a workspace and imports it into another one unchanged', async () => {
    const source = open();
    expectOk(await source.call('profile.save', sampleProfile()));
    const document = expectOk(await source.call('workspace.exportData', {}));
    expect(document).toMatchObject({ formatVersion: 1, profile: sampleProfile() });

    const target = open();
    const { imported } = expectOk(await target.call('workspace.importData', document));
    expect(imported).toMatchObject({ profile: 1 });
    expect(expectOk(await target.call('profile.get', {}))).toEqual(sampleProfile());
  });

  it('refuses a document with one bad field, names it, and leaves the workspace as it was', async () => {
    const target = open();
    expectOk(await target.call('profile.save', sampleProfile()));
    const bad = { formatVersion: 1, profile: { ...sampleProfile(), name: '新名称', uscc: 'NOT-A-CODE' } };
    const result = await target.call('workspace.importData', bad as never);
    expect(!result.ok && result.error.details?.field).toBe('profile.uscc');
    expect(expectOk(await target.call('profile.get', {}))?.name).toBe(sampleProfile().name);
  });

  it('refuses an unknown format version', async () => {
    const target = open();
    const result = await target.call('workspace.importData', { formatVersion: 99, profile: null } as never);
    expect(!result.ok && result.error.details?.field).toBe('formatVersion');
  });

  it('importing a document with no profile clears the profile (the document replaces the workspace)', async () => {
    const target = open();
    expectOk(await target.call('profile.save', sampleProfile()));
    expectOk(await target.call('workspace.importData', { formatVersion: 1, profile: null }));
    expect(expectOk(await target.call('profile.get', {}))).toBeNull();
  });
});
