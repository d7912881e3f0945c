import { describe, expect, it } from 'vitest';
import { gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import { MLPS_LEVELS, type ControlCatalog } from '../../contract/mlps/schemas';
import { assessableLevel, catalogInUse } from './object-score';

const catalogLevels = new Set<number>(gbt22239Catalog.items.map((item) => item.level));

describe('assessableLevel', () => {
  it('is the level of a graded object the catalog has items for', () => {
    for (const level of MLPS_LEVELS.filter((candidate) => catalogLevels.has(candidate))) {
      expect(assessableLevel(gbt22239Catalog, level)).toBe(level);
    }
  });

  it('is none for an ungraded object or a level the catalog has no items for', () => {
    expect(assessableLevel(gbt22239Catalog, null)).toBeNull();
    const uncatalogued = MLPS_LEVELS.filter((level) => !catalogLevels.has(level));
    expect(uncatalogued.length).toBeGreaterThan(0);
    for (const level of uncatalogued) expect(assessableLevel(gbt22239Catalog, level)).toBeNull();
  });
});

describe('catalogInUse', () => {
  const imported: ControlCatalog = { ...gbt22239Catalog, id: 'imported', version: '2' };

  it('is the imported catalog the data names active, matched by id and version', () => {
    expect(catalogInUse({ catalogs: [imported], activeCatalog: { id: 'imported', version: '2' } })).toBe(imported);
  });

  it('falls back to the built-in catalog when none is active or the active one is not imported', () => {
    expect(catalogInUse({ catalogs: [imported], activeCatalog: null })).toBe(gbt22239Catalog);
    expect(catalogInUse({ catalogs: [imported], activeCatalog: { id: 'imported', version: '1' } })).toBe(gbt22239Catalog);
  });
});
