import { describe, expect, it } from 'vitest';
import { SAM_KINDS } from '../../../../shared/contract/sam/schemas';
import { AppError } from '../../errors';
import { FIELDS, type FieldSpec } from './fields';
import { detectKind, resolveMapping, suggestColumns, toProfile } from './mapping';
import { normalizeWord } from './normalize';

function mappingError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('header auto-mapping', () => {
  it.each([
    {
      header: ['软件名称', '厂商', '版本号', '计算机名', '使用人', '部门', '安装日期'],
      fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4, department: 5, installDate: 6 },
    },
    {
      header: ['Product Name', 'Manufacturer', 'Version', 'Computer', 'User', 'Department', 'Install date'],
      fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4, department: 5, installDate: 6 },
    },
    {
      header: ['产品名称（全称）', '发行商*', ' 版 本 ', '主机名', '用户名'],
      fields: { name: 0, publisher: 1, version: 2, device: 3, user: 4 },
    },
    { header: ['ＳＯＦＴＷＡＲＥ', 'publisher', 'DEVICE'], fields: { name: 0, publisher: 1, device: 2 } },
  ])('installations: $header', ({ header, fields }) => {
    expect(suggestColumns('installations', header)).toEqual(fields);
  });

  it.each([
    {
      header: ['软件名称', '厂商', '许可数量', '许可模式', '到期日', '单价(元)', '资产编号'],
      fields: { name: 0, publisher: 1, quantity: 2, metric: 3, end: 4, unitCost: 5, assetNumber: 6 },
    },
    {
      header: ['Software', 'Publisher', 'Seats', 'Metric', 'End date', 'Unit price', 'PO number'],
      fields: { name: 0, publisher: 1, quantity: 2, metric: 3, end: 4, unitCost: 5, purchaseOrder: 6 },
    },
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
    expect(mappingError(() => resolveMapping(['厂商', '软件名称'], { kind: 'auto', file: 'a.csv' }))).toMatchObject({
      code: 'sam.import.kindUndetected',
      details: { file: 'a.csv' },
    });
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
    expect(error).toMatchObject({
      code: 'sam.import.missingColumn',
      details: { file: '许可.xlsx', column },
      params: { column, file: '许可.xlsx' },
    });
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
    const error = mappingError(() =>
      resolveMapping(['软件名称', '厂商', '设备'], { kind: 'installations', columns: { user: '责任人姓名' }, file: 'x.csv' }),
    );
    expect(error).toMatchObject({ code: 'sam.import.mappingColumnNotFound', details: { column: '责任人姓名', file: 'x.csv' } });
  });
});

describe('a mapping that learns the file', () => {
  const LEDGER = ['序号', '软件名称', '厂商', '许可类型', '数量', '使用部门', '到期时间'];
  const SAMPLE = [
    ['1', 'Office 专业增强版', '微软', '按设备', '120', '财务部', '2026-12-31'],
    ['2', 'WPS Office', '金山', '站点授权', '', '全公司', ''],
    ['3', 'U8', '用友', '并发用户', '20', '财务部', '2027/6/30'],
  ];

  it('takes a column of metric words as the metric whatever its header, and says which values showed it', () => {
    const mapping = resolveMapping(LEDGER, { kind: 'entitlements', sample: SAMPLE });
    const metric = mapping.mapped.find((column) => column.field === 'metric');
    expect(metric).toMatchObject({ header: '许可类型', reason: { by: 'content', examples: ['按设备', '站点授权', '并发用户'] } });
    expect(mapping.mapped.find((column) => column.field === 'end')).toMatchObject({ header: '到期时间', reason: { by: 'content' } });
    expect(mapping.serialIndex).toBe(0);
  });

  it('a scope column headed 使用部门 makes every scope a department; 所属子公司 a subsidiary', () => {
    expect(resolveMapping(LEDGER, { kind: 'entitlements', sample: SAMPLE }).constants.scopeKind).toEqual({
      value: 'department',
      from: { header: '使用部门' },
    });
    const bySubsidiary = resolveMapping(['软件名称', '厂商', '许可模式', '所属子公司'], { kind: 'entitlements' });
    expect(bySubsidiary.constants.scopeKind).toEqual({ value: 'subsidiary', from: { header: '所属子公司' } });
  });

  it('a constant sets a field for every row and is read as that field’s cell; one that fails the field’s rule is refused at the field', () => {
    const mapping = resolveMapping(['软件名称', '许可模式', '数量'], {
      kind: 'entitlements',
      constants: { publisher: '用友', scopeKind: '全企业' },
    });
    expect(mapping.constants).toEqual({ publisher: { value: '用友', from: 'user' }, scopeKind: { value: 'enterprise', from: 'user' } });
    const error = mappingError(() =>
      resolveMapping(['软件名称', '厂商', '许可模式'], { kind: 'entitlements', constants: { quantity: '很多' }, file: 'a.csv' }),
    );
    expect(error).toMatchObject({
      code: 'sam.import.constantInvalid',
      params: { value: '很多', fields: '许可数量', reason: '“很多”不是数字' },
    });
    const inEnglish = mappingError(() =>
      resolveMapping(['软件名称', '厂商', '许可模式'], { kind: 'entitlements', constants: { quantity: '很多' }, locale: 'en-US' }),
    );
    expect(inEnglish).toMatchObject({ params: { fields: 'Quantity', reason: '"很多" is not a number' } });
  });

  it('the user’s value mapping decides a word; a value the field does not have is refused at the field', () => {
    const mapping = resolveMapping(LEDGER, {
      kind: 'entitlements',
      sample: [['1', 'X', 'Y', '批量授权', '5', '', '']],
      values: { metric: { 批量授权: 'enterprise' } },
    });
    expect(mapping.mapped.find((column) => column.field === 'metric')?.header).toBe('许可类型');
    expect(mapping.values).toEqual({ metric: { 批量授权: 'enterprise' } });
    const error = mappingError(() => resolveMapping(LEDGER, { kind: 'entitlements', values: { metric: { 批量授权: 'bulk' } } }));
    expect(error).toMatchObject({ code: 'sam.import.valueMapInvalid', params: { word: '批量授权', value: 'bulk', fields: '许可模式' } });
  });

  it('a file none of whose columns means anything is refused as such, not as a missing column', () => {
    const error = mappingError(() =>
      resolveMapping(['姓名', '电话', '备注'], { kind: 'installations', sample: [['张三', '1390000', '无']], file: 'x.csv' }),
    );
    expect(error).toMatchObject({ code: 'sam.import.noColumnRecognised', details: { file: 'x.csv' } });
  });

  it('a saved mapping keeps the value mappings and the constants the user set, not those a header implied', () => {
    const mapping = resolveMapping(LEDGER, {
      kind: 'entitlements',
      sample: SAMPLE,
      values: { metric: { 批量授权: 'enterprise' } },
      constants: { currency: 'CNY' },
    });
    expect(toProfile(mapping)).toMatchObject({ values: { metric: { 批量授权: 'enterprise' } }, constants: { currency: 'CNY' } });
    expect(toProfile(mapping).constants).not.toHaveProperty('scopeKind');
  });
});
