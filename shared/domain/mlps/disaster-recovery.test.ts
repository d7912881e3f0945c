import { describe, it, expect } from 'vitest';
import { DR_ELEMENTS, drLevelsCatalogSchema, type DrElementLevels, type DrLevel, type RecoveryTargets } from '../../contract/mlps/schemas';
import { drLevels } from '../../catalogs/mlps/disaster-recovery';
import { mlpsMessages } from '../../i18n/mlps';
import { achievedDrLevel, checkRecoveryElements, checkRecoveryTargets } from './disaster-recovery';

const HOUR = 60;
const DAY = 24 * HOUR;

describe('GB/T 20988 levels as data', () => {
  it('has six named levels, marked unverified', () => {
    expect(drLevels.levels.map((level) => `${level.level} ${level.nameZh}`)).toEqual([
      '1 基本支持',
      '2 备用场地支持',
      '3 电子传输和部分设备支持',
      '4 电子传输及完整设备支持',
      '5 实时数据传输及完整设备支持',
      '6 数据零丢失和远程集群支持',
    ]);
    expect(drLevels.rangesVerified).toBe(false);
    expect(drLevels.id).toBeTruthy();
    expect(drLevels.version).toBeTruthy();
  });
});

describe('target RTO/RPO against the chosen level', () => {
  it.each<[string, DrLevel, number, number, string[]]>([
    ['level 1 with 3 days / 2 days', 1, 3 * DAY, 2 * DAY, []],
    ['level 1 claiming recovery in exactly 2 days', 1, 2 * DAY, 2 * DAY, ['mlps.dr.rtoOutsideLevel']],
    ['level 2 with 24 h / 1 day', 2, DAY, DAY, []],
    ['level 2 with a 4-hour RPO', 2, 2 * DAY, 4 * HOUR, ['mlps.dr.rpoOutsideLevel']],
    ['level 3 with 12 h / 6 h', 3, 12 * HOUR, 6 * HOUR, []],
    ['level 3 with a 2-hour RTO', 3, 2 * HOUR, 6 * HOUR, ['mlps.dr.rtoOutsideLevel']],
    ['level 4 with 8 h / 4 h', 4, 8 * HOUR, 4 * HOUR, []],
    ['level 4 with a 3-day RTO and a 2-day RPO', 4, 3 * DAY, 2 * DAY, ['mlps.dr.rtoOutsideLevel', 'mlps.dr.rpoOutsideLevel']],
    ['level 5 with 30 min / 30 min', 5, 30, 30, []],
    ['level 5 with a 1-hour RPO', 5, 4 * HOUR, HOUR, ['mlps.dr.rpoOutsideLevel']],
    ['level 6 with 15 min / 0', 6, 15, 0, []],
    ['level 6 losing 5 minutes of data', 6, 15, 5, ['mlps.dr.rpoOutsideLevel']],
    ['level 6 taking 4 hours', 6, 4 * HOUR, 0, ['mlps.dr.rtoOutsideLevel']],
  ])('%s', (_, level, rto, rpo, codes) => {
    expect(checkRecoveryTargets({ level, targetRtoMinutes: rto, targetRpoMinutes: rpo }).map((finding) => finding.code)).toEqual(codes);
  });

  it('puts the level, value and range in the finding', () => {
    expect(checkRecoveryTargets({ level: 1, targetRtoMinutes: 60 })).toEqual([
      { code: 'mlps.dr.rtoOutsideLevel', field: 'targetRtoMinutes', params: { level: 1, value: 60, range: '(2880, ∞)' } },
    ]);
  });

  it.each<[string, RecoveryTargets, string[]]>([
    [
      'a drill that met its targets',
      { level: 4, targetRtoMinutes: 8 * HOUR, targetRpoMinutes: 4 * HOUR, testedRtoMinutes: 6 * HOUR, testedRpoMinutes: 4 * HOUR },
      [],
    ],
    [
      'a drill slower than the target',
      { level: 4, targetRtoMinutes: 8 * HOUR, targetRpoMinutes: 4 * HOUR, testedRtoMinutes: 10 * HOUR, testedRpoMinutes: 5 * HOUR },
      ['mlps.dr.testedRtoAboveTarget', 'mlps.dr.testedRpoAboveTarget'],
    ],
    ['a drill with no targets set', { level: 4, testedRtoMinutes: 10 * HOUR }, []],
  ])('%s', (_, targets, codes) => {
    expect(checkRecoveryTargets(targets).map((finding) => finding.code)).toEqual(codes);
  });
});

describe('the seven elements (GB/T 20988)', () => {
  const all = (level: 0 | DrLevel): DrElementLevels => Object.fromEntries(DR_ELEMENTS.map((element) => [element, level]));

  it('names the seven elements and the catalog gives each level a checklist per element, marked unverified', () => {
    expect(DR_ELEMENTS.map((element) => mlpsMessages['zh-CN'][`mlps.drElement.${element}`])).toEqual([
      '数据备份系统',
      '备用数据处理系统',
      '备用网络系统',
      '备用基础设施',
      '专业技术支持能力',
      '运行维护管理能力',
      '灾难恢复预案',
    ]);
    expect(drLevels.requirementsVerified).toBe(false);
    for (const level of drLevels.levels) {
      expect(Object.keys(level.requirements).sort()).toEqual([...DR_ELEMENTS].sort());
      // Every level asks for backups and a rehearsed plan; zh and en say the same number of things.
      expect(level.requirements.dataBackup.zh.length).toBeGreaterThan(0);
      expect(level.requirements.recoveryPlan.zh.length).toBeGreaterThan(0);
      for (const element of DR_ELEMENTS) expect(level.requirements[element].en).toHaveLength(level.requirements[element].zh.length);
    }
  });

  it("a catalog missing an element's checklist is refused, so a 2025 edition must be complete to load", () => {
    const [first, ...rest] = drLevels.levels;
    const { recoveryPlan: _dropped, ...partial } = first!.requirements;
    expect(drLevelsCatalogSchema.safeParse({ ...drLevels, levels: [{ ...first, requirements: partial }, ...rest] }).success).toBe(false);
  });

  it.each<[string, DrElementLevels, number | null]>([
    ['all seven at 4', all(4), 4],
    ['six at 5 and the plan at 2: the lowest decides', { ...all(5), recoveryPlan: 2 }, 2],
    ['one element below level 1', { ...all(3), backupNetwork: 0 }, 0],
    [
      'one element not judged yet',
      (() => {
        const { technicalSupport: _t, ...rest } = all(6);
        return rest;
      })(),
      null,
    ],
    ['nothing judged', {}, null],
  ])('%s → %s', (_, elements, level) => {
    expect(achievedDrLevel(elements)).toBe(level);
  });

  it('names each element below the chosen level and counts the unjudged', () => {
    const findings = checkRecoveryElements(4, { ...all(4), backupNetwork: 3, technicalSupport: undefined } as DrElementLevels);
    expect(findings).toEqual([
      { code: 'mlps.dr.elementBelowLevel', field: 'elements.backupNetwork', params: { element: 'backupNetwork', met: 3, level: 4 } },
      { code: 'mlps.dr.elementsUnjudged', field: 'elements', params: { count: 1 } },
    ]);
  });

  it('says nothing of a record from before the checklist (no element judged)', () => {
    expect(checkRecoveryElements(4, {})).toEqual([]);
  });
});
