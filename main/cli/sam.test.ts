import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';
import { readXlsxFile } from '../backend/sam/import';
import { excelGbkCsv, licenceLedgerRows } from '../../test/fixtures/sam-ledgers';
import { cli as runCliIn } from '../../test/support/cli';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliIn([...args, '--data-dir', 'ws'], dir);

const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, name), content);
const LICENCES = ['厂商,软件名称,版本,许可模式,数量,单价', '微软,Office,2019,按设备,2,1000', '微软,Visio,2019,按设备,-1,800'].join('\r\n');
const INSTALLS = [
  '厂商,软件名称,版本,计算机名,所属单位',
  '微软,Office,2019,PC-1,华北公司',
  '微软,Office,2019,PC-2,华北公司',
  '微软,Office,2019,PC-3,华南公司',
].join('\r\n');

describe('denggao sam import', () => {
  it('imports a GBK CSV as JSON { added, updated, unchanged, rejected }; the same file again changes nothing', async () => {
    write('installs.csv', iconv.encode(INSTALLS, 'gbk'));
    const first = await cli('sam', 'import', '--file', 'installs.csv', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
      rejected: [],
      productsAdded: 1,
      dryRun: false,
      committed: true,
    });
    const again = await cli('sam', 'import', '--file', 'installs.csv', '--kind', 'installations', '--encoding', 'gbk', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  });

  it('all or nothing: a rejected row means exit 1 and nothing imported; --dry-run changes nothing either', async () => {
    write('licences.csv', LICENCES);
    const dry = await cli('sam', 'import', '--file', 'licences.csv', '--dry-run', '--json');
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      added: 1,
      dryRun: true,
      committed: false,
      rejected: [{ row: 3, column: '数量', reason: '不能为负数' }],
    });
    const refused = await cli('sam', 'import', '--file', 'licences.csv');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('第 3 行 [数量]：不能为负数');
    expect(refused.stdout).toContain('有 1 行未通过检查，未导入任何数据');
    const position = await cli('sam', 'position', '--json');
    expect(JSON.parse(position.stdout).rows).toEqual([]);
  });

  it('--skip-invalid imports the valid rows and writes the rejected ones to --rejects; without --rejects it is a usage error', async () => {
    write('licences.csv', LICENCES);
    expect((await cli('sam', 'import', '--file', 'licences.csv', '--skip-invalid')).code).toBe(2);
    const result = await cli('sam', 'import', '--file', 'licences.csv', '--skip-invalid', '--rejects', 'rejects.csv', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      added: 1,
      committed: true,
      rejectsFile: fs.realpathSync(path.join(dir, 'rejects.csv')),
    });
    expect(fs.readFileSync(path.join(dir, 'rejects.csv'), 'utf8')).toContain("微软,Visio,2019,按设备,'-1,800,数量: 不能为负数");
  });

  it('--mapping names the columns a file uses', async () => {
    write('odd.csv', 'Vendor name,Title,Box\nAdobe,Acrobat,PC-7\n');
    write('mapping.json', JSON.stringify({ kind: 'installations', columns: { publisher: 'Vendor name', name: 'Title', device: 'Box' } }));
    const missing = await cli('sam', 'import', '--file', 'odd.csv', '--kind', 'installations', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('sam.import.missingColumn');
    const mapped = await cli('sam', 'import', '--file', 'odd.csv', '--mapping', 'mapping.json', '--json');
    expect(JSON.parse(mapped.stdout)).toMatchObject({ added: 1 });
  });

  it('--mapping carries value mappings and constants: the ledger imports with the choices a user makes on screen', async () => {
    write('台账.csv', excelGbkCsv(licenceLedgerRows()));
    const unmapped = await cli('sam', 'import', '--file', '台账.csv', '--dry-run');
    expect(unmapped.code).toBe(1);
    expect(unmapped.stdout).toContain('第 7 行（序号 6）[许可类型]：“批量许可”不是“许可模式”的选项');
    write(
      'mapping.json',
      JSON.stringify({
        kind: 'entitlements',
        columns: {},
        values: { metric: { 批量许可: 'per-device' } },
        constants: { currency: 'CNY', vendor: '华信科技' },
      }),
    );
    const imported = await cli('sam', 'import', '--file', '台账.csv', '--mapping', 'mapping.json');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`新增 ${licenceLedgerRows().length - 1}，更新 0，未变 0，拒绝 0 行`);
    expect(imported.stdout).toContain('已向软件产品登记新增 15 种产品');
    const products = await cli('sam', 'export', '--what', 'entitlements', '--out', 'e.csv');
    expect(products.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'e.csv'), 'utf8').match(/华信科技/g)).toHaveLength(licenceLedgerRows().length - 1);
  });

  it('bad mappings are refused at the field, by its label, and nothing is stored', async () => {
    write('台账.csv', excelGbkCsv(licenceLedgerRows()));
    write('bad-value.json', JSON.stringify({ values: { metric: { 批量许可: '批量' } } }));
    const badValue = await cli('sam', 'import', '--file', '台账.csv', '--mapping', 'bad-value.json');
    expect(badValue.code).toBe(1);
    expect(badValue.stderr).toContain('“许可模式”没有“批量”这一选项');
    write('bad-constant.json', JSON.stringify({ constants: { quantity: '若干' } }));
    const badConstant = await cli('sam', 'import', '--file', '台账.csv', '--mapping', 'bad-constant.json');
    expect(badConstant.stderr).toContain('为“许可数量”设定的固定值“若干”无效：“若干”不是数字');
    write('names.csv', '姓名,电话\n张三,1390000\n');
    const unrecognised = await cli('sam', 'import', '--file', 'names.csv', '--kind', 'installations');
    expect(unrecognised.stderr).toContain('的列一个也没有认出');
    expect(JSON.parse((await cli('sam', 'position', '--json')).stdout).rows).toEqual([]);
  });

  it('a commit that imports nothing says so, lists the refused rows and exits 1', async () => {
    write('no-names.csv', iconv.encode(['软件名称,计算机名', ',PC-1', ',PC-2'].join('\r\n'), 'gbk'));
    const result = await cli('sam', 'import', '--file', 'no-names.csv', '--kind', 'installations', '--skip-invalid', '--rejects', 'r.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('第 2 行 [软件名称]：必填项为空');
    expect(result.stdout).toContain('没有导入任何记录：2 行被拒绝');
  });

  it('the alias dictionary is data the user edits: a new publisher applies on import; a name given to two publishers is refused, naming it', async () => {
    expect((await cli('sam', 'aliases', '--out', 'aliases.json')).code).toBe(0);
    const dictionary = JSON.parse(fs.readFileSync(path.join(dir, 'aliases.json'), 'utf8')) as {
      publishers: { name: string; aliases: string[] }[];
    };
    write(
      'conflict.json',
      JSON.stringify({ ...dictionary, publishers: [...dictionary.publishers, { name: '金山云', aliases: ['Kingsoft'] }] }),
    );
    const refused = await cli('sam', 'aliases', '--set', 'conflict.json', '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error.details.issues).toEqual([
      expect.objectContaining({
        field: `dictionary.publishers[${dictionary.publishers.length}].aliases[0]`,
        message: '“Kingsoft”已是另一个厂商的名称或别名：一个名称只能对应一个厂商',
      }),
    ]);
    expect((await cli('sam', 'aliases')).stdout).toContain('随程序提供的');

    write(
      'huawei.json',
      JSON.stringify({ ...dictionary, publishers: [...dictionary.publishers, { name: '华为', aliases: ['Huawei', '华为技术有限公司'] }] }),
    );
    expect((await cli('sam', 'aliases', '--set', 'huawei.json')).code).toBe(0);
    write(
      'installs.csv',
      iconv.encode(['厂商,软件名称,计算机名', 'Huawei,WeLink,PC-1', '华为技术有限公司,WeLink,PC-2'].join('\r\n'), 'gbk'),
    );
    expect(JSON.parse((await cli('sam', 'import', '--file', 'installs.csv', '--json')).stdout)).toMatchObject({
      added: 2,
      productsAdded: 1,
    });
    expect((await cli('sam', 'export', '--what', 'products', '--out', 'p.csv')).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'p.csv'), 'utf8')).toContain('华为,WeLink');
  });

  it('bad input: a binary file is exit 1 with the file named; a wrong --kind is a usage error', async () => {
    write('data.csv', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    const binary = await cli('sam', 'import', '--file', 'data.csv');
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('文件“data.csv”不是表格文件');
    expect((await cli('sam', 'import', '--file', 'data.csv', '--kind', 'cars')).code).toBe(2);
  });
});

