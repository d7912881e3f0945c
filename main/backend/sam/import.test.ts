import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/contract/limits';
import { MAX_REPORTED_REJECTIONS } from '../../../shared/contract/sam/methods';
import { writeSharedStringsBomb, writeWorkbook } from '../../../test/fixtures/sam-files';
import { expectOk, tempBackend } from '../../../test/support/workspace';

let backend: ReturnType<typeof tempBackend>;
let dir: string;
beforeEach(() => {
  backend = tempBackend();
  dir = fs.mkdtempSync(path.join(backend.dataDir, 'files-'));
});
afterEach(() => backend.dispose());

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const gbk = (text: string) => iconv.encode(text, 'gbk');

const INSTALLATIONS = [
  '厂商,软件名称,版本,计算机名,使用人,部门,安装日期',
  '微软,Office,2019,PC-001,张三,财务部,2024/3/5',
  '微软,Office,2019,PC-002,李四,财务部,2024年3月6日',
  '金山,WPS,12,PC-001,张三,财务部,45000',
].join('\r\n');
const ENTITLEMENTS_HEADER = '厂商,软件名称,版本,许可模式,数量,期限,开始日期,到期日,单价,资产编号';

/** The SAM part of the workspace, as the data JSON has it: what "nothing changed" is checked against. */
async function samSnapshot() {
  return expectOk(await backend.call('workspace.exportData', {})).sam;
}

async function errorOf(promise: Promise<{ ok: boolean; error?: { code: string; message: string; details?: unknown } }>) {
  const result = await promise;
  expect(result.ok).toBe(false);
  return result.error!;
}

describe('prepare', () => {
  it('detects GBK, the kind and the column mapping from the headers', async () => {
    const file = write('安装清单.csv', gbk(INSTALLATIONS));
    const prepared = expectOk(await backend.call('sam.import.prepare', { path: file }));
    expect(prepared).toMatchObject({ file: '安装清单.csv', format: 'csv', encoding: 'gb18030', kind: 'installations' });
    expect(prepared.header).toEqual(['厂商', '软件名称', '版本', '计算机名', '使用人', '部门', '安装日期']);
    expect(prepared.sample[0]).toEqual(['微软', 'Office', '2019', 'PC-001', '张三', '财务部', '2024/3/5']);
    expect(prepared.kinds.installations.suggested).toMatchObject({
      publisher: '厂商',
      name: '软件名称',
      device: '计算机名',
      user: '使用人',
      installDate: '安装日期',
    });
    expect(prepared.kinds.installations.required).toEqual([['name'], ['device', 'user']]);
  });
});

