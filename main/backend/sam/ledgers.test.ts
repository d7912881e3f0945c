/**
 * The ledgers of issue 16, as enterprises keep them (test/fixtures/sam-ledgers.ts), imported with only the
 * choices a user makes on the mapping screen: one value mapped by hand for the licences, none for the
 * installations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { excelGbkCsv, installationLedgerRows, licenceLedgerRows } from '../../../test/fixtures/sam-ledgers';
import { expectOk, tempBackend } from '../../../test/support/workspace';

let backend: ReturnType<typeof tempBackend>;
let dir: string;
beforeEach(() => {
  backend = tempBackend();
  dir = fs.mkdtempSync(path.join(backend.dataDir, 'ledgers-'));
});
afterEach(() => backend.dispose());

function write(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, excelGbkCsv(rows));
  return file;
}

const LICENCE_ROWS = licenceLedgerRows().length - 1;
const INSTALLATION_ROWS = installationLedgerRows().length - 1;
/** The one value of the licence ledger no vocabulary knows: the user says it is per device. */
const HAND_MAPPED = { metric: { 批量许可: 'per-device' } };

async function importLicences() {
  const file = write('软件许可台账.csv', licenceLedgerRows());
  return expectOk(await backend.call('sam.import.commit', { path: file, kind: 'entitlements', values: HAND_MAPPED }));
}

describe('the licence ledger (许可类型 as the metric, 使用部门 as the scope)', () => {
  it('is read as licences, its metric found by content, its scope kind by header, with the reasons shown', async () => {
    const file = write('软件许可台账.csv', licenceLedgerRows());
    const prepared = expectOk(await backend.call('sam.import.prepare', { path: file }));
    expect(prepared).toMatchObject({ encoding: 'gb18030', kind: 'entitlements', sampledRows: LICENCE_ROWS });
    const licences = prepared.kinds.entitlements;
    expect(licences.suggested).toMatchObject({
      name: '软件名称',
      publisher: '厂商',
      metric: '许可类型',
      quantity: '数量',
      scopeName: '使用部门',
      unitCost: '单价（元）',
      start: '采购日期',
      end: '到期日期',
    });
    expect(licences.reasons.metric).toEqual({ by: 'content', examples: ['按设备', '站点授权', '并发用户'] });
    expect(licences.implied).toEqual({ scopeKind: { value: 'department', header: '使用部门' } });
    // The values the mapping screen lists for the metric column, including the one it cannot place.
    expect(prepared.distinct[prepared.header.indexOf('许可类型')]).toEqual(['按设备', '批量许可', '站点授权', '并发用户', '按用户']);
  });

  it('without the hand mapping, the dry run names the unknown value, the field by its label and the choices, at the file’s 序号', async () => {
    const file = write('软件许可台账.csv', licenceLedgerRows());
    const report = expectOk(await backend.call('sam.import.dryRun', { path: file }));
    expect(report).toMatchObject({ added: LICENCE_ROWS - 1, rejectedRows: 1 });
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 7,
        serial: '6',
        column: '许可类型',
        code: 'sam.import.unknownChoice',
        reason: expect.stringContaining('“批量许可”不是“许可模式”的选项（可选：按设备、'),
      }),
    ]);
  });

  it('imports every row with the one value mapped by hand; the products it names join the products register', async () => {
    const dry = expectOk(await backend.call('sam.import.dryRun', { path: write('台账.csv', licenceLedgerRows()), values: HAND_MAPPED }));
    expect(dry).toMatchObject({ added: LICENCE_ROWS, rejectedRows: 0, productsAdded: 15 });
    const committed = await importLicences();
    expect(committed).toMatchObject({ committed: true, added: LICENCE_ROWS, rejectedRows: 0, productsAdded: 15 });
    const { sam } = expectOk(await backend.call('workspace.exportData', {}));
    const wps = sam.entitlements.filter((licence) => licence.name === 'WPS Office');
    // 金山 and WPS are one publisher; 站点授权 is a site licence of a department, a three-year subscription.
    expect(wps.map((licence) => [licence.publisher, licence.metric, licence.quantity, licence.scope, licence.term, licence.end])).toEqual([
      ['金山办公', 'site', null, { kind: 'department', name: '综合管理部' }, 'subscription', '2025-12-31'],
      ['金山办公', 'site', null, { kind: 'department', name: '市场部' }, 'subscription', '2025-12-31'],
    ]);
    expect(sam.entitlements.find((licence) => licence.name === 'Visio')).toMatchObject({
      metric: 'per-device',
      quantity: 10,
      unitCost: 3200,
    });
    expect(sam.entitlements.find((licence) => licence.name === 'Office Professional Plus')).toMatchObject({
      publisher: '微软',
      version: '2019',
    });
    expect(sam.products).toHaveLength(15); // one per publisher and name: Office 2019 and 2021 are one product
    expect(sam.products.map((product) => product.publisher)).not.toContain('Microsoft Corporation');
  });
});

