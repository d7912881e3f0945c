import { describe, expect, it } from 'vitest';
import { SAM_KINDS } from '../../../../shared/contract/sam/schemas';
import { ImportError } from './errors';
import { FIELDS, type FieldSpec } from './fields';
import { detectKind, resolveMapping, suggestColumns, toProfile } from './mapping';
import { normalizeWord } from './normalize';

function mappingError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('header auto-mapping', () => {
  it.each([
    { header: ['软件名称', '厂商', '版本号', '计算机名', '使用人', '部门', '安装日期'], fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4, department: 5, installDate: 6 } },
    { header: ['Product Name', 'Manufacturer', 'Version', 'Computer', 'User', 'Department', 'Install date'], fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4, department: 5, installDate: 6 } },
    { header: ['产品名称（全称）', '发行商*', ' 版 本 ', '主机名', '用户名'], fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4 } },
    { header: ['ＳＯＦＴＷＡＲＥ', 'publisher', 'DEVICE'], fields: { name: 0, publisher: 1, device: 2 } },
  ])('installations: $header', ({ header, fields }) => {
    expect(suggestColumns('installations', header)).toEqual(fields);
  });

  it.each([
    { header: ['软件名称', '厂商', '许可数量', '许可模式', '到期日', '单价(元)', '资产编号'], fields: { name: 0, publisher: 1, quantity: 2, metric: 3, end: 4, unitCost: 5, assetNumber: 6 } },
    { header: ['Software', 'Publisher', 'Seats', 'Metric', 'End date', 'Unit price', 'PO number'], fields: { name: 0, publisher: 1, quantity: 2, metric: 3, end: 4, unitCost: 5, purchaseOrder: 6 } },
  ])('entitlements: $header', ({ header, fields }) => {
    expect(suggestColumns('entitlements', header)).toEqual(fields);
  });

  it('the first of two columns for one field wins; the other is left for the user', () => {
    const mapping = resolveMapping(['软件名称', '产品名称', '厂商', '设备'], { kind: 'installations' });
    expect(mapping.mapped.find((column) => column.field === 'name')?.index).toBe(0);
    expect(mapping.unmapped).toEqual(['产品名称']);
  });

  it('no synonym means two fields of one kind', () => {
    for (const kind of SAM_KINDS) {
      const seen = new Map<string, string>();
      for (const [field, spec] of Object.entries(FIELDS[kind]) as [string, FieldSpec][]) {
        for (const word of [field, ...spec.synonyms]) {
          const key = normalizeWord(word);
          expect(seen.get(key) ?? field, `${kind}: "${word}" is a synonym of ${seen.get(key)} and ${field}`).toBe(field);
          seen.set(key, field);
        }
      }
    }
  });
});

describe('kind detection', () => {
  it.each([
    { header: ['厂商', '软件名称', '版本', '类别', '许可类型'], kind: 'products' },
    { header: ['厂商', '软件名称', '许可模式', '数量', '到期日'], kind: 'entitlements' },
    { header: ['Publisher', 'Software', 'Seats', 'Unit cost'], kind: 'entitlements' },
    { header: ['厂商', '软件名称', '版本', '计算机名', '使用人'], kind: 'installations' },
    { header: ['厂商', '软件名称', '版本'], kind: undefined },
    { header: ['姓名', '电话'], kind: undefined },
  ] as const)('$header → $kind', ({ header, kind }) => {
    expect(detectKind(header)).toBe(kind);
  });

  it('an undetectable kind is an error asking the user to choose', () => {
    expect(mappingError(() => resolveMapping(['厂商', '软件名称'], { kind: 'auto', file: 'a.csv' }))).toMatchObject({ code: 'sam.import.kindUndetected', details: { file: 'a.csv' } });
  });
});

describe('required columns and explicit mappings', () => {
  it.each([
    { kind: 'installations', header: ['厂商', '版本', '计算机名'], column: '软件名称 / Software' },
    { kind: 'installations', header: ['厂商', '软件名称', '部门'], column: '设备 / Device | 用户 / User' },
    { kind: 'entitlements', header: ['软件名称', '许可模式', '数量'], column: '厂商 / Publisher' },
    { kind: 'entitlements', header: ['厂商', '软件名称', '数量'], column: '许可模式 / Metric' },
  ] as const)('$kind without $column', ({ kind, header, column }) => {
    const error = mappingError(() => resolveMapping(header, { kind, file: '许可.xlsx' }));
    expect(error).toMatchObject({ code: 'sam.import.missingColumn', details: { file: '许可.xlsx', column }, params: { column, file: '许可.xlsx' } });
  });

  it('an explicit mapping fills a column the guess missed and overrides one it got wrong', () => {
    const header = ['软件', '出品方', '终端编号', '计算机名'];
    const mapping = resolveMapping(header, { kind: 'installations', columns: { publisher: '出品方', device: '终端编号' } });
    expect(mapping.mapped.map((column) => [column.field, column.header])).toEqual([
      ['name', '软件'],
      ['publisher', '出品方'],
      ['device', '终端编号'],
    ]);
    expect(mapping.unmapped).toEqual(['计算机名']);
    expect(toProfile(mapping)).toEqual({ kind: 'installations', columns: { name: '软件', publisher: '出品方', device: '终端编号' } });
  });

  it('a mapping that names a column the file lacks is an error naming that column', () => {
    const error = mappingError(() => resolveMapping(['软件名称', '厂商', '设备'], { kind: 'installations', columns: { user: '责任人姓名' }, file: 'x.csv' }));
    expect(error).toMatchObject({ code: 'sam.import.mappingColumnNotFound', details: { column: '责任人姓名', file: 'x.csv' } });
  });
});
