/**
 * The consolidation facts of a received filing (table of migration 018): who it is (tier, group, region,
 * industry, from the profile it filed) and the figures of its summary, in one narrow row the receiver's
 * views aggregate in SQL. Written with the filing, and again whenever its summary is recomputed.
 */
import type Database from 'better-sqlite3';
import type { FilingStatus, FilingSummary } from '../../../shared/contract/filing/receiver';
import { SUMMARY_VERSION } from '../../../shared/domain/filing/summary-version';
import { hasTable } from '../db/tables';

/** Which filing of an enterprise and period comes first for being current; `seq` is the order received. */
export const currentFilingOrder = (seq: string) => `status = 'returned', status = 'accepted' DESC, ${seq} DESC`;

export interface FactsSubject {
  id: string;
  seq: number;
  uscc: string;
  enterpriseName: string;
  period: string;
  createdAt: string;
  status: FilingStatus;
}

interface FiledProfile {
  name?: string;
  regionCode?: string;
  industry?: string;
  role?: string;
  group?: { name?: string; uscc?: string };
}

/**
 * Where the enterprise sits, as its filed profile says. A headquarters is its own group. The region is the
 * profile's 行政区划代码; a filing without a profile falls back to the code the USCC carries (characters 3–8,
 * the registering authority's division), so it is still counted under a province.
 */
function placeOf(subject: FactsSubject, data: Record<string, unknown>) {
  const profile = (data.profile ?? null) as FiledProfile | null;
  const role = profile?.role ?? '';
  const headquarters = role === 'headquarters';
  return {
    role,
    groupUscc: headquarters ? subject.uscc : (profile?.group?.uscc ?? ''),
    groupName: headquarters ? (profile?.name ?? subject.enterpriseName) : (profile?.group?.name ?? ''),
    regionCode: profile?.regionCode || subject.uscc.slice(2, 8),
    industry: profile?.industry ?? '',
  };
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const LEVEL_COLUMNS = LEVELS.flatMap((level) => [`level${level}_objects`, `level${level}_filed`, `level${level}_not_filed`]);
const COLUMNS = [
  'filing_id',
  'seq',
  'uscc',
  'enterprise_name',
  'period',
  'created_at',
  'status',
  'role',
  'group_uscc',
  'group_name',
  'region_code',
  'industry',
  'grade',
  'target_grade',
  'assessment_total',
  'plan_milestones',
  'plan_done',
  'plan_overdue',
  'plan_percent',
  'objects_total',
  'objects_ungraded',
  'objects_not_filed',
  ...LEVEL_COLUMNS,
  'gap_assessed',
  'gap_noncompliant',
  'gap_high_risks',
  'installations',
  'covered',
  'shortfall_units',
  'summary_version',
];
const UPSERT = `INSERT OR REPLACE INTO received_filing_facts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;

function factsValues(subject: FactsSubject, data: Record<string, unknown>, summary: FilingSummary): unknown[] {
  const place = placeOf(subject, data);
  const { assessment, plan, protectedObjects: objects, gap, licences } = summary;
  const levelValues = LEVELS.flatMap((level) => {
    const row = objects?.levels.find((candidate) => candidate.level === level);
    return objects ? [row?.objects ?? 0, row?.filed ?? 0, row?.notFiled ?? 0] : [null, null, null];
  });
  return [
    subject.id,
    subject.seq,
    subject.uscc,
    subject.enterpriseName,
    subject.period,
    subject.createdAt,
    subject.status,
    place.role,
    place.groupUscc,
    place.groupName,
    place.regionCode,
    place.industry,
    assessment?.grade ?? null,
    plan?.targetGrade ?? null,
    assessment?.total ?? null,
    plan?.milestones ?? null,
    plan?.done ?? null,
    plan?.overdue ?? null,
    plan?.percentComplete ?? null,
    objects?.total ?? null,
    objects?.ungraded ?? null,
    objects ? objects.levels.reduce((sum, level) => sum + level.notFiled, 0) : null,
    ...levelValues,
    gap?.assessed ?? null,
    gap?.noncompliant ?? null,
    gap?.highRisks ?? null,
    licences?.installations ?? null,
    licences?.covered ?? null,
    licences?.shortfallUnits ?? null,
    SUMMARY_VERSION,
  ];
}

export function writeFilingFacts(
  db: Database.Database,
  subject: FactsSubject,
  data: Record<string, unknown>,
  summary: FilingSummary,
): void {
  db.prepare(UPSERT).run(...factsValues(subject, data, summary));
  markCurrent(db, subject.uscc, subject.period);
}

/** The status is mirrored here so that picking each enterprise's current filing never reads the wide table. */
export function setFactsStatus(db: Database.Database, filingId: string, status: FilingStatus): void {
  const row = db.prepare('UPDATE received_filing_facts SET status = ? WHERE filing_id = ? RETURNING uscc, period').get(status, filingId) as
    { uscc: string; period: string } | undefined;
  if (row) markCurrent(db, row.uscc, row.period);
}

/** Flags the one filing of an enterprise and period that is consolidated (none when the first in order was returned). */
function markCurrent(db: Database.Database, uscc: string, period: string): void {
  db.prepare(
    `UPDATE received_filing_facts SET is_current = (filing_id IS (
       SELECT filing_id FROM received_filing_facts WHERE uscc = @uscc AND period = @period ORDER BY ${currentFilingOrder('seq')} LIMIT 1
     ) AND status <> 'returned')
     WHERE uscc = @uscc AND period = @period`,
  ).run({ uscc, period });
}

/** Filings whose stored summary was made under other summary rules. */
export function staleSummaryIds(db: Database.Database): string[] {
  return db.prepare('SELECT id FROM received_filings WHERE summary_version <> ?').pluck().all(SUMMARY_VERSION) as string[];
}

/** Filings whose facts were written under other summary rules (or by the migration, as 0). */
export function staleFactsIds(db: Database.Database): string[] {
  // A workspace opened with fewer migrations (some tests) has no facts table: nothing is stale.
  if (!hasTable(db, 'received_filing_facts')) return [];
  return db.prepare('SELECT filing_id FROM received_filing_facts WHERE summary_version <> ?').pluck().all(SUMMARY_VERSION) as string[];
}

/** Every period the receiver holds filings for, newest first (from the narrow table's index). */
export function factsPeriods(db: Database.Database): string[] {
  return db.prepare('SELECT DISTINCT period FROM received_filing_facts ORDER BY period DESC').pluck().all() as string[];
}