describe('the installation ledger (a desktop-management export without 厂商)', () => {
  it('imports all its rows with no choice made: publishers from the products register and the dictionary; an ambiguous name is a named warning', async () => {
    await importLicences();
    const file = write('终端软件清单.csv', installationLedgerRows());
    const prepared = expectOk(await backend.call('sam.import.prepare', { path: file }));
    expect(prepared.kind).toBe('installations');
    expect(prepared.kinds.installations.required).toEqual([['name'], ['device', 'user']]);

    const committed = expectOk(await backend.call('sam.import.commit', { path: file }));
    expect(committed).toMatchObject({ committed: true, added: INSTALLATION_ROWS, rejectedRows: 0 });
    // PDF编辑器 is sold by two publishers in the licence ledger: which one a PC has, the export does not say.
    expect(committed.warnings.length).toBeGreaterThan(0);
    expect(committed.warnings[0]).toMatchObject({ column: '软件名称', code: 'sam.import.ambiguousProduct' });
    expect(committed.warnings[0]?.reason).toContain('“PDF编辑器”有多个厂商（福昕软件、万兴科技）');

    const { sam } = expectOk(await backend.call('workspace.exportData', {}));
    const publisherOf = (name: string) => [
      ...new Set(sam.installations.filter((installation) => installation.name === name).map((installation) => installation.publisher)),
    ];
    expect(publisherOf('Office Professional Plus')).toEqual(['微软']); // 'Microsoft Office 专业增强版' by the dictionary
    expect(publisherOf('U8')).toEqual(['用友']); // '用友U8'
    expect(publisherOf('K/3 Cloud')).toEqual(['金蝶']); // by its one product in the register
    expect(publisherOf('Google Chrome')).toEqual(['']); // known to no one: kept, publisher empty
    expect(publisherOf('PDF编辑器')).toEqual(['']);
  });

  it('a commit that imports nothing says so and lists the refused rows', async () => {
    const rows = installationLedgerRows().map((row, index) =>
      index === 0 ? row : ['', row[1] ?? '', row[2] ?? '', row[3] ?? '', row[4] ?? '', row[5] ?? ''],
    );
    const result = expectOk(
      await backend.call('sam.import.commit', { path: write('空.csv', rows.slice(0, 33)), kind: 'installations', skipInvalid: true }),
    );
    expect(result).toMatchObject({ committed: true, added: 0, updated: 0, rejectedRows: 32 });
    expect(result.rejected[0]).toMatchObject({ row: 2, column: '软件名称', reason: '必填项为空' });
  });
});

describe('names kept one way', () => {
  it('a licence saved by hand as Microsoft pairs with installations imported as 微软 (the dictionary applies to every write)', async () => {
    const file = write('装机.csv', [
      ['厂商', '软件名称', '计算机名'],
      ['Microsoft Corporation', 'Visio', 'PC-1'],
      ['微软公司', 'Visio', 'PC-2'],
    ]);
    expectOk(await backend.call('sam.import.commit', { path: file }));
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { publisher: 'Microsoft', name: 'Visio', metric: 'per-device', quantity: 1 },
      }),
    );
    const position = expectOk(await backend.call('sam.position', {}));
    expect(position.rows.map((row) => [row.publisher, row.name, row.entitled, row.consumed, row.shortfall])).toEqual([
      ['微软', 'Visio', 1, 2, 1],
    ]);
  });
});
