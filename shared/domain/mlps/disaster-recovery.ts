/**
 * Disaster recovery (GB/T 20988): the level the seven elements reach together, against the level chosen for the
 * object, and the RTO/RPO targets against the informative appendix's ranges.
 */
import type { Finding } from '../../contract/core';
import {
  DR_ELEMENTS,
  type DrElementLevel,
  type DrElementLevels,
  type DrLevel,
  type DrLevelsCatalog,
  type MinuteRange,
  type RecoveryTargets,
} from '../../contract/mlps/schemas';
import { drLevels } from '../../catalogs/mlps/disaster-recovery';

/**
 * The level reached: a level counts only when every one of the seven elements meets it, so it is the lowest
 * element's level; null while any element is not yet judged.
 */
export function achievedDrLevel(elements: DrElementLevels): DrElementLevel | null {
  let lowest: DrElementLevel | null = null;
  for (const element of DR_ELEMENTS) {
    const level = elements[element];
    if (level === undefined) return null;
    if (lowest === null || level < lowest) lowest = level;
  }
  return lowest;
}

/**
 * Against the level chosen for the object: each element judged below it, and the elements not yet judged. Nothing
 * is said while no element is judged, so a record from before the checklist existed reads as before.
 */
export function checkRecoveryElements(target: DrLevel, elements: DrElementLevels): Finding[] {
  const judged = DR_ELEMENTS.filter((element) => elements[element] !== undefined);
  if (judged.length === 0) return [];
  // `element` is a code (mlps.drElement.*): the page, the report and the CLI put it into words.
  const findings: Finding[] = judged
    .filter((element) => (elements[element] ?? 0) < target)
    .map((element) => ({
      code: 'mlps.dr.elementBelowLevel',
      field: `elements.${element}`,
      params: { element, met: elements[element] ?? 0, level: target },
    }));
  const unjudged = DR_ELEMENTS.length - judged.length;
  if (unjudged > 0) findings.push({ code: 'mlps.dr.elementsUnjudged', field: 'elements', params: { count: unjudged } });
  return findings;
}

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

/** Every check on a recovery record: the elements against the chosen level, then the appendix's RTO/RPO. */
export function checkRecovery(record: RecoveryTargets & { elements: DrElementLevels }, catalog: DrLevelsCatalog = drLevels): Finding[] {
  return [...checkRecoveryElements(record.level, record.elements), ...checkRecoveryTargets(record, catalog)];
}
