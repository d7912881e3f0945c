import { describe, it, expect } from 'vitest';
import type { GradedObject, HarmDegree, HarmedObject, MlpsLevel } from '../../contract/mlps/schemas';
import { mlpsMessages } from '../../i18n/mlps';
import { checkGrading, gradeObject, levelFromHarm, levelNameKey } from './grading';

describe('grading matrix (GB/T 22240-2020)', () => {
  it.each<[HarmedObject, HarmDegree, MlpsLevel]>([
    ['citizen', 'general', 1],
    ['citizen', 'serious', 2],
    ['citizen', 'especially-serious', 2],
    ['society', 'general', 2],
    ['society', 'serious', 3],
    ['society', 'especially-serious', 4],
    ['nation', 'general', 3],
    ['nation', 'serious', 4],
    ['nation', 'especially-serious', 5],
  ])('%s harmed with %s harm → level %i', (object, degree, level) => {
    expect(levelFromHarm({ object, degree })).toBe(level);
  });
});

describe('object level = the higher of business and service', () => {
  it.each<[HarmedObject, HarmDegree, HarmedObject, HarmDegree, MlpsLevel, MlpsLevel, MlpsLevel]>([
    ['society', 'serious', 'citizen', 'general', 3, 1, 3],
    ['citizen', 'serious', 'nation', 'serious', 2, 4, 4],
    ['society', 'general', 'citizen', 'serious', 2, 2, 2],
    ['nation', 'especially-serious', 'citizen', 'general', 5, 1, 5],
  ])('business %s/%s, service %s/%s → %i, %i, level %i', (bo, bd, so, sd, business, service, level) => {
    expect(gradeObject({ business: { object: bo, degree: bd }, service: { object: so, degree: sd } })).toEqual({
      business,
      service,
      level,
    });
  });
});

describe('level names', () => {
  it.each<[MlpsLevel, string]>([
    [1, '自主保护级'],
    [2, '指导保护级'],
    [3, '监督保护级'],
    [4, '强制保护级'],
    [5, '专控保护级'],
  ])('level %i is %s', (level, name) => {
    expect(mlpsMessages['zh-CN'][levelNameKey(level)]).toContain(name);
    expect(mlpsMessages['zh-CN'][`mlps.levelShort.${level}`]).toBe(name);
  });
});

const signed = {
  gradedOn: '2025-02-20',
  expertReview: { date: '2025-03-01', by: '专家组' },
  hasCompetentDepartment: true,
  approval: { date: '2025-03-10', by: '集团信息化部' },
};
const obj = (fields: Partial<GradedObject> & Pick<GradedObject, 'id'>): GradedObject => ({
  name: fields.id,
  kind: 'information-system',
  processesMuchPersonalInfo: false,
  servesPublic: false,
  ...signed,
  ...fields,
});