describe('denggao sam position and export', () => {
  beforeEach(async () => {
    write('licences.csv', LICENCES.split('\r\n').slice(0, 2).join('\r\n'));
    write('installs.csv', INSTALLS);
    await cli('sam', 'import', '--file', 'licences.csv');
    await cli('sam', 'import', '--file', 'installs.csv');
  });

  it('position as JSON, as CSV and narrowed to a scope', async () => {
    const json = JSON.parse((await cli('sam', 'position', '--json')).stdout);
    expect(json.rows[0]).toMatchObject({ name: 'Office', entitled: 2, consumed: 3, shortfall: 1, shortfallCost: 1000 });
    const csv = await cli('sam', 'position', '--csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^类型,厂商,软件名称,版本/);
    expect(lines[1]).toMatch(/^已购许可,微软,Office,2019,,按设备,全企业,,2,3,-1,1,1000,CNY,1000,3,2$/);
    const human = await cli('sam', 'position');
    expect(human.stdout).toContain('正版化率 66.7%');
    const unknown = await cli('sam', 'position', '--scope', '火星');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有名为“火星”的子公司或部门');
  });

  it('counts the way inspectors count: free software apart, shortfalls without a price, each category with its domestic share', async () => {
    const firefox = Array.from({ length: 10 }, (_, n) => ({ publisher: 'Mozilla', name: 'Firefox', device: `PC-${n}` }));
    const data = {
      formatVersion: 1,
      profile: null,
      sam: {
        products: [
          { publisher: 'Mozilla', name: 'Firefox', licenceType: 'free-open-source', licenceName: 'MPL-2.0' },
          { publisher: '麒麟软件', name: '银河麒麟', inspectionCategory: 'os', domestic: true },
          { publisher: '金山', name: 'WPS', inspectionCategory: 'office', domestic: true },
        ],
        installations: [
          ...firefox,
          { publisher: '麒麟软件', name: '银河麒麟', device: 'PC-1' },
          { publisher: '金山', name: 'WPS', device: 'PC-1' },
          { publisher: '金山', name: 'WPS', device: 'PC-2' },
        ],
      },
    };
    write('data.json', JSON.stringify(data));
    expect((await cli('data', 'import', '--file', 'data.json')).code).toBe(0);
    const json = JSON.parse((await cli('sam', 'position', '--json')).stdout);
    expect(json.summary).toMatchObject({
      installations: 3,
      coveredInstallations: 0,
      genuineRate: 0,
      freeInstallations: 10,
      unpricedShortfallRows: 2,
      shortfallCost: {},
    });
    expect(json.byCategory.find((entry: { category: string }) => entry.category === 'os')).toMatchObject({
      installations: 1,
      devices: 1,
      domesticDevices: 1,
      domesticShare: 1,
    });
    const human = (await cli('sam', 'position')).stdout;
    expect(human).toContain('缺口金额 未定价');
    expect(human).toContain('2 项缺口未定价');
    expect(human).toContain('免费/开源软件另列：10 处安装（不计入正版化率）');
    expect(human).toContain('办公软件：正版化率 0.0%（0/2），免费/开源 0；国产占比 100.0%（2/2 台设备）');

    const snapshot = await cli('sam', 'snapshot', '--note', '一季度', '--json');
    expect(snapshot.code).toBe(0);
    expect(JSON.parse(snapshot.stdout)).toMatchObject({
      snapshot: { note: '一季度', installations: 3, freeInstallations: 10 },
      history: [{ note: '一季度' }],
    });
    const again = await cli('sam', 'snapshot');
    expect(again.stdout.trim().split('\n')).toHaveLength(2);
    expect(again.stdout).toMatch(/一季度：正版化率 0\.0%；国产占比 操作系统 100\.0%，办公软件 100\.0%/);
  });

  it('exports a register and the position to XLSX and CSV', async () => {
    const result = await cli('sam', 'export', '--what', 'installations', '--out', 'installs.xlsx', '--json');
    expect(JSON.parse(result.stdout)).toEqual({ path: path.join(dir, 'installs.xlsx'), rows: 3 });
    const sheet = await readXlsxFile(path.join(dir, 'installs.xlsx'));
    expect(sheet.header.cells.slice(0, 2)).toEqual(['厂商', '软件名称']);
    expect((await cli('sam', 'export', '--what', 'position', '--out', 'position.csv')).stdout).toContain('1 → ');
    expect(fs.readFileSync(path.join(dir, 'position.csv'), 'utf8')).toContain('缺口金额');
    expect((await cli('sam', 'export', '--what', 'cars', '--out', 'x.csv')).code).toBe(2);
  });
});
