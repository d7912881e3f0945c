import { describe, it, expect } from 'vitest';
import type { ControlCatalog } from '../../contract/mlps/schemas';
import { GBT22239_EXPECTED_COUNTS, gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import { applicableItems, checkCatalogCounts, checkCatalogIntegrity } from './catalog';

const base: ControlCatalog = {
  id: 'imported',
  version: '1',
  name: 'imported',
  notes: '',
  families: [{ code: 'CES', nameZh: '安全计算环境', nameEn: 'CES', layer: 'technical' }],
  controlPoints: [{ id: 'CES1-01', family: 'CES', set: 'general', nameZh: '身份鉴别', nameEn: 'Identification' }],
  items: [{ id: 'L3-CES1-01', level: 3, family: 'CES', set: 'general', controlPoint: 'CES1-01', summary: 's' }],
};
const item = base.items[0]!;

describe('catalog integrity', () => {
  it.each<[string, ControlCatalog, Array<[string, string]>]>([
    ['a sound catalog', base, []],
    ['a duplicated item id', { ...base, items: [item, item] }, [['mlps.catalog.duplicateItemId', 'items[1].id']]],
    ['an id whose level disagrees', { ...base, items: [{ ...item, level: 2 }] }, [['mlps.catalog.itemIdMismatch', 'items[0].id']]],
    [
      'an id whose set digit disagrees',
      { ...base, items: [{ ...item, set: 'cloud' }] },
      [
        ['mlps.catalog.itemIdMismatch', 'items[0].id'],
        ['mlps.catalog.controlPointMismatch', 'items[0].controlPoint'],
      ],
    ],
    [
      'a missing control point',
      { ...base, items: [{ ...item, controlPoint: 'CES1-99' }] },
      [['mlps.catalog.unknownControlPoint', 'items[0].controlPoint']],
    ],
    [
      'a control point of an undefined family',
      { ...base, controlPoints: [...base.controlPoints, { id: 'PES1-01', family: 'PES', set: 'general', nameZh: 'x', nameEn: 'x' }] },
      [['mlps.catalog.unknownFamily', 'controlPoints[1].family']],
    ],
    [
      'a duplicated control point',
      { ...base, controlPoints: [base.controlPoints[0]!, base.controlPoints[0]!] },
      [['mlps.catalog.duplicateControlPoint', 'controlPoints[1].id']],
    ],
  ])('%s', (_, catalog, expected) => {
    expect(checkCatalogIntegrity(catalog).map((finding) => [finding.code, finding.field])).toEqual(expected);
  });
});

describe('catalog counts against the standard', () => {
  it('warns for each family, level or extension whose count differs', () => {
    const withoutOneItem = {
      ...gbt22239Catalog,
      items: gbt22239Catalog.items.filter((entry) => entry.id !== 'L3-CES1-05' && entry.id !== 'L4-CES2-01'),
    };
    expect(checkCatalogCounts(withoutOneItem, GBT22239_EXPECTED_COUNTS)).toEqual([
      { code: 'mlps.catalog.countMismatch', params: { set: 'general', family: 'CES', level: 3, expected: 34, actual: 33 } },
      { code: 'mlps.catalog.countMismatch', params: { set: 'cloud', family: '*', level: 4, expected: 49, actual: 48 } },
    ]);
  });
});

describe('applicable items', () => {
  it.each<[number, string[], number]>([
    [1, [], 55],
    [2, ['mobile'], 135 + 14],
    [3, ['iot', 'ics'], 211 + 20 + 21],
    [4, ['cloud', 'mobile', 'iot', 'ics'], 228 + 49 + 21 + 21 + 22],
  ])('level %i with %j has %i items', (level, extensions, expected) => {
    expect(applicableItems(gbt22239Catalog, level as 1, extensions as ['cloud'])).toHaveLength(expected);
  });
});
