/**
 * Edits to the publisher alias dictionary as pure functions: the editor on the registers page applies one
 * and saves the whole dictionary, and the backend's schema refuses a name that would stand for two publishers.
 */
import type { AliasDictionary } from '../../../../shared/contract/sam/aliases';

/** The dictionary with `alias` added to `publisher` (a publisher not yet listed is added with it). */
export function withPublisherAlias(dictionary: AliasDictionary, publisher: string, alias: string): AliasDictionary {
  const name = publisher.trim();
  const added = alias.trim();
  const known = dictionary.publishers.some((entry) => entry.name === name);
  const publishers = known
    ? dictionary.publishers.map((entry) => (entry.name === name ? { ...entry, aliases: [...entry.aliases, added] } : entry))
    : [...dictionary.publishers, { name, aliases: [added] }];
  return { ...dictionary, publishers };
}

/** The dictionary without one of a publisher's aliases; a publisher left with none stays, under its own name. */
export function withoutPublisherAlias(dictionary: AliasDictionary, publisher: string, alias: string): AliasDictionary {
  return {
    ...dictionary,
    publishers: dictionary.publishers.map((entry) =>
      entry.name === publisher ? { ...entry, aliases: entry.aliases.filter((kept) => kept !== alias) } : entry,
    ),
  };
}
