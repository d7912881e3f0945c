/**
 * Grading under GB/T 22240-2020: the matrix, the object's level, and the checks a grading must pass.
 */
import type { Finding } from '../../contract/core';
import type { GradingRecord, MaterialChange, ProtectedObject } from '../../contract/mlps/records';
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

/** What the grading checks need of one register entry, its grading (with the level) and its last material change. */
export function gradedObjectOf(
  object: Pick<ProtectedObject, 'id' | 'name' | 'kind' | 'hostedOn' | 'processesMuchPersonalInfo' | 'servesPublic'>,
  grading: (GradingRecord & { level: MlpsLevel }) | null,
  materialChange: MaterialChange | null,
): GradedObject {
  return {
    id: object.id,
    name: object.name,
    kind: object.kind,
    processesMuchPersonalInfo: object.processesMuchPersonalInfo,
    servesPublic: object.servesPublic,
    ...(object.hostedOn ? { hostedOn: object.hostedOn } : {}),
    ...(grading
      ? {
          level: grading.level,
          gradedOn: grading.gradedOn,
          ...(grading.expertReview ? { expertReview: grading.expertReview } : {}),
          ...(grading.hasCompetentDepartment !== undefined ? { hasCompetentDepartment: grading.hasCompetentDepartment } : {}),
          ...(grading.approval ? { approval: grading.approval } : {}),
        }
      : {}),
    ...(materialChange ? { materialChange } : {}),
  };
}

/**
 * Checks across the register: a platform graded below what it carries, a big-data platform with much personal
 * information or a platform serving the public below its minimum, a level that needs expert review without a
 * current one, a unit with a competent department without its approval. Objects not yet graded are skipped by
 * the level checks.
 */
export function checkGrading(objects: readonly GradedObject[], policy: MlpsPolicy = mlpsPolicy): Finding[] {
  const byId = new Map(objects.map((object) => [object.id, object]));
  return objects.flatMap((object, row) => [
    ...checkHost(object, row, byId),
    ...checkBigData(object, row, policy),
    ...checkPublicPlatform(object, row, policy),
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

/** GB/T 22240-2020: a platform serving the public is in principle at least level 3 (docs/standards.md §2). */
function checkPublicPlatform(object: GradedObject, row: number, policy: MlpsPolicy): Finding[] {
  const minimum = policy.publicPlatformMinLevel;
  if (!object.servesPublic || object.level === undefined || object.level >= minimum) return [];
  return [
    {
      code: 'mlps.grading.publicPlatformBelowMinimum',
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
  else findings.push(...staleReview(object, object.expertReview.date, row, params));
  // The competent department's approval is asked only of a unit that has one (表三 是否有主管部门).
  if (object.hasCompetentDepartment === undefined) {
    findings.push({ code: 'mlps.grading.competentDepartmentUnanswered', field: 'hasCompetentDepartment', row, params });
  } else if (object.hasCompetentDepartment && !object.approval) {
    findings.push({ code: 'mlps.grading.approvalMissing', field: 'approval', row, params });
  }
  return findings;
}

/** A review from before the current grading, or from before a material change since, does not cover it. */
function staleReview(object: GradedObject, reviewedOn: string, row: number, params: Record<string, string | number>): Finding[] {
  if (object.gradedOn !== undefined && reviewedOn < object.gradedOn) {
    return [
      {
        code: 'mlps.grading.expertReviewBeforeGrading',
        field: 'expertReview',
        row,
        params: { ...params, reviewedOn, gradedOn: object.gradedOn },
      },
    ];
  }
  if (object.materialChange && reviewedOn < object.materialChange.on) {
    return [
      {
        code: 'mlps.grading.expertReviewBeforeChange',
        field: 'expertReview',
        row,
        params: { ...params, reviewedOn, changedOn: object.materialChange.on },
      },
    ];
  }
  return [];
}
