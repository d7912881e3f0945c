/**
 * The 保护工作方案 (protection work plan) a level-3+ operator draws up under the 2025 regime, drafted from the
 * object's own records: its assets, the protection measures already in place, the major hidden risks first, then
 * the high, medium and low problems with their causes (the assessment's notes), and the remediation tasks as the
 * plan (docs/standards.md §2 and "The 保护工作方案").
 */
import type { Finding } from '../../contract/core';
import type { FilingFormFields, MajorHiddenRisk, RemediationTask } from '../../contract/mlps/records';
import type { ControlCatalog, FamilyCode, ItemAssessment, MlpsLevel, RiskRating } from '../../contract/mlps/schemas';
import { FAMILY_CODES, RISK_RATINGS } from '../../contract/mlps/schemas';

/** Due from every operator of a level-3 or higher object (docs/standards.md §2). */
export const PROTECTION_PLAN_FROM_LEVEL = 3;

export interface ProtectionPlanInput {
  level: MlpsLevel | null;
  /** The platform the object runs on (its base environment), if any. */
  hostedOnName: string | null;
  keyProductsText: string;
  fields: FilingFormFields;
  catalog: ControlCatalog;
  /** The items in the object's scope, in catalog order. */
  itemIds: readonly string[];
  statuses: readonly ItemAssessment[];
  majorHiddenRisks: readonly MajorHiddenRisk[];
  remediation: readonly RemediationTask[];
}

export interface ProtectionProblem {
  itemId: string;
  family: FamilyCode;
  controlPoint: string;
  summary: string;
  status: 'partial' | 'noncompliant';
  risk: RiskRating;
  /** The assessment's note: the cause as the assessor recorded it. */
  cause: string;
}

export interface ProtectionPlan {
  level: MlpsLevel;
  assets: { hostedOnName: string | null; internetFacing: boolean; keyProducts: FilingFormFields['keyProducts']; keyProductsText: string };
  /** Per family, the items already met: the protection measures in place. */
  measures: Array<{ family: FamilyCode; compliant: number; inScope: number; controlPoints: string[] }>;
  majorHiddenRisks: MajorHiddenRisk[];
  problems: Record<RiskRating, ProtectionProblem[]>;
  /** Gaps with no rating yet: listed after the rated ones, so none is left out of the plan. */
  unrated: ProtectionProblem[];
  /** Open tasks first, by due date; done ones after, as the record of what was remediated. */
  tasks: RemediationTask[];
}

/** Refused below level 3: the plan is not asked of such an object. */
export function checkProtectionPlanLevel(level: MlpsLevel | null, name: string): Finding[] {
  if (level !== null && level >= PROTECTION_PLAN_FROM_LEVEL) return [];
  return [{ code: 'mlps.protectionPlan.belowLevel3', field: 'objectId', params: { name, level: level ?? '—' } }];
}

const INTERNET = '2';

export function draftProtectionPlan(input: ProtectionPlanInput): ProtectionPlan {
  const fault = checkProtectionPlanLevel(input.level, '')[0];
  if (fault) throw new Error(fault.code);
  const byId = new Map(input.catalog.items.map((item) => [item.id, item]));
  const inScope = new Set(input.itemIds);
  const status = new Map(input.statuses.filter((entry) => inScope.has(entry.itemId)).map((entry) => [entry.itemId, entry]));

  const measures = FAMILY_CODES.map((family) => {
    const items = input.itemIds.map((id) => byId.get(id)!).filter((item) => item?.family === family);
    const met = items.filter((item) => status.get(item.id)?.status === 'compliant');
    return { family, compliant: met.length, inScope: items.length, controlPoints: [...new Set(met.map((item) => item.controlPoint))] };
  }).filter((entry) => entry.inScope > 0);

  const gaps: Array<ProtectionProblem & { rated: boolean }> = input.itemIds.flatMap((id) => {
    const entry = status.get(id);
    const item = byId.get(id);
    if (!entry || !item || entry.status === 'compliant') return [];
    return [
      {
        itemId: id,
        family: item.family,
        controlPoint: item.controlPoint,
        summary: item.summary,
        status: entry.status,
        risk: entry.risk ?? 'low',
        cause: entry.note ?? '',
        rated: entry.risk !== undefined,
      },
    ];
  });
  const strip = ({ rated: _rated, ...problem }: ProtectionProblem & { rated: boolean }): ProtectionProblem => problem;
  const problems = Object.fromEntries(
    RISK_RATINGS.map((risk) => [risk, gaps.filter((gap) => gap.rated && gap.risk === risk).map(strip)]),
  ) as Record<RiskRating, ProtectionProblem[]>;

  const open = (task: RemediationTask) => task.status === 'open' || task.status === 'in-progress';
  const tasks = [...input.remediation].sort(
    (a, b) => Number(open(b)) - Number(open(a)) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title),
  );

  return {
    level: input.level!,
    assets: {
      hostedOnName: input.hostedOnName,
      internetFacing: input.fields.networkNature === INTERNET,
      keyProducts: input.fields.keyProducts,
      keyProductsText: input.keyProductsText,
    },
    measures,
    // Open ones first: the plan is built around what is still to be removed.
    majorHiddenRisks: [...input.majorHiddenRisks].sort(
      (a, b) => Number(a.remediated) - Number(b.remediated) || a.title.localeCompare(b.title),
    ),
    problems,
    unrated: gaps.filter((gap) => !gap.rated).map(strip),
    tasks,
  };
}
