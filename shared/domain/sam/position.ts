/**
 * Effective licence position (ELP, DOMAIN.md §6): for each product and scope, what was bought against
 * what is used, under the licence's metric. Over-use is shown, never blocked.
 *
 * How installations meet entitlements:
 * - Entitlements of one product family (publisher + name) with the same version, edition, downgrade flag,
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
 * - Products registered as free/open source or OEM need no entitlement: their installations are covered.
 *
 * One pass over the installations with maps keyed by normalized names: 100,000 installations across 5,000
 * products take a few tens of milliseconds.
 */
import type { Finding } from '../../contract/core';
import {
  type Entitlement,
  type Installation,
  type Metric,
  type Product,
  type Scope,
  isUnlimitedMetric,
  normalizeKeyPart,
  entitlementKey,
} from '../../contract/sam/schemas';
import { compareToLicensedVersion } from './version';

export interface PositionInput {
  products: readonly Product[];
  entitlements: readonly Entitlement[];
  installations: readonly Installation[];
  /** The day the position is computed for, `YYYY-MM-DD`. */
  today: string;
}

/** entitled: an entitlement pool; unlicensed: installations no entitlement covers; free: no entitlement needed. */
export type PositionRowKind = 'entitled' | 'unlicensed' | 'no-entitlement-needed';

export interface PositionRow {
  id: string;
  kind: PositionRowKind;
  publisher: string;
  name: string;
  /** The version and edition the entitlements name ('' = any). */
  version: string;
  edition: string;
  downgradeRights: boolean;
  /** The metric consumption is counted in; null on a no-entitlement-needed row. */
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
}

export interface CoverageSummary {
  installations: number;
  coveredInstallations: number;
  /** 正版化率: covered installations / installations; null when there are none. */
  genuineRate: number | null;
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
  expiring: ExpiringEntitlement[];
  expired: EntitlementTermNotice[];
  reclaim: ReclaimCandidate[];
  findings: Finding[];
}

export const EXPIRY_WINDOWS = [30, 60, 90] as const;

const SCOPE_RANK = { department: 0, subsidiary: 1, enterprise: 2 } as const;

interface Pool {
  row: PositionRow;
  versionNorm: string;
  editionNorm: string;
  scopeNameNorm: string;
  capacity: number;
  used: number;
  overflow: number;
  coveredUnits: Set<number>;
  overflowUnits: Set<number>;
  priceDate: string;
  /** Installed version as spelled → whether this pool's version covers it (versions repeat a lot). */
  versionMatches: Map<string, boolean>;
}

interface Family {
  key: string;
  publisher: string;
  name: string;
  pools: Pool[];
  unlicensed: Pool | null;
  free: PositionRow | null;
  /** Price and metric of the latest entitlement of any status, for pricing unlicensed use. */
  reference: { unitPrice: number | null; currency: string | null; metric: Metric; date: string } | null;
  /** Products of this family by edition + version, present only when one of them needs no entitlement. */
  productsByKey: Map<string, Product> | null;
}

export function computeLicencePosition(input: PositionInput): LicencePosition {
  const norm = cachedNormalizer();
  const units = new UnitInterner();
  const todayNumber = dayNumber(input.today);
  const families = new FamilyIndex(norm);
  const familyOf = families.familyOf;

  registerNoEntitlementProducts(input.products, familyOf, norm);
  const { expiring, expired } = buildPools(input.entitlements, todayNumber, familyOf, norm);
  for (const family of families.all()) family.pools.sort(comparePools);

  const coverage = new CoverageCounter(norm);
  const installations = input.installations;
  for (let index = 0; index < installations.length; index++) {
    const installation = installations[index] as Installation;
    const family = familyOf(installation.publisher, installation.name);
    const covered = allocate(family, installation, index, norm, units);
    coverage.count(installation, covered);
  }

  return assemble(families.all(), coverage, input.today, expiring, expired);
}

/**
 * Families by publisher and name. Lookups go through the names exactly as spelled first (two small maps),
 * and only a spelling not seen before is normalized: this is the hot path of the whole computation.
 */
class FamilyIndex {
  private readonly byKey = new Map<string, Family>();
  private readonly bySpelling = new Map<string, Map<string, Family>>();

  constructor(private readonly norm: (text: string) => string) {}

  readonly familyOf = (publisher: string, name: string): Family => {
    let names = this.bySpelling.get(publisher);
    if (names === undefined) {
      names = new Map();
      this.bySpelling.set(publisher, names);
    }
    let family = names.get(name);
    if (family === undefined) {
      const key = this.norm(publisher) + '\u001f' + this.norm(name);
      family = this.byKey.get(key);
      if (family === undefined) {
        family = { key, publisher, name, pools: [], unlicensed: null, free: null, reference: null, productsByKey: null };
        this.byKey.set(key, family);
      }
      names.set(name, family);
    }
    return family;
  };