describe('dry run and commit', () => {
  it('a dry run counts what would change and writes nothing; the commit writes it; the same file again changes nothing', async () => {
    const file = write('installs.csv', gbk(INSTALLATIONS));
    const dry = expectOk(await backend.call('sam.import.dryRun', { path: file }));
    expect(dry).toMatchObject({ kind: 'installations', added: 3, updated: 0, unchanged: 0, rejectedRows: 0, rejected: [] });
    expect((await samSnapshot()).installations).toEqual([]);

    const committed = expectOk(await backend.call('sam.import.commit', { path: file }));
    expect(committed).toMatchObject({ committed: true, added: 3 });
    const stored = (await samSnapshot()).installations;
    expect(stored.map((installation) => [installation.device, installation.installDate, installation.source])).toEqual([
      ['PC-001', '2024-03-05', 'import:installs.csv'],
      ['PC-002', '2024-03-06', 'import:installs.csv'],
      ['PC-001', '2023-03-15', 'import:installs.csv'],
    ]);

    const before = await samSnapshot();
    const again = expectOk(await backend.call('sam.import.commit', { path: file }));
    expect(again).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 3 });
    expect(await samSnapshot()).toEqual(before);
  });

  it('a products ledger reads the inspection columns, and a re-import without them keeps what the user recorded', async () => {
    const ledger = [
      '厂商,软件名称,版本,许可类型,检查类别,信创',
      '麒麟软件,银河麒麟桌面操作系统,V10,商业,操作系统,是',
      '微软,Office,2019,商业,办公软件,否',
    ].join('\r\n');
    expectOk(await backend.call('sam.import.commit', { path: write('products.csv', gbk(ledger)), kind: 'products' }));
    const kylin = () => samSnapshot().then((sam) => sam.products.find((product) => product.name === '银河麒麟桌面操作系统'));
    expect(await kylin()).toMatchObject({ inspectionCategory: 'os', domestic: true });

    // The user adds the OEM proof by hand; a later ledger without the inspection columns changes the version only.
    const record = (await kylin())!;
    const { rows } = expectOk(await backend.call('sam.list', { register: 'products' }));
    const id = rows.find((row) => (row.record as { name: string }).name === record.name)!.id;
    expectOk(await backend.call('sam.save', { register: 'products', id, record: { ...record, oemProof: '随机附带 COA' } }));
    const thinner = ['厂商,软件名称,版本,许可类型', '麒麟软件,银河麒麟桌面操作系统,V10,OEM'].join('\r\n');
    expect(
      expectOk(await backend.call('sam.import.commit', { path: write('products-2.csv', gbk(thinner)), kind: 'products' })),
    ).toMatchObject({ committed: true, updated: 1 });
    expect(await kylin()).toMatchObject({ licenceType: 'oem', inspectionCategory: 'os', domestic: true, oemProof: '随机附带 COA' });
  });

  it('a changed row updates its record in place (upsert on the natural key)', async () => {
    expectOk(await backend.call('sam.import.commit', { path: write('a.csv', INSTALLATIONS) }));
    const changed = INSTALLATIONS.replace('PC-002,李四,财务部', 'PC-002,李四,人事部');
    const result = expectOk(await backend.call('sam.import.commit', { path: write('b.csv', changed) }));
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    const stored = (await samSnapshot()).installations;
    expect(stored).toHaveLength(3);
    expect(stored.find((installation) => installation.device === 'PC-002')?.department).toBe('人事部');
  });

  it('a key repeated in the file is written once when the rows agree and rejected, naming the first row, when they differ', async () => {
    expectOk(await backend.call('sam.import.commit', { path: write('seed.csv', INSTALLATIONS) }));
    const [header, stored] = INSTALLATIONS.split('\r\n') as [string, string];
    const fresh = '微软,Visio,2019,PC-7,赵六,财务部,2024/3/1';
    const csv = [header, fresh, stored, fresh, fresh.replace('赵六', '钱七'), stored.replace('财务部', '人事部')].join('\n');
    const result = expectOk(await backend.call('sam.import.commit', { path: write('repeats.csv', csv), skipInvalid: true }));
    expect(result).toMatchObject({ committed: true, added: 1, updated: 0, unchanged: 2, rejectedRows: 2 });
    expect(result.rejected.map((rejection) => [rejection.row, rejection.code])).toEqual([
      [5, 'sam.import.duplicateKey'],
      [6, 'sam.import.duplicateKey'],
    ]);
    expect(result.rejected.map((rejection) => rejection.reason)).toEqual([expect.stringContaining('2'), expect.stringContaining('3')]);
    const installations = (await samSnapshot()).installations;
    expect(installations.filter((installation) => installation.device === 'PC-7').map((installation) => installation.user)).toEqual([
      '赵六',
    ]);
    expect(
      installations.find((installation) => installation.device === 'PC-001' && installation.installDate === '2024-03-05')?.department,
    ).toBe('财务部');
  });

  it('a corrected mapping (columns) imports a file whose headers the automatic mapping cannot place', async () => {
    const file = write('odd.csv', ['Vendor name,Title,Box', '微软,Visio,PC-9'].join('\n'));
    const prepared = expectOk(await backend.call('sam.import.prepare', { path: file, kind: 'installations' }));
    // No header is known; the column of host names is offered as the device for what it holds.
    expect(prepared.kinds.installations.suggested).toEqual({ device: 'Box' });
    expect(prepared.kinds.installations.reasons).toEqual({ device: { by: 'content', examples: ['PC-9'] } });
    const missing = await errorOf(backend.call('sam.import.dryRun', { path: file, kind: 'installations' }));
    expect(missing.code).toBe('sam.import.missingColumn');
    const columns = { publisher: 'Vendor name', name: 'Title', device: 'Box' };
    expect(expectOk(await backend.call('sam.import.commit', { path: file, kind: 'installations', columns }))).toMatchObject({
      committed: true,
      added: 1,
    });
    expect((await samSnapshot()).installations[0]).toMatchObject({ publisher: '微软', name: 'Visio', device: 'PC-9' });
  });

  it('skipInvalid commits the valid rows and writes the rejected ones, with reasons, to a CSV', async () => {
    const csv = [
      ENTITLEMENTS_HEADER,
      '微软,Office,2019,按设备,100,永久,,,1200,ZC-001',
      '微软,Visio,2019,按设备,-5,永久,,,800,ZC-002',
      'Adobe,Acrobat,DC,指定用户,10,订阅,2025-01-01,2024-12-31,900,ZC-003',
    ].join('\n');
    const file = write('licences.csv', csv);
    const rejectsPath = path.join(dir, 'rejects.csv');
    const result = expectOk(await backend.call('sam.import.commit', { path: file, skipInvalid: true, rejectsPath }));
    expect(result).toMatchObject({ committed: true, added: 1, rejectedRows: 2 });
    expect(result.rejectsFile).toBe(fs.realpathSync(rejectsPath));
    expect((await samSnapshot()).entitlements.map((entitlement) => entitlement.assetNumber)).toEqual(['ZC-001']);
    const rejects = fs
      .readFileSync(rejectsPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rejects[0]).toBe(`${ENTITLEMENTS_HEADER},拒绝原因`);
    expect(rejects[1]).toMatch(/^微软,Visio,2019,按设备,'-5,.*数量: 不能为负数$/);
    expect(rejects[2]).toContain('到期日: 到期日早于开始日期');
  });
});

