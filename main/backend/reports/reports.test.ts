import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/contract/core';
import { commendationNominationForm } from '../../../shared/catalogs/declarations';
import { CURRENT_CYCLE_DEFAULT } from '../../../shared/catalogs/plan/policies';
import { highRiskScenario } from '../../../test/fixtures/readiness-scenario';
import { translate } from '../../../shared/i18n';
import { compact, pdfFonts, pdfOutlineXml, pdfPageCount, pdfText } from '../../../test/fixtures/reports/poppler';
import {
  AS_OF,
  ENTERPRISE_NAME,
  assessmentRecord,
  enterpriseDocument,
  enterpriseProfile,
  enterpriseSources,
  nominationDeclaration,
  objectId,
  sourcesOf,
  type WorkspaceDocument,
} from '../../../test/fixtures/reports/enterprise';
import { expectOk, makeTempDir, tempBackend } from '../../../test/support/workspace';
import { buildReport, type ReportRequest } from './build';
import { renderPdf } from './render/render-pdf';
import { formatPercent } from './sections/context';

const request = (kind: ReportRequest['kind'], extra: Partial<ReportRequest> = {}): ReportRequest => ({
  kind,
  locale: 'zh-CN',
  classification: 'internal',
  approvals: [],
  ...extra,
});
/** The printed strings of a report's document (text and table cells, not style names), without whitespace. */
const bodyText = (kind: ReportRequest['kind'], sources = enterpriseSources(), extra: Partial<ReportRequest> = {}) => {
  const texts: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (PRINTED_KEYS.has(key)) texts.push(value);
    } else if (Array.isArray(value))
      value.forEach((item) => visit(item, key === 'body' || key === 'ul' || key === 'stack' || key === 'content' ? 'text' : key));
    else if (value !== null && typeof value === 'object') for (const [child, inner] of Object.entries(value)) visit(inner, child);
  };
  visit(buildReport(sources, request(kind, extra)).definition.content, 'content');
  return compact(texts.join('\n'));
};
const PRINTED_KEYS = new Set(['text']);

