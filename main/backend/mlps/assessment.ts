/**
 * Gap assessments: item statuses and 不适用 control points per object, scored by the pure rules against the
 * active catalog, with a per-object score cache the dashboard reads.
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { itemStatusPatchSchema } from '../../../shared/contract/mlps/records';
import {
  type CatalogLevel,
  type ControlCatalog,
  type ControlPointAssessment,
  type ControlPointStatus,
  type ExtensionSet,
  type ItemAssessment,
} from '../../../shared/contract/mlps/schemas';
import { applicableItems, assessableLevel, checkGapAssessment, scoreObjectGap, type ScoreReport } from '../../../shared/domain/mlps';
import type { Locale } from '../../../shared/i18n';
import { AppError, firstFindingError } from '../errors';
import { activeCatalog } from './catalogs';
import { readGrading, requireObject } from './objects';
import { majorHiddenRisksTable } from './specs';
import { listRecords } from './table';

type ItemStatusPatch = z.infer<typeof itemStatusPatchSchema>;

export interface Scope {
  objectId: string;
  name: string;
  level: CatalogLevel;
  extensions: ExtensionSet[];
  catalog: ControlCatalog;
}

/** What an object is assessed against; an ungraded object or a level the catalog lacks is an error at `field`. */
export function scopeOf(db: Database.Database, objectId: string, field = 'objectId', catalog = activeCatalog(db)): Scope {
  const object = requireObject(db, objectId, field);
  const grading = readGrading(db, objectId);
  if (!grading) throw new AppError('mlps.assessment.notGraded', { system: object.name }, { field });
  const level = assessableLevel(catalog, grading.level);
  if (level === null)
    throw new AppError('mlps.assessment.levelNotInCatalog', { level: grading.level, catalog: catalog.id }, { field: 'level' });
  return { objectId, name: object.name, level, extensions: object.extensions, catalog };
}

interface StatusRow {
  item_id: string;
  status: ItemAssessment['status'];
  risk: ItemAssessment['risk'] | null;
  note: string;
}
interface PointRow {
  control_point_id: string;
  status: ControlPointStatus;
  note: string;
}

export function readStatuses(db: Database.Database, objectId: string): ItemAssessment[] {
  const rows = db
    .prepare('SELECT item_id, status, risk, note FROM mlps_item_statuses WHERE object_id = ? ORDER BY item_id')
    .all(objectId) as StatusRow[];
  return rows.map((row) => ({ itemId: row.item_id, status: row.status, ...(row.risk ? { risk: row.risk } : {}), note: row.note }));
}

export function readControlPoints(db: Database.Database, objectId: string): ControlPointAssessment[] {
  const rows = db
    .prepare('SELECT control_point_id, status, note FROM mlps_control_points WHERE object_id = ? ORDER BY control_point_id')
    .all(objectId) as PointRow[];
  return rows.map((row) => ({ controlPointId: row.control_point_id, status: row.status, note: row.note }));
}

/** The object's major hidden risks as the conclusion reads them. */
function majorHiddenRiskStates(db: Database.Database, objectId: string): Array<{ remediated: boolean }> {
  return listRecords<{ remediated: boolean }>(db, majorHiddenRisksTable, 'object_id = @objectId', { objectId });
}

export function scoreScope(db: Database.Database, scope: Scope): ScoreReport {
  return scoreObjectGap(scope.catalog, {
    level: scope.level,
    extensions: scope.extensions,
    items: readStatuses(db, scope.objectId),
    controlPoints: readControlPoints(db, scope.objectId),
    majorHiddenRisks: majorHiddenRiskStates(db, scope.objectId),
  });
}

/** Recomputes one object's cached score; objects that cannot be scored have none. */
export function refreshScore(db: Database.Database, objectId: string, catalog = activeCatalog(db)): void {
  let scope: Scope;
  try {
    scope = scopeOf(db, objectId, 'objectId', catalog);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    db.prepare('DELETE FROM mlps_scores WHERE object_id = ?').run(objectId);
    return;
  }
  const report = scoreScope(db, scope);
  const { compliant, partial, noncompliant, unassessed } = report.overall.counts;
  db.prepare(
    `INSERT INTO mlps_scores VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (object_id) DO UPDATE SET score = excluded.score,
       result_2021 = excluded.result_2021, compliance_rate = excluded.compliance_rate, conclusion_2025 = excluded.conclusion_2025,
       assessed = excluded.assessed, total = excluded.total`,
  ).run(
    objectId,
    report.overall.score,
    report.result2021,
    report.compliance2025?.ratePercent ?? null,
    report.compliance2025?.conclusion ?? null,
    compliant + partial + noncompliant,
    compliant + partial + noncompliant + unassessed,
  );
}

