import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILING_FORM_FIELDS,
  filingFormFieldsSchema,
  mlpsUnitSchema,
  protectedObjectSchema,
  type ProtectedObject,
} from '../../contract/mlps/records';
import type { Profile } from '../../contract/profile/schemas';
import { buildFilingForm, checkFilingFormFields, checkUnitCodes, type FilingFormInput } from './filing-form';

const profile = {
  name: '中国示例能源集团有限公司',
  uscc: '91110000100017643K',
  address: '北京市西城区示例大街 1 号',
  regionCode: '110102',
  industry: '能源',
  unitType: 'central-enterprise',
  role: 'subsidiary',
  group: { name: '中国示例控股集团有限公司', uscc: '911100007109310534' },
  legalRepresentative: '王建国',
  department: '信息化管理部',
  contact: { name: '李晓华', phone: '010-12345678', email: 'li@example.cn' },
} satisfies Profile;

const unit = mlpsUnitSchema.parse({
  formNumber: '11010243001',
  postalCode: '100032',
  securityLeader: { name: '陈立新', title: '副总经理', officePhone: '010-66668888', email: 'chen@example.cn' },
  contactTitle: '主管',
  contactMobile: '13800138000',
  affiliation: '1',
  unitType: '4',
  industry: '38',
});

const object: ProtectedObject = protectedObjectSchema.parse({
  id: 'erp',
  name: 'ERP 系统',
  kind: 'information-system',
  keyProducts: '',
  hostedOn: 'cloud',
  dataCategories: [{ name: '客户信息', personalInfo: true }],
});
const grading = (level: 2 | 3) =>
  ({
    business: { object: 'society', degree: level === 3 ? 'serious' : 'general' },
    service: { object: 'citizen', degree: 'general' },
    gradedOn: '2025-03-01',
    businessLevel: level,
    serviceLevel: 1,
    level,
    expertReview: { date: '2025-03-10', by: '专家组' },
  }) as FilingFormInput['grading'];

const base: FilingFormInput = {
  profile,
  register: [
    { id: 'erp', name: 'ERP 系统', level: 3 },
    { id: 'cloud', name: '私有云', level: 3 },
    { id: 'oa', name: 'OA', level: 2 },
    { id: 'new', name: '新系统', level: null },
  ],
  object,
  grading: grading(3),
  filing: null,
  unit,
  fields: null,
  attachments: {},
};

