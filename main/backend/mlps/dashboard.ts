/**
 * The dashboard's figures, from a few aggregate queries: objects per level, filing/certificate/assessment due
 * items, open remediation, and the lowest cached scores. Kept cheap enough for hundreds of objects.
 */
import type Database from 'better-sqlite3';
import type { Dashboard, RemediationTask } from '../../../shared/contract/mlps/records';
import type { Conclusion2025, DueKind, IsoDate, MlpsLevel, Result2021Grade } from '../../../shared/contract/mlps/schemas';
import { mlpsSchedule } from '../../../shared/catalogs/mlps/schedule';
import { addMonths, dueItem } from '../../../shared/domain/mlps';
import { remediationTable } from './specs';
import { listRecords } from './table';

/** How many entries of each list the card shows; the counts cover all of them. */
export const DASHBOARD_LIST_LIMIT = 10;

interface DueRow {
  object_id: string;
  name: string;
  level: MlpsLevel;
  kind: DueKind;
  due: string;
}

export function dashboard(db: Database.Database, today: IsoDate): Dashboard {
  const perLevel = [0, 0, 0, 0, 0];
  let ungraded = 0;
  for (const { level, count } of db
    .prepare(
      'SELECT g.level AS level, count(*) AS count FROM mlps_objects o LEFT JOIN mlps_gradings g ON g.object_id = o.id GROUP BY g.level',
    )
    .all() as { level: MlpsLevel | null; count: number }[]) {
    if (level === null) ungraded += count;
    else perLevel[level - 1] = count;
  }

  const { overdue, upcoming } = dueItems(db, today);
  const openWhere = "status IN ('open', 'in-progress')";
  const remediationCounts = db
    .prepare(`SELECT count(*) AS open, coalesce(sum(due_on < ?), 0) AS overdue FROM mlps_remediation WHERE ${openWhere}`)
    .get(today) as { open: number; overdue: number };
  const next = listRecords<RemediationTask>(
    db,
    { ...remediationTable, orderBy: `${remediationTable.orderBy} LIMIT ${DASHBOARD_LIST_LIMIT}` },
    openWhere,
  );
  const names = new Map(
    (db.prepare('SELECT id, name FROM mlps_objects').all() as { id: string; name: string }[]).map((row) => [row.id, row.name]),
  );

  const lowestScores = (
    db
      .prepare(
        `SELECT s.object_id, o.name, s.score, s.result_2021, s.compliance_rate, s.conclusion_2025, s.assessed < s.total AS provisional FROM mlps_scores s
         JOIN mlps_objects o ON o.id = s.object_id WHERE s.score IS NOT NULL ORDER BY s.score, o.name LIMIT ?`,
      )
      .all(DASHBOARD_LIST_LIMIT) as Array<{
      object_id: string;
      name: string;
      score: number;
      result_2021: Result2021Grade | null;
      compliance_rate: number | null;
      conclusion_2025: Conclusion2025 | null;
      provisional: 0 | 1;
    }>
  ).map((row) => ({
    objectId: row.object_id,
    objectName: row.name,
    score: row.score,
    result2021: row.result_2021,
    ratePercent: row.compliance_rate,
    conclusion2025: row.conclusion_2025,
    provisional: row.provisional === 1,
  }));

  return {
    today,
    objectCount: ungraded + perLevel.reduce((sum, count) => sum + count, 0),
    perLevel,
    ungraded,
    overdue: overdue.slice(0, DASHBOARD_LIST_LIMIT),
    upcoming: upcoming.slice(0, DASHBOARD_LIST_LIMIT),
    dueCounts: { overdue: overdue.length, upcoming: upcoming.length },
    remediation: { ...remediationCounts, next: next.map((task) => ({ ...task, objectName: names.get(task.objectId) ?? '' })) },
    lowestScores,
    assessedCount: db.prepare('SELECT count(*) FROM mlps_scores WHERE score IS NOT NULL').pluck().get() as number,
  };
}

/**
 * The stored due dates not yet done up to the end of the widest upcoming window (the renewal's months before
 * expiry; anything later is only 'scheduled'), judged by the same rule as the object page, most pressing first.
 */
function dueItems(db: Database.Database, today: IsoDate) {
  const rows = db
    .prepare(
      `SELECT d.object_id, o.name, g.level, d.kind, d.due FROM mlps_due d
       JOIN mlps_objects o ON o.id = d.object_id JOIN mlps_gradings g ON g.object_id = d.object_id
       WHERE d.done = 0 AND d.due <= ? ORDER BY d.due, o.name`,
    )
    // A month's margin: a window counted back from a month end can open before today + the window's months.
    .all(addMonths(today, mlpsSchedule.renewalWindowMonths + 1)) as DueRow[];
  const overdue: Dashboard['overdue'] = [];
  const upcoming: Dashboard['upcoming'] = [];
  for (const row of rows) {
    const item = { ...dueItem(row.kind, row.due, false, today), objectId: row.object_id, objectName: row.name, level: row.level };
    if (item.status === 'overdue') overdue.push(item);
    else if (item.status === 'upcoming') upcoming.push(item);
  }
  return { overdue, upcoming };
}
