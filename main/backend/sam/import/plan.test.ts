import { describe, expect, it } from 'vitest';
import { type SamKind, type SamRecordOf, samKeyOf } from '../../../../shared/contract/sam/schemas';
import { csvTextSource } from './csv';
import { resolveMapping } from './mapping';
import { type ImportPlan, type ImportProgress, planImport } from './plan';

/** A register in memory: what the repository will be, enough to commit a plan and import again. */
class MemoryRegister<K extends SamKind> {
  readonly records = new Map<string, SamRecordOf[K]>();
  constructor(readonly kind: K) {}
  get = (key: string) => this.records.get(key);
  commit(plan: ImportPlan<K>): void {
    for (const entry of [...plan.added, ...plan.updated]) this.records.set(entry.key, entry.record);
  }
}

async function dryRun<K extends SamKind>(
  kind: K,
  csv: string,
  register: MemoryRegister<K>,
  extra: { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void; progressEvery?: number } = {},
) {
  const source = await csvTextSource(csv, `${kind}.csv`, 'utf-8');
  const mapping = resolveMapping(source.header.cells, { kind, file: source.file }) as ReturnType<typeof resolveMapping> & { kind: K };
  return planImport({ source, mapping, existing: register.get, ...extra });
}

const counts = (plan: ImportPlan<SamKind>) => ({
  added: plan.added.length,
  updated: plan.updated.length,
  unchanged: plan.unchanged.length,
  rejected: plan.rejected.length,
});

const ENTITLEMENTS = [
  '厂商,软件名称,版本,许可模式,许可数量,适用范围,范围类型,开始日期,到期日,单价,资产编号,降级权',
  '微软,Office,2019,按设备,"1,200",,,2024/1/1,,350,ZC-001,是',
  '金山,WPS Office,2019,指定用户,500,华北公司,子公司,2024/1/1,2025年12月31日,"¥1,000",,否',
  'Adobe,Acrobat,DC,站点许可,,研发部,部门,2024-01-01,,,ZC-002,',
  '微软,Visio,2016,按设备,-3,,,,,,,',
  'Autodesk,AutoCAD,2024,按设备,10,,,2024/6/1,2024/5/1,,,',
  ',,2019,按设备,5,,,,,,,',
  '微软,Project,2019,按月,5,,,,,,,',
].join('\r\n');

describe('entitlements dry run', () => {
  it('classifies every row and says why each rejected row is rejected, by row and column', async () => {
    const plan = await dryRun('entitlements', ENTITLEMENTS, new MemoryRegister('entitlements'));
    expect(counts(plan)).toEqual({ added: 3, updated: 0, unchanged: 0, rejected: 4 });
    expect(plan.rejected.map((rejected) => ({ row: rejected.row, findings: rejected.findings.map((f) => [f.code, f.column]) }))).toEqual([
      { row: 5, findings: [['sam.value.negative', '许可数量']] },
      { row: 6, findings: [['sam.entitlement.endBeforeStart', '到期日']] },
      {
        row: 7,
        findings: [
          ['sam.value.required', '厂商'],
          ['sam.value.required', '软件名称'],
        ],
      },
      { row: 8, findings: [['sam.value.invalidChoice', '许可模式']] },
    ]);
    expect(plan.rejected[0]?.cells).toEqual(['微软', 'Visio', '2016', '按设备', '-3', '', '', '', '', '', '', '']);
  });

  it('reads the rows into contract records: quantities, dates, scopes, terms, costs', async () => {
    const plan = await dryRun('entitlements', ENTITLEMENTS, new MemoryRegister('entitlements'));
    expect(plan.added.map((entry) => entry.record)).toMatchObject([
      {
        name: 'Office',
        metric: 'per-device',
        quantity: 1200,
        scope: { kind: 'enterprise', name: '' },
        term: 'perpetual',
        start: '2024-01-01',
        end: null,
        unitCost: 350,
        assetNumber: 'ZC-001',
        downgradeRights: true,
      },
      {
        name: 'WPS Office',
        metric: 'named-user',
        quantity: 500,
        scope: { kind: 'subsidiary', name: '华北公司' },
        term: 'subscription',
        end: '2025-12-31',
        unitCost: 1000,
        downgradeRights: false,
      },
      { name: 'Acrobat', metric: 'site', quantity: null, scope: { kind: 'department', name: '研发部' }, currency: 'CNY' },
    ]);
  });

  it('a second import of the same file changes nothing', async () => {
    const register = new MemoryRegister('entitlements');
    register.commit(await dryRun('entitlements', ENTITLEMENTS, register));
    const again = await dryRun('entitlements', ENTITLEMENTS, register);
    expect(counts(again)).toEqual({ added: 0, updated: 0, unchanged: 3, rejected: 4 });
  });

  it('a corrected row updates the stored record and names the changed fields', async () => {
    const register = new MemoryRegister('entitlements');
    register.commit(await dryRun('entitlements', ENTITLEMENTS, register));
    const corrected = ENTITLEMENTS.replace('"1,200",,,2024/1/1,,350', '"1,300",,,2024/1/1,,360');
    const plan = await dryRun('entitlements', corrected, register);
    expect(counts(plan)).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(plan.updated[0]).toMatchObject({
      row: 2,
      changes: ['quantity', 'unitCost'],
      before: { quantity: 1200 },
      record: { quantity: 1300 },
    });
  });
});