  all(): Iterable<Family> {
    return this.byKey.values();
  }
}

/**
 * Devices and users as small integers, so a pool's sets of counted units hold numbers, not strings.
 * Two spellings of one device ("PC-1", " pc-1") get the same number.
 */
class UnitInterner {
  private next = 1;
  private readonly devices = new Map<string, number>();
  private readonly users = new Map<string, number>();
  private readonly normalized = new Map<string, number>();

  device(name: string): number {
    return this.intern(this.devices, name, 'd');
  }

  user(name: string): number {
    return this.intern(this.users, name, 'u');
  }

  private intern(bySpelling: Map<string, number>, name: string, kind: string): number {
    let id = bySpelling.get(name);
    if (id === undefined) {
      const key = kind + normalizeKeyPart(name);
      id = this.normalized.get(key);
      if (id === undefined) {
        id = this.next++;
        this.normalized.set(key, id);
      }
      bySpelling.set(name, id);
    }
    return id;
  }
}

// ---- entitlements → pools ---------------------------------------------------------------------------------

function registerNoEntitlementProducts(
  products: readonly Product[],
  familyOf: (publisher: string, name: string) => Family,
  norm: (text: string) => string,
): void {
  const needsNone = new Set<Family>();
  for (const product of products) {
    if (product.licenceType === 'free-open-source' || product.licenceType === 'oem') needsNone.add(familyOf(product.publisher, product.name));
  }
  // Only families with a free or OEM member need the per-edition lookup; the rest skip it entirely.
  for (const product of products) {
    const family = familyOf(product.publisher, product.name);
    if (!needsNone.has(family)) continue;
    family.productsByKey ??= new Map();
    const edition = norm(product.edition);
    for (const key of [edition + '\u001f' + norm(product.version), edition + '\u001f*', '*']) {
      if (!family.productsByKey.has(key)) family.productsByKey.set(key, product);
    }
  }
}

