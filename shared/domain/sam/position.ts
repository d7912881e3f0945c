/**
 * Effective licence position (ELP, docs/standards.md §6): for each product and scope, what was bought against
 * what is used, under the licence's metric. Over-use is shown, never blocked.
 *
 * How installations meet entitlements:
 * - Entitlements of one product family (publisher + name) with the same version, edition, downgrade flags,
 *   metric and scope form a pool; their quantities add up. Subscriptions count between start and end
 *   (inclusive); an entitlement whose start lies after `today` does not count yet.
 * - A pool covers an installation when the edition matches (or the pool names none), the version matches
 *   at the precision the licence names (or is earlier, with downgrade rights; or the pool names none),
 *   and the installation lies in the pool's scope (its subsidiary or department, or anywhere).
 * - Each installation goes to the first pool that covers it and still has room, in this order: unlimited
 *   pools (site, enterprise), then the narrowest scope, then the most specific version and edition, then
 *   exact-version pools before downgrade ones, then the earliest version. Narrow pools are used first so the
 *   broad ones stay free for everyone else.
 * - Units consumed: per device → distinct devices; per installation → installations; named user and CAL →
 *   distinct users (the device stands in when no user is recorded); concurrent user → distinct users, an
 *   upper bound since installations say nothing about simultaneous use; per core → the cores of distinct
 *   devices (an installation with no core count cannot be covered and is reported); site / enterprise →
 *   unlimited within scope.
 * - An installation no pool has room for is a shortfall of the first pool that covers it; one that no pool
 *   covers at all lands on the product's "unlicensed" row, priced at the product's latest known unit cost
 *   (an expired subscription's price is what renewing would cost).
 * - Counted the way 正版化 inspections count (docs/standards.md §6, shared/catalogs/sam/inspection.ts):
 *   free/open-source installations need no licence and are listed apart, outside the rate; OEM
 *   installations are covered only when the product records the proof of its OEM licence (without it they
 *   need an entitlement like any other); a per-core licence counts at least the catalog's or the product's
 *   minimum cores per device; a pool with edition downgrade rights covers editions ranked lower (products'
 *   `editionRank`) besides its own; the rate is also given per inspection category, with the domestic
 *   (信创) share of each category's devices and installations beside it.
 *
 * Names are interned into integers first (estate-index.ts); the pass over the installations then compares
 * integers only. A caller that keeps the index computes a position over 100,000 installations across 5,000
 * products in a few tens of milliseconds.
 */
import type { Finding } from '../../contract/core';
import {
  type Entitlement,
  INSPECTION_CATEGORIES,
  type InspectionCategory,
  type Metric,
  type Product,
  type Scope,
  isUnlimitedMetric,
  normalizeKeyPart,
} from '../../contract/sam/schemas';
import { type CategoryGroup, INSPECTION_CATALOG, type InspectionCatalog } from '../../catalogs/sam/inspection';
import { categoryOf, coreMinimumOf } from './categories';
import { type EstateIndex, type IndexedEntitlement, type InstallationFacts, indexEstate } from './estate-index';
import { compareToLicensedVersion } from './version';
import { rate } from './figures';

export interface PositionInput {
  products: readonly Product[];
  entitlements: readonly Entitlement[];
  installations: readonly InstallationFacts[];
  /** The day the position is computed for, `YYYY-MM-DD`. */
  today: string;
}

/**
 * entitled: an entitlement pool; unlicensed: installations no entitlement covers; no-entitlement-needed:
 * free/open-source software (apart from the rate); oem: OEM software whose proof is recorded (covered).
 */
export type PositionRowKind = 'entitled' | 'unlicensed' | 'no-entitlement-needed' | 'oem';

export interface PositionRow {
  id: string;
  /** The product family (publisher + name) the row is about: two publishers' products of one name stay apart. */
  productKey: string;
  kind: PositionRowKind;
  publisher: string;
  name: string;
  /** The version and edition the entitlements name ('' = any). */
  version: string;
  edition: string;
  downgradeRights: boolean;
  editionDowngradeRights: boolean;
  /** The product's inspection category ('' = not classified) and domestic (信创) flag. */
  category: InspectionCategory | '';
  domestic: boolean;
  /** The metric consumption is counted in; null on a no-entitlement-needed or OEM row. */
  metric: Metric | null;
  scope: Scope;
  /** Units bought; null = unlimited. */
  entitled: number | null;
  /** Units used, in the metric's unit (installations for unlimited pools). */
  consumed: number;
  /** entitled − consumed: positive = surplus, negative = shortfall; null when unlimited. */
  balance: number | null;
  surplus: number;
  shortfall: number;
  unitPrice: number | null;
  currency: string | null;
  /** shortfall × unit price; null when there is a shortfall and no price is known. */
  shortfallCost: number | null;
  installations: number;
  coveredInstallations: number;
  /** Installations a per-core pool could not count because their device's core count is unknown. */
  coresUnknown: number;
  entitlementKeys: string[];
  /** For free/open-source products, the licence recorded for them. */
  licenceName: string;
  /** For OEM products, the proof of the OEM licence recorded for them. */
  oemProof: string;
}

