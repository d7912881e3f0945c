import { describe, it, expect } from 'vitest';
import { FAMILY_CODES, ITEM_ID_PATTERN, controlCatalogSchema, type FamilyCode } from '../../contract/mlps/schemas';
import { checkCatalogCounts, checkCatalogIntegrity } from '../../domain/mlps/catalog';
import { GBT22239_EXPECTED_COUNTS, gbt22239Catalog as catalog } from './gbt22239-2019';

/** docs/standards.md §3, copied here by hand so the test does not trust the data it checks. */
const TABLE: Record<FamilyCode, [number, number, number, number]> = {
  PES: [7, 15, 22, 24],
  CNS: [2, 4, 8, 11],
  ABS: [5, 11, 20, 21],
  CES: [11, 23, 34, 36],
  SMC: [0, 4, 12, 13],
  PSS: [1, 6, 7, 7],
  ORS: [3, 9, 14, 15],
  HRS: [4, 7, 12, 14],
  CMS: [9, 25, 34, 35],
  MMS: [13, 31, 48, 52],
};

const L3_CONTROL_POINTS: Record<FamilyCode, string[]> = {
  PES: ['物理位置选择', '物理访问控制', '防盗窃和防破坏', '防雷击', '防火', '防水和防潮', '防静电', '温湿度控制', '电力供应', '电磁防护'],
  CNS: ['网络架构', '通信传输', '可信验证'],
  ABS: ['边界防护', '访问控制', '入侵防范', '恶意代码和垃圾邮件防范', '安全审计', '可信验证'],
  CES: [
    '身份鉴别',
    '访问控制',
    '安全审计',
    '入侵防范',
    '恶意代码防范',
    '可信验证',
    '数据完整性',
    '数据保密性',
    '数据备份恢复',
    '剩余信息保护',
    '个人信息保护',
  ],
  SMC: ['系统管理', '审计管理', '安全管理', '集中管控'],
  PSS: ['安全策略', '管理制度', '制定和发布', '评审和修订'],
  ORS: ['岗位设置', '人员配备', '授权和审批', '沟通和合作', '审核和检查'],
  HRS: ['人员录用', '人员离岗', '安全意识教育和培训', '外部人员访问管理'],
  CMS: [
    '定级和备案',
    '安全方案设计',
    '产品采购和使用',
    '自行软件开发',
    '外包软件开发',
    '工程实施',
    '测试验收',
    '系统交付',
    '等级测评',
    '服务供应商选择',
  ],
  MMS: [
    '环境管理',
    '资产管理',
    '介质管理',
    '设备维护管理',
    '漏洞和风险管理',
    '网络和系统安全管理',
    '恶意代码防范管理',
    '配置管理',
    '密码管理',
    '变更管理',
    '备份与恢复管理',
    '安全事件处置',
    '应急预案管理',
    '外包运维管理',
  ],
};

const count = (set: string, level: number, family?: string): number =>
  catalog.items.filter((item) => item.set === set && item.level === level && (family === undefined || item.family === family)).length;