export function refreshAllScores(db: Database.Database): void {
  const catalog = activeCatalog(db);
  for (const id of db.prepare('SELECT id FROM mlps_objects').pluck().all() as string[]) refreshScore(db, id, catalog);
}

/**
 * Applies status changes all or nothing: any item outside the object's level and extensions, or listed twice,
 * refuses the whole batch with the offending `items[n].itemId`.
 */
export function saveItemStatuses(db: Database.Database, objectId: string, patches: readonly ItemStatusPatch[], locale: Locale): void {
  const scope = scopeOf(db, objectId);
  const findings = checkGapAssessment(scope.catalog, {
    level: scope.level,
    extensions: scope.extensions,
    items: patches.map((patch) => ({ itemId: patch.itemId, status: patch.status ?? 'compliant' })),
  });
  if (findings.length > 0) throw firstFindingError(findings, locale);
  const clear = db.prepare('DELETE FROM mlps_item_statuses WHERE object_id = ? AND item_id = ?');
  // risk and note: undefined keeps what is stored, null (risk) clears it.
  const upsert = db.prepare(
    `INSERT INTO mlps_item_statuses VALUES (@objectId, @itemId, @status, @risk, coalesce(@note, ''))
     ON CONFLICT (object_id, item_id) DO UPDATE SET status = excluded.status,
       risk = CASE WHEN @keepRisk THEN risk ELSE excluded.risk END,
       note = CASE WHEN @note IS NULL THEN note ELSE excluded.note END`,
  );
  for (const patch of patches) {
    if (patch.status === null) {
      clear.run(objectId, patch.itemId);
      continue;
    }
    upsert.run({
      objectId,
      itemId: patch.itemId,
      status: patch.status,
      risk: patch.risk ?? null,
      keepRisk: patch.risk === undefined ? 1 : 0,
      note: patch.note ?? null,
    });
  }
  refreshScore(db, objectId, scope.catalog);
}

export function saveControlPoint(
  db: Database.Database,
  input: { objectId: string; controlPointId: string; status: ControlPointStatus; note?: string | undefined },
  locale: Locale,
): void {
  const scope = scopeOf(db, input.objectId);
  const findings = checkGapAssessment(scope.catalog, {
    level: scope.level,
    extensions: scope.extensions,
    controlPoints: [{ controlPointId: input.controlPointId, status: input.status }],
  }).map((finding) => ({ ...finding, field: 'controlPointId' }));
  if (findings.length > 0) throw firstFindingError(findings, locale);
  db.prepare(
    `INSERT INTO mlps_control_points VALUES (?, ?, ?, coalesce(?, '')) ON CONFLICT (object_id, control_point_id)
     DO UPDATE SET status = excluded.status, note = CASE WHEN ? IS NULL THEN note ELSE excluded.note END`,
  ).run(input.objectId, input.controlPointId, input.status, input.note ?? null, input.note ?? null);
  refreshScore(db, input.objectId, scope.catalog);
}

/**
 * Replaces the target's assessment with the source's for the items and control points the target has in scope
 * (the same level and extensions copy everything; a different level shares no item ids).
 */
export function copyAssessment(db: Database.Database, fromObjectId: string, toObjectId: string) {
  if (fromObjectId === toObjectId) throw new AppError('mlps.assessment.copySameObject', {}, { field: 'toObjectId' });
  scopeOf(db, fromObjectId, 'fromObjectId'); // the source must be graded and in the catalog too
  const target = scopeOf(db, toObjectId, 'toObjectId');
  const targetItems = applicableItems(target.catalog, target.level, target.extensions);
  const itemIds = new Set(targetItems.map((item) => item.id));
  const pointIds = new Set(targetItems.map((item) => item.controlPoint));
  const statuses = readStatuses(db, fromObjectId);
  const points = readControlPoints(db, fromObjectId).filter((point) => pointIds.has(point.controlPointId));
  const copied = statuses.filter((status) => itemIds.has(status.itemId));
  db.prepare('DELETE FROM mlps_item_statuses WHERE object_id = ?').run(toObjectId);
  db.prepare('DELETE FROM mlps_control_points WHERE object_id = ?').run(toObjectId);
  const insertItem = db.prepare('INSERT INTO mlps_item_statuses VALUES (?, ?, ?, ?, ?)');
  for (const status of copied) insertItem.run(toObjectId, status.itemId, status.status, status.risk ?? null, status.note ?? '');
  const insertPoint = db.prepare('INSERT INTO mlps_control_points VALUES (?, ?, ?, ?)');
  for (const point of points) insertPoint.run(toObjectId, point.controlPointId, point.status, point.note ?? '');
  refreshScore(db, toObjectId, target.catalog);
  return { copiedItems: copied.length, copiedControlPoints: points.length, skippedItems: statuses.length - copied.length };
}