export interface CoverageSummary {
  /** Installations of software that needs a licence (free/open-source ones are counted apart). */
  installations: number;
  coveredInstallations: number;
  /** 正版化率: covered installations / installations that need a licence; null when there are none. */
  genuineRate: number | null;
  /** Installations of free/open-source software: lawful, but no licence was needed, so outside the rate. */
  freeInstallations: number;
}

export interface ScopeCoverage extends CoverageSummary {
  scope: Scope;
}

export interface PositionSummary extends CoverageSummary {
  shortfallRows: number;
  /** Shortfall cost per currency. */
  shortfallCost: Record<string, number>;
  /** Shortfall units for which no price is known. */
  unpricedShortfall: number;
  /** Shortfall rows with no price: their cost is unknown, never 0. */
  unpricedShortfallRows: number;
  /** Installations of OEM software whose product records no proof: they need a licence like any other. */
  oemWithoutProof: number;
}

/** The position of one inspection category: its rate, and its domestic (信创) share. */
export interface CategoryPosition extends CoverageSummary {
  category: InspectionCategory | '';
  group: CategoryGroup | 'unclassified';
  /** Distinct devices with software of this category, and those with domestic software of it (0 when not classified). */
  devices: number;
  domesticDevices: number;
  /** domesticDevices / devices; null without devices. */
  domesticShare: number | null;
  /** Installations (free ones included) of domestic software of this category. */
  domesticInstallations: number;
}

export interface EntitlementTermNotice {
  entitlementKey: string;
  publisher: string;
  name: string;
  version: string;
  edition: string;
  metric: Metric;
  quantity: number | null;
  scope: Scope;
  end: string;
  /** Days from today to the last day of the term: 0 = ends today, negative = already ended. */
  daysLeft: number;
}

export interface ExpiringEntitlement extends EntitlementTermNotice {
  /** The smallest alert window the end falls in. */
  within: 30 | 60 | 90;
}

export interface ReclaimCandidate {
  rowId: string;
  publisher: string;
  name: string;
  version: string;
  edition: string;
  metric: Metric;
  scope: Scope;
  /** Units bought and not used; null for an unlimited licence nobody uses. */
  unused: number | null;
  unitPrice: number | null;
  currency: string | null;
  /** unused × unit price, when both are known. */
  value: number | null;
  entitlementKeys: string[];
}

export interface LicencePosition {
  today: string;
  /** Shortfalls first (most costly first), then the rest by product. */
  rows: PositionRow[];
  summary: PositionSummary;
  /** Coverage per subsidiary and per department the installations name. */
  byScope: ScopeCoverage[];
  /** Every inspection category in the order inspections take them, then the unclassified installations. */
  byCategory: CategoryPosition[];
  /** The catalog the categories and minimums come from. */
  catalog: { id: string; version: string; verified: boolean };
  expiring: ExpiringEntitlement[];
  expired: EntitlementTermNotice[];
  reclaim: ReclaimCandidate[];
  findings: PositionFinding[];
}

/** A finding about one product family, kept with its key so a narrowed position keeps exactly that product's findings. */
export interface PositionFinding extends Finding {
  productKey: string;
}

export const EXPIRY_WINDOWS = [30, 60, 90] as const;

const SCOPE_RANK = { department: 0, subsidiary: 1, enterprise: 2 } as const;

/** Per computation, per family: the pools and rows being filled. */
interface FamilyState {
  key: string;
  publisher: string;
  name: string;
  pools: Pool[];
  unlicensed: Pool | null;
  free: PositionRow | null;
  oem: PositionRow | null;
  /** Installations of OEM products without a recorded proof. */
  oemWithoutProof: number;
  /** CATEGORY_SLOTS index of the family's category, and whether it is domestic software. */
  category: number;
  domestic: boolean;
  /** The fewest cores a per-core licence counts per device (0 = no minimum). */
  coreMinimum: number;
  /** Edition id → rank, for the editions whose products record one; null when none does. */
  editionRanks: Map<number, number> | null;
  /** Price and metric of the latest entitlement of any status, for pricing unlicensed use. */
  reference: { unitPrice: number | null; currency: string | null; metric: Metric; date: string } | null;
  /** Products of this family by edition + version id, present only when one of them needs no entitlement. */
  productsByKey: Map<number, Product> | null;
}

const SCOPE_CODE = { enterprise: 0, subsidiary: 1, department: 2 } as const;