describe('GB/T 22239-2019 catalog', () => {
  it('is identified and versioned', () => {
    expect(catalog.id).toBe('gbt22239-2019-general');
    expect(catalog.version).toBe('1.1.0');
    expect(catalog.notes).toMatch(/reconstruction/);
  });

  const cases = FAMILY_CODES.flatMap((family) => TABLE[family].map((expected, index) => ({ family, level: index + 1, expected })));
  it.each(cases)('$family at level $level has $expected general items', ({ family, level, expected }) => {
    expect(count('general', level, family)).toBe(expected);
  });

  it.each([
    [1, 55],
    [2, 135],
    [3, 211],
    [4, 228],
  ])('level %i has %i general items in all', (level, total) => {
    expect(count('general', level)).toBe(total);
  });

  it.each([
    ['cloud', 1, 11],
    ['mobile', 1, 5],
    ['iot', 1, 4],
    ['ics', 1, 9],
    ['cloud', 2, 29],
    ['cloud', 3, 46],
    ['cloud', 4, 49],
    ['mobile', 2, 14],
    ['mobile', 3, 19],
    ['mobile', 4, 21],
    ['iot', 2, 7],
    ['iot', 3, 20],
    ['iot', 4, 21],
    ['ics', 2, 15],
    ['ics', 3, 21],
    ['ics', 4, 22],
  ])('%s extension at level %i has %i items', (set, level, expected) => {
    expect(count(set, level)).toBe(expected);
  });

  it('has nothing above level 4', () => {
    expect(catalog.items.every((item) => item.level >= 1 && item.level <= 4)).toBe(true);
  });

  /** The levels at which an item with this summary appears: pins placement, which counts alone cannot. */
  const levelsOf = (set: string, family: string, summary: string): number[] =>
    catalog.items.filter((item) => item.set === set && item.family === family && item.summary === summary).map((item) => item.level);

  // docs/standards.md §3, "known misplacements found against the standard's text", copied by hand.
  it.each([
    ['ABS session-state filtering applies at levels 2–4', 'general', 'ABS', '依会话状态放行或拒绝数据流', [2, 3, 4]],
    ['ABS separate audit of remote and internet access is level 3 only', 'general', 'ABS', '单独审计远程访问和上网行为', [3]],
    ['MMS level-1 环境管理 b) is the machine-room rules', 'general', 'MMS', '机房安全管理制度', [1, 2, 3, 4]],
    ['MMS no-visitors starts at level 2', 'general', 'MMS', '重要区域不接待来访，敏感资料不乱放', [2, 3, 4]],
    ['MMS log and alarm analysis starts at level 3', 'general', 'MMS', '专人分析日志和告警，发现可疑行为', [3, 4]],
    ['MMS malicious-code rules at levels 1–2', 'general', 'MMS', '恶意代码防范管理制度', [1, 2]],
    ['MMS signature-library checks at level 2', 'general', 'MMS', '定期检查恶意代码库升级情况', [2]],
    ['MMS verifying effectiveness at levels 3–4', 'general', 'MMS', '定期验证防范措施的有效性', [3, 4]],
    ['CMS overall planning with cryptography at levels 3–4', 'general', 'CMS', '整体规划安全措施，含密码应用', [3, 4]],
    ['CMS level-2 design by level alone', 'general', 'CMS', '按保护对象的等级设计安全方案', [2]],
  ] as const)('%s', (_case, set, family, summary, levels) => {
    expect(levelsOf(set, family, summary)).toEqual(levels);
  });

  it('numbers level-4 area-boundary items as GB/T 28448 does: session state is L4-ABS1-10', () => {
    expect(catalog.items.find((item) => item.id === 'L4-ABS1-10')?.summary).toBe('依会话状态放行或拒绝数据流');
    expect(catalog.items.find((item) => item.id === 'L3-ABS1-20')?.summary).toBe(
      '可信校验边界设备并在应用关键环节动态校验，结果送管理中心',
    );
  });

  it('orders the cloud level-4 network-architecture items f) labels, g) protocol conversion, h) resource pool', () => {
    const ids = ['L4-CNS2-06', 'L4-CNS2-07', 'L4-CNS2-08'];
    expect(ids.map((id) => catalog.items.find((item) => item.id === id)?.summary)).toEqual([
      '虚拟资源可设安全标记做强制访问控制',
      '提供协议转换或隔离的数据交换方式',
      '四级业务使用独立资源池',
    ]);
  });

  it.each([
    ['cloud', ['PES', 'CNS', 'CNS', 'ABS', 'CES', 'CES', 'CES', 'CMS', 'CMS', 'CMS', 'CMS']],
    ['mobile', ['PES', 'ABS', 'ABS', 'CMS', 'CMS']],
    ['iot', ['PES', 'PES', 'ABS', 'MMS']],
    ['ics', ['PES', 'PES', 'CNS', 'CNS', 'ABS', 'ABS', 'ABS', 'CES', 'CES']],
  ] as const)('the level-1 %s items sit in the families of §6 of the standard', (set, families) => {
    expect(catalog.items.filter((item) => item.set === set && item.level === 1).map((item) => item.family)).toEqual(families);
  });

  it.each(FAMILY_CODES)('%s has the level-3 control points of docs/standards.md §3, in order', (family) => {
    const pointNames = new Map(catalog.controlPoints.map((point) => [point.id, point.nameZh]));
    const names = [
      ...new Set(
        catalog.items
          .filter((item) => item.set === 'general' && item.level === 3 && item.family === family)
          .map((item) => pointNames.get(item.controlPoint)),
      ),
    ];
    expect(names).toEqual(L3_CONTROL_POINTS[family]);
  });

  it('has unique, well-formed ids that spell level, family and set', () => {
    const ids = catalog.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const digit = { general: '1', cloud: '2', mobile: '3', iot: '4', ics: '5' };
    for (const item of catalog.items) {
      expect(item.id).toMatch(ITEM_ID_PATTERN);
      expect(item.id.startsWith(`L${item.level}-${item.family}${digit[item.set]}-`)).toBe(true);
    }
    expect(ids).toContain('L3-CES1-01');
  });

  it('numbers items 01, 02, … without gaps within each level, family and set', () => {
    const groups = new Map<string, number[]>();
    for (const item of catalog.items) {
      const key = item.id.slice(0, item.id.lastIndexOf('-'));
      groups.set(key, [...(groups.get(key) ?? []), Number(item.id.slice(-2))]);
    }
    for (const numbers of groups.values()) expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('gives every item a short summary of its own, and L3-CES1-01 is about identification', () => {
    expect(catalog.items.every((item) => item.summary.length > 0 && item.summary.length <= 40)).toBe(true);
    const first = catalog.items.find((item) => item.id === 'L3-CES1-01');
    const point = catalog.controlPoints.find((candidate) => candidate.id === first?.controlPoint);
    expect(point?.nameZh).toBe('身份鉴别');
  });

  it('passes its own integrity and count checks and survives a JSON round trip', () => {
    expect(checkCatalogIntegrity(catalog)).toEqual([]);
    expect(checkCatalogCounts(catalog, GBT22239_EXPECTED_COUNTS)).toEqual([]);
    expect(controlCatalogSchema.parse(JSON.parse(JSON.stringify(catalog)))).toEqual(catalog);
  });

  it('keeps the expected counts equal to the docs/standards.md §3 table', () => {
    expect(GBT22239_EXPECTED_COUNTS.general).toEqual(TABLE);
  });
});
