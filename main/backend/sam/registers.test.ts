import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsvFile, readXlsxFile } from './import';
import { expectOk, tempBackend } from '../../../test/support/workspace';

let backend: ReturnType<typeof tempBackend>;
beforeEach(() => {
  backend = tempBackend({ now: () => new Date('2025-01-01T10:00:00+08:00') });
});
afterEach(() => backend.dispose());

const office = { publisher: 'Microsoft', name: 'Office', version: '2019' };

async function seedInstallations(count: number) {
  const rows = ['厂商,软件名称,版本,计算机名,使用人,部门,所属单位'];
  for (let index = 0; index < count; index++)
    rows.push(
      `Microsoft,Office,2019,PC-${String(index).padStart(4, '0')},user${index % 7},${index % 2 ? '财务部' : '人事部'},${index % 3 ? '华北公司' : '华南公司'}`,
    );
  const file = path.join(backend.dataDir, 'seed.csv');
  fs.writeFileSync(file, rows.join('\n'));
  expectOk(await backend.call('sam.import.commit', { path: file }));
}

describe('registers', () => {
  it('adds, edits and deletes records of every register; a second record with the same identity is refused at its field', async () => {
    const product = expectOk(await backend.call('sam.save', { register: 'products', record: { ...office, licenceType: 'commercial' } }));
    const device = expectOk(await backend.call('sam.save', { register: 'devices', record: { name: 'PC-1', cores: 8 } }));
    expectOk(await backend.call('sam.save', { register: 'users', record: { name: '张三', department: '财务部' } }));
    const duplicate = await backend.call('sam.save', { register: 'products', record: { ...office, publisher: ' microsoft ' } });
    expect(!duplicate.ok && duplicate.error).toMatchObject({ code: 'sam.record.duplicateKey', details: { field: 'record.name' } });

    expectOk(
      await backend.call('sam.save', { register: 'devices', id: device.id, record: { name: 'PC-1', cores: 16, department: '研发部' } }),
    );
    const devices = expectOk(await backend.call('sam.list', { register: 'devices' }));
    expect(devices).toMatchObject({
      register: 'devices',
      total: 1,
      rows: [{ id: device.id, record: { name: 'PC-1', cores: 16, department: '研发部' } }],
    });

    expect(expectOk(await backend.call('sam.delete', { register: 'products', ids: [product.id] }))).toEqual({ deleted: 1 });
    expect(expectOk(await backend.call('sam.list', { register: 'products' })).total).toBe(0);
    const missing = await backend.call('sam.save', { register: 'products', id: product.id, record: office });
    expect(!missing.ok && missing.error.code).toBe('sam.record.notFound');
  });

  it('keeps what an inspection counts by: category, domestic flag, OEM proof, core minimums, edition rank and edition downgrade', async () => {
    const kylin = { publisher: '麒麟软件', name: '银河麒麟桌面操作系统', inspectionCategory: 'os', domestic: true } as const;
    const server = {
      publisher: 'Microsoft',
      name: 'Windows Server',
      edition: 'Datacenter',
      licenceType: 'oem',
      oemProof: 'COA 标签 X1',
      minCoresPerProcessor: 8,
      minCoresPerServer: 16,
      editionRank: 3,
    } as const;
    for (const record of [kylin, server]) expectOk(await backend.call('sam.save', { register: 'products', record }));
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { ...office, metric: 'per-device', quantity: 1, editionDowngradeRights: true },
      }),
    );
    const products = expectOk(await backend.call('sam.list', { register: 'products' }));
    expect(products.rows.map(({ record }) => record)).toMatchObject([
      { ...kylin, oemProof: '', minCoresPerServer: null, editionRank: null },
      { ...server, publisher: '微软', inspectionCategory: '', domestic: false }, // the alias dictionary's name for Microsoft
    ]);
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expect(data.sam.entitlements[0]).toMatchObject({ downgradeRights: false, editionDowngradeRights: true });
    const bad = await backend.call('sam.save', { register: 'products', record: { ...kylin, inspectionCategory: 'games' } as never });
    expect(!bad.ok && bad.error.details?.issues?.[0]).toMatchObject({
      field: 'record.inspectionCategory',
      message: '无法识别的选项“games”',
    });
  });

  it('a record that breaks a rule is refused at the field, in the user’s language', async () => {
    const result = await backend.call(
      'sam.save',
      { register: 'entitlements', record: { ...office, metric: 'per-device', quantity: -1 } },
      { locale: 'en-US' },
    );
    expect(!result.ok && result.error.details?.issues?.[0]).toMatchObject({ field: 'record.quantity', message: 'Must not be negative' });
    const currency = await backend.call('sam.save', {
      register: 'entitlements',
      record: { ...office, metric: 'per-device', quantity: 1, currency: '人民币' },
    });
    expect(!currency.ok && currency.error.details?.issues?.[0]).toMatchObject({
      field: 'record.currency',
      message: '无法识别的币种“人民币”（应为 CNY、USD 等三位代码）',
    });
  });

  it('pages, sorts, filters and searches in SQL', async () => {
    await seedInstallations(250);
    const page = expectOk(
      await backend.call('sam.list', { register: 'installations', offset: 100, limit: 50, sort: { field: 'device', direction: 'desc' } }),
    );
    expect(page.total).toBe(250);
    expect(page.rows).toHaveLength(50);
    expect(page.rows[0]?.record).toMatchObject({ device: 'PC-0149' });

    const filtered = expectOk(
      await backend.call('sam.list', { register: 'installations', filters: { department: '财务', subsidiary: '华南' }, limit: 1000 }),
    );
    expect(filtered.total).toBe(42);
    expect(
      filtered.rows.every(({ record }) => 'department' in record && record.department === '财务部' && record.subsidiary === '华南公司'),
    ).toBe(true);

    const searched = expectOk(await backend.call('sam.list', { register: 'installations', search: 'pc-024 user3' }));
    expect(searched.rows.map(({ record }) => ('device' in record ? record.device : ''))).toEqual(['PC-0241', 'PC-0248']);

    const literal = expectOk(await backend.call('sam.list', { register: 'installations', search: '%' }));
    expect(literal.total).toBe(0);
    const unknown = await backend.call('sam.list', { register: 'installations', sort: { field: 'nkey; DROP TABLE x', direction: 'asc' } });
    expect(!unknown.ok && unknown.error.code).toBe('sam.list.unknownField');
  });
});

