/**
 * The publisher and product alias dictionary: the names one publisher or product goes by in ledgers
 * (微软 / Microsoft / Microsoft Corporation), each with the one name the registers keep. Shipped as data
 * (shared/catalogs/sam/aliases.ts) and editable; a name may stand for one publisher (or product) only.
 */
import { z } from 'zod';
import { normalizeWord } from '../../domain/sam/choices';

const name = z.string({ error: 'sam.value.required' }).trim().min(1, { error: 'sam.value.required' }).max(200, { error: 'sam.value.tooLong' });

export const aliasDictionarySchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    publishers: z.array(z.object({ name, aliases: z.array(name).max(100) })).max(5_000),
    products: z.array(z.object({ publisher: name, name, aliases: z.array(name).max(100) })).max(5_000),
  })
  .superRefine((dictionary, ctx) => {
    const publisherOf = new Map<string, string>();
    dictionary.publishers.forEach((entry, index) => {
      [entry.name, ...entry.aliases].forEach((alias, aliasIndex) => {
        const key = normalizeWord(alias);
        const earlier = publisherOf.get(key);
        if (earlier !== undefined && earlier !== normalizeWord(entry.name)) {
          const path = aliasIndex === 0 ? ['publishers', index, 'name'] : ['publishers', index, 'aliases', aliasIndex - 1];
          ctx.addIssue({ code: 'custom', path, message: 'sam.aliases.conflict', input: alias });
        }
        publisherOf.set(key, normalizeWord(entry.name));
      });
    });
    const productOf = new Map<string, string>();
    dictionary.products.forEach((entry, index) => {
      const canonical = normalizeWord(entry.publisher) + '\u001f' + normalizeWord(entry.name);
      [entry.name, ...entry.aliases].forEach((alias, aliasIndex) => {
        const key = normalizeWord(alias);
        const earlier = productOf.get(key);
        if (earlier !== undefined && earlier !== canonical) {
          const path = aliasIndex === 0 ? ['products', index, 'name'] : ['products', index, 'aliases', aliasIndex - 1];
          ctx.addIssue({ code: 'custom', path, message: 'sam.aliases.productConflict', input: alias });
        }
        productOf.set(key, canonical);
      });
    });
  });
export type AliasDictionary = z.infer<typeof aliasDictionarySchema>;