interface Pool {
  row: PositionRow;
  /** SCOPE_CODE of the row's scope, read once per installation. */
  scopeCode: number;
  versionId: number;
  versionNorm: string;
  editionId: number;
  scopeOrg: number;
  capacity: number;
  used: number;
  overflow: number;
  /** Units counted against the capacity; the collections are made on first use, as many pools never need them. */
  coveredUnits: Set<number> | null;
  /** Units counted as overflow (beyond capacity, or unlicensed). */
  overflowUnits: Set<number> | null;
  priceDate: string;
  /** Installed version id → whether this pool's version covers it (versions repeat a lot). */
  versionMatches: Map<number, boolean> | null;
  /** With edition downgrade rights: the rank of the pool's edition and the family's ranks; else null. */
  editionRanks: Map<number, number> | null;
}

/** Slot 0: not classified; then the catalog's categories in order. */
const CATEGORY_SLOTS: readonly (InspectionCategory | '')[] = ['', ...INSPECTION_CATEGORIES];
const CATEGORY_SLOT = new Map(CATEGORY_SLOTS.map((code, slot) => [code, slot]));

/** What allocating one installation found: outside the rate (free), covered, or not covered. */
const UNCOVERED = 0;
const COVERED = 1;
const FREE = 2;
type Allocation = typeof UNCOVERED | typeof COVERED | typeof FREE;

export interface PositionOptions {
  /** A subsidiary's or department's name: the per-category figures count only its installations. */
  categoryScope?: string | undefined;
  catalog?: InspectionCatalog;
}

export function computeLicencePosition(input: PositionInput, options: PositionOptions = {}): LicencePosition {
  return positionFromIndex(indexEstate(input), input.today, options);
}

/** The position over an estate indexed once (see estate-index.ts): integers all the way through. */
export function positionFromIndex(index: EstateIndex, today: string, options: PositionOptions = {}): LicencePosition {
  const catalog = options.catalog ?? INSPECTION_CATALOG;
  const todayNumber = dayNumber(today);
  const families: FamilyState[] = index.families.map(({ key, publisher, name }) => ({
    key,
    publisher,
    name,
    pools: [],
    unlicensed: null,
    free: null,
    oem: null,
    oemWithoutProof: 0,
    category: 0,
    domestic: false,
    coreMinimum: coreMinimumOf({ publisher, name, minCoresPerProcessor: null, minCoresPerServer: null }, catalog),
    editionRanks: null,
    reference: null,
    productsByKey: null,
  }));

  registerNoEntitlementProducts(index, families);
  registerProductFacts(index, families, catalog);
  const { expiring, expired } = buildPools(index, todayNumber, families);
  for (const family of families) if (family.pools.length > 1) family.pools.sort(comparePools);

  const coverage = new CoverageCounter(index, options.categoryScope);
  const { byFamily, familyStart } = index.installations;
  const versionSpan = index.versions.size + 1;
  for (let f = 0; f < families.length; f++) {
    const family = families[f] as FamilyState;
    const end = familyStart[f + 1] as number;
    for (let k = familyStart[f] as number; k < end; k++) {
      const i = byFamily[k] as number;
      coverage.count(i, allocate(family, index, i, versionSpan), family);
    }
  }

  return assemble(families, coverage, today, expiring, expired, catalog);
}

// ---- entitlements → pools ---------------------------------------------------------------------------------

function isNoEntitlementType(product: Product): boolean {
  return product.licenceType === 'free-open-source' || product.licenceType === 'oem';
}

/**
 * Per family, what its products record: the category (the first product that has one), the domestic flag
 * (any product), the per-core minimum (the largest a product records, else the catalog's) and edition ranks.
 */
function registerProductFacts(index: EstateIndex, families: FamilyState[], catalog: InspectionCatalog): void {
  const ownMinimum = new Set<number>();
  for (const product of index.products) {
    const family = families[product.family] as FamilyState;
    const record = product.record;
    if (family.category === 0) family.category = CATEGORY_SLOT.get(categoryOf(record, catalog)) ?? 0;
    if (record.domestic) family.domestic = true;
    if (record.minCoresPerProcessor !== null || record.minCoresPerServer !== null) {
      const minimum = coreMinimumOf(record, catalog);
      family.coreMinimum = ownMinimum.has(product.family) ? Math.max(family.coreMinimum, minimum) : minimum;
      ownMinimum.add(product.family);
    }
    if (record.editionRank !== null && product.edition !== 0) {
      const ranks = (family.editionRanks ??= new Map());
      ranks.set(product.edition, Math.max(ranks.get(product.edition) ?? 0, record.editionRank));
    }
  }
}

function registerNoEntitlementProducts(index: EstateIndex, families: FamilyState[]): void {
  const needsNone = new Set<number>();
  for (const product of index.products) if (isNoEntitlementType(product.record)) needsNone.add(product.family);
  // Only families with a free or OEM member need the per-edition lookup; the rest skip it entirely.
  const span = index.versions.size + 1;
  for (const product of index.products) {
    if (!needsNone.has(product.family)) continue;
    const family = families[product.family] as FamilyState;
    family.productsByKey ??= new Map();
    for (const key of [product.edition * span + product.version + 1, product.edition * span, -1]) {
      if (!family.productsByKey.has(key)) family.productsByKey.set(key, product.record);
    }
  }
}

