/**
 * The alias dictionary applied to a record's publisher and name: the names a ledger uses become the names
 * the registers keep, so 微软 and Microsoft Corporation are one publisher and one licence position.
 */
import type { AliasDictionary } from '../../contract/sam/aliases';
import { normalizeWord } from './choices';

export interface AliasResolver {
  /** The publisher's kept name, or the name as given when the dictionary does not know it. */
  publisher(name: string): string;
  /** The product's kept publisher and name when the dictionary knows the name (under that publisher, or any when none is given). */
  product(publisher: string, name: string): { publisher: string; name: string } | undefined;
}

export function aliasResolver(dictionary: AliasDictionary): AliasResolver {
  const publishers = new Map<string, string>();
  for (const entry of dictionary.publishers)
    for (const alias of [entry.name, ...entry.aliases]) publishers.set(normalizeWord(alias), entry.name);
  const products = new Map<string, { publisher: string; name: string }>();
  for (const entry of dictionary.products)
    for (const alias of [entry.name, ...entry.aliases])
      products.set(normalizeWord(alias), { publisher: entry.publisher, name: entry.name });
  const publisher = (name: string) => publishers.get(normalizeWord(name)) ?? name;
  return {
    publisher,
    product(givenPublisher, name) {
      const known = products.get(normalizeWord(name));
      if (known === undefined) return undefined;
      if (givenPublisher !== '' && normalizeWord(publisher(givenPublisher)) !== normalizeWord(known.publisher)) return undefined;
      return known;
    },
  };
}
