/**
 * The software estate with every name turned into a small integer: products, entitlements and
 * installations as the licence position reads them. Building it normalizes each distinct spelling once;
 * computing a position over it then compares integers, never strings. A caller that computes positions
 * again and again (the backend, per request) builds the index once and keeps it until the data changes.
 *
 * Names are compared as the natural keys compare them (shared/contract/sam/schemas.ts): trimmed, runs of
 * white space collapsed, case ignored. Id 0 of every dictionary is the empty name.
 */
import { type Entitlement, type Product, entitlementKey, normalizeKeyPart } from '../../contract/sam/schemas';

/** Bound on the spelling cache of one dictionary: names repeat, but a pathological file must not grow it forever. */
const MAX_SPELLINGS = 200_000;

export class Dictionary {
  /** Normalized text per id. */
  readonly texts: string[] = [''];
  /** The first spelling seen per id, trimmed: what the user reads. */
  readonly display: string[] = [''];
  private readonly byNorm = new Map<string, number>([['', 0]]);
  private readonly bySpelling = new Map<string, number>([['', 0]]);

  id(spelling: string): number {
    let id = this.bySpelling.get(spelling);
    if (id === undefined) {
      const norm = normalizeKeyPart(spelling);
      id = this.byNorm.get(norm);
      if (id === undefined) {
        id = this.texts.length;
        this.texts.push(norm);
        this.display.push(spelling.trim());
        this.byNorm.set(norm, id);
      }
      if (this.bySpelling.size < MAX_SPELLINGS) this.bySpelling.set(spelling, id);
    }
    return id;
  }

  get size(): number {
    return this.texts.length;
  }
}

export interface FamilyEntry {
  /** Normalized publisher + name. */
  key: string;
  /** As first spelled. */
  publisher: string;
  name: string;
}

export interface IndexedProduct {
  record: Product;
  family: number;
  version: number;
  edition: number;
}

export interface IndexedEntitlement {
  record: Entitlement;
  key: string;
  family: number;
  version: number;
  edition: number;
  /** Id in `subsidiaries` or `departments` (by the scope's kind); 0 for the whole enterprise. */
  scopeOrg: number;
  /**
   * The pool the entitlement adds to: entitlements that agree on product, version, edition, (edition)
   * downgrade rights, metric and scope count together. Built with the index, so a position does not rebuild it.
   */
  poolId: string;
}

/** Installations as columns: entry i of every array describes installation i. */
export interface InstallationColumns {
  count: number;
  family: Int32Array;
  version: Int32Array;
  edition: Int32Array;
  device: Int32Array;
  user: Int32Array;
  department: Int32Array;
  subsidiary: Int32Array;
  /** Processor cores; 0 = unknown. */
  cores: Int32Array;
  /**
   * Installation numbers grouped by family, in their original order within a family: family f's
   * installations are byFamily[familyStart[f]] … byFamily[familyStart[f + 1] - 1]. Walking a family at a
   * time keeps its pools in the processor's cache, and leaves the first-come order within a family intact.
   */
  byFamily: Int32Array;
  familyStart: Int32Array;
}

export interface EstateIndex {
  families: FamilyEntry[];
  versions: Dictionary;
  editions: Dictionary;
  devices: Dictionary;
  users: Dictionary;
  departments: Dictionary;
  subsidiaries: Dictionary;
  products: IndexedProduct[];
  entitlements: IndexedEntitlement[];
  installations: InstallationColumns;
}

/** The fields of an installation the position reads. */
export interface InstallationFacts {
  publisher: string;
  name: string;
  version: string;
  edition: string;
  device: string;
  user: string;
  department: string;
  subsidiary: string;
  cores: number | null;
}

const COLUMNS = ['family', 'version', 'edition', 'device', 'user', 'department', 'subsidiary', 'cores'] as const;

/**
 * Builds an index record by record, so a caller can feed rows straight from storage without first making
 * 100,000 objects. Products first, then entitlements, then installations: a family's name is spelled as
 * it was first seen.
 */
export class EstateIndexBuilder {
  private readonly familyKeys = new Map<string, number>();
  private readonly familySpellings = new Map<string, Map<string, number>>();
  private readonly index: EstateIndex;
  private capacity = 1024;

