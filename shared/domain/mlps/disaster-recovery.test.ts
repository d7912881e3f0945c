import { describe, it, expect } from 'vitest';
import type { DrLevel, RecoveryTargets } from '../../contract/mlps/schemas';
import { drLevels } from '../../catalogs/mlps/disaster-recovery';
import { checkRecoveryTargets } from './disaster-recovery';

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
    ['a drill that met its targets', { level: 4, targetRtoMinutes: 8 * HOUR, targetRpoMinutes: 4 * HOUR, testedRtoMinutes: 6 * HOUR, testedRpoMinutes: 4 * HOUR }, []],
    ['a drill slower than the target', { level: 4, targetRtoMinutes: 8 * HOUR, targetRpoMinutes: 4 * HOUR, testedRtoMinutes: 10 * HOUR, testedRpoMinutes: 5 * HOUR }, ['mlps.dr.testedRtoAboveTarget', 'mlps.dr.testedRpoAboveTarget']],
    ['a drill with no targets set', { level: 4, testedRtoMinutes: 10 * HOUR }, []],
  ])('%s', (_, targets, codes) => {
    expect(checkRecoveryTargets(targets).map((finding) => finding.code)).toEqual(codes);
  });
});
