import { describe, expect, it } from 'vitest';
import { protectedObjectSchema, type ProtectedObject } from '../../contract/mlps/records';
import type { Profile } from '../../contract/profile/schemas';
import { buildFilingForm, type FilingFormInput } from './filing-form';

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

const object: ProtectedObject = protectedObjectSchema.parse({
  id: 'erp',
  name: 'ERP 系统',
  kind: 'information-system',
  keyProducts: '',
  hostedOn: 'cloud',
  dataCategories: [{ name: '客户信息', personalInfo: true }],
});
const grading = (level: 2 | 3) => ({
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
  attachments: {},
};

describe('filing form data', () => {
  it('fills table 1 from the profile and counts the register per level', () => {
    const form = buildFilingForm(base);
    expect(form.unit).toMatchObject({ name: profile.name, head: '王建国', affiliation: '中国示例控股集团有限公司', objectsPerLevel: [0, 1, 2, 0, 0], objectCount: 4 });
    expect(form.system.hostedOnName).toBe('私有云');
    expect(form.dataInventory).toEqual(object.dataCategories);
  });

  it('asks a level-3 object for every table 4 document not attached or on record', () => {
    const form = buildFilingForm({ ...base, attachments: { topology: ['拓扑图.pdf'], gradingReport: ['定级报告.docx'] } });
    expect(form.documents?.filter((d) => d.provided).map((d) => d.document)).toEqual(['topology', 'expertReview']);
    expect(form.findings.map((f) => f.params?.document)).toEqual(['organisationAndPolicies', 'designOrRemediationPlan', 'productList', 'assessmentReport', 'approval']);
    expect(form.grading).toMatchObject({ expertReviewed: true, approved: false, reportAttached: true });
  });

  it('has no table 4 below level 3 but still wants the grading report from level 2', () => {
    const form = buildFilingForm({ ...base, grading: grading(2) });
    expect(form.documents).toBeNull();
    expect(form.findings.map((f) => f.code)).toEqual(['mlps.filingForm.gradingReportMissing']);
  });

  it('says what is missing when there is no profile or grading', () => {
    const form = buildFilingForm({ ...base, profile: null, grading: null });
    expect(form.findings.map((f) => f.code)).toEqual(['mlps.filingForm.profileMissing', 'mlps.filingForm.notGraded']);
    expect(form.grading).toBeNull();
  });
});