describe('bad input: a clear error or rejection, and nothing in the database changes', () => {
  beforeEach(async () => {
    expectOk(await backend.call('sam.import.commit', { path: write('seed.csv', INSTALLATIONS) }));
    expectOk(
      await backend.call('sam.import.commit', {
        path: write('seed-licences.csv', [ENTITLEMENTS_HEADER, '微软,Office,2019,按设备,1,永久,,,1200,ZC-001'].join('\n')),
      }),
    );
  });

  it.each([
    { name: 'an empty file', file: 'empty.csv', content: () => '', code: 'sam.import.emptyFile', message: '文件“empty.csv”是空的' },
    { name: 'only blank lines', file: 'blank.csv', content: () => '\r\n,,\r\n', code: 'sam.import.emptyFile', message: '是空的' },
    {
      name: 'a zip that is not a workbook',
      file: 'fake.xlsx',
      content: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(2000)]),
      code: 'sam.import.notSpreadsheet',
      message: '无法作为 Excel 表格读取',
    },
    {
      name: 'a PNG renamed .csv',
      file: 'picture.csv',
      content: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), crypto.randomBytes(500)]),
      code: 'sam.import.binaryFile',
      message: '不是表格文件',
    },
    {
      name: 'an old .xls workbook',
      file: 'old.xls',
      content: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      code: 'sam.import.legacyXls',
      message: '另存为 .xlsx',
    },
    {
      name: 'a missing required column',
      file: 'no-device.csv',
      content: () => '厂商,软件名称,版本\n微软,Office,2019\n',
      code: 'sam.import.missingColumn',
      message: '缺少必需的列：设备 / 用户（表头可写作 设备 / Device | 用户 / User）',
    },
  ])('$name → $code', async ({ file, content, code, message }) => {
    const before = await samSnapshot();
    const target = write(file, content());
    for (const method of ['sam.import.dryRun', 'sam.import.commit'] as const) {
      const error = await errorOf(backend.call(method, { path: target, kind: 'installations', skipInvalid: true } as never));
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
      expect(error.details).toMatchObject({ file });
    }
    expect(await samSnapshot()).toEqual(before);
  });

  it('an XLSX whose shared strings inflate past the limit is refused, naming the file and part, and nothing changes', async () => {
    const before = await samSnapshot();
    const target = path.join(dir, '软件清单.xlsx');
    await writeSharedStringsBomb(target, LIMITS.maxSpreadsheetSharedStringsBytes + 1024 ** 2);
    const error = await errorOf(backend.call('sam.import.commit', { path: target }));
    expect(error).toMatchObject({ code: 'sam.import.partTooLarge', details: { file: '软件清单.xlsx' } });
    expect(error.message).toBe('文件“软件清单.xlsx”中的 xl/sharedStrings.xml 解压后为 65.9 MiB，超过上限 64 MiB，未读取');
    expect(await samSnapshot()).toEqual(before);
  });

  it('a 50 MB binary renamed .csv is refused at once, naming the file', async () => {
    const before = await samSnapshot();
    const target = write('inventory.csv', crypto.randomBytes(50 * 1024 * 1024));
    const error = await errorOf(backend.call('sam.import.commit', { path: target }));
    expect(error).toMatchObject({ code: 'sam.import.binaryFile', details: { file: 'inventory.csv' } });
    expect(error.message).toBe('文件“inventory.csv”不是表格文件（内容是二进制数据）');
    expect(await samSnapshot()).toEqual(before);
  });

  it.each([
    {
      name: 'a negative quantity',
      row: '微软,Visio,2019,按设备,-5,永久,,,800,ZC-002',
      column: '数量',
      code: 'sam.value.negative',
      reason: '不能为负数',
    },
    {
      name: 'an end before the start',
      row: 'Adobe,Acrobat,DC,指定用户,10,订阅,2025-01-01,2024-12-31,900,ZC-003',
      column: '到期日',
      code: 'sam.entitlement.endBeforeStart',
      reason: '到期日早于开始日期',
    },
    {
      name: 'a date nobody can read',
      row: 'Adobe,Acrobat,DC,指定用户,10,订阅,2025-01-01,明年,900,ZC-003',
      column: '到期日',
      code: 'sam.value.invalidDate',
      reason: '无法识别的日期“明年”',
    },
  ])(
    '$name: the row is rejected with its row number, column and reason, and all-or-nothing commits nothing',
    async ({ row, column, code, reason }) => {
      const before = await samSnapshot();
      const file = write('licences.csv', [ENTITLEMENTS_HEADER, '微软,Office,2019,按设备,200,永久,,,1200,ZC-001', row].join('\n'));
      const dry = expectOk(await backend.call('sam.import.dryRun', { path: file }));
      expect(dry).toMatchObject({ kind: 'entitlements', updated: 1, rejectedRows: 1 });
      expect(dry.rejected).toEqual([expect.objectContaining({ row: 3, column, code })]);
      expect(dry.rejected[0]?.reason).toContain(reason);
      const result = expectOk(await backend.call('sam.import.commit', { path: file }));
      expect(result).toMatchObject({ committed: false, updated: 1, rejectedRows: 1 });
      expect(await samSnapshot()).toEqual(before);
    },
  );

  it('a missing file is an error naming it', async () => {
    const error = await errorOf(backend.call('sam.import.prepare', { path: path.join(dir, 'nope.csv') }));
    expect(error.code).toBe('error.file.read');
    expect(error.message).toContain('nope.csv');
  });
});

