/** The 2025 graded-protection documents as printed PDFs, read back with pdftotext. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, pdfText } from '../../../test/fixtures/reports/poppler';
import { enterpriseDocument, objectId } from '../../../test/fixtures/reports/enterprise';
import { expectOk, makeTempDir, tempBackend } from '../../../test/support/workspace';

let dir: string;
let backend: ReturnType<typeof tempBackend>;
beforeAll(async () => {
  dir = makeTempDir('denggao-mlps-docs-');
  backend = tempBackend({ now: () => new Date('2025-03-31T10:00:00') });
  expectOk(await backend.call('workspace.importData', enterpriseDocument({ objects: 2 })));
});
afterAll(() => {
  backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the 2025 filing form (备案表) PDF', () => {
  it('prints one object: the unit’s number, table 1 with the security leader and coded options, tables 2–4 and one data sheet per category', async () => {
    const result = expectOk(
      await backend.call('reports.render', { kind: 'filing-form', objectId: objectId(1), out: path.join(dir, 'form-1.pdf') }),
    );
    const text = compact(pdfText(result.path));
    for (const expected of [
      '网络安全等级保护备案表（2025年版）及数据摸底调查表',
      '表一单位信息',
      '陈立新',
      '副总经理（分管网络安全）',
      '邮政编码：100032',
      '■1中央',
      '□2省（自治区、直辖市）',
      '■4企业',
      '38能源',
      '表二等级保护对象基本情况',
      '■1生产作业',
      '■11跨省（区、市）',
      '跨3个',
      '■1业务专网',
      '4数据库',
      '75%',
      '北京某等级测评中心',
      '备案证明编号11010243001-26001',
      '表三等级保护对象定级情况',
      '国务院国有资产监督管理委员会',
      '第三级以上等级保护对象提交材料情况',
      '数据摸底调查表（1/2）',
      '数据摸底调查表（2/2）',
      '员工身份信息',
      '访问控制、加密存储、异地备份',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The page header may fall between label and value in pdftotext's reading order.
    expect(text).toMatch(/备案表编号(密级：内部)?11010243001/);
    // 单位负责人 is the security leader, not the legal representative; 隶属关系 a code, not the group's name.
    expect(text).not.toContain('王建国');
    expect(text).not.toContain('生产管理系统2号');
  }, 30_000);

  it('prints table 1 once and tables 2–4 per object when no object is named', async () => {
    const result = expectOk(await backend.call('reports.render', { kind: 'filing-form', out: path.join(dir, 'form-all.pdf') }));
    const text = compact(pdfText(result.path));
    expect(text.split('表一单位信息').length - 1).toBe(1);
    expect(text.split('表二等级保护对象基本情况').length - 1).toBe(2);
    expect(text).toContain('备案证明编号11010243001-26002');
  }, 30_000);
});

describe('the 保护工作方案 PDF', () => {
  it('drafts it from the object’s records: assets, measures, the major hidden risk first, problems by rating, the tasks', async () => {
    const items = expectOk(await backend.call('mlps.getAssessment', { objectId: objectId(1) })).statuses.filter(
      (s) => s.status === 'noncompliant' && s.risk === 'high',
    );
    expectOk(
      await backend.call('mlps.saveMajorHiddenRisk', {
        objectId: objectId(1),
        title: '核心数据库可从互联网直接访问',
        itemIds: [items[0]!.itemId],
        principles: ['severity'],
      }),
    );
    const result = expectOk(
      await backend.call('reports.render', { kind: 'protection-plan', objectId: objectId(1), out: path.join(dir, 'plan-1.pdf') }),
    );
    const text = compact(pdfText(result.path));
    const order = [
      '资产情况',
      '已有保护措施',
      '重大风险隐患',
      '核心数据库可从互联网直接访问',
      '存在的问题及原因',
      '高风险问题',
      '中风险问题',
      '低风险问题',
      '整改思路与后续工作计划',
      '部署入侵防范设备',
    ];
    for (const expected of order) expect(text, expected).toContain(expected);
    const positions = order.map((expected) => text.indexOf(expected));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain(items[0]!.itemId);
    expect(text).toContain('需加强'); // the assessor's note, printed as the cause
    expect(text).not.toContain('生产管理系统2号');
  }, 30_000);

  it('is refused, naming the object, for an object below level 3', async () => {
    const { object } = expectOk(await backend.call('mlps.saveObject', { name: '内部办公系统', kind: 'information-system' }));
    expectOk(
      await backend.call('mlps.saveGrading', {
        objectId: object.id,
        business: { object: 'citizen', degree: 'serious' },
        service: { object: 'citizen', degree: 'general' },
        gradedOn: '2025-01-10',
      }),
    );
    const refused = await backend.call('reports.render', {
      kind: 'protection-plan',
      objectId: object.id,
      out: path.join(dir, 'never.pdf'),
    });
    expect(refused.ok || refused.error).toMatchObject({
      code: 'mlps.protectionPlan.belowLevel3',
      message: expect.stringContaining('内部办公系统'),
      details: { field: 'objectId' },
    });
    expect(fs.existsSync(path.join(dir, 'never.pdf'))).toBe(false);
  });
});

describe('the 定级报告 PDF', () => {
  it('prints one object’s grading: both judgements with their levels, the final level, the date and sign-offs', async () => {
    const result = expectOk(
      await backend.call('reports.render', { kind: 'grading-report', objectId: objectId(2), out: path.join(dir, 'grading-2.pdf') }),
    );
    const text = compact(pdfText(result.path));
    for (const expected of [
      '网络安全等级保护定级报告',
      '生产管理系统2号',
      '业务信息安全保护等级',
      '社会秩序、公共利益/严重损害',
      '系统服务安全保护等级',
      '取两者中的较高者',
      '第三级（监督保护级）',
      '2024-01-10',
      '2024-01-20专家组',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('生产管理系统1号');
  }, 30_000);

  it('is refused for an object not yet graded', async () => {
    const { object } = expectOk(await backend.call('mlps.saveObject', { name: '待定级系统', kind: 'information-system' }));
    const refused = await backend.call('reports.render', {
      kind: 'grading-report',
      objectId: object.id,
      out: path.join(dir, 'never-graded.pdf'),
    });
    expect(refused.ok || refused.error).toMatchObject({ code: 'mlps.filingForm.notGraded', details: { field: 'objectId' } });
  });
});