function buildPools(
  entitlements: readonly Entitlement[],
  today: number,
  familyOf: (publisher: string, name: string) => Family,
  norm: (text: string) => string,
): { expiring: ExpiringEntitlement[]; expired: EntitlementTermNotice[] } {
  const poolsById = new Map<string, Pool>();
  const expiring: ExpiringEntitlement[] = [];
  const expired: EntitlementTermNotice[] = [];
  for (const entitlement of entitlements) {
    const family = familyOf(entitlement.publisher, entitlement.name);
    const key = entitlementKey(entitlement);
    const price = unitPriceOf(entitlement);
    const priceDate = entitlement.start ?? '';
    if (isBetterReference(family.reference, price, priceDate)) {
      family.reference = { unitPrice: price, currency: price === null ? null : entitlement.currency, metric: entitlement.metric, date: priceDate };
    }

    if (entitlement.term === 'subscription' && entitlement.end !== null) {
      const daysLeft = dayNumber(entitlement.end) - today;
      const notice = termNotice(entitlement, key, entitlement.end, daysLeft);
      if (daysLeft < 0) {
        expired.push(notice);
        continue;
      }
      const within = EXPIRY_WINDOWS.find((window) => daysLeft <= window);
      if (within !== undefined) expiring.push({ ...notice, within });
    }
    if (entitlement.start !== null && dayNumber(entitlement.start) > today) continue;

    const pool = poolFor(entitlement, family, poolsById, norm);
    pool.row.entitlementKeys.push(key);
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

function poolFor(entitlement: Entitlement, family: Family, poolsById: Map<string, Pool>, norm: (text: string) => string): Pool {
  const versionNorm = norm(entitlement.version);
  const editionNorm = norm(entitlement.edition);
  const scopeNameNorm = entitlement.scope.kind === 'enterprise' ? '' : norm(entitlement.scope.name);
  const id = [
    norm(entitlement.publisher),
    norm(entitlement.name),
    versionNorm,
    editionNorm,
    entitlement.downgradeRights ? 'downgrade' : 'exact',
    entitlement.metric,
    entitlement.scope.kind,
    scopeNameNorm,
  ].join('\u001f');
  let pool = poolsById.get(id);
  if (pool === undefined) {
    const unlimited = isUnlimitedMetric(entitlement.metric);
    pool = {
      row: emptyRow(id, 'entitled', family, {
        version: entitlement.version,
        edition: entitlement.edition,
        downgradeRights: entitlement.downgradeRights,
        metric: entitlement.metric,
        scope: entitlement.scope.kind === 'enterprise' ? { kind: 'enterprise', name: '' } : entitlement.scope,
      }),
      versionNorm,
      editionNorm,
      scopeNameNorm,
      capacity: unlimited ? Infinity : 0,
      used: 0,
      overflow: 0,
      coveredUnits: new Set(),
      overflowUnits: new Set(),
      priceDate: '',
      versionMatches: new Map(),
    };
    poolsById.set(id, pool);
    family.pools.push(pool);
  }
  return pool;
}

/** A priced entitlement beats an unpriced one; among equals the latest start (then the later record) wins. */
function isBetterReference(current: Family['reference'], price: number | null, date: string): boolean {
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
    Number(a.versionNorm === '') - Number(b.versionNorm === '') ||
    Number(a.editionNorm === '') - Number(b.editionNorm === '') ||
    Number(rowA.downgradeRights) - Number(rowB.downgradeRights) ||
    compareToLicensedVersion(a.versionNorm, b.versionNorm)
  );
}

// ---- installations → pools --------------------------------------------------------------------------------

function allocate(family: Family, installation: Installation, index: number, norm: (text: string) => string, units: UnitInterner): boolean {
  if (family.productsByKey !== null) {
    const product = productOf(family.productsByKey, installation, norm);
    if (product !== undefined && (product.licenceType === 'free-open-source' || product.licenceType === 'oem')) {
      family.free ??= emptyRow(`${family.key}\u001ffree`, 'no-entitlement-needed', family, { licenceName: product.licenceName });
      family.free.installations++;
      family.free.coveredInstallations++;
      family.free.consumed++;
      return true;
    }
  }

  let first: Pool | null = null;
  for (const pool of family.pools) {
    if (!covers(pool, installation, norm)) continue;
    first ??= pool;
    const row = pool.row;
    if (pool.capacity === Infinity) {
      row.installations++;
      row.coveredInstallations++;
      row.consumed++;
      return true;
    }
    const unit = unitOf(row.metric as Metric, installation, index, units);
    if (pool.coveredUnits.has(unit)) {
      row.installations++;
      row.coveredInstallations++;
      return true;
    }
    const weight = weightOf(row.metric as Metric, installation);
    if (weight !== null && pool.used + weight <= pool.capacity) {
      pool.coveredUnits.add(unit);
      pool.used += weight;
      row.installations++;
      row.coveredInstallations++;
      return true;
    }
  }

  const target = first ?? unlicensedPool(family);
  const metric = target.row.metric as Metric;
  target.row.installations++;
  const weight = weightOf(metric, installation);
  if (weight === null) {
    target.row.coresUnknown++;
    return false;
  }
  const unit = unitOf(metric, installation, index, units);
  if (!target.overflowUnits.has(unit)) {
    target.overflowUnits.add(unit);
    target.overflow += weight;
  }
  return false;
}

function productOf(products: Map<string, Product>, installation: Installation, norm: (text: string) => string): Product | undefined {
  const edition = norm(installation.edition);
  return products.get(edition + '\u001f' + norm(installation.version)) ?? products.get(edition + '\u001f*') ?? products.get('*');
}

function covers(pool: Pool, installation: Installation, norm: (text: string) => string): boolean {
  if (pool.editionNorm !== '' && pool.editionNorm !== norm(installation.edition)) return false;
  const scope = pool.row.scope;
  if (scope.kind === 'subsidiary' && pool.scopeNameNorm !== norm(installation.subsidiary)) return false;
  if (scope.kind === 'department' && pool.scopeNameNorm !== norm(installation.department)) return false;
  if (pool.versionNorm === '' || installation.version === '') return true;
  let matches = pool.versionMatches.get(installation.version);
  if (matches === undefined) {
    const order = compareToLicensedVersion(installation.version, pool.versionNorm);
    matches = order === 0 || (order < 0 && pool.row.downgradeRights);
    pool.versionMatches.set(installation.version, matches);
  }
  return matches;
}

/** The unit an installation consumes: a device, a user, or (negative numbers) the installation itself. */
function unitOf(metric: Metric, installation: Installation, index: number, units: UnitInterner): number {
  switch (metric) {
    case 'per-device':
    case 'per-core':
      return installation.device !== '' ? units.device(installation.device) : -1 - index;
    case 'named-user':
    case 'concurrent-user':
    case 'cal':
      if (installation.user !== '') return units.user(installation.user);
      return installation.device !== '' ? units.device(installation.device) : -1 - index;
    default:
      return -1 - index;
  }
}

/** Units one new unit of consumption costs: cores for per-core, else 1; null when the cores are unknown. */
function weightOf(metric: Metric, installation: Installation): number | null {
  if (metric !== 'per-core') return 1;
  return installation.cores ?? null;
}

function unlicensedPool(family: Family): Pool {
  if (family.unlicensed === null) {
    const reference = family.reference;
    const countedIn: Metric = reference !== null && !isUnlimitedMetric(reference.metric) ? reference.metric : 'per-device';
    const row = emptyRow(`${family.key}\u001funlicensed`, 'unlicensed', family, { metric: countedIn });
    row.entitled = 0;
    row.unitPrice = reference?.unitPrice ?? null;
    row.currency = reference?.currency ?? null;
    family.unlicensed = {
      row,
      versionNorm: '',
      editionNorm: '',
      scopeNameNorm: '',
      capacity: 0,
      used: 0,
      overflow: 0,
      coveredUnits: new Set(),
      overflowUnits: new Set(),
      priceDate: '',
      versionMatches: new Map(),
    };
  }
  return family.unlicensed;
}

// ---- coverage per scope -------------------------------------------------------------------------------------

class CoverageCounter {
  total = 0;
  covered = 0;
  /** Counts by subsidiary and department as spelled; spellings are merged once, at the end. */
  private readonly subsidiaries = new Map<string, { installations: number; covered: number }>();
  private readonly departments = new Map<string, { installations: number; covered: number }>();

  constructor(private readonly norm: (text: string) => string) {}

  count(installation: Installation, covered: boolean): void {
    this.total++;
    if (covered) this.covered++;
    if (installation.subsidiary !== '') bump(this.subsidiaries, installation.subsidiary, covered);
    if (installation.department !== '') bump(this.departments, installation.department, covered);
  }

  scopes(): ScopeCoverage[] {
    return [...this.merge('subsidiary', this.subsidiaries), ...this.merge('department', this.departments)];
  }

  private merge(kind: 'subsidiary' | 'department', bySpelling: Map<string, { installations: number; covered: number }>): ScopeCoverage[] {
    const merged = new Map<string, ScopeCoverage>();
    for (const [name, counts] of bySpelling) {
      const key = this.norm(name);
      let entry = merged.get(key);
      if (entry === undefined) {
        entry = { scope: { kind, name: name.trim() }, installations: 0, coveredInstallations: 0, genuineRate: null };
        merged.set(key, entry);
      }
      entry.installations += counts.installations;
      entry.coveredInstallations += counts.covered;
    }
    for (const entry of merged.values()) entry.genuineRate = rate(entry.coveredInstallations, entry.installations);
    return [...merged.values()];
  }
}

function bump(counts: Map<string, { installations: number; covered: number }>, name: string, covered: boolean): void {
  let entry = counts.get(name);
  if (entry === undefined) {
    entry = { installations: 0, covered: 0 };
    counts.set(name, entry);
  }
  entry.installations++;
  if (covered) entry.covered++;
}

function rate(covered: number, total: number): number | null {
  return total === 0 ? null : covered / total;
}

// ---- result ---------------------------------------------------------------------------------------------------

function assemble(
  families: Iterable<Family>,
  coverage: CoverageCounter,
  today: string,
  expiring: ExpiringEntitlement[],
  expired: EntitlementTermNotice[],
): LicencePosition {
  const rows: PositionRow[] = [];
  const reclaim: ReclaimCandidate[] = [];
  const findings: Finding[] = [];
  const shortfallCost: Record<string, number> = {};
  let unpricedShortfall = 0;
  let shortfallRows = 0;

  for (const family of families) {
    const pools = family.unlicensed === null ? family.pools : [...family.pools, family.unlicensed];
    for (const pool of pools) {
      const row = settle(pool);
      rows.push(row);
      if (row.shortfall > 0) {
        shortfallRows++;
        if (row.shortfallCost !== null && row.currency !== null) {
          shortfallCost[row.currency] = (shortfallCost[row.currency] ?? 0) + row.shortfallCost;
        } else {
          unpricedShortfall += row.shortfall;
        }
      }
      if (row.coresUnknown > 0) {
        findings.push({ code: 'sam.position.coresUnknown', params: { product: row.name, count: row.coresUnknown } });
      }
      const candidate = reclaimOf(row);
      if (candidate !== null) reclaim.push(candidate);
    }
    if (family.free !== null) rows.push(family.free);
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
      shortfallRows,
      shortfallCost,
      unpricedShortfall,
    },
    byScope: coverage.scopes(),
    expiring,
    expired,
    reclaim,
    findings,
  };
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

function emptyRow(id: string, kind: PositionRowKind, family: Family, overrides: Partial<PositionRow>): PositionRow {
  return {
    id,
    kind,
    publisher: family.publisher,
    name: family.name,
    version: '',
    edition: '',
    downgradeRights: false,
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

function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** Names repeat across 100,000 installations: normalize each distinct spelling once. */
function cachedNormalizer(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let normalized = cache.get(text);
    if (normalized === undefined) {
      normalized = normalizeKeyPart(text);
      cache.set(text, normalized);
    }
    return normalized;
  };
}