describe('licence position', () => {
  it('shortfalls first, per scope, and the dashboard summary; a write is seen at once', async () => {
    await seedInstallations(30);
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { ...office, metric: 'per-device', quantity: 20, unitCost: 1000 },
      }),
    );
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: {
          publisher: 'Adobe',
          name: 'Acrobat',
          metric: 'named-user',
          quantity: 5,
          term: 'subscription',
          start: '2024-02-01',
          end: '2025-01-20',
        },
      }),
    );
    const position = expectOk(await backend.call('sam.position', {}));
    expect(position.today).toBe('2025-01-01');
    expect(position.rows[0]).toMatchObject({ name: 'Office', entitled: 20, consumed: 30, shortfall: 10, shortfallCost: 10_000 });
    expect(position.summary).toMatchObject({ installations: 30, coveredInstallations: 20, shortfallCost: { CNY: 10_000 } });
    expect(position.expiring).toMatchObject([{ name: 'Acrobat', daysLeft: 19, within: 30 }]);
    expect(position.reclaim).toMatchObject([{ name: 'Acrobat', unused: 5 }]);

    const summary = expectOk(await backend.call('sam.summary', {}));
    expect(summary).toMatchObject({
      summary: { genuineRate: 20 / 30 },
      expiring: { within30: 1, within60: 1, within90: 1 },
      counts: { entitlements: 2, installations: 30 },
    });

    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { ...office, metric: 'per-device', quantity: 10, purchaseOrder: 'PO-2' },
      }),
    );
    expect(expectOk(await backend.call('sam.summary', {})).summary.genuineRate).toBe(1);
  });

  it('narrowed to a subsidiary, keeps the findings of its products only, even where another publisher’s product has the same name', async () => {
    const save = async (register: 'products' | 'entitlements' | 'installations', record: Record<string, unknown>) =>
      expectOk(await backend.call('sam.save', { register, record } as never));
    await save('entitlements', {
      publisher: 'Alpha',
      name: 'Tool',
      metric: 'per-core',
      quantity: 8,
      scope: { kind: 'subsidiary', name: '华南公司' },
    });
    await save('installations', { publisher: 'Alpha', name: 'Tool', device: 'S-1', subsidiary: '华南公司' }); // cores unknown
    await save('products', { publisher: 'Beta', name: 'Tool', licenceType: 'oem' }); // no OEM proof
    await save('installations', { publisher: 'Beta', name: 'Tool', device: 'N-1', subsidiary: '华北公司' });

    const whole = expectOk(await backend.call('sam.position', {}));
    expect(whole.findings.map((finding) => finding.code).sort()).toEqual(['sam.position.coresUnknown', 'sam.position.oemWithoutProof']);
    const south = expectOk(await backend.call('sam.position', { scope: '华南公司' }));
    expect(south.findings.map((finding) => finding.code)).toEqual(['sam.position.coresUnknown']);
    expect(south.summary.oemWithoutProof).toBe(0);
  });

  it('narrowed to a subsidiary: its pools and its installations’ coverage; an unknown scope is named', async () => {
    await seedInstallations(30);
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { ...office, metric: 'per-device', quantity: 5, scope: { kind: 'subsidiary', name: '华南公司' } },
      }),
    );
    const south = expectOk(await backend.call('sam.position', { scope: '华南公司' }));
    expect(south.scope).toBe('华南公司');
    expect(south.rows).toMatchObject([{ scope: { kind: 'subsidiary', name: '华南公司' }, entitled: 5, consumed: 10, shortfall: 5 }]);
    expect(south.summary).toMatchObject({ installations: 10, coveredInstallations: 5, shortfallRows: 1 });
    const unknown = await backend.call('sam.position', { scope: '火星分公司' });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'sam.position.unknownScope', details: { field: 'scope' } });
  });
});