function buildPools(
  index: EstateIndex,
  today: number,
  families: FamilyState[],
): { expiring: ExpiringEntitlement[]; expired: EntitlementTermNotice[] } {
  const poolsById = new Map<string, Pool>();
  const expiring: ExpiringEntitlement[] = [];
  const expired: EntitlementTermNotice[] = [];
  for (const indexed of index.entitlements) {
    const entitlement = indexed.record;
    const family = families[indexed.family] as FamilyState;
    const price = unitPriceOf(entitlement);
    const priceDate = entitlement.start ?? '';
    if (isBetterReference(family.reference, price, priceDate)) {
      const reference = (family.reference ??= { unitPrice: null, currency: null, metric: entitlement.metric, date: '' });
      reference.unitPrice = price;
      reference.currency = price === null ? null : entitlement.currency;
      reference.metric = entitlement.metric;
      reference.date = priceDate;
    }

    if (entitlement.term === 'subscription' && entitlement.end !== null) {
      const daysLeft = dayNumber(entitlement.end) - today;
      const notice = termNotice(entitlement, indexed.key, entitlement.end, daysLeft);
      if (daysLeft < 0) {
        expired.push(notice);
        continue;
      }
      const within = expiryWindowOf(daysLeft);
      if (within !== undefined) expiring.push({ ...notice, within });
    }
    if (entitlement.start !== null && dayNumber(entitlement.start) > today) continue;

    const pool = poolFor(indexed, index, family, poolsById);
    pool.row.entitlementKeys.push(indexed.key);
    if (pool.capacity !== Infinity) pool.capacity += entitlement.quantity ?? 0;
    if (price !== null && priceDate >= pool.priceDate) {
      pool.row.unitPrice = price;
      pool.row.currency = entitlement.currency;
      pool.priceDate = priceDate;
    }
  }
  expiring.sort((a, b) => a.daysLeft - b.daysLeft);
  expired.sort((a, b) => b.daysLeft - a.daysLeft);
  return { expiring, expired };
}

/** The first of the 30/60/90-day windows a term ending in `daysLeft` days falls in. */
function expiryWindowOf(daysLeft: number): (typeof EXPIRY_WINDOWS)[number] | undefined {
  for (const window of EXPIRY_WINDOWS) if (daysLeft <= window) return window;
  return undefined;
}

function poolFor(indexed: IndexedEntitlement, index: EstateIndex, family: FamilyState, poolsById: Map<string, Pool>): Pool {
  const entitlement = indexed.record;
  const scopeKind = entitlement.scope.kind;
  const id = indexed.poolId;
  let pool = poolsById.get(id);
  if (pool === undefined) {
    const unlimited = isUnlimitedMetric(entitlement.metric);
    pool = {
      row: emptyRow(id, 'entitled', family, {
        version: entitlement.version,
        edition: entitlement.edition,
        downgradeRights: entitlement.downgradeRights,
        editionDowngradeRights: entitlement.editionDowngradeRights,
        metric: entitlement.metric,
        scope: scopeKind === 'enterprise' ? { kind: 'enterprise', name: '' } : entitlement.scope,
      }),
      scopeCode: SCOPE_CODE[scopeKind],
      versionId: indexed.version,
      versionNorm: index.versions.texts[indexed.version] as string,
      editionId: indexed.edition,
      scopeOrg: indexed.scopeOrg,
      capacity: unlimited ? Infinity : 0,
      used: 0,
      overflow: 0,
      coveredUnits: null,
      overflowUnits: null,
      priceDate: '',
      versionMatches: null,
      editionRanks: entitlement.editionDowngradeRights && indexed.edition !== 0 ? family.editionRanks : null,
    };
    poolsById.set(id, pool);
    family.pools.push(pool);
  }
  return pool;
}

/** A priced entitlement beats an unpriced one; among equals the latest start (then the later record) wins. */
function isBetterReference(current: FamilyState['reference'], price: number | null, date: string): boolean {
  if (current === null) return true;
  const priced = price !== null;
  const currentPriced = current.unitPrice !== null;
  if (priced !== currentPriced) return priced;
  return date >= current.date;
}

/** The price of one unit: the unit cost, or the total cost spread over the quantity. */
export function unitPriceOf(entitlement: Pick<Entitlement, 'unitCost' | 'totalCost' | 'quantity'>): number | null {
  if (entitlement.unitCost !== null) return entitlement.unitCost;
  if (entitlement.totalCost !== null && entitlement.quantity !== null && entitlement.quantity > 0) {
    return entitlement.totalCost / entitlement.quantity;
  }
  return null;
}