describe('XLSX', () => {
  it('imports the first worksheet, with Excel dates and full-width digits', async () => {
    const file = path.join(dir, '许可.xlsx');
    await writeWorkbook(file, [
      ['厂商', '软件名称', '许可模式', '许可数量', '期限类型', '开始日期', '到期日', '单价'],
      ['微软', 'Office', '按设备', '１，２００', '订阅', new Date(Date.UTC(2025, 0, 1)), 46022, '￥1,200.50'],
    ]);
    expectOk(await backend.call('sam.import.commit', { path: file }));
    expect((await samSnapshot()).entitlements[0]).toMatchObject({
      quantity: 1200,
      start: '2025-01-01',
      end: '2025-12-31',
      unitCost: 1200.5,
      term: 'subscription',
    });
  });
});

describe('rejections listed', () => {
  const withoutDevice = (rows: number) =>
    ['厂商,软件名称,计算机名,使用人', ...Array.from({ length: rows }, (_, index) => `微软,Office ${index},,`)].join('\n');
  it.each([
    { rows: MAX_REPORTED_REJECTIONS, truncated: false },
    { rows: MAX_REPORTED_REJECTIONS + 1, truncated: true },
  ])('$rows rows with one problem each: at most the reportable number listed, truncated $truncated', async ({ rows, truncated }) => {
    const dry = expectOk(
      await backend.call('sam.import.dryRun', { path: write('rejects.csv', withoutDevice(rows)), kind: 'installations' }),
    );
    expect(dry).toMatchObject({ rejectedRows: rows, truncated });
    expect(dry.rejected).toHaveLength(MAX_REPORTED_REJECTIONS);
  });
});

