import { describe, expect, it } from 'vitest';
import { shippedAliasDictionary } from '../../catalogs/sam/aliases';
import { aliasDictionarySchema } from '../../contract/sam/aliases';
import { aliasResolver } from './aliases';

describe('the alias dictionary', () => {
  // Built per test, not once while the file is collected: a mutation run's change is active only while tests run.
  const resolver = () => aliasResolver(shippedAliasDictionary);

  it('gives a publisher the one name the registers keep, whatever the ledger calls it', () => {
    for (const name of ['微软', 'Microsoft Corporation', 'microsoft corporation', 'Microsoft'])
      expect(resolver().publisher(name)).toBe('微软');
    for (const name of ['金山', 'WPS', 'Kingsoft']) expect(resolver().publisher(name)).toBe('金山办公');
    expect(resolver().publisher('Yonyou')).toBe('用友');
    expect(resolver().publisher('Kingdee')).toBe('金蝶');
    expect(resolver().publisher('Qi An Xin')).toBe('奇安信');
    expect(resolver().publisher('某某科技')).toBe('某某科技');
  });

  it('knows product families by their Chinese and English names, under their publisher or with none given', () => {
    expect(resolver().product('微软', 'Office 专业增强版')).toEqual({ publisher: '微软', name: 'Office Professional Plus' });
    expect(resolver().product('', 'Microsoft Office Professional Plus')).toEqual({ publisher: '微软', name: 'Office Professional Plus' });
    expect(resolver().product('Adobe', 'Office 专业增强版')).toBeUndefined(); // another publisher's product of that name
  });

  it('refuses a name that stands for two publishers, at that name', () => {
    const edited = {
      ...shippedAliasDictionary,
      publishers: [...shippedAliasDictionary.publishers, { name: '金山软件集团', aliases: ['WPS'] }],
    };
    const parsed = aliasDictionarySchema.safeParse(edited);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        message: 'sam.aliases.conflict',
        path: ['publishers', shippedAliasDictionary.publishers.length, 'aliases', 0],
      }),
    ]);
  });
});