const INSTALLATIONS = [
  '厂商,软件名称,版本,计算机名,使用人,部门,安装日期,核数',
  '微软,Office,2019,PC-001,张三,财务部,2024/3/1,8',
  '微软,Office,2019,PC-002,李四,财务部,45352,',
].join('\n');

describe('installations dry run', () => {
  it('records where added installations came from', async () => {
    const plan = await dryRun('installations', INSTALLATIONS, new MemoryRegister('installations'));
    expect(plan.added.map((entry) => entry.record)).toMatchObject([
      { device: 'PC-001', user: '张三', installDate: '2024-03-01', cores: 8, source: 'import:installations.csv' },
      { device: 'PC-002', installDate: '2024-03-01', cores: null, source: 'import:installations.csv' },
    ]);
  });

  it('an empty cell never erases a stored value', async () => {
    const register = new MemoryRegister('installations');
    register.commit(await dryRun('installations', INSTALLATIONS, register));
    const withoutUsers = INSTALLATIONS.replace('张三', '').replace('李四', '');
    expect(counts(await dryRun('installations', withoutUsers, register))).toEqual({ added: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it('the same installation twice in one file: accepted once if identical, rejected if different', async () => {
    const csv = [INSTALLATIONS, '微软,Office,2019,PC-001,张三,财务部,2024/3/1,8', '微软,Office,2019,pc-001,王五,财务部,2024/3/1,8'].join(
      '\n',
    );
    const plan = await dryRun('installations', csv, new MemoryRegister('installations'));
    expect(counts(plan)).toEqual({ added: 2, updated: 0, unchanged: 1, rejected: 1 });
    expect(plan.rejected[0]?.findings).toEqual([{ code: 'sam.import.duplicateKey', row: 5, params: { firstRow: 2 } }]);
  });

  it('an installation with neither device nor user is rejected', async () => {
    const plan = await dryRun('installations', '厂商,软件名称,计算机名,使用人\n微软,Office,,\n', new MemoryRegister('installations'));
    expect(plan.rejected[0]?.findings).toEqual([
      { code: 'sam.installation.deviceOrUserRequired', row: 2, field: 'device', column: '计算机名' },
    ]);
  });
});

describe('products dry run', () => {
  it('free software needs its licence name; keys ignore case and spacing', async () => {
    const csv = [
      '厂商,软件名称,版本,许可类型,许可证名称',
      'Mozilla,Firefox,128,开源,MPL-2.0',
      'Apache,OpenOffice,4,开源,',
      'mozilla, firefox ,128,免费,MPL-2.0',
    ].join('\n');
    const register = new MemoryRegister('products');
    const plan = await dryRun('products', csv, register);
    expect(counts(plan)).toEqual({ added: 1, updated: 0, unchanged: 0, rejected: 2 });
    expect(plan.rejected.map((rejected) => rejected.findings[0]?.code)).toEqual([
      'sam.product.licenceNameRequired',
      'sam.import.duplicateKey',
    ]);
    expect(plan.added[0]?.key).toBe(samKeyOf.products(plan.added[0]!.record));
  });
});

describe('progress and cancel', () => {
  const many = ['厂商,软件名称,计算机名', ...Array.from({ length: 2_500 }, (_, index) => `微软,Office,PC-${index}`)].join('\n');

  it('reports progress as it goes', async () => {
    const reports: ImportProgress[] = [];
    await dryRun('installations', many, new MemoryRegister('installations'), {
      onProgress: (progress) => reports.push(progress),
      progressEvery: 1_000,
    });
    expect(reports.map((report) => report.rowsRead)).toEqual([1_000, 2_000, 2_500]);
    expect(reports.at(-1)).toEqual({ rowsRead: 2_500, added: 2_500, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('stops when cancelled, with an error instead of a partial plan', async () => {
    const controller = new AbortController();
    const run = dryRun('installations', many, new MemoryRegister('installations'), {
      signal: controller.signal,
      progressEvery: 500,
      onProgress: (progress) => {
        if (progress.rowsRead === 1_000) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'sam.import.cancelled' });
  });
});
