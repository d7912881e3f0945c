/**
 * Grading under GB/T 22240-2020: the matrix, the object's level, and the checks a grading must pass.
 */
import type { Finding } from '../../contract/core';
import type { GradedObject, GradingInput, GradingMatrix, GradingResult, Harm, MlpsLevel, MlpsPolicy } from '../../contract/mlps/schemas';
import { gradingMatrix, mlpsPolicy } from '../../catalogs/mlps/policy';

/** The level one judgement (object harmed × degree of harm) leads to. */
export function levelFromHarm(harm: Harm, matrix: GradingMatrix = gradingMatrix): MlpsLevel {
  return matrix.levels[harm.object][harm.degree];
}

/** Business-information and system-service levels; the object's level is the higher of the two. */
export function gradeObject(input: GradingInput, matrix: GradingMatrix = gradingMatrix): GradingResult {
  const business = levelFromHarm(input.business, matrix);
  const service = levelFromHarm(input.service, matrix);
  return { business, service, level: business >= service ? business : service };
}

/** The i18n key of a level's name (1 自主保护级 … 5 专控保护级). */
export function levelNameKey(level: MlpsLevel): `mlps.level.${MlpsLevel}` {
  return `mlps.level.${level}`;
}

/**
 * Checks across the register: a platform graded below what it carries, a big-data platform with much personal
 * information below its minimum, a level that needs expert review and approval without their records.
 * Objects not yet graded are skipped by the level checks.
 */
export function checkGrading(objects: readonly GradedObject[], policy: MlpsPolicy = mlpsPolicy): Finding[] {
  const byId = new Map(objects.map((object) => [object.id, object]));
  return objects.flatMap((object, row) => [
    ...checkHost(object, row, byId),
    ...checkBigData(object, row, policy),
    ...checkSignOffs(object, row, policy),
  ]);
}

function checkHost(object: GradedObject, row: number, byId: ReadonlyMap<string, GradedObject>): Finding[] {
  if (object.hostedOn === undefined) return [];
  const host = byId.get(object.hostedOn);
  if (!host) {
    return [{ code: 'mlps.grading.unknownHost', field: 'hostedOn', row, params: { system: object.name, hostId: object.hostedOn } }];
  }
  if (object.level === undefined || host.level === undefined || host.level >= object.level) return [];
  return [
    {
      code: 'mlps.grading.platformBelowHosted',
      field: 'level',
      row,
      params: {
        objectId: object.id,
        platformId: host.id,
        system: object.name,
        systemLevel: object.level,
        platform: host.name,
        platformLevel: host.level,
      },
    },
  ];
}

function checkBigData(object: GradedObject, row: number, policy: MlpsPolicy): Finding[] {
  const minimum = policy.bigDataPersonalInfoMinLevel;
  if (object.kind !== 'big-data-platform' || !object.processesMuchPersonalInfo) return [];
  if (object.level === undefined || object.level >= minimum) return [];
  return [
    {
      code: 'mlps.grading.bigDataPersonalInfoBelowMinimum',
      field: 'level',
      row,
      params: { objectId: object.id, system: object.name, level: object.level, minimum },
    },
  ];
}

function checkSignOffs(object: GradedObject, row: number, policy: MlpsPolicy): Finding[] {
  if (object.level === undefined || object.level < policy.reviewFromLevel) return [];
  const params = { objectId: object.id, system: object.name, level: object.level };
  const findings: Finding[] = [];
  if (!object.expertReview) findings.push({ code: 'mlps.grading.expertReviewMissing', field: 'expertReview', row, params });
  if (!object.approval) findings.push({ code: 'mlps.grading.approvalMissing', field: 'approval', row, params });
  return findings;
}
