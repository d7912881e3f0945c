/**
 * Point 3, the IT performance assessment system: KPIs that carry responsibility from the leadership to
 * every employee and cover construction, application, maintenance, upgrade and optimisation.
 */
import type { Finding } from '../../contract/core';
import {
  KPI_LEVEL_IDS,
  RESPONSIBILITY_AREA_IDS,
  type ItPerformance,
  type KpiLevel,
  type ResponsibilityArea,
} from '../../contract/governance/schemas';
import { isAfter } from '../forms/dates';
import type { AsOf } from './cio';

/** Bad input. Any finding here means the record is not saved. */
export function validatePerformance(performance: ItPerformance, { asOf }: AsOf): Finding[] {
  const findings: Finding[] = [];
  if (performance.establishedOn !== null && isAfter(performance.establishedOn, asOf) && performance.established) {
    findings.push({
      code: 'governance.performance.establishedInFuture',
      field: 'establishedOn',
      params: { date: performance.establishedOn, today: asOf },
    });
  }
  if (performance.established && performance.establishedOn === null) {
    findings.push({ code: 'governance.performance.establishmentDateMissing', field: 'establishedOn' });
  }
  const seenIds = new Set<string>();
  performance.kpis.forEach((kpi, index) => {
    if (seenIds.has(kpi.id))
      findings.push({ code: 'governance.performance.kpiIdRepeated', field: `kpis[${index}].id`, params: { id: kpi.id } });
    seenIds.add(kpi.id);
    const seenPeriods = new Set<string>();
    kpi.actuals.forEach((actual, actualIndex) => {
      if (seenPeriods.has(actual.period)) {
        findings.push({
          code: 'governance.performance.periodRepeated',
          field: `kpis[${index}].actuals[${actualIndex}].period`,
          params: { kpi: kpi.name, period: actual.period },
        });
      }
      seenPeriods.add(actual.period);
    });
  });
  return findings;
}

export interface PerformanceCoverage {
  coveredAreas: ResponsibilityArea[];
  missingAreas: ResponsibilityArea[];
  coveredLevels: KpiLevel[];
  missingLevels: KpiLevel[];
}

export function performanceCoverage(performance: ItPerformance | null): PerformanceCoverage {
  const kpis = performance?.kpis ?? [];
  const areas = new Set(kpis.flatMap((kpi) => kpi.areas));
  const levels = new Set(kpis.map((kpi) => kpi.level));
  return {
    coveredAreas: RESPONSIBILITY_AREA_IDS.filter((a) => areas.has(a)),
    missingAreas: RESPONSIBILITY_AREA_IDS.filter((a) => !areas.has(a)),
    coveredLevels: KPI_LEVEL_IDS.filter((l) => levels.has(l)),
    missingLevels: KPI_LEVEL_IDS.filter((l) => !levels.has(l)),
  };
}

/** What is still to do; each uncovered area and level is named. Empty when the system is complete. */
export function performanceGaps(performance: ItPerformance | null): Finding[] {
  const findings: Finding[] = [];
  if (!performance?.established) findings.push({ code: 'governance.performance.notEstablished', field: 'established' });
  const coverage = performanceCoverage(performance);
  for (const area of coverage.missingAreas)
    findings.push({ code: 'governance.performance.areaUncovered', field: 'kpis', params: { area } });
  for (const level of coverage.missingLevels)
    findings.push({ code: 'governance.performance.levelUncovered', field: 'kpis', params: { level } });
  (performance?.kpis ?? []).forEach((kpi, index) => {
    if (kpi.actuals.length === 0)
      findings.push({ code: 'governance.performance.kpiWithoutActuals', field: `kpis[${index}].actuals`, params: { kpi: kpi.name } });
  });
  return findings;
}