describe('export', () => {
  it('a register exported to CSV or XLSX imports back unchanged; formula-like text is neutralized', async () => {
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: {
          ...office,
          metric: 'cal',
          quantity: 3,
          vendor: '=HYPERLINK("http://x")',
          term: 'subscription',
          start: '2024-01-01',
          end: '2025-12-31',
          downgradeRights: true,
        },
      }),
    );
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { publisher: 'Oracle', name: 'DB', metric: 'site', scope: { kind: 'subsidiary', name: '华北公司' }, totalCost: 5000 },
      }),
    );
    expectOk(
      await backend.call('sam.save', { register: 'products', record: { publisher: 'OEM Co', name: 'Windows', licenceType: 'oem' } }),
    );
    for (const extension of ['csv', 'xlsx']) {
      for (const [what, kind] of [
        ['entitlements', 'entitlements'],
        ['products', 'products'],
      ] as const) {
        const target = path.join(backend.dataDir, `${what}.${extension}`);
        // The licences' products join the one saved product once the licences have been imported.
        expect(expectOk(await backend.call('sam.export', { what, path: target }))).toEqual({
          path: target,
          rows: what === 'products' ? 3 : 2,
        });
        const reimport = expectOk(await backend.call('sam.import.commit', { path: target, kind }));
        expect(reimport).toMatchObject({ committed: true, added: 0, updated: 0, rejectedRows: 0 });
      }
    }
    const csv = path.join(backend.dataDir, 'entitlements.csv');
    const source = await readCsvFile(csv);
    expect(source.header.cells.slice(0, 6)).toEqual(['厂商', '软件名称', '版本', '版本类型', '许可模式', '许可数量']);
    const cells: string[][] = [];
    for await (const row of source.rows) cells.push(row.cells);
    expect(cells[0]).toContain(`'=HYPERLINK("http://x")`);
    expect(cells[0]).toContain('客户端访问许可（CAL）');
  });

  it('the position exports with shortfalls first; an unknown extension is refused at the path', async () => {
    await seedInstallations(3);
    const target = path.join(backend.dataDir, 'position.xlsx');
    expect(expectOk(await backend.call('sam.export', { what: 'position', path: target })).rows).toBe(1);
    const sheet = await readXlsxFile(target);
    expect(sheet.header.cells.slice(0, 3)).toEqual(['类型', '厂商', '软件名称']);
    // Imported as Microsoft, kept under the dictionary's name for it.
    for await (const row of sheet.rows) expect(row.cells.slice(0, 3)).toEqual(['无许可', '微软', 'Office']);
    const bad = await backend.call('sam.export', { what: 'products', path: path.join(backend.dataDir, 'x.pdf') });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'sam.export.unknownFormat', details: { field: 'path' } });
  });
});

describe('data JSON', () => {
  it('round-trips every register through export and import into another workspace', async () => {
    await seedInstallations(5);
    expectOk(await backend.call('sam.save', { register: 'users', record: { name: '张三' } }));
    expectOk(await backend.call('sam.profiles.save', { name: 'p', kind: 'installations', columns: { device: 'Host' } }));
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expect(data.sam.installations).toHaveLength(5);
    const other = tempBackend();
    try {
      expectOk(await other.call('workspace.importData', data));
      const copy = expectOk(await other.call('workspace.exportData', {}));
      expect(copy.sam).toEqual(data.sam);
      expect(expectOk(await other.call('sam.position', {})).summary.installations).toBe(5);
      // An older document without a sam key still imports, as an empty estate.
      expectOk(await other.call('workspace.importData', { formatVersion: 1, profile: null }));
      expect(expectOk(await other.call('sam.summary', {})).counts.installations).toBe(0);
    } finally {
      other.dispose();
    }
  });
});
