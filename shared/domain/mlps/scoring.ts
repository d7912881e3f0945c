/**
 * Scoring a gap assessment: the pre-2021 formula per family, layer and overall, the 2021 template's bands over
 * that score (not the 2021 deduction score, whose formula is unknown), and the 2025 template's compliance rate
 * and conclusion, which reads the object's register of major hidden risks. Every threshold comes from the
 * scoring rules (data); the report names the formulas it used so the UI can show them.
 */
import type { z } from 'zod';
import type { Finding } from '../../contract/core';
import {
  FAMILY_CODES,
  LAYERS,
  RISK_RATINGS,
  gapAssessmentSchema,
  type Conclusion2025,
  type ControlCatalog,
  type ControlItem,
  type FamilyCode,
  type GapAssessment,
  type GroupScore,
  type ItemAssessment,
  type Layer,
  type Result2021Grade,
  type RiskRating,
  type ScoringRules,
  type StatusCounts,
} from '../../contract/mlps/schemas';
import { mlpsScoringRules } from '../../catalogs/mlps/policy';
import { applicableItems } from './catalog';
import { tallyMajorHiddenRisks } from './major-hidden-risks';

export interface ScoreReport {
  catalog: { id: string; version: string };
  formulas: {
    rulesId: string;
    rulesVersion: string;
    score: string;
    meanOver: 'family' | 'layer';
    result2021: string;
    compliance2025: string;
  };
  families: Array<{ family: FamilyCode; layer: Layer } & GroupScore>;
  layers: Array<{ layer: Layer } & GroupScore>;
  overall: GroupScore;
  /** Risks of the gaps counted in the score. */
  risks: Record<RiskRating, number>;
  /** 优/良/中/差 bands of the 2021 template over the pre-2021 score; null while nothing is assessed. */
  result2021: Result2021Grade | null;
  compliance2025: { ratePercent: number; conclusion: Conclusion2025 } | null;
  /** The object's 重大风险隐患, counted before remediation, and how many were remediated. */
  majorHiddenRisks: { recorded: number; remediated: number };
  /** Every applicable item has a status. */
  complete: boolean;
  /** The opposite of `complete`, said outright: every verdict here is provisional. */
  provisional: boolean;
  findings: Finding[];
}

/** One applicable item as the formulas see it. */
interface Scored {
  item: ControlItem;
  assessment: ItemAssessment | undefined;
  notApplicable: boolean;
}

/** The defaults of a typed assessment; its ids and statuses were validated where it came in (the backend's edge). */
function withDefaults(input: GapAssessment): z.output<typeof gapAssessmentSchema> {
  return { ...input, extensions: input.extensions ?? [], items: input.items ?? [], controlPoints: input.controlPoints ?? [] };
}

/** A major hidden risk as the conclusion reads it. */
export type MajorHiddenRiskState = { remediated: boolean };

