/**
 * Reading a control catalog: the items that apply to an object, and the checks an imported catalog must pass.
 */
import type { Finding } from '../../contract/core';
import {
  CATALOG_LEVELS,
  EXTENSION_SETS,
  FAMILY_CODES,
  ITEM_ID_PATTERN,
  REQUIREMENT_SET_DIGIT,
  type CatalogLevel,
  type ControlCatalog,
  type ControlItem,
  type ExpectedItemCounts,
  type ExtensionSet,
} from '../../contract/mlps/schemas';

/** The items an object at `level` is assessed against: the general requirements plus the extensions that apply. */
export function applicableItems(catalog: ControlCatalog, level: CatalogLevel, extensions: readonly ExtensionSet[] = []): ControlItem[] {
  const sets = new Set<string>(['general', ...extensions]);
  return catalog.items.filter((item) => item.level === level && sets.has(item.set));
}

/** Structural faults that make a catalog unusable: each names the item or control point by its index. */
export function checkCatalogIntegrity(catalog: ControlCatalog): Finding[] {
  const findings: Finding[] = [];
  const families = new Set(catalog.families.map((family) => family.code));
  const points = new Map<string, ControlCatalog['controlPoints'][number]>();
  catalog.controlPoints.forEach((point, row) => {
    if (points.has(point.id))
      findings.push({ code: 'mlps.catalog.duplicateControlPoint', field: `controlPoints[${row}].id`, row, params: { id: point.id } });
    points.set(point.id, point);
    if (!families.has(point.family))
      findings.push({ code: 'mlps.catalog.unknownFamily', field: `controlPoints[${row}].family`, row, params: { family: point.family } });
  });
  const seenItems = new Set<string>();
  catalog.items.forEach((item, row) => {
    const field = `items[${row}]`;
    if (seenItems.has(item.id)) findings.push({ code: 'mlps.catalog.duplicateItemId', field: `${field}.id`, row, params: { id: item.id } });
    seenItems.add(item.id);
    if (!itemIdAgrees(item)) findings.push({ code: 'mlps.catalog.itemIdMismatch', field: `${field}.id`, row, params: { id: item.id } });
    const point = points.get(item.controlPoint);
    if (!point) {
      findings.push({
        code: 'mlps.catalog.unknownControlPoint',
        field: `${field}.controlPoint`,
        row,
        params: { id: item.id, controlPoint: item.controlPoint },
      });
    } else if (point.family !== item.family || point.set !== item.set) {
      findings.push({
        code: 'mlps.catalog.controlPointMismatch',
        field: `${field}.controlPoint`,
        row,
        params: { id: item.id, controlPoint: item.controlPoint },
      });
    }
  });
  return findings;
}

/** An item's id must spell its own level, family and requirement set. */
function itemIdAgrees(item: ControlItem): boolean {
  const match = ITEM_ID_PATTERN.exec(item.id);
  return (
    match !== null && Number(match[1]) === item.level && match[2] === item.family && Number(match[3]) === REQUIREMENT_SET_DIGIT[item.set]
  );
}

/**
 * Where a catalog's item counts differ from the standard's: a warning, since a licensed full-text catalog may
 * legitimately differ, but the user should see it before relying on the catalog.
 */
export function checkCatalogCounts(catalog: ControlCatalog, expected: ExpectedItemCounts): Finding[] {
  const count = (set: string, level: number, family?: string): number =>
    catalog.items.filter((item) => item.set === set && item.level === level && (family === undefined || item.family === family)).length;
  const findings: Finding[] = [];
  for (const family of FAMILY_CODES) {
    CATALOG_LEVELS.forEach((level, index) => {
      const want = expected.general[family][index]!;
      const actual = count('general', level, family);
      if (actual !== want)
        findings.push({ code: 'mlps.catalog.countMismatch', params: { set: 'general', family, level, expected: want, actual } });
    });
  }
  for (const set of EXTENSION_SETS) {
    for (const level of CATALOG_LEVELS) {
      const want = expected.extensions[set][String(level) as '1' | '2' | '3' | '4'];
      if (want === undefined) continue;
      const actual = count(set, level);
      if (actual !== want)
        findings.push({ code: 'mlps.catalog.countMismatch', params: { set, family: '*', level, expected: want, actual } });
    }
  }
  return findings;
}