function comparePools(a: Pool, b: Pool): number {
  const rowA = a.row;
  const rowB = b.row;
  return (
    Number(a.capacity !== Infinity) - Number(b.capacity !== Infinity) ||
    SCOPE_RANK[rowA.scope.kind] - SCOPE_RANK[rowB.scope.kind] ||
    Number(a.versionId === 0) - Number(b.versionId === 0) ||
    Number(a.editionId === 0) - Number(b.editionId === 0) ||
    Number(rowA.editionDowngradeRights) - Number(rowB.editionDowngradeRights) ||
    Number(rowA.downgradeRights) - Number(rowB.downgradeRights) ||
    compareToLicensedVersion(a.versionNorm, b.versionNorm)
  );
}

// ---- installations → pools --------------------------------------------------------------------------------

function allocate(family: FamilyState, index: EstateIndex, i: number, versionSpan: number): Allocation {
  const columns = index.installations;
  if (family.productsByKey !== null) {
    const edition = columns.edition[i] as number;
    const products = family.productsByKey;
    const product =
      products.get(edition * versionSpan + (columns.version[i] as number) + 1) ?? products.get(edition * versionSpan) ?? products.get(-1);
    if (product?.licenceType === 'free-open-source') {
      family.free ??= emptyRow(`${family.key}\u001ffree`, 'no-entitlement-needed', family, { licenceName: product.licenceName });
      countOutsidePools(family.free);
      return FREE;
    }
    if (product?.licenceType === 'oem') {
      if (product.oemProof === '') family.oemWithoutProof++;
      else {
        family.oem ??= emptyRow(`${family.key}\u001foem`, 'oem', family, { oemProof: product.oemProof });
        countOutsidePools(family.oem);
        return COVERED;
      }
    }
  }

  let first: Pool | null = null;
  const pools = family.pools;
  for (let p = 0; p < pools.length; p++) {
    const pool = pools[p] as Pool;
    if (!covers(pool, index, i)) continue;
    first ??= pool;
    const row = pool.row;
    if (pool.capacity === Infinity) {
      row.installations++;
      row.coveredInstallations++;
      row.consumed++;
      return COVERED;
    }
    const unit = unitOf(row.metric as Metric, columns, i);
    if (pool.coveredUnits?.has(unit)) {
      row.installations++;
      row.coveredInstallations++;
      return COVERED;
    }
    const weight = weightOf(row.metric as Metric, columns, i, family.coreMinimum);
    if (weight !== null && pool.used + weight <= pool.capacity) {
      (pool.coveredUnits ??= new Set()).add(unit);
      pool.used += weight;
      row.installations++;
      row.coveredInstallations++;
      return COVERED;
    }
  }

  const target = first ?? unlicensedPool(family);
  const metric = target.row.metric as Metric;
  target.row.installations++;
  const weight = weightOf(metric, columns, i, family.coreMinimum);
  if (weight === null) {
    target.row.coresUnknown++;
    return UNCOVERED;
  }
  const unit = unitOf(metric, columns, i);
  const overflowUnits = (target.overflowUnits ??= new Set());
  if (!overflowUnits.has(unit)) {
    overflowUnits.add(unit);
    target.overflow += weight;
  }
  return UNCOVERED;
}

/** A free or OEM row counts installations, not units: one installation each, all covered. */
function countOutsidePools(row: PositionRow): void {
  row.installations++;
  row.coveredInstallations++;
  row.consumed++;
}

function covers(pool: Pool, index: EstateIndex, i: number): boolean {
  const columns = index.installations;
  if (pool.editionId !== 0 && pool.editionId !== columns.edition[i] && !coversLowerEdition(pool, columns.edition[i] as number))
    return false;
  const scope = pool.scopeCode;
  if (scope === SCOPE_CODE.subsidiary && pool.scopeOrg !== columns.subsidiary[i]) return false;
  if (scope === SCOPE_CODE.department && pool.scopeOrg !== columns.department[i]) return false;
  const version = columns.version[i] as number;
  if (pool.versionId === 0 || version === 0) return true;
  const versionMatches = (pool.versionMatches ??= new Map());
  let matches = versionMatches.get(version);
  if (matches === undefined) {
    const order = compareToLicensedVersion(index.versions.texts[version] as string, pool.versionNorm);
    matches = order === 0 || (order < 0 && pool.row.downgradeRights);
    versionMatches.set(version, matches);
  }
  return matches;
}

/** With edition downgrade rights, an edition ranked below the pool's (both ranks recorded) is covered. */
function coversLowerEdition(pool: Pool, edition: number): boolean {
  const ranks = pool.editionRanks;
  if (ranks === null) return false;
  const licensed = ranks.get(pool.editionId);
  const installed = ranks.get(edition);
  return licensed !== undefined && installed !== undefined && installed < licensed;
}

/**
 * The unit an installation consumes: a device (even numbers), a user (odd numbers), or (negative numbers)
 * the installation itself.
 */
