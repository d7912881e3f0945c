import { describe, expect, it } from 'vitest';
import { aliasDictionarySchema } from '../../../../shared/contract/sam/aliases';
import { shippedAliasDictionary } from '../../../../shared/catalogs/sam/aliases';
import { withPublisherAlias, withoutPublisherAlias } from './alias-edits';

describe('editing the publisher alias dictionary', () => {
  it('adds a name to a listed publisher, or lists a new publisher with it; removes one name', () => {
    const added = withPublisherAlias(shippedAliasDictionary, '微软', ' MSFT ');
    expect(added.publishers.find((entry) => entry.name === '微软')?.aliases.at(-1)).toBe('MSFT');
    const listed = withPublisherAlias(shippedAliasDictionary, '示例软件', 'Example Soft');
    expect(listed.publishers.at(-1)).toEqual({ name: '示例软件', aliases: ['Example Soft'] });
    const removed = withoutPublisherAlias(added, '微软', 'MSFT');
    expect(removed.publishers.find((entry) => entry.name === '微软')?.aliases).not.toContain('MSFT');
    expect(aliasDictionarySchema.safeParse(removed).success).toBe(true);
  });

  it('a name another publisher already goes by is refused at that name', () => {
    const twice = withPublisherAlias(shippedAliasDictionary, '金蝶', 'Microsoft');
    const refused = aliasDictionarySchema.safeParse(twice);
    expect(refused.success).toBe(false);
    const index = twice.publishers.findIndex((entry) => entry.name === '金蝶');
    const aliasIndex = (twice.publishers[index]?.aliases.length ?? 0) - 1;
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ message: 'sam.aliases.conflict', path: ['publishers', index, 'aliases', aliasIndex] }),
    ]);
  });
});
