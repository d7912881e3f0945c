import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, sampleProfile, tempBackend } from '../../../test/support/workspace';

describe('profile through the backend', () => {
  let backend: ReturnType<typeof tempBackend>;
  afterEach(() => backend.dispose());

  it('starts empty, saves, and reads back the same profile after reopening the workspace', async () => {
    backend = tempBackend();
    expect(expectOk(await backend.call('profile.get', {}))).toBeNull();
    const saved = expectOk(await backend.call('profile.save', sampleProfile()));
    expect(saved).toEqual(sampleProfile());

    backend.close();
    const reopened = tempBackend({ dataDir: backend.dataDir });
    expect(expectOk(await reopened.call('profile.get', {}))).toEqual(sampleProfile());
    backend = reopened;
  });

  it('rejects a wrong check character at the uscc field in the workspace language and saves nothing', async () => {
    backend = tempBackend();
    const result = await backend.call('profile.save', { ...sampleProfile(), uscc: '91110000100017643X' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('error.input.invalid');
    expect(result.error.details?.field).toBe('uscc');
    expect(result.error.details?.issues?.[0]?.message).toContain('统一社会信用代码不正确');
    expect(expectOk(await backend.call('profile.get', {}))).toBeNull();
  });

  it('puts a pasted code right (lower case, spaces, full-width) before checking it, and stores it in the standard form', async () => {
    backend = tempBackend();
    const pasted = {
      ...sampleProfile(),
      uscc: ' 9111 0000 1000 1764 3k ',
      group: { ...sampleProfile().group, uscc: '９１１１００００７１０９３１０５３４' },
    };
    const saved = expectOk(await backend.call('profile.save', pasted));
    expect(saved.uscc).toBe(sampleProfile().uscc);
    expect(saved.group.uscc).toBe('911100007109310534');
    expect(expectOk(await backend.call('profile.get', {}))!.uscc).toBe(sampleProfile().uscc);
  });

  it('takes a phone number with an extension, and says the expected form when one is wrong', async () => {
    backend = tempBackend();
    const withExtension = { ...sampleProfile(), contact: { ...sampleProfile().contact, phone: '010-6861 2345 转 123' } };
    expect(expectOk(await backend.call('profile.save', withExtension)).contact.phone).toBe('010-6861 2345 转 123');
    const wrong = await backend.call('profile.save', { ...sampleProfile(), contact: { ...sampleProfile().contact, phone: '请拨总机' } });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.error.details?.field).toBe('contact.phone');
    expect(wrong.error.details?.issues?.[0]?.message).toContain('如 010-68612345 转 123');
  });

  it('speaks English when the workspace is set to en-US', async () => {
    backend = tempBackend();
    expectOk(await backend.call('workspace.saveSettings', { locale: 'en-US' }));
    const result = await backend.call('profile.save', { ...sampleProfile(), regionCode: '11' });
    expect(!result.ok && result.error.details?.issues?.[0]).toMatchObject({
      field: 'regionCode',
      message: 'The region code is six digits, e.g. 110000',
    });
  });

  it('requires a subsidiary to name its group, at the group fields', async () => {
    backend = tempBackend();
    const result = await backend.call('profile.save', { ...sampleProfile(), group: { name: '', uscc: '' } });
    expect(!result.ok && result.error.details?.issues?.map((i) => i.field)).toEqual(['group.name', 'group.uscc']);
  });

  it('lets a headquarters leave the group empty, and an edit replaces the stored profile', async () => {
    backend = tempBackend();
    expectOk(await backend.call('profile.save', sampleProfile()));
    const edited = { ...sampleProfile(), role: 'headquarters' as const, group: { name: '', uscc: '' }, name: '中国示例控股集团有限公司' };
    expectOk(await backend.call('profile.save', edited));
    expect(expectOk(await backend.call('profile.get', {}))).toEqual(edited);
  });
});