function unitOf(metric: Metric, columns: EstateIndex['installations'], i: number): number {
  const device = columns.device[i] as number;
  switch (metric) {
    case 'per-device':
    case 'per-core':
      return device !== 0 ? device * 2 : -1 - i;
    case 'named-user':
    case 'concurrent-user':
    case 'cal': {
      const user = columns.user[i] as number;
      if (user !== 0) return user * 2 + 1;
      return device !== 0 ? device * 2 : -1 - i;
    }
    default:
      return -1 - i;
  }
}

/**
 * Units one new unit of consumption costs: for per-core, the device's cores but at least the product's
 * minimum per device; else 1. Null when the cores are unknown.
 */
function weightOf(metric: Metric, columns: EstateIndex['installations'], i: number, coreMinimum: number): number | null {
  if (metric !== 'per-core') return 1;
  const cores = columns.cores[i] as number;
  return cores === 0 ? null : Math.max(cores, coreMinimum);
}

function unlicensedPool(family: FamilyState): Pool {
  if (family.unlicensed === null) {
    const reference = family.reference;
    const countedIn: Metric = reference !== null && !isUnlimitedMetric(reference.metric) ? reference.metric : 'per-device';
    const row = emptyRow(`${family.key}\u001funlicensed`, 'unlicensed', family, { metric: countedIn });
    row.entitled = 0;
    row.unitPrice = reference?.unitPrice ?? null;
    row.currency = reference?.currency ?? null;
    family.unlicensed = {
      row,
      scopeCode: SCOPE_CODE.enterprise,
      versionId: 0,
      versionNorm: '',
      editionId: 0,
      scopeOrg: 0,
      capacity: 0,
      used: 0,
      overflow: 0,
      coveredUnits: null,
      overflowUnits: null,
      priceDate: '',
      versionMatches: null,
      editionRanks: null,
    };
  }
  return family.unlicensed;
}

// ---- coverage per scope -------------------------------------------------------------------------------------

class CoverageCounter {
  total = 0;
  covered = 0;
  free = 0;
  private readonly subsidiaries: ScopeCounts;
  private readonly departments: ScopeCounts;
  private readonly categories: CategoryCounts;
  /** The subsidiary and department ids the per-category figures are limited to; null = every installation. */
  private readonly categoryScope: { subsidiary: number; department: number } | null;

  constructor(
    private readonly index: EstateIndex,
    categoryScope: string | undefined,
  ) {
    this.subsidiaries = new ScopeCounts(index.subsidiaries.size);
    this.departments = new ScopeCounts(index.departments.size);
    this.categories = new CategoryCounts(index.devices.size);
    this.categoryScope = categoryScope ? scopeIds(index, categoryScope) : null;
  }

  count(i: number, allocation: Allocation, family: FamilyState): void {
    const columns = this.index.installations;
    const scope = this.categoryScope;
    if (scope === null || columns.subsidiary[i] === scope.subsidiary || columns.department[i] === scope.department) {
      this.categories.bump(family.category, family.domestic, columns.device[i] as number, allocation);
    }
    if (allocation === FREE) {
      this.free++;
      this.subsidiaries.bumpFree(columns.subsidiary[i] as number, i);
      this.departments.bumpFree(columns.department[i] as number, i);
      return;
    }
    const covered = allocation === COVERED;
    this.total++;
    if (covered) this.covered++;
    this.subsidiaries.bump(columns.subsidiary[i] as number, i, covered);
    this.departments.bump(columns.department[i] as number, i, covered);
  }

  scopes(): ScopeCoverage[] {
    return [
      ...this.subsidiaries.list('subsidiary', this.index.subsidiaries.display),
      ...this.departments.list('department', this.index.departments.display),
    ];
  }

  byCategory(catalog: InspectionCatalog): CategoryPosition[] {
    return this.categories.list(catalog);
  }
}

/** A scope name's ids as a subsidiary and as a department (-1 where no installation names it so). */
function scopeIds(index: EstateIndex, name: string): { subsidiary: number; department: number } {
  const wanted = normalizeKeyPart(name);
  return { subsidiary: index.subsidiaries.texts.indexOf(wanted, 1), department: index.departments.texts.indexOf(wanted, 1) };
}

/** Per category slot: coverage, free installations, and distinct devices with (domestic) software of it. */
class CategoryCounts {
  private readonly installations = new Int32Array(CATEGORY_SLOTS.length);
  private readonly covered = new Int32Array(CATEGORY_SLOTS.length);
  private readonly free = new Int32Array(CATEGORY_SLOTS.length);
  private readonly domesticInstallations = new Int32Array(CATEGORY_SLOTS.length);
  private readonly devices = new Int32Array(CATEGORY_SLOTS.length);
  private readonly domesticDevices = new Int32Array(CATEGORY_SLOTS.length);
  /** Per slot, per device id: 1 = counted, 2 = counted as domestic too. Made on first use. */
  private readonly seen: (Uint8Array | null)[] = CATEGORY_SLOTS.map(() => null);

  constructor(private readonly deviceCount: number) {}