describe('filing form data (2025 template)', () => {
  it('fills table 1 from the profile and the unit record: the security leader as 单位负责人, 隶属关系 as a code', () => {
    const form = buildFilingForm(base);
    expect(form.unit).toMatchObject({
      name: profile.name,
      postalCode: '100032',
      securityLeader: { name: '陈立新', title: '副总经理' },
      contact: { name: '李晓华', title: '主管', officePhone: '010-12345678', mobile: '13800138000' },
      affiliation: '1',
      objectsPerLevel: [0, 1, 2, 0, 0],
      objectCount: 4,
    });
    expect(JSON.stringify(form.unit)).not.toContain('王建国'); // the legal representative is not the form's 单位负责人
    expect(JSON.stringify(form.unit)).not.toContain('中国示例控股集团有限公司'); // nor the group's name its 隶属关系
    expect(form.formNumber).toBe('11010243001');
    expect(form.system.hostedOnName).toBe('私有云');
    expect(form.dataInventory).toEqual(object.dataCategories);
  });

  it("prints the number a system was filed under where it is not the unit's, and the certificate number per system", () => {
    const filing = {
      authority: '北京市公安局',
      filedOn: '2025-03-20',
      assessments: [],
      certificateNumber: '11010243001-26001',
      formNumber: '31010500007',
    };
    const form = buildFilingForm({ ...base, filing });
    expect([form.formNumber, form.certificateNumber]).toEqual(['31010500007', '11010243001-26001']);
  });

  it('asks a level-3 object for every table 4 document not attached or on record, approval only where there is a competent department', () => {
    const form = buildFilingForm({ ...base, attachments: { topology: ['拓扑图.pdf'], gradingReport: ['定级报告.docx'] } });
    expect(form.documents?.filter((d) => d.provided).map((d) => d.document)).toEqual(['topology', 'expertReview']);
    expect(form.findings.map((f) => f.params?.document).filter(Boolean)).toEqual([
      'organisationAndPolicies',
      'designOrRemediationPlan',
      'productList',
      'assessmentReport',
    ]);
    // 是否有主管部门 is the grading's answer; the unit names the department.
    const supervised = buildFilingForm({
      ...base,
      grading: { ...base.grading!, hasCompetentDepartment: true },
      unit: { ...unit, competentDepartment: '国资委' },
    });
    expect(supervised.documents?.map((d) => d.document)).toContain('approval');
    expect(supervised.grading).toMatchObject({ hasCompetentDepartment: true, competentDepartment: '国资委', approved: false });
  });

  it('has no table 4 below level 3 but still wants the grading report from level 2', () => {
    const form = buildFilingForm({ ...base, grading: grading(2) });
    expect(form.documents).toBeNull();
    expect(form.findings.map((f) => f.code)).toEqual(['mlps.filingForm.gradingReportMissing']);
  });

  it('takes the expert review, the approval and the product list on record as provided, and asks for a review not on record', () => {
    const recorded = buildFilingForm({
      ...base,
      grading: { ...base.grading!, hasCompetentDepartment: true, approval: { date: '2025-03-10', by: '国资委' } },
      object: { ...base.object, keyProducts: '国产数据库' },
    });
    const provided = recorded.documents?.filter((d) => d.provided).map((d) => d.document);
    expect(provided).toEqual(expect.arrayContaining(['expertReview', 'approval', 'productList']));
    const { expertReview: _notReviewed, ...unreviewed } = base.grading!;
    const missing = buildFilingForm({ ...base, grading: unreviewed }).findings.map((f) => f.params?.document);
    expect(missing).toContain('expertReview');
  });

  it('wants nothing more of a level-2 object once its grading report is attached', () => {
    expect(buildFilingForm({ ...base, grading: grading(2), attachments: { gradingReport: ['定级报告.docx'] } }).findings).toEqual([]);
  });

  it('says what is missing when there is no profile, unit record or grading', () => {
    const form = buildFilingForm({ ...base, profile: null, unit: null, grading: null });
    expect(form.findings.map((f) => f.code)).toEqual([
      'mlps.filingForm.profileMissing',
      'mlps.filingForm.securityLeaderMissing',
      'mlps.filingForm.affiliationMissing',
      'mlps.filingForm.notGraded',
    ]);
    expect(form.grading).toBeNull();
    expect(form.system.form).toEqual(EMPTY_FILING_FORM_FIELDS);
  });
});

describe('coded options against their lists', () => {
  it('accepts the codes of the lists', () => {
    expect(checkUnitCodes(unit)).toEqual([]);
    const fields = filingFormFieldsSchema.parse({
      businessType: '1',
      serviceScope: '11',
      interconnections: ['1', '3'],
      keyProducts: [{ type: '4', quantity: 2, domestic: 1 }],
      services: [{ type: '1', provider: '2' }],
    });
    expect(checkFilingFormFields(fields)).toEqual([]);
  });

  it('names the field of a code a list does not have, and of an option given twice', () => {
    expect(checkUnitCodes({ ...unit, affiliation: '5' })).toEqual([
      { code: 'mlps.filingForm.unknownCode', field: 'affiliation', params: { code: '5' } },
    ]);
    const fields = filingFormFieldsSchema.parse({
      networkNature: '7',
      keyProducts: [
        { type: '4', quantity: 1, domestic: 0 },
        { type: '4', quantity: 2, domestic: 2 },
      ],
      services: [{ type: '1', provider: '8' }],
    });
    expect(checkFilingFormFields(fields).map((finding) => [finding.code, finding.field])).toEqual([
      ['mlps.filingForm.unknownCode', 'networkNature'],
      ['mlps.filingForm.duplicateOption', 'keyProducts[1].type'],
      ['mlps.filingForm.unknownCode', 'services[0].provider'],
    ]);
  });

  it('refuses more domestic products than products, at the field', () => {
    const result = filingFormFieldsSchema.safeParse({ keyProducts: [{ type: '4', quantity: 1, domestic: 2 }] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['keyProducts.0.domestic', 'mlps.validation.domesticAboveQuantity'],
    ]);
  });
});
