/**
 * What an import of licences or installations does with the products they name: names in the alias
 * dictionary's words become the names the registers keep; an installation without a publisher takes the
 * publisher of the one registered product with its name (two publishers with that name is a warning naming
 * them, not a refusal); and the products no register entry has yet are added to the products register.
 */
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/core';
import {
  type ProductRef,
  type SamKind,
  normalizeKeyPart,
  productFamilyKey,
  productKey,
  productSchema,
} from '../../../shared/contract/sam/schemas';
import { type AliasResolver, aliasResolver } from '../../../shared/domain/sam/aliases';
import { normalizeWord } from '../../../shared/domain/sam/choices';
import { aliasDictionary, iterateRecords, recordWriter } from './repository';

/** Distinct publisher/name pairs remembered per import: ledgers repeat a few hundred names down 100,000 rows. */
const MEMO_LIMIT = 20_000;

/** Values by publisher and name as written, without building a key string per row (the import's hot path). */
class PairMemo<V> {
  private readonly byPublisher = new Map<string, Map<string, V>>();
  private size = 0;

  get(publisher: string, name: string): V | undefined {
    return this.byPublisher.get(publisher)?.get(name);
  }

  set(publisher: string, name: string, value: V): void {
    if (this.size >= MEMO_LIMIT) return;
    let names = this.byPublisher.get(publisher);
    if (names === undefined) this.byPublisher.set(publisher, (names = new Map()));
    names.set(name, value);
    this.size++;
  }
}

interface Named {
  publisher: string;
  name: string;
  /** Set when the name alone is ambiguous: the publishers that have it. */
  publishers?: string[];
}

/** The publishers each registered product name has (normalized name → publishers as written). */
function publishersByName(db: Database.Database): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const product of iterateRecords(db, 'products')) {
    const key = normalizeKeyPart(product.name);
    const known = byName.get(key) ?? [];
    if (!known.some((publisher) => normalizeKeyPart(publisher) === normalizeKeyPart(product.publisher))) known.push(product.publisher);
    byName.set(key, known);
  }
  return byName;
}

/**
 * The refine step of an import plan: rewrites a row's publisher and name to the dictionary's, and fills an
 * installation's missing publisher from the products register. Returns a warning for an ambiguous name.
 */
export function productNamer(
  db: Database.Database,
  kind: SamKind,
  nameColumn: string,
): (values: Record<string, unknown>, row: number) => Finding | undefined {
  const resolver = houseSpelling(db, aliasResolver(aliasDictionary(db)));
  const byName = kind === 'installations' ? publishersByName(db) : new Map<string, string[]>();
  const memo = new PairMemo<Named>();
  return (values, row) => {
    if (typeof values.name !== 'string') return undefined;
    const given = typeof values.publisher === 'string' ? values.publisher : '';
    let named = memo.get(given, values.name);
    if (named === undefined) {
      named = nameProduct(resolver, byName, given, values.name);
      memo.set(given, values.name, named);
    }
    values.name = named.name;
    if (named.publisher !== '') values.publisher = named.publisher;
    if (named.publishers === undefined) return undefined;
    return {
      code: 'sam.import.ambiguousProduct',
      row,
      field: 'name',
      column: nameColumn,
      params: { name: named.name, publishers: named.publishers.join('、') },
    };
  };
}

/**
 * The dictionary, but answering with the spelling the registers already use for a publisher or product
 * (licences entered as 微软 stay 微软 when installations say Microsoft Corporation): one name per
 * publisher in the workspace, so the position pairs them, whichever spelling came first.
 */
function houseSpelling(db: Database.Database, resolver: AliasResolver): AliasResolver {
  const publishers = new Map<string, string>();
  const products = new Map<string, { publisher: string; name: string }>();
  const known = db
    .prepare('SELECT DISTINCT publisher, name FROM sam_products UNION SELECT DISTINCT publisher, name FROM sam_entitlements')
    .all() as { publisher: string; name: string }[];
  for (const entry of known) {
    const publisher = resolver.publisher(entry.publisher);
    if (!publishers.has(normalizeWord(publisher))) publishers.set(normalizeWord(publisher), entry.publisher);
    const product = resolver.product(entry.publisher, entry.name);
    if (product !== undefined) {
      const key = normalizeWord(product.publisher) + '\u001f' + normalizeWord(product.name);
      if (!products.has(key)) products.set(key, entry);
    }
  }
  const publisher = (name: string) => {
    const kept = resolver.publisher(name);
    return publishers.get(normalizeWord(kept)) ?? kept;
  };
  return {
    publisher,
    product(given, name) {
      const product = resolver.product(given, name);
      if (product === undefined) return undefined;
      return (
        products.get(normalizeWord(product.publisher) + '\u001f' + normalizeWord(product.name)) ?? {
          publisher: publisher(product.publisher),
          name: product.name,
        }
      );
    },
  };
}

/**
 * A record saved by hand, named as an import would name it: the dictionary's (or the registers') spelling
 * of its publisher and product, so a licence typed as Microsoft pairs with installations imported as 微软.
 */
export function withKeptNames<R extends { publisher: string; name: string }>(db: Database.Database, record: R): R {
  const named = nameProduct(houseSpelling(db, aliasResolver(aliasDictionary(db))), new Map(), record.publisher, record.name);
  return named.publisher === '' || (named.publisher === record.publisher && named.name === record.name)
    ? record
    : { ...record, publisher: named.publisher, name: named.name };
}

function nameProduct(resolver: AliasResolver, byName: Map<string, string[]>, given: string, name: string): Named {
  const publisher = given === '' ? '' : resolver.publisher(given);
  const known = resolver.product(publisher, name);
  if (known !== undefined) return known;
  if (publisher !== '') return { publisher, name };
  const candidates = byName.get(normalizeKeyPart(name)) ?? [];
  if (candidates.length === 1) return { publisher: candidates[0] as string, name };
  return candidates.length === 0 ? { publisher: '', name } : { publisher: '', name, publishers: candidates };
}

/**
 * Collects the products an import's licences or installations name that the products register lacks (one
 * per publisher + name: an installation's build number does not make a new product), and writes them.
 */
export function productRegistrar(db: Database.Database, kind: SamKind) {
  const registered = new Set<string>();
  if (kind !== 'products') for (const product of iterateRecords(db, 'products')) registered.add(productFamilyKey(product));
  const missing = new Map<string, ProductRef>();
  const seen = new PairMemo<true>(); // publisher and name as written: most rows repeat one, no key to build
  return {
    accepted(record: ProductRef): void {
      if (kind === 'products' || record.publisher === '' || seen.get(record.publisher, record.name)) return;
      seen.set(record.publisher, record.name, true);
      const family = productFamilyKey(record);
      if (registered.has(family) || missing.has(family)) return;
      const version = kind === 'entitlements' ? record.version : '';
      const edition = kind === 'entitlements' ? record.edition : '';
      missing.set(family, { publisher: record.publisher, name: record.name, version, edition });
    },
    get count(): number {
      return missing.size;
    },
    /** Adds them, inside the caller's transaction. */
    write(): void {
      const insert = recordWriter(db, 'products', 'insertNew');
      for (const ref of missing.values()) {
        const product = productSchema.parse(ref);
        insert(productKey(product), product);
      }
    },
  };
}