export function scoreGapAssessment(
  catalog: ControlCatalog,
  input: GapAssessment,
  rules: ScoringRules = mlpsScoringRules,
  majorHiddenRisks: readonly MajorHiddenRiskState[] = [],
): ScoreReport {
  const assessment = withDefaults(input);
  const naPoints = new Set(assessment.controlPoints.filter((point) => point.status === 'na').map((point) => point.controlPointId));
  const byItem = new Map(assessment.items.map((entry) => [entry.itemId, entry]));
  const scored: Scored[] = applicableItems(catalog, assessment.level, assessment.extensions).map((item) => ({
    item,
    assessment: byItem.get(item.id),
    notApplicable: naPoints.has(item.controlPoint),
  }));
  const counted = scored.filter((entry) => !entry.notApplicable && entry.assessment !== undefined);
  const { partialCredit, defaultWeight, meanOver } = rules.pre2021;
  const lossOf = (entries: readonly Scored[]): number | null => pooledLoss(entries, partialCredit, defaultWeight);

  const layerOfFamily = new Map(catalog.families.map((family) => [family.code, family.layer]));
  const families = FAMILY_CODES.filter((code) => scored.some((entry) => entry.item.family === code)).map((family) => {
    const entries = scored.filter((entry) => entry.item.family === family);
    return { family, layer: layerOfFamily.get(family) ?? 'technical', counts: countStatuses(entries), loss: lossOf(entries) };
  });
  const layers = LAYERS.filter((layer) => families.some((family) => family.layer === layer)).map((layer) => {
    const entries = scored.filter((entry) => layerOfFamily.get(entry.item.family) === layer);
    const loss =
      meanOver === 'family' ? mean(families.filter((family) => family.layer === layer).map((family) => family.loss)) : lossOf(entries);
    return { layer, counts: countStatuses(entries), loss };
  });
  const overallLoss = meanOver === 'family' ? mean(families.map((family) => family.loss)) : mean(layers.map((layer) => layer.loss));
  const overall: GroupScore = { counts: countStatuses(scored), score: scoreOf(overallLoss) };

  const risks = countRisks(counted);
  const findings = riskFindings(counted);
  if (overall.counts.unassessed > 0)
    findings.push({ code: 'mlps.assessment.incomplete', params: { unassessed: overall.counts.unassessed } });

  return {
    catalog: { id: catalog.id, version: catalog.version },
    formulas: {
      rulesId: rules.id,
      rulesVersion: rules.version,
      score: rules.pre2021.id,
      meanOver,
      result2021: rules.result2021.id,
      compliance2025: rules.compliance2025.id,
    },
    families: families.map(({ family, layer, counts, loss }) => ({ family, layer, counts, score: scoreOf(loss) })),
    layers: layers.map(({ layer, counts, loss }) => ({ layer, counts, score: scoreOf(loss) })),
    overall,
    risks,
    result2021: overall.score === null ? null : result2021(overall.score, risks, rules),
    compliance2025: compliance2025(counted, rules, defaultWeight, majorHiddenRisks),
    majorHiddenRisks: tallyMajorHiddenRisks(majorHiddenRisks),
    complete: overall.counts.unassessed === 0,
    provisional: overall.counts.unassessed > 0,
    findings,
  };
}

/** (Σw·不符合 + credit·Σw·部分符合) / Σw over the assessed items of applicable control points. */
function pooledLoss(entries: readonly Scored[], partialCredit: number, defaultWeight: number): number | null {
  let total = 0;
  let lost = 0;
  for (const { assessment, notApplicable } of entries) {
    if (notApplicable || !assessment) continue;
    const weight = assessment.weight ?? defaultWeight;
    total += weight;
    if (assessment.status === 'noncompliant') lost += weight;
    if (assessment.status === 'partial') lost += partialCredit * weight;
  }
  return total === 0 ? null : lost / total;
}

