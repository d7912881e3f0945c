/**
 * The register of 重大风险隐患 per object. A risk may only name findings the object's assessment has (its level
 * and extensions decide); every write re-scores the object, since the 2025 conclusion reads the register.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MajorHiddenRisk } from '../../../shared/contract/mlps/records';
import { applicableItems, checkMajorHiddenRisk } from '../../../shared/domain/mlps';
import type { Locale } from '../../../shared/i18n';
import { AppError, firstFindingError } from '../errors';
import { scopeOf, refreshScore } from './assessment';
import { requireObject } from './objects';
import { majorHiddenRisksTable } from './specs';
import { deleteRecord, getRecord, listRecords, upsertRecord } from './table';

export function listMajorHiddenRisks(db: Database.Database, objectId?: string): MajorHiddenRisk[] {
  return objectId ? listRecords(db, majorHiddenRisksTable, 'object_id = @objectId', { objectId }) : listRecords(db, majorHiddenRisksTable);
}

type SaveInput = Omit<MajorHiddenRisk, 'id' | 'remediatedOn'> & { id?: string | undefined; remediatedOn?: string | undefined };

/** Creates or replaces one risk; nothing is stored when a finding it names is not in the object's scope. */
export function saveMajorHiddenRisk(db: Database.Database, input: SaveInput, locale: Locale): MajorHiddenRisk {
  requireObject(db, input.objectId, 'objectId');
  const previous = input.id ? getRecord<MajorHiddenRisk>(db, majorHiddenRisksTable, input.id) : null;
  if (input.id && !previous) throw new AppError('mlps.record.notFound', { id: input.id }, { field: 'id' });
  const scope = scopeOf(db, input.objectId);
  const inScope = new Set(applicableItems(scope.catalog, scope.level, scope.extensions).map((item) => item.id));
  const findings = checkMajorHiddenRisk(input, inScope);
  if (findings.length > 0) throw firstFindingError(findings, locale);
  const record: MajorHiddenRisk = { ...input, id: input.id ?? crypto.randomUUID() };
  upsertRecord(db, majorHiddenRisksTable, record);
  refreshScore(db, input.objectId, scope.catalog);
  // A risk moved to another object leaves the first one's conclusion to be read again.
  if (previous && previous.objectId !== input.objectId) refreshScore(db, previous.objectId, scope.catalog);
  return record;
}

export function removeMajorHiddenRisk(db: Database.Database, id: string): { removed: boolean } {
  const previous = getRecord<MajorHiddenRisk>(db, majorHiddenRisksTable, id);
  const removed = deleteRecord(db, majorHiddenRisksTable, id);
  if (previous) refreshScore(db, previous.objectId);
  return { removed };
}
