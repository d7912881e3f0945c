/**
 * Disaster-recovery targets against the GB/T 20988 level chosen for an object.
 */
import type { Finding } from '../../contract/core';
import type { DrLevelsCatalog, MinuteRange, RecoveryTargets } from '../../contract/mlps/schemas';
import { drLevels } from '../../catalogs/mlps/disaster-recovery';

export function withinRange(minutes: number, range: MinuteRange): boolean {
  const aboveMin = range.minExclusive ? minutes > range.min : minutes >= range.min;
  return aboveMin && (range.max === null || minutes <= range.max);
}

/** A language-neutral rendering of a range in minutes, e.g. `(2880, ∞)` or `[60, 1440]`. */
export function formatRange(range: MinuteRange): string {
  return `${range.minExclusive ? '(' : '['}${range.min}, ${range.max === null ? '∞)' : `${range.max}]`}`;
}

/**
 * Flags a target RTO/RPO outside the chosen level's range (a level-6 promise with a day's data loss, or a level-1
 * site claimed to recover in an hour), and a drill that did worse than the target.
 */
export function checkRecoveryTargets(targets: RecoveryTargets, catalog: DrLevelsCatalog = drLevels): Finding[] {
  const level = catalog.levels.find((candidate) => candidate.level === targets.level);
  if (!level) return [{ code: 'mlps.dr.unknownLevel', field: 'level', params: { level: targets.level } }];
  const findings: Finding[] = [];
  const outside = (code: string, field: keyof RecoveryTargets, value: number | undefined, range: MinuteRange): void => {
    if (value !== undefined && !withinRange(value, range)) {
      findings.push({ code, field, params: { level: targets.level, value, range: formatRange(range) } });
    }
  };
  outside('mlps.dr.rtoOutsideLevel', 'targetRtoMinutes', targets.targetRtoMinutes, level.rto);
  outside('mlps.dr.rpoOutsideLevel', 'targetRpoMinutes', targets.targetRpoMinutes, level.rpo);
  const worse = (code: string, field: keyof RecoveryTargets, tested: number | undefined, target: number | undefined): void => {
    if (tested !== undefined && target !== undefined && tested > target) findings.push({ code, field, params: { tested, target } });
  };
  worse('mlps.dr.testedRtoAboveTarget', 'testedRtoMinutes', targets.testedRtoMinutes, targets.targetRtoMinutes);
  worse('mlps.dr.testedRpoAboveTarget', 'testedRpoMinutes', targets.testedRpoMinutes, targets.targetRpoMinutes);
  return findings;
}