describe('grading checks', () => {
  it.each<[string, GradedObject[], string[]]>([
    [
      'a cloud platform below the system it carries',
      [obj({ id: 'cloud', kind: 'cloud-platform', level: 2 }), obj({ id: 'erp', level: 3, hostedOn: 'cloud' })],
      ['mlps.grading.platformBelowHosted'],
    ],
    [
      'a cloud platform at the same level',
      [obj({ id: 'cloud', kind: 'cloud-platform', level: 3 }), obj({ id: 'erp', level: 3, hostedOn: 'cloud' })],
      [],
    ],
    [
      'a platform above the system',
      [obj({ id: 'cloud', kind: 'cloud-platform', level: 4 }), obj({ id: 'erp', level: 3, hostedOn: 'cloud' })],
      [],
    ],
    ['a host not yet graded', [obj({ id: 'cloud', kind: 'cloud-platform' }), obj({ id: 'erp', level: 3, hostedOn: 'cloud' })], []],
    ['a host missing from the register', [obj({ id: 'erp', level: 3, hostedOn: 'ghost' })], ['mlps.grading.unknownHost']],
    [
      'big data with much personal information at level 2',
      [obj({ id: 'bd', kind: 'big-data-platform', level: 2, processesMuchPersonalInfo: true })],
      ['mlps.grading.bigDataPersonalInfoBelowMinimum'],
    ],
    [
      'big data with much personal information at level 3',
      [obj({ id: 'bd', kind: 'big-data-platform', level: 3, processesMuchPersonalInfo: true })],
      [],
    ],
    ['big data without much personal information at level 2', [obj({ id: 'bd', kind: 'big-data-platform', level: 2 })], []],
    ['an information system with much personal information at level 2', [obj({ id: 'hr', level: 2, processesMuchPersonalInfo: true })], []],
    ['level 2 without expert review', [obj({ id: 'oa', level: 2, expertReview: undefined })], ['mlps.grading.expertReviewMissing']],
    ['level 3 without approval', [obj({ id: 'oa', level: 3, approval: undefined })], ['mlps.grading.approvalMissing']],
    [
      'level 2 with neither',
      [obj({ id: 'oa', level: 2, expertReview: undefined, approval: undefined })],
      ['mlps.grading.expertReviewMissing', 'mlps.grading.approvalMissing'],
    ],
    ['level 1 with neither', [obj({ id: 'site', level: 1, expertReview: undefined, approval: undefined })], []],
    [
      'a unit without a competent department needs no approval',
      [obj({ id: 'oa', level: 3, hasCompetentDepartment: false, approval: undefined })],
      [],
    ],
    [
      'whether there is a competent department not yet answered',
      [obj({ id: 'oa', level: 3, hasCompetentDepartment: undefined, approval: undefined })],
      ['mlps.grading.competentDepartmentUnanswered'],
    ],
    [
      'a platform serving the public at level 2',
      [obj({ id: 'portal', level: 2, servesPublic: true })],
      ['mlps.grading.publicPlatformBelowMinimum'],
    ],
    ['a platform serving the public at level 3', [obj({ id: 'portal', level: 3, servesPublic: true })], []],
    [
      'a review from before a re-grading',
      [obj({ id: 'oa', level: 3, gradedOn: '2025-06-01' })],
      ['mlps.grading.expertReviewBeforeGrading'],
    ],
    [
      'a review from before a material change',
      [obj({ id: 'oa', level: 3, materialChange: { on: '2025-05-01', fields: ['interconnections'] } })],
      ['mlps.grading.expertReviewBeforeChange'],
    ],
    ['a review on the day of grading covers it', [obj({ id: 'oa', level: 3, expertReview: { date: signed.gradedOn, by: '专家组' } })], []],
    [
      'an object not yet graded: the level checks skip it, whatever it carries or lacks',
      [
        obj({ id: 'cloud', kind: 'cloud-platform', level: 2 }),
        {
          id: 'bigdata',
          name: '数据中台',
          kind: 'big-data-platform',
          processesMuchPersonalInfo: true,
          servesPublic: true,
          hostedOn: 'cloud',
        },
      ],
      [],
    ],
    [
      'a review on the day of the change covers it',
      [obj({ id: 'oa', level: 3, materialChange: { on: '2025-03-01', fields: ['level'] } })],
      [],
    ],
  ])('%s', (_, objects, codes) => {
    expect(checkGrading(objects).map((finding) => finding.code)).toEqual(codes);
  });

  it('names both objects, their levels and the row of the hosted one', () => {
    const [finding] = checkGrading([
      obj({ id: 'cloud', name: '集团私有云', kind: 'cloud-platform', level: 2 }),
      obj({ id: 'erp', name: 'ERP', level: 3, hostedOn: 'cloud' }),
    ]);
    expect(finding).toEqual({
      code: 'mlps.grading.platformBelowHosted',
      field: 'level',
      row: 1,
      params: { objectId: 'erp', platformId: 'cloud', system: 'ERP', systemLevel: 3, platform: '集团私有云', platformLevel: 2 },
    });
  });
});

describe('the warning for a platform serving the public', () => {
  it('names the system, its level and the minimum the policy data sets', () => {
    expect(checkGrading([obj({ id: 'portal', name: '集团门户', level: 2, servesPublic: true })])).toEqual([
      {
        code: 'mlps.grading.publicPlatformBelowMinimum',
        field: 'level',
        row: 0,
        params: { objectId: 'portal', system: '集团门户', level: 2, minimum: 3 },
      },
    ]);
  });
});