  bump(slot: number, domestic: boolean, device: number, allocation: Allocation): void {
    if (allocation === FREE) this.free[slot]!++;
    else {
      this.installations[slot]!++;
      if (allocation === COVERED) this.covered[slot]!++;
    }
    if (domestic) this.domesticInstallations[slot]!++;
    // Devices are counted for the domestic share of a category; installations of no category have none.
    if (device === 0 || slot === 0) return;
    const seen = (this.seen[slot] ??= new Uint8Array(this.deviceCount));
    const before = seen[device] as number;
    if (before === 0) this.devices[slot]!++;
    if (domestic && before < 2) {
      this.domesticDevices[slot]!++;
      seen[device] = 2;
    } else if (before === 0) seen[device] = 1;
  }

  list(catalog: InspectionCatalog): CategoryPosition[] {
    const groupOf = new Map(catalog.categories.map((definition) => [definition.code, definition.group]));
    const order = [...catalog.categories.map((definition) => CATEGORY_SLOT.get(definition.code) as number), 0];
    return order.map((slot) => {
      const category = CATEGORY_SLOTS[slot] as InspectionCategory | '';
      const installations = this.installations[slot] as number;
      const coveredInstallations = this.covered[slot] as number;
      const devices = this.devices[slot] as number;
      const domesticDevices = this.domesticDevices[slot] as number;
      return {
        category,
        group: category === '' ? 'unclassified' : (groupOf.get(category) ?? 'other'),
        installations,
        coveredInstallations,
        genuineRate: rate(coveredInstallations, installations),
        freeInstallations: this.free[slot] as number,
        devices,
        domesticDevices,
        domesticShare: rate(domesticDevices, devices),
        domesticInstallations: this.domesticInstallations[slot] as number,
      };
    });
  }
}

/** Installations and covered installations per subsidiary or department id, listed in order of first use. */
class ScopeCounts {
  private readonly installations: Int32Array;
  private readonly covered: Int32Array;
  private readonly free: Int32Array;
  /** The first installation number per id: scopes are listed in the order the installations name them. */
  private readonly first: Int32Array;

  constructor(size: number) {
    this.installations = new Int32Array(size);
    this.covered = new Int32Array(size);
    this.free = new Int32Array(size);
    this.first = new Int32Array(size).fill(-1);
  }

  bump(id: number, i: number, covered: boolean): void {
    if (id === 0) return;
    this.installations[id]!++;
    if (covered) this.covered[id]!++;
    this.noteFirst(id, i);
  }

  bumpFree(id: number, i: number): void {
    if (id === 0) return;
    this.free[id]!++;
    this.noteFirst(id, i);
  }

  private noteFirst(id: number, i: number): void {
    const first = this.first[id] as number;
    if (first === -1 || i < first) this.first[id] = i;
  }

  list(kind: 'subsidiary' | 'department', names: readonly string[]): ScopeCoverage[] {
    const used: number[] = [];
    for (let id = 1; id < this.installations.length; id++)
      if ((this.installations[id] as number) + (this.free[id] as number) > 0) used.push(id);
    used.sort((a, b) => (this.first[a] as number) - (this.first[b] as number));
    return used.map((id) => {
      const installations = this.installations[id] as number;
      const coveredInstallations = this.covered[id] as number;
      return {
        scope: { kind, name: names[id] as string },
        installations,
        coveredInstallations,
        genuineRate: rate(coveredInstallations, installations),
        freeInstallations: this.free[id] as number,
      };
    });
  }
}

// ---- result ---------------------------------------------------------------------------------------------------

function assemble(
  families: Iterable<FamilyState>,
  coverage: CoverageCounter,
  today: string,
  expiring: ExpiringEntitlement[],
  expired: EntitlementTermNotice[],
  catalog: InspectionCatalog,
): LicencePosition {
  const rows: PositionRow[] = [];
  const reclaim: ReclaimCandidate[] = [];
  const findings: PositionFinding[] = [];
  let oemWithoutProof = 0;

  for (const family of families) {
    const pools = family.unlicensed === null ? family.pools : [...family.pools, family.unlicensed];
    for (const pool of pools) {
      const row = settle(pool);
      rows.push(row);
      if (row.coresUnknown > 0) {
        findings.push({
          code: 'sam.position.coresUnknown',
          productKey: family.key,
          params: { product: row.name, count: row.coresUnknown },
        });
      }
      const candidate = reclaimOf(row);
      if (candidate !== null) reclaim.push(candidate);
    }
    if (family.free !== null) rows.push(family.free);
    if (family.oem !== null) rows.push(family.oem);
    if (family.oemWithoutProof > 0) {
      oemWithoutProof += family.oemWithoutProof;
      findings.push({
        code: 'sam.position.oemWithoutProof',
        productKey: family.key,
        params: { product: family.name, count: family.oemWithoutProof },
      });
    }
  }

  rows.sort(compareRows);
  reclaim.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  return {
    today,
    rows,
    summary: {
      installations: coverage.total,
      coveredInstallations: coverage.covered,
      genuineRate: rate(coverage.covered, coverage.total),
      freeInstallations: coverage.free,
      ...shortfallTotals(rows),
      oemWithoutProof,
    },
    byScope: coverage.scopes(),
    byCategory: coverage.byCategory(catalog),
    catalog: { id: catalog.id, version: catalog.version, verified: catalog.verified },
    expiring,
    expired,
    reclaim,
    findings,
  };
}

