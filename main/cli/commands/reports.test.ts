import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compact, pdfPageCount, pdfText } from '../../../test/fixtures/reports/poppler';
import { makeTempDir } from '../../../test/support/workspace';
import { ENTERPRISE_NAME, enterpriseDocument, enterpriseProfile, objectId } from '../../../test/fixtures/reports/enterprise';
import { cli } from '../../../test/support/cli';

describe('denggao report', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const withProfile = async () => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'profile.json'), JSON.stringify(enterpriseProfile()));
    expect((await cli(['profile', 'set', '--file', 'profile.json', '--data-dir', 'ws'], dir)).code).toBe(0);
  };

  it('writes the summary with the mark and the approvers given, and says how many pages (exit 0)', async () => {
    await withProfile();
    const result = await cli(
      [
        'report',
        '--kind',
        'summary',
        '--classification',
        'public',
        '--reviewer',
        '张建国',
        '--approver',
        '李明华',
        '--out',
        '汇报.pdf',
        '--data-dir',
        'ws',
        '--json',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const { path: file, pages } = JSON.parse(result.stdout) as { path: string; pages: number };
    expect(file).toBe(path.join(dir, '汇报.pdf'));
    expect(pdfPageCount(file)).toBe(pages);
    const text = compact(pdfText(file));
    for (const expected of [ENTERPRISE_NAME, '密级：公开', '张建国', '李明华']) expect(text).toContain(expected);
  }, 30_000);

  it("prints the plan and one object's graded-protection report from a data JSON imported with `data import`", async () => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(enterpriseDocument({ objects: 2 })));
    expect((await cli(['data', 'import', '--file', 'data.json', '--data-dir', 'ws'], dir)).code).toBe(0);
    const plan = await cli(['report', '--kind', 'plan', '--out', 'plan.pdf', '--data-dir', 'ws'], dir);
    expect(plan.code).toBe(0);
    const planText = compact(pdfText(path.join(dir, 'plan.pdf')));
    for (const expected of ['信息化发展登高计划', '建设集团统一ERP', '待备案', 'ERP一期完成财务模块试运行'])
      expect(planText).toContain(expected);
    const mlps = await cli(['report', '--kind', 'mlps', '--object', objectId(1), '--out', 'mlps.pdf', '--data-dir', 'ws'], dir);
    expect(mlps.code).toBe(0);
    const mlpsText = compact(pdfText(path.join(dir, 'mlps.pdf')));
    for (const expected of [
      '生产管理系统1号',
      '表一单位信息',
      '备案表编号11010243001',
      '备案证明编号11010243001-26001',
      '北京市公安局网安总队',
    ])
      expect(mlpsText).toContain(expected);
    expect(mlpsText).not.toContain('生产管理系统2号');
  }, 60_000);

  it('exits 1 naming what is missing when the report lacks its data, and writes nothing', async () => {
    await withProfile();
    const result = await cli(['report', '--kind', 'plan', '--out', 'plan.pdf', '--data-dir', 'ws'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('无法生成“信息化发展登高计划（备案文本）”：尚未录入登高计划 [reports.data.missing]');
    expect(fs.existsSync(path.join(dir, 'plan.pdf'))).toBe(false);
  });

  it('exits 1 naming the file when the output cannot be written', async () => {
    await withProfile();
    const result = await cli(['report', '--kind', 'summary', '--out', 'missing-folder/r.pdf', '--data-dir', 'ws', '--lang', 'en-US'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot write the output file ${path.join(dir, 'missing-folder', 'r.pdf')}: its folder does not exist`);
  });

  it('exits 2 on an unknown kind or a missing --out, before opening the workspace', async () => {
    dir = makeTempDir();
    expect((await cli(['report', '--kind', 'annual', '--out', 'x.pdf', '--data-dir', 'ws'], dir)).code).toBe(2);
    expect((await cli(['report', '--kind', 'summary', '--data-dir', 'ws'], dir)).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'ws'))).toBe(false);
  });

  it('exits 1 with the field for a classification mark it does not know', async () => {
    await withProfile();
    const result = await cli(
      ['report', '--kind', 'summary', '--classification', 'topsecret', '--out', 'r.pdf', '--data-dir', 'ws', '--json'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error.details.field).toBe('classification');
  });
});