describe('cancel', () => {
  it('cancelling a commit while it reads changes nothing', async () => {
    const rows = ['厂商,软件名称,计算机名', ...Array.from({ length: 30_000 }, (_, index) => `微软,Office,PC-${index}`)];
    const file = write('big.csv', rows.join('\n'));
    const before = await samSnapshot();
    const jobId = 'cancel-me';
    const stop = backend.on('progress', (event) => {
      if (event.jobId === jobId && event.done >= 4_000) void backend.call('jobs.cancel', { jobId });
    });
    const result = await backend.call('sam.import.commit', { path: file }, { jobId });
    stop();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('error.cancelled');
    expect(await samSnapshot()).toEqual(before);
  });

  it('a cancel that arrives once the last row is read still changes nothing', async () => {
    const file = write('installs.csv', gbk(INSTALLATIONS));
    const before = await samSnapshot();
    const jobId = 'cancel-after-reading';
    // A short file reports its progress once, after its last row: the cancel lands between reading and committing.
    const stop = backend.on('progress', (event) => {
      if (event.jobId === jobId && event.phase === 'read') void backend.call('jobs.cancel', { jobId });
    });
    const result = await backend.call('sam.import.commit', { path: file }, { jobId });
    stop();
    expect(!result.ok && result.error.code).toBe('error.cancelled');
    expect(await samSnapshot()).toEqual(before);
  });
});

describe('a write arriving during a long import', () => {
  it('waits for the import and is not lost when the import is cancelled', async () => {
    const rows = ['厂商,软件名称,计算机名', ...Array.from({ length: 30_000 }, (_, index) => `微软,Office,PC-${index}`)];
    const file = write('big.csv', rows.join('\n'));
    const jobId = 'import-then-cancel';
    const order: string[] = [];
    let save: Promise<unknown> | undefined;
    const stop = backend.on('progress', (event) => {
      if (event.jobId !== jobId || save !== undefined || event.done < 4_000) return;
      // Arrives while the import's transaction is open, with rows in it: it must not join that transaction.
      save = backend.call('sam.save', { register: 'products', record: { publisher: '金山', name: 'WPS Office' } }).then((result) => {
        order.push('save');
        return result;
      });
      void backend.call('jobs.cancel', { jobId });
    });
    const imported = await backend.call('sam.import.commit', { path: file }, { jobId });
    order.push('import');
    stop();
    expect(!imported.ok && imported.error.code).toBe('error.cancelled');
    expectOk((await save) as never);
    expect(order).toEqual(['import', 'save']);
    const after = await samSnapshot();
    expect(after.installations).toEqual([]);
    expect(after.products).toMatchObject([{ publisher: '金山办公', name: 'WPS Office' }]); // 金山 is one of 金山办公's names
  });

  it('reads are not held back by a running import', async () => {
    const rows = ['厂商,软件名称,计算机名', ...Array.from({ length: 30_000 }, (_, index) => `微软,Office,PC-${index}`)];
    const file = write('big.csv', rows.join('\n'));
    const jobId = 'long-import';
    let listed: Promise<unknown> | undefined;
    let importDone = false;
    const stop = backend.on('progress', (event) => {
      if (event.jobId !== jobId || listed !== undefined || event.done < 4_000) return;
      listed = backend.call('sam.list', { register: 'products' }).then((result) => ({ result, importDone }));
    });
    expectOk(await backend.call('sam.import.commit', { path: file }, { jobId }));
    importDone = true;
    stop();
    const { result, importDone: doneWhenListed } = (await listed) as { result: { ok: boolean }; importDone: boolean };
    expect(result.ok).toBe(true);
    expect(doneWhenListed).toBe(false);
  });
});

describe('mapping profiles', () => {
  it('are saved, listed by kind, replaced by name and deleted; they travel in the data JSON', async () => {
    const profile = {
      name: '资产系统导出',
      kind: 'installations' as const,
      columns: { publisher: 'Vendor name', name: 'Title', device: 'Box' },
      values: {},
      constants: {},
    };
    expectOk(await backend.call('sam.profiles.save', profile));
    expectOk(await backend.call('sam.profiles.save', { name: '财务台账', kind: 'entitlements', columns: { quantity: '套数' } }));
    expect(expectOk(await backend.call('sam.profiles.list', { kind: 'installations' }))).toEqual([profile]);
    expectOk(await backend.call('sam.profiles.save', { ...profile, columns: { device: 'Host' } }));
    expect(expectOk(await backend.call('sam.profiles.list', { kind: 'installations' }))[0]?.columns).toEqual({ device: 'Host' });
    expect((await samSnapshot()).mappingProfiles).toHaveLength(2);
    expect(expectOk(await backend.call('sam.profiles.delete', { name: '财务台账' }))).toEqual({ deleted: true });
    expect(expectOk(await backend.call('sam.profiles.list', {}))).toHaveLength(1);
  });
});
