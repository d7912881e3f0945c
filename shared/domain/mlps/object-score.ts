/**
 * One protected object's gap assessment as the workspace stores it, scored the way the mlps backend scores
 * it: against the catalog in use, at the level the object's grading gives, with its extension sets. The one
 * place for that rule — the backend (main/backend/mlps/assessment.ts) and a receiver summarizing a filing
 * (shared/domain/filing/summary.ts) both call it.
 */
import { gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import type { MlpsData } from '../../contract/mlps/records';
import type {
  CatalogLevel,
  ControlCatalog,
  ControlPointAssessment,
  ExtensionSet,
  ItemAssessment,
  MlpsLevel,
} from '../../contract/mlps/schemas';
import { mlpsScoringRules } from '../../catalogs/mlps/policy';
import { scoreGapAssessment, type MajorHiddenRiskState, type ScoreReport } from './scoring';

/** The catalog assessments use: the imported one the data names active, else the built-in one. */
export function catalogInUse(data: { catalogs: readonly ControlCatalog[]; activeCatalog: MlpsData['activeCatalog'] }): ControlCatalog {
  const active = data.activeCatalog;
  const imported = active ? data.catalogs.find((catalog) => catalog.id === active.id && catalog.version === active.version) : undefined;
  return imported ?? gbt22239Catalog;
}

/** The level an object is assessed at, or null when it is ungraded or the catalog has no items for its level. */
export function assessableLevel(catalog: ControlCatalog, level: MlpsLevel | null): CatalogLevel | null {
  if (level === null || !catalog.items.some((item) => item.level === level)) return null;
  return level as CatalogLevel;
}

export interface ObjectGap {
  level: CatalogLevel;
  extensions: readonly ExtensionSet[];
  items: readonly ItemAssessment[];
  controlPoints: readonly ControlPointAssessment[];
  /** The object's register of 重大风险隐患; the 2025 conclusion reads it. Absent: none recorded. */
  majorHiddenRisks?: readonly MajorHiddenRiskState[];
}

export function scoreObjectGap(catalog: ControlCatalog, gap: ObjectGap): ScoreReport {
  return scoreGapAssessment(
    catalog,
    { level: gap.level, extensions: [...gap.extensions], items: [...gap.items], controlPoints: [...gap.controlPoints] },
    mlpsScoringRules,
    gap.majorHiddenRisks ?? [],
  );
}
