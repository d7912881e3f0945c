/**
 * The publisher and product alias dictionary: the names one publisher or product goes by in ledgers
 * (微软 / Microsoft / Microsoft Corporation), each with the one name the registers keep. Shipped as data
 * (shared/catalogs/sam/aliases.ts) and editable; a name may stand for one publisher (or product) only.
 */
import { z } from 'zod';
import { normalizeWord } from '../../domain/sam/choices';

const name = z
  .string({ error: 'sam.value.required' })
  .trim()
  .min(1, { error: 'sam.value.required' })
  .max(200, { error: 'sam.value.tooLong' });

export const aliasDictionarySchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    publishers: z.array(z.object({ name, aliases: z.array(name).max(100) })).max(5_000),
    products: z.array(z.object({ publisher: name, name, aliases: z.array(name).max(100) })).max(5_000),
  })
  .superRefine((dictionary, ctx) => {
    refuseNamesOfTwo(dictionary.publishers, 'publishers', (entry) => normalizeWord(entry.name), 'sam.aliases.conflict', ctx);
    refuseNamesOfTwo(
      dictionary.products,
      'products',
      (entry) => normalizeWord(entry.publisher) + '\u001f' + normalizeWord(entry.name),
      'sam.aliases.productConflict',
      ctx,
    );
  });

/** Adds an issue at every name or alias that an earlier entry already gives to another publisher (or product). */
function refuseNamesOfTwo<E extends { name: string; aliases: string[] }>(
  entries: E[],
  list: string,
  identity: (entry: E) => string,
  message: string,
  ctx: z.RefinementCtx,
): void {
  const ownerOf = new Map<string, string>();
  entries.forEach((entry, index) => {
    const owner = identity(entry);
    [entry.name, ...entry.aliases].forEach((alias, aliasIndex) => {
      const key = normalizeWord(alias);
      const earlier = ownerOf.get(key);
      if (earlier !== undefined && earlier !== owner) {
        const path = aliasIndex === 0 ? [list, index, 'name'] : [list, index, 'aliases', aliasIndex - 1];
        ctx.addIssue({ code: 'custom', path, message, input: alias });
      }
      ownerOf.set(key, owner);
    });
  });
}

export type AliasDictionary = z.infer<typeof aliasDictionarySchema>;