export type ShortfallTotals = Pick<PositionSummary, 'shortfallRows' | 'shortfallCost' | 'unpricedShortfall' | 'unpricedShortfallRows'>;

/** The shortfalls of some rows: how many, their cost per currency, and those without a price (units and rows). */
export function shortfallTotals(rows: readonly PositionRow[]): ShortfallTotals {
  const shortfallCost: Record<string, number> = {};
  let shortfallRows = 0;
  let unpricedShortfall = 0;
  let unpricedShortfallRows = 0;
  for (const row of rows) {
    if (row.shortfall === 0) continue;
    shortfallRows++;
    if (row.shortfallCost !== null && row.currency !== null)
      shortfallCost[row.currency] = (shortfallCost[row.currency] ?? 0) + row.shortfallCost;
    else {
      unpricedShortfall += row.shortfall;
      unpricedShortfallRows++;
    }
  }
  return { shortfallRows, shortfallCost, unpricedShortfall, unpricedShortfallRows };
}

/** The categories a page or report lists: the general three always (inspections ask about them), the others when installed. */
export function inspectedCategories<C extends Pick<CategoryPosition, 'group' | 'installations' | 'freeInstallations'>>(
  byCategory: readonly C[],
): C[] {
  return byCategory.filter((entry) => entry.group === 'general' || entry.installations + entry.freeInstallations > 0);
}

function settle(pool: Pool): PositionRow {
  const row = pool.row;
  if (pool.capacity === Infinity) return row; // consumed already counts installations; nothing to balance
  row.entitled = pool.capacity;
  row.consumed = pool.used + pool.overflow;
  row.balance = pool.capacity - row.consumed;
  row.surplus = Math.max(0, row.balance);
  row.shortfall = Math.max(0, -row.balance);
  row.shortfallCost = row.shortfall === 0 ? 0 : row.unitPrice === null ? null : row.shortfall * row.unitPrice;
  return row;
}

function reclaimOf(row: PositionRow): ReclaimCandidate | null {
  if (row.kind !== 'entitled' || row.metric === null) return null;
  const unusedUnlimited = row.entitled === null && row.installations === 0;
  if (!unusedUnlimited && row.surplus === 0) return null;
  const unused = unusedUnlimited ? null : row.surplus;
  return {
    rowId: row.id,
    publisher: row.publisher,
    name: row.name,
    version: row.version,
    edition: row.edition,
    metric: row.metric,
    scope: row.scope,
    unused,
    unitPrice: row.unitPrice,
    currency: row.currency,
    value: unused !== null && row.unitPrice !== null ? unused * row.unitPrice : null,
    entitlementKeys: row.entitlementKeys,
  };
}

function compareRows(a: PositionRow, b: PositionRow): number {
  const shortA = a.shortfall > 0 ? 0 : 1;
  const shortB = b.shortfall > 0 ? 0 : 1;
  if (shortA !== shortB) return shortA - shortB;
  if (shortA === 0) {
    const costOrder = (b.shortfallCost ?? -1) - (a.shortfallCost ?? -1);
    if (costOrder !== 0) return costOrder;
    if (a.shortfall !== b.shortfall) return b.shortfall - a.shortfall;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function emptyRow(id: string, kind: PositionRowKind, family: FamilyState, overrides: Partial<PositionRow>): PositionRow {
  return {
    id,
    productKey: family.key,
    kind,
    publisher: family.publisher,
    name: family.name,
    version: '',
    edition: '',
    downgradeRights: false,
    editionDowngradeRights: false,
    category: CATEGORY_SLOTS[family.category] as InspectionCategory | '',
    domestic: family.domestic,
    metric: null,
    scope: { kind: 'enterprise', name: '' },
    entitled: null,
    consumed: 0,
    balance: null,
    surplus: 0,
    shortfall: 0,
    unitPrice: null,
    currency: null,
    shortfallCost: 0,
    installations: 0,
    coveredInstallations: 0,
    coresUnknown: 0,
    entitlementKeys: [],
    licenceName: '',
    oemProof: '',
    ...overrides,
  };
}

function termNotice(entitlement: Entitlement, key: string, end: string, daysLeft: number): EntitlementTermNotice {
  return {
    entitlementKey: key,
    publisher: entitlement.publisher,
    name: entitlement.name,
    version: entitlement.version,
    edition: entitlement.edition,
    metric: entitlement.metric,
    quantity: entitlement.quantity,
    scope: entitlement.scope,
    end,
    daysLeft,
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (the contract has checked its form). */
function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}
