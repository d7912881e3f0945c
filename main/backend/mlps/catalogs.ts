/**
 * Control catalogs: the built-in summary catalog, and catalogs an enterprise imports (a licensed full-text one),
 * of which one is active for every assessment.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { GBT22239_EXPECTED_COUNTS, gbt22239Catalog } from '../../../shared/catalogs/mlps/gbt22239-2019';
import type { Finding } from '../../../shared/contract/core';
import type { CatalogItemView } from '../../../shared/contract/mlps/records';
import { controlCatalogSchema, type ControlCatalog, type ControlItem } from '../../../shared/contract/mlps/schemas';
import { catalogInUse, checkCatalogCounts, checkCatalogIntegrity } from '../../../shared/domain/mlps';
import type { Locale } from '../../../shared/i18n';
import { formatPath } from '../../../shared/domain/forms/issues';
import { AppError, firstFindingError } from '../errors';
import { parseJsonFile } from '../files/json';

/** Large enough for a full-text catalog of every level and extension; a bigger file is not a catalog. */
const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

export interface CatalogSummary {
  id: string;
  version: string;
  name: string;
  builtIn: boolean;
  active: boolean;
  itemCount: number;
  importedAt: string | null;
}

interface CatalogRow {
  id: string;
  version: string;
  content: string;
  imported_at: string;
}

/** Parsed imported catalogs, by id, version and import time (a re-import replaces the entry). */
const parsed = new Map<string, ControlCatalog>();

function parseStored(row: CatalogRow): ControlCatalog {
  const key = `${row.id}@${row.version}@${row.imported_at}`;
  let catalog = parsed.get(key);
  if (!catalog) {
    catalog = controlCatalogSchema.parse(JSON.parse(row.content));
    parsed.set(key, catalog);
  }
  return catalog;
}

/** The catalog in use, by the rule the data JSON is read with (catalogInUse), parsing only the active catalog. */
export function activeCatalog(db: Database.Database): ControlCatalog {
  const active = db.prepare('SELECT catalog_id AS id, catalog_version AS version FROM mlps_active_catalog').get() as
    { id: string; version: string } | undefined;
  const row =
    active &&
    (db.prepare('SELECT * FROM mlps_catalogs WHERE id = ? AND version = ?').get(active.id, active.version) as CatalogRow | undefined);
  return catalogInUse({ activeCatalog: active ?? null, catalogs: row ? [parseStored(row)] : [] });
}

export function importedCatalogs(db: Database.Database): Array<ControlCatalog & { importedAt: string }> {
  const rows = db.prepare('SELECT * FROM mlps_catalogs ORDER BY imported_at, id, version').all() as CatalogRow[];
  return rows.map((row) => ({ ...parseStored(row), importedAt: row.imported_at }));
}

export function listCatalogs(db: Database.Database): CatalogSummary[] {
  const active = activeCatalog(db);
  const isActive = (catalog: ControlCatalog) => catalog.id === active.id && catalog.version === active.version;
  const summary = (catalog: ControlCatalog, builtIn: boolean, importedAt: string | null): CatalogSummary => ({
    id: catalog.id,
    version: catalog.version,
    name: catalog.name,
    builtIn,
    active: isActive(catalog),
    itemCount: catalog.items.length,
    importedAt,
  });
  return [summary(gbt22239Catalog, true, null), ...importedCatalogs(db).map((catalog) => summary(catalog, false, catalog.importedAt))];
}

/** Stores a validated catalog (replacing one with the same id and version); it does not activate it. */
export function storeCatalog(db: Database.Database, catalog: ControlCatalog, importedAt: string): void {
  const { id, version } = catalog;
  if (id === gbt22239Catalog.id && version === gbt22239Catalog.version)
    throw new AppError('mlps.catalog.sameAsBuiltIn', { id, version }, { field: 'id' });
  db.prepare(
    'INSERT INTO mlps_catalogs VALUES (?, ?, ?, ?) ON CONFLICT (id, version) DO UPDATE SET content = excluded.content, imported_at = excluded.imported_at',
  ).run(id, version, JSON.stringify(catalog), importedAt);
}

export function setActiveCatalog(db: Database.Database, id: string, version: string): void {
  if (id === gbt22239Catalog.id && version === gbt22239Catalog.version) {
    db.prepare('DELETE FROM mlps_active_catalog').run();
    return;
  }
  const known = db.prepare('SELECT 1 FROM mlps_catalogs WHERE id = ? AND version = ?').get(id, version);
  if (!known) throw new AppError('mlps.catalog.notFound', { id, version }, { field: 'id' });
  db.prepare(
    'INSERT INTO mlps_active_catalog VALUES (1, ?, ?) ON CONFLICT (singleton) DO UPDATE SET catalog_id = excluded.catalog_id, catalog_version = excluded.catalog_version',
  ).run(id, version);
}

/**
 * Reads and validates a catalog file. Shape or integrity faults refuse it; item counts that differ from the
 * standard's come back as warnings, so a licensed catalog that numbers differently is still usable.
 */
export function readCatalogFile(file: string, locale: Locale): { catalog: ControlCatalog; warnings: Finding[] } {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_CATALOG_BYTES) throw new AppError('error.file.tooLarge', { file, limit: MAX_CATALOG_BYTES }, { file });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  const json = parseJsonFile(bytes, file);
  const result = controlCatalogSchema.safeParse(json);
  if (!result.success) throw firstFindingError(shapeFindings(result.error), locale, { file });
  const faults = checkCatalogIntegrity(result.data);
  if (faults.length > 0) throw firstFindingError(faults, locale, { file });
  return { catalog: result.data, warnings: checkCatalogCounts(result.data, GBT22239_EXPECTED_COUNTS) };
}

function shapeFindings(error: z.ZodError): Finding[] {
  return error.issues.map((issue) => ({
    code: 'mlps.catalog.shape',
    field: formatPath(issue.path),
    params: { field: formatPath(issue.path), detail: issue.message },
  }));
}

/** A catalog item with its control point's names, as the page and the CLI list it. */
export function itemViews(catalog: ControlCatalog, items: readonly ControlItem[]): CatalogItemView[] {
  const points = new Map(catalog.controlPoints.map((point) => [point.id, point]));
  return items.map((item) => {
    const point = points.get(item.controlPoint);
    return {
      id: item.id,
      level: item.level,
      family: item.family,
      set: item.set,
      controlPoint: item.controlPoint,
      controlPointName: point?.nameZh ?? item.controlPoint,
      controlPointNameEn: point?.nameEn ?? item.controlPoint,
      summary: item.summary,
      ...(item.summaryEn ? { summaryEn: item.summaryEn } : {}),
      ...(item.text ? { text: item.text } : {}),
    };
  });
}