  constructor() {
    const installations = { count: 0, byFamily: new Int32Array(0), familyStart: new Int32Array(1) } as InstallationColumns;
    for (const column of COLUMNS) installations[column] = new Int32Array(this.capacity);
    this.index = {
      families: [],
      versions: new Dictionary(),
      editions: new Dictionary(),
      devices: new Dictionary(),
      users: new Dictionary(),
      departments: new Dictionary(),
      subsidiaries: new Dictionary(),
      products: [],
      entitlements: [],
      installations,
    };
  }

  family(publisher: string, name: string): number {
    let names = this.familySpellings.get(publisher);
    if (names === undefined) {
      names = new Map();
      this.familySpellings.set(publisher, names);
    }
    let id = names.get(name);
    if (id === undefined) {
      const key = normalizeKeyPart(publisher) + '\u001f' + normalizeKeyPart(name);
      id = this.familyKeys.get(key);
      if (id === undefined) {
        id = this.index.families.length;
        this.index.families.push({ key, publisher, name });
        this.familyKeys.set(key, id);
      }
      names.set(name, id);
    }
    return id;
  }

  addProduct(record: Product): void {
    const { versions, editions } = this.index;
    this.index.products.push({
      record,
      family: this.family(record.publisher, record.name),
      version: versions.id(record.version),
      edition: editions.id(record.edition),
    });
  }

  addEntitlement(record: Entitlement): void {
    const { versions, editions, subsidiaries, departments } = this.index;
    const scope = record.scope;
    const scopeNames = scope.kind === 'subsidiary' ? subsidiaries : departments;
    const scopeOrg = scope.kind === 'enterprise' ? 0 : scopeNames.id(scope.name);
    const family = this.family(record.publisher, record.name);
    const version = versions.id(record.version);
    const edition = editions.id(record.edition);
    const poolId = [
      (this.index.families[family] as FamilyEntry).key,
      versions.texts[version],
      editions.texts[edition],
      record.downgradeRights ? 'downgrade' : 'exact',
      record.editionDowngradeRights ? 'edition-downgrade' : 'edition-exact',
      record.metric,
      scope.kind,
      scopeNames.texts[scopeOrg],
    ].join('\u001f');
    this.index.entitlements.push({ record, key: entitlementKey(record), family, version, edition, scopeOrg, poolId });
  }

  addInstallation(facts: InstallationFacts): void {
    const columns = this.index.installations;
    if (columns.count === this.capacity) this.grow();
    const i = columns.count++;
    const { versions, editions, devices, users, departments, subsidiaries } = this.index;
    columns.family[i] = this.family(facts.publisher, facts.name);
    columns.version[i] = versions.id(facts.version);
    columns.edition[i] = editions.id(facts.edition);
    columns.device[i] = devices.id(facts.device);
    columns.user[i] = users.id(facts.user);
    columns.department[i] = departments.id(facts.department);
    columns.subsidiary[i] = subsidiaries.id(facts.subsidiary);
    columns.cores[i] = facts.cores ?? 0;
  }

  build(): EstateIndex {
    const columns = this.index.installations;
    for (const column of COLUMNS) columns[column] = columns[column].slice(0, columns.count);
    groupByFamily(columns, this.index.families.length);
    return this.index;
  }

  private grow(): void {
    this.capacity *= 2;
    const columns = this.index.installations;
    for (const column of COLUMNS) {
      const wider = new Int32Array(this.capacity);
      wider.set(columns[column]);
      columns[column] = wider;
    }
  }
}

/** A stable counting sort of installation numbers by family. */
function groupByFamily(columns: InstallationColumns, familyCount: number): void {
  const start = new Int32Array(familyCount + 1);
  for (let i = 0; i < columns.count; i++) start[(columns.family[i] as number) + 1]!++;
  for (let f = 0; f < familyCount; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const next = start.slice(0, familyCount);
  const order = new Int32Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const family = columns.family[i] as number;
    order[next[family] as number] = i;
    next[family]!++;
  }
  columns.byFamily = order;
  columns.familyStart = start;
}

export function indexEstate(input: {
  products: readonly Product[];
  entitlements: readonly Entitlement[];
  installations: readonly InstallationFacts[];
}): EstateIndex {
  const builder = new EstateIndexBuilder();
  for (const product of input.products) builder.addProduct(product);
  for (const entitlement of input.entitlements) builder.addEntitlement(entitlement);
  for (const installation of input.installations) builder.addInstallation(installation);
  return builder.build();
}