let dir: string;
beforeAll(() => {
  dir = makeTempDir('denggao-reports-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the full report of an enterprise with every domain recorded', () => {
  let file: string;
  let pages: number;
  beforeAll(async () => {
    // The real path: the document goes into a workspace through its domains' import and comes back out as the
    // data JSON the reports read.
    const backend = tempBackend();
    let exported;
    try {
      expectOk(await backend.call('workspace.importData', enterpriseDocument()));
      exported = expectOk(await backend.call('workspace.exportData', {}));
    } finally {
      backend.dispose();
    }
    file = path.join(dir, '综合报告.pdf');
    const approvals: ReportRequest['approvals'] = [
      { role: 'reviewer', name: '张建国', date: '2025-03-30' },
      { role: 'approver', name: '李明华' },
    ];
    pages = (await renderPdf(buildReport(sourcesOf(exported), request('full', { approvals })), { outPath: file })).pages;
  }, 60_000);

  it('has as many pages as it says, the cover and "第 n 页 / 共 N 页" on each', () => {
    expect(pdfPageCount(file)).toBe(pages);
    const cover = compact(pdfText(file, 1));
    for (const expected of [
      '信息化工作综合报告',
      ENTERPRISE_NAME,
      '91110000100017643K',
      '2025年度',
      AS_OF,
      '密级：内部',
      `第1页/共${pages}页`,
    ])
      expect(cover).toContain(expected);
    expect(compact(pdfText(file, pages))).toContain(`第${pages}页/共${pages}页`);
  });

  it('lists every chapter in the table of contents with its page, and bookmarks them', () => {
    const toc = pdfText(file, 2, { layout: true }) + pdfText(file, 3, { layout: true });
    const chapters = [
      '一、企业基本情况',
      '三、信息化水平自评',
      '四、登高计划',
      '五、信息安全等级保护',
      '六、差距评估与整改',
      '七、软件正版化与软件资产管理',
      '八、信息化管理体系',
      '九、申报事项',
    ];
    for (const chapter of chapters) {
      const line = toc.split('\n').find((l) => compact(l).startsWith(compact(chapter)));
      expect(line, chapter).toMatch(/\d+\s*$/);
    }
    const outline = pdfOutlineXml(file);
    for (const chapter of chapters) expect(outline).toContain(chapter);
  });

  it("prints each domain's data: grade, plan tasks, grading, filing tables, gap items, licences, the CIO, a declaration", () => {
    const text = compact(pdfText(file));
    for (const expected of [
      '各要素得分',
      '建设集团统一ERP',
      '第三级（监督保护级）',
      '表一单位信息',
      '备案表编号11010243001',
      '单位负责人（主管信息安全工作',
      '隶属关系■1中央',
      '备案证明编号11010243001-26001',
      '第三级以上等级保护对象提交材料情况',
      '有（系统拓扑图.pdf）',
      '北京某等级测评中心',
      '数据摸底调查',
      '生产调度数据',
      '第4级电子传输及完整设备支持',
      '演练实测RTO300分钟超过目标240分钟',
      'L3-PES1-01',
      '机房建筑能防震、防风、防雨',
      '部署入侵防范设备',
      '待备案（2025-02-10李晓华）',
      'ERP一期完成财务模块试运行',
      '正版化率',
      '办公软件1',
      '首席信息官',
      '信息化管理部',
      '信息化工作先进集体和先进个人推荐表',
      '主持集团ERP建设',
      '张建国',
      '（单位盖章）',
      'denggao-default',
      'gbt22239-2019-general',
      'mlps-scoring',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('embeds the report font', () => {
    const fonts = pdfFonts(file);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold']),
    );
  });
});

describe('report contents', () => {
  it('prints the latest finalized revision of the latest year as the current grade, not a draft or a superseded one', () => {
    const text = bodyText('summary');
    expect(text).toContain('当前信息化水平等级C级');
    expect(text).toContain('目标等级（目标日期）B级（2026-12-31）');
    const sources = enterpriseSources();
    expect(sources.assessments.map((a) => `${a.record.year}-r${a.record.revision}`)).toEqual(['2023-r1', '2024-r2']);
  });

  it('prints the score stored when the assessment was finalized, as finalized', () => {
    const document = enterpriseDocument();
    const finalized = assessmentRecord(2024, 2, 0.65, { supersedes: 'a2024-r1' });
    // What was finalized stands, even if the answers would score differently today.
    const stored = {
      ...finalized,
      finalization: { ...finalized.finalization!, score: { ...finalized.finalization!.score, total: 71.5, grade: 'B' as const } },
    };
    document.assessments = [assessmentRecord(2023, 1, 0.45), stored];
    const text = bodyText('full', sourcesOf(document));
    expect(text).toContain('等级B级');
    expect(text).toContain('总分71.5');
  });

  it('checks the plan against its policy and lists its overdue milestones', () => {
    const text = bodyText('plan');
    expect(text).toContain('当前C级，目标B级达到本轮要求的B级或以上符合');
    expect(text).toContain('截至2025-03-31逾期的里程碑');
    expect(text).toContain('ERP一期上线');
    expect(text).not.toContain('已过');
  });

  it("warns in the plan report and the summary when the cycle's filing deadline passed before the plan was ready", () => {
    const document = enterpriseDocument();
    const draft = { ...document.plans![0]!, status: 'draft' as const, readyAt: null, readyBy: null };
    const receiver = {
      ...CURRENT_CYCLE_DEFAULT,
      version: 'receiver',
      cycle: { start: '2025-01-01', end: '2027-12-31' },
      filingDeadline: '2025-01-31',
      loadedAt: '2025-01-02T00:00:00.000Z',
    };
    const sources = sourcesOf({ ...document, plans: [draft], planPolicies: [receiver] });
    expect(bodyText('plan', sources)).toContain('⚠本轮报备截止日2025-01-31已过，计划尚未标记为待备案');
    expect(bodyText('summary', sources)).toContain('期限提醒⚠本轮报备截止日2025-01-31已过');
  });

  it('reads point 5 clause by clause in the twelve-point table: in progress, with what is missing named', () => {
    const text = bodyText('summary', sourcesOf({ ...(highRiskScenario as WorkspaceDocument), profile: enterpriseProfile() }, '2026-12-05'));
    expect(text).toMatch(/5\.全面建立信息安全等级保护制度进行中[^。]*尚未登记应急预案/);
    expect(text).toContain('近12个月没有应急演练记录');
    expect(text).toContain('有2项高等级重大风险尚未关闭');
    expect(text).toContain('2个三级及以上对象中有2个尚无完成的等级测评');
  });

  it('prints one object when the mlps report is scoped to it', () => {
    const text = bodyText('mlps', enterpriseSources(), { objectId: objectId(2) });
    expect(text).toContain('生产管理系统2号');
    expect(text).not.toContain('生产管理系统3号');
  });

  it('lists every item of a level-3 object in the gap report, 211 of them', () => {
    const text = bodyText('gaps', enterpriseSources({ objects: 1 }));
    expect(text).toContain('测评项明细（共211项）');
    expect(text).toContain('L3-MMS1-48');
  });

  it('shows the major hidden risks as "N (M 已整改)" and marks a partial assessment provisional', () => {
    const document = enterpriseDocument({ objects: 1 });
    const mlps = document.mlps!;
    const items = mlps.assessments![0]!.items!;
    const gapItem = items.find((item) => item.status !== 'compliant')!.itemId;
    const risk = (id: string, remediated: boolean) => ({
      id,
      objectId: objectId(1),
      title: `隐患${id}`,
      itemIds: [gapItem],
      principles: ['severity' as const],
      remediated,
      note: '',
    });
    const before = bodyText('gaps', sourcesOf(document));
    expect(before).toContain('0（0已整改）');
    expect(before).not.toContain('暂定');

    mlps.majorHiddenRisks = [risk('a', true), risk('b', false)];
    mlps.assessments![0]!.items = items.slice(0, 12);
    const after = bodyText('gaps', sourcesOf(document));
    expect(after).toContain('2（1已整改）');
    expect(after).toContain('（暂定）');
    expect(after).toContain('暂定：尚有199个适用要求项未评价');
  });

  // Every section tolerates the absence of its data: the report still builds and says what is not recorded.
  it.each([
    ['assessment', '尚无已定稿的信息化水平自评。'],
    ['plan', '尚未录入登高计划。'],
    ['mlps', '尚未登记等级保护对象。'],
    ['sam', '尚无软件资产数据。'],
    ['governance', '尚未录入首席信息官情况。'],
    ['declarations', '尚无申报事项。'],
  ] as const)('without %s, the full report says so: %s', (key, line) => {
    const text = bodyText('full', enterpriseSources({ without: [key] }));
    expect(text).toContain(line);
    expect(text).toContain(ENTERPRISE_NAME);
  });

  it('builds the summary from a profile alone', () => {
    const text = bodyText('summary', enterpriseSources({ without: ['assessment', 'plan', 'mlps', 'sam', 'governance', 'declarations'] }));
    for (const line of [
      '尚无已定稿的信息化水平自评。',
      '尚未录入登高计划。',
      '尚未登记等级保护对象。',
      '尚未开展差距评估。',
      '尚无软件资产数据。',
    ])
      expect(text).toContain(line);
  });

  it('prints a declaration on the imported definition of the version it was entered against', () => {
    const document = enterpriseDocument();
    const form = commendationNominationForm;
    const imported = { ...form, version: '2.0', title: { zh: '信息化工作先进集体和先进个人推荐表（2025版）', en: 'Nomination (2025)' } };
    document.declarations = { forms: [imported], items: [{ ...nominationDeclaration(), formVersion: '2.0' }] };
    const text = bodyText('declarations', sourcesOf(document));
    expect(text).toContain('信息化工作先进集体和先进个人推荐表（2025版）');
    expect(text).not.toContain('现行表单为');
  });

  it.each([
    ['plan', 'plan', 'reports.need.plan'],
    ['mlps', 'mlps', 'reports.need.mlps'],
    ['gaps', 'mlps', 'reports.need.gaps'],
    ['sam', 'sam', 'reports.need.sam'],
    ['declarations', 'declarations', 'reports.need.declarations'],
  ] as const)('refuses the %s report without %s data, saying what is missing', (kind, without, need) => {
    expect(() => buildReport(enterpriseSources({ without: [without] }), request(kind))).toThrowError(
      expect.objectContaining({ code: 'reports.data.missing', params: expect.objectContaining({ what: translate('zh-CN', need) }) }),
    );
  });

  it('refuses an unknown object, and an object on a report that is not per object', () => {
    expect(() => buildReport(enterpriseSources(), request('gaps', { objectId: 'nope' }))).toThrowError(
      expect.objectContaining({ code: 'reports.object.notFound', details: { field: 'objectId' } }),
    );
    expect(() => buildReport(enterpriseSources(), request('plan', { objectId: 'obj-001' }))).toThrowError(
      expect.objectContaining({ code: 'reports.object.notScoped' }),
    );
  });
});

describe('reports through the backend', () => {
  it('lists which reports the workspace can produce: with only a profile, the summary and the full report', async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const { kinds } = expectOk(await backend.call('reports.kinds', {}));
      const available = kinds.filter((kind) => kind.available).map((kind) => kind.kind);
      expect(available).toEqual(['summary', 'full']);
      expect(kinds.find((kind) => kind.kind === 'plan')).toMatchObject({ available: false, missing: ['plan'] });
    } finally {
      backend.dispose();
    }
  });

  it('reads availability from the imported data: a plan, objects with and without a gap assessment, licences, a declaration', async () => {
    const backend = tempBackend({ now: () => new Date('2025-03-31T10:00:00') });
    try {
      expectOk(await backend.call('workspace.importData', enterpriseDocument({ objects: 3, unassessed: 1 })));
      const { kinds, objects } = expectOk(await backend.call('reports.kinds', {}));
      const available = kinds.filter((kind) => kind.available).map((kind) => kind.kind);
      expect(available).toEqual([
        'summary',
        'plan',
        'mlps',
        'gaps',
        'sam',
        'declarations',
        'full',
        'filing-form',
        'grading-report',
        'protection-plan',
      ]);
      expect(objects).toEqual([
        { id: objectId(1), name: '生产管理系统 1 号', level: 3, assessed: true },
        { id: objectId(2), name: '生产管理系统 2 号', level: 3, assessed: true },
        { id: objectId(3), name: '生产管理系统 3 号', level: 3, assessed: false },
      ]);
      const notAssessed = await backend.call('reports.render', {
        kind: 'gaps',
        objectId: objectId(3),
        out: path.join(dir, 'never-gaps.pdf'),
      });
      expect(notAssessed.ok || notAssessed.error).toMatchObject({ code: 'reports.object.notAssessed', details: { field: 'objectId' } });
    } finally {
      backend.dispose();
    }
  });

  it('prints the gap report of one imported object through the backend: its score, items and remediation', async () => {
    const backend = tempBackend({ now: () => new Date('2025-03-31T10:00:00') });
    try {
      expectOk(await backend.call('workspace.importData', enterpriseDocument({ objects: 2 })));
      const score = expectOk(await backend.call('mlps.score', { objectId: objectId(2) }));
      const result = expectOk(
        await backend.call('reports.render', { kind: 'gaps', objectId: objectId(2), out: path.join(dir, 'gaps-2.pdf') }),
      );
      const text = compact(pdfText(result.path));
      // The score the mlps page shows is the score the report prints.
      expect(text).toContain(`得分${score.overall.score}`);
      for (const expected of ['生产管理系统2号', '测评项明细（共211项）', '部署入侵防范设备', '整改中']) expect(text).toContain(expected);
      expect(text).not.toContain('生产管理系统1号');
    } finally {
      backend.dispose();
    }
  }, 30_000);

  it('prints the licence position SAM computes for the imported registers: the same genuine rate, the expiring subscription', async () => {
    const backend = tempBackend({ now: () => new Date('2025-03-31T10:00:00') });
    try {
      expectOk(await backend.call('workspace.importData', enterpriseDocument()));
      const { summary } = expectOk(await backend.call('sam.summary', { today: AS_OF }));
      expectOk(await backend.call('sam.snapshots.take', { note: '一季度盘点' }));
      const result = expectOk(await backend.call('reports.render', { kind: 'sam', out: path.join(dir, 'sam.pdf') }));
      const text = compact(pdfText(result.path));
      expect(text).toContain(`正版化率${formatPercent(summary.genuineRate!, 'zh-CN')}`);
      for (const expected of ['登记情况软件产品12种，许可40条，安装', '金山办公办公软件11.0标准版', '2025-04-15', '华北分公司'])
        expect(text).toContain(expected);
      // Counted the way inspections count: per category with its definition, the domestic share, the unverified reading said.
      for (const expected of [
        '（二）按检查类别的正版化率',
        '通用软件之一：台式机、笔记本和服务器上的操作系统',
        '（三）信创（国产化）替代',
        '未经官方核实',
        '正版化率口径',
        '（五）正版化率与国产占比的变化',
        '2025-03-31一季度盘点',
      ])
        expect(text).toContain(expected);
    } finally {
      backend.dispose();
    }
  }, 30_000);

  it('writes the summary into the exports folder with progress, the absent domains each saying so', async () => {
    const backend = tempBackend({ now: () => new Date('2025-03-31T10:00:00') });
    const progress: ProgressEvent[] = [];
    backend.on('progress', (event) => progress.push(event));
    try {
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const result = expectOk(
        await backend.call('reports.render', { kind: 'summary', classification: 'commercialSecret' }, { jobId: 'r1' }),
      );
      expect(path.dirname(result.path)).toBe(path.join(backend.dataDir, 'exports'));
      expect(path.basename(result.path)).toMatch(/^信息化工作情况汇报-.*\.pdf$/);
      expect(fs.statSync(result.path).size).toBe(result.bytes);
      expect(pdfPageCount(result.path)).toBe(result.pages);
      const text = compact(pdfText(result.path));
      for (const expected of [
        ENTERPRISE_NAME,
        '密级：普通商密',
        '一、总体情况',
        '尚未登记等级保护对象。',
        '意见十二项工作落实情况',
        '审核与批准',
      ])
        expect(text).toContain(expected);
      expect(new Set(progress.filter((event) => event.jobId === 'r1').map((event) => event.phase))).toEqual(
        new Set(['fonts', 'layout', 'pages', 'write']),
      );
    } finally {
      backend.dispose();
    }
  }, 30_000);

  it('says what is missing and writes nothing: no profile, no plan', async () => {
    const backend = tempBackend();
    try {
      const out = path.join(dir, 'never.pdf');
      const noProfile = await backend.call('reports.render', { kind: 'summary', out });
      expect(noProfile.ok || noProfile.error).toMatchObject({
        code: 'reports.data.missing',
        message: '无法生成“信息化工作情况汇报”：尚未填写企业基本信息',
      });
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const noPlan = await backend.call('reports.render', { kind: 'plan', out }, { locale: 'en-US' });
      expect(noPlan.ok || noPlan.error).toMatchObject({
        code: 'reports.data.missing',
        message: 'Cannot produce "Climbing plan (filing text)": there is no climbing plan',
      });
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      backend.dispose();
    }
  });

  it('names an output path it cannot write, and why', async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const out = path.join(dir, 'no-such-folder', 'r.pdf');
      const result = await backend.call('reports.render', { kind: 'summary', out });
      expect(result.ok || result.error).toMatchObject({
        code: 'reports.output.notWritable',
        message: `无法写入输出文件 ${out}：所在文件夹不存在`,
        details: { file: out },
      });
    } finally {
      backend.dispose();
    }
  });

  it("words a render failure wholly in the caller's language, even for a report printed in English", async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const out = path.join(dir, 'no-such-folder', 'en.pdf');
      const result = await backend.call('reports.render', { kind: 'summary', out, locale: 'en-US' }, { locale: 'zh-CN' });
      expect(result.ok || result.error).toMatchObject({
        code: 'reports.output.notWritable',
        message: `无法写入输出文件 ${out}：所在文件夹不存在`,
        details: { file: out },
      });
    } finally {
      backend.dispose();
    }
  });

  it('names a character of the data the font cannot print, and writes nothing', async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('profile.save', { ...enterpriseProfile(), address: '北京市𪛖区' }));
      const out = path.join(dir, 'glyph.pdf');
      const result = await backend.call('reports.render', { kind: 'full', out });
      expect(result.ok || result.error).toMatchObject({ code: 'reports.font.missingGlyph' });
      expect(!result.ok && result.error.message).toContain('U+2A6D6');
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      backend.dispose();
    }
  });

  it('stops when cancelled, leaving no file', async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('profile.save', enterpriseProfile()));
      const out = path.join(dir, 'cancelled.pdf');
      backend.on('progress', (event) => {
        if (event.jobId === 'c1' && event.phase === 'layout') void backend.call('jobs.cancel', { jobId: 'c1' });
      });
      const result = await backend.call('reports.render', { kind: 'full', out }, { jobId: 'c1' });
      expect(result.ok || result.error).toMatchObject({ code: 'error.cancelled' });
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    } finally {
      backend.dispose();
    }
  });
});
