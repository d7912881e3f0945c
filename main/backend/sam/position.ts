/**
 * The licence position as the backend serves it. The estate is indexed once (names → integers,
 * shared/domain/sam/estate-index.ts) and kept per connection until the data changes: this connection's
 * SAM writes drop it, and so does any commit by another process (PRAGMA data_version), so a position is
 * never computed from stale data and a repeated request costs only the pass over integers.
 */
import type Database from 'better-sqlite3';
import type { PositionResult, SummaryResult } from '../../../shared/contract/sam/methods';
import { normalizeKeyPart, type Scope } from '../../../shared/contract/sam/schemas';
import { type EstateIndex, EstateIndexBuilder, type InstallationFacts } from '../../../shared/domain/sam/estate-index';
import { type LicencePosition, positionFromIndex, shortfallTotals } from '../../../shared/domain/sam/position';
import { type Locale, translateCode } from '../../../shared/i18n';
import { AppError } from '../errors';
import { allRecords, countRecords, statement } from './repository';

const cache = new WeakMap<Database.Database, { dataVersion: number; index: EstateIndex }>();

/** Called after every write to the SAM tables through this connection. */
export function invalidateEstate(db: Database.Database): void {
  cache.delete(db);
}

export function estateIndex(db: Database.Database): EstateIndex {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const cached = cache.get(db);
  if (cached !== undefined && cached.dataVersion === dataVersion) return cached.index;
  const index = buildIndex(db);
  cache.set(db, { dataVersion, index });
  return index;
}

function buildIndex(db: Database.Database): EstateIndex {
  const builder = new EstateIndexBuilder();
  for (const product of allRecords(db, 'products')) builder.addProduct(product);
  for (const entitlement of allRecords(db, 'entitlements')) builder.addEntitlement(entitlement);
  const installations = statement(
    db,
    'SELECT publisher, name, version, edition, device, user, department, subsidiary, cores FROM sam_installations ORDER BY id',
  ).all() as InstallationFacts[];
  for (const installation of installations) builder.addInstallation(installation);
  return builder.build();
}

export function computePosition(
  db: Database.Database,
  options: { today: string; scope?: string | undefined; locale: Locale },
): PositionResult {
  const position = positionFromIndex(estateIndex(db), options.today, { categoryScope: options.scope });
  const scoped = options.scope ? narrowToScope(position, options.scope) : position;
  return {
    ...scoped,
    scope: options.scope || null,
    findings: scoped.findings.map((finding) => ({ ...finding, message: translateCode(options.locale, finding.code, finding.params) })),
  };
}

/**
 * The position of one subsidiary or department: the pools scoped to it, and the coverage of the
 * installations it holds. Allocation stays global (an enterprise licence serves every scope), so the
 * installations are counted as the whole estate's position counts them.
 */
function narrowToScope(position: LicencePosition, name: string): LicencePosition {
  const wanted = normalizeKeyPart(name);
  const inScope = (scope: Scope) => scope.kind !== 'enterprise' && normalizeKeyPart(scope.name) === wanted;
  const coverage = position.byScope.find((entry) => inScope(entry.scope));
  const rows = position.rows.filter((row) => inScope(row.scope));
  if (coverage === undefined && rows.length === 0) throw new AppError('sam.position.unknownScope', { scope: name }, { field: 'scope' });
  const shortfalls = shortfallTotals(rows);
  const productsInScope = new Set(rows.map((row) => row.productKey));
  const findings = position.findings.filter((finding) => productsInScope.has(finding.productKey));
  return {
    ...position,
    rows,
    summary: {
      installations: coverage?.installations ?? 0,
      coveredInstallations: coverage?.coveredInstallations ?? 0,
      genuineRate: coverage?.genuineRate ?? null,
      freeInstallations: coverage?.freeInstallations ?? 0,
      ...shortfalls,
      oemWithoutProof: findings.reduce(
        (sum, finding) => sum + (finding.code === 'sam.position.oemWithoutProof' ? Number(finding.params?.count ?? 0) : 0),
        0,
      ),
    },
    byScope: position.byScope.filter((entry) => inScope(entry.scope)),
    expiring: position.expiring.filter((notice) => inScope(notice.scope)),
    expired: position.expired.filter((notice) => inScope(notice.scope)),
    reclaim: position.reclaim.filter((candidate) => inScope(candidate.scope)),
    findings,
  };
}

export function dashboardSummary(db: Database.Database, today: string): SummaryResult {
  const position = positionFromIndex(estateIndex(db), today);
  const within = (days: number) => position.expiring.filter((notice) => notice.daysLeft <= days).length;
  return {
    summary: position.summary,
    expiring: { within30: within(30), within60: within(60), within90: within(90) },
    expiringSoon: position.expiring.slice(0, 5),
    counts: {
      products: countRecords(db, 'products'),
      entitlements: countRecords(db, 'entitlements'),
      installations: countRecords(db, 'installations'),
    },
  };
}