/** Mean over the groups that have a score; groups with nothing assessed do not pull it down. */
function mean(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** Scores are shown with two decimals, and the thresholds judge what is shown. */
function scoreOf(loss: number | null): number | null {
  return loss === null ? null : Math.round((1 - loss) * 10_000) / 100;
}

function countStatuses(entries: readonly Scored[]): StatusCounts {
  const counts: StatusCounts = { compliant: 0, partial: 0, noncompliant: 0, unassessed: 0, notApplicable: 0 };
  for (const { assessment, notApplicable } of entries) {
    if (notApplicable) counts.notApplicable += 1;
    else if (!assessment) counts.unassessed += 1;
    else counts[assessment.status] += 1;
  }
  return counts;
}

/** A gap: an item assessed and found wanting (partial or non-compliant); an item not yet assessed is not one. */
export function isGapStatus(status: ItemAssessment['status'] | null | undefined): boolean {
  return status !== undefined && status !== null && status !== 'compliant';
}

const isGap = (entry: Scored): boolean => isGapStatus(entry.assessment?.status);

function countRisks(counted: readonly Scored[]): Record<RiskRating, number> {
  const risks: Record<RiskRating, number> = { high: 0, medium: 0, low: 0 };
  for (const entry of counted) {
    const risk = entry.assessment?.risk;
    if (risk && isGap(entry)) risks[risk] += 1;
  }
  return risks;
}

/** A risk only means something on a gap, and a gap needs one. */
function riskFindings(counted: readonly Scored[]): Finding[] {
  return counted.flatMap((entry): Finding[] => {
    const itemId = entry.item.id;
    if (isGap(entry) && !entry.assessment?.risk) return [{ code: 'mlps.assessment.gapWithoutRisk', field: 'risk', params: { itemId } }];
    if (!isGap(entry) && entry.assessment?.risk) return [{ code: 'mlps.assessment.riskOnCompliant', field: 'risk', params: { itemId } }];
    return [];
  });
}

/** Index of the worst risk present (0 = high), or RISK_RATINGS.length when there is none. */
function worstRiskIndex(risks: Record<RiskRating, number>): number {
  const index = RISK_RATINGS.findIndex((rating) => risks[rating] > 0);
  return index === -1 ? RISK_RATINGS.length : index;
}

function result2021(score: number, risks: Record<RiskRating, number>, rules: ScoringRules): Result2021Grade {
  const worst = worstRiskIndex(risks);
  const grade = rules.result2021.grades.find((candidate) => {
    const allowed = candidate.worstRiskAllowed === null ? RISK_RATINGS.length : RISK_RATINGS.indexOf(candidate.worstRiskAllowed);
    return score >= candidate.minScore && worst >= allowed;
  });
  return grade?.grade ?? 'poor';
}

/**
 * 2025 template: 符合 above `compliantAbove` with no 重大风险隐患; 基本符合 from `basicFrom` up to it, or above it
 * with a major hidden risk, whatever the high risks; 不符合 below `basicFrom`. High-risk items do not decide it.
 */
function compliance2025(
  counted: readonly Scored[],
  rules: ScoringRules,
  defaultWeight: number,
  majorHiddenRisks: readonly MajorHiddenRiskState[],
): ScoreReport['compliance2025'] {
  const { partialCredit, compliantAbove, basicFrom, remediatedMajorHiddenRisksBlock } = rules.compliance2025;
  const loss = pooledLoss(counted, partialCredit, defaultWeight);
  if (loss === null) return null;
  const ratePercent = Math.round((1 - loss) * 10_000) / 100;
  const blocking = majorHiddenRisks.some((risk) => remediatedMajorHiddenRisksBlock || !risk.remediated);
  const conclusion: Conclusion2025 =
    ratePercent > compliantAbove && !blocking ? 'compliant' : ratePercent >= basicFrom ? 'basically-compliant' : 'noncompliant';
  return { ratePercent, conclusion };
}

/**
 * What is wrong with an assessment before it is saved: statuses for items the object's level and extensions do
 * not have, the same item twice, 不适用 on a control point that is not in scope, a level the catalog lacks.
 */
export function checkGapAssessment(catalog: ControlCatalog, input: GapAssessment): Finding[] {
  const assessment = gapAssessmentSchema.parse(input);
  const inScope = applicableItems(catalog, assessment.level, assessment.extensions);
  if (inScope.length === 0)
    return [{ code: 'mlps.assessment.levelNotInCatalog', field: 'level', params: { level: assessment.level, catalog: catalog.id } }];
  const itemIds = new Set(inScope.map((item) => item.id));
  const pointIds = new Set(inScope.map((item) => item.controlPoint));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  assessment.items.forEach((entry, row) => {
    const field = `items[${row}].itemId`;
    if (!itemIds.has(entry.itemId))
      findings.push({ code: 'mlps.assessment.itemNotInScope', field, row, params: { itemId: entry.itemId, level: assessment.level } });
    else if (seen.has(entry.itemId)) findings.push({ code: 'mlps.assessment.duplicateItem', field, row, params: { itemId: entry.itemId } });
    seen.add(entry.itemId);
  });
  assessment.controlPoints.forEach((entry, row) => {
    if (!pointIds.has(entry.controlPointId)) {
      findings.push({
        code: 'mlps.assessment.controlPointNotInScope',
        field: `controlPoints[${row}].controlPointId`,
        row,
        params: { controlPointId: entry.controlPointId, level: assessment.level },
      });
    }
  });
  return findings;
}
