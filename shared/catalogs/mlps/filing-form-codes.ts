/**
 * The coded options of the graded-protection filing form (备案表), as data: the form asks for codes (隶属关系
 * "1 中央 …"), so the codes and their labels live here with an id and a version, and a newer template changes
 * data, not code. Source: docs/standards.md §2 ("Filing form: coded options").
 */
import type { FilingFormCodes, FilingOption, FilingOptionSet } from '../../contract/mlps/schemas';

const options = (entries: ReadonlyArray<readonly [string, string, string]>) => entries.map(([code, zh, en]) => ({ code, zh, en }));

export const filingFormCodes: FilingFormCodes = {
  id: 'mlps-filing-form-codes',
  version: '2025.1.0',
  notes:
    '隶属关系 codes from docs/standards.md §2 (verified). The other lists are our reading of the 2007 template ' +
    '(公通字〔2007〕43号 attachment), which the 2025 template is understood to keep; not yet checked against the ' +
    '2025 form itself (unverified): edit this data when the 2025 form says otherwise.',
  verified: {
    affiliation: true,
    unitType: false,
    industry: false,
    businessType: false,
    serviceScope: false,
    serviceObjects: false,
    networkCoverage: false,
    networkNature: false,
    interconnection: false,
    productType: false,
    serviceType: false,
    providerType: false,
  },
  options: {
    affiliation: options([
      ['1', '中央', 'Central'],
      ['2', '省（自治区、直辖市）', 'Province'],
      ['3', '地（区、市、州、盟）', 'Prefecture'],
      ['4', '县（区、市、旗）', 'County'],
      ['9', '其他', 'Other'],
    ]),
    unitType: options([
      ['1', '党委机关', 'Party organ'],
      ['2', '政府机关', 'Government organ'],
      ['3', '事业单位', 'Public institution'],
      ['4', '企业', 'Enterprise'],
      ['9', '其他', 'Other'],
    ]),
    industry: options([
      ['11', '电信', 'Telecommunications'],
      ['12', '广电', 'Broadcasting'],
      ['13', '经营性公众互联网', 'Commercial public internet'],
      ['21', '铁路', 'Railways'],
      ['22', '银行', 'Banking'],
      ['23', '海关', 'Customs'],
      ['24', '税务', 'Taxation'],
      ['25', '民航', 'Civil aviation'],
      ['26', '电力', 'Electric power'],
      ['27', '证券', 'Securities'],
      ['28', '保险', 'Insurance'],
      ['31', '国防科技工业', 'Defence industry'],
      ['32', '公安', 'Public security'],
      ['33', '人事劳动和社会保障', 'Human resources and social security'],
      ['34', '财政', 'Finance'],
      ['35', '审计', 'Audit'],
      ['36', '商业贸易', 'Commerce and trade'],
      ['37', '国土资源', 'Land and resources'],
      ['38', '能源', 'Energy'],
      ['39', '交通', 'Transport'],
      ['40', '统计', 'Statistics'],
      ['41', '工商行政管理', 'Industry and commerce administration'],
      ['42', '邮政', 'Postal service'],
      ['43', '教育', 'Education'],
      ['44', '文化', 'Culture'],
      ['45', '卫生', 'Health'],
      ['46', '农业', 'Agriculture'],
      ['47', '水利', 'Water resources'],
      ['48', '外交', 'Foreign affairs'],
      ['49', '发展改革', 'Development and reform'],
      ['50', '科技', 'Science and technology'],
      ['51', '宣传', 'Publicity'],
      ['52', '质量监督检验检疫', 'Quality supervision and inspection'],
      ['99', '其他', 'Other'],
    ]),
    businessType: options([
      ['1', '生产作业', 'Production'],
      ['2', '指挥调度', 'Command and dispatch'],
      ['3', '管理控制', 'Management and control'],
      ['4', '内部办公', 'Internal office work'],
      ['5', '公众服务', 'Public service'],
      ['9', '其他', 'Other'],
    ]),
    serviceScope: options([
      ['10', '全国', 'Nationwide'],
      ['11', '跨省（区、市）', 'Across provinces'],
      ['20', '全省（区、市）', 'Whole province'],
      ['21', '跨地（市、区）', 'Across prefectures'],
      ['30', '地（市、区）内', 'Within a prefecture'],
      ['99', '其他', 'Other'],
    ]),
    serviceObjects: options([
      ['1', '单位内部人员', 'Staff of the unit'],
      ['2', '社会公众人员', 'The public'],
      ['3', '两者均包括', 'Both'],
      ['9', '其他', 'Other'],
    ]),
    networkCoverage: options([
      ['1', '局域网', 'Local area network'],
      ['2', '城域网', 'Metropolitan area network'],
      ['3', '广域网', 'Wide area network'],
      ['9', '其他', 'Other'],
    ]),
    networkNature: options([
      ['1', '业务专网', 'Dedicated business network'],
      ['2', '互联网', 'Internet'],
      ['9', '其他', 'Other'],
    ]),
    interconnection: options([
      ['1', '与其他行业系统连接', 'Connected to other industries\u2019 systems'],
      ['2', '与本行业其他单位系统连接', 'Connected to other units of the industry'],
      ['3', '与本单位其他系统连接', 'Connected to other systems of the unit'],
      ['9', '其他', 'Other'],
    ]),
    productType: options([
      ['1', '安全专用产品', 'Security products'],
      ['2', '网络产品', 'Network products'],
      ['3', '操作系统', 'Operating systems'],
      ['4', '数据库', 'Databases'],
      ['5', '服务器', 'Servers'],
      ['9', '其他', 'Other'],
    ]),
    serviceType: options([
      ['1', '等级测评', 'Level assessment'],
      ['2', '风险评估', 'Risk assessment'],
      ['3', '灾难恢复', 'Disaster recovery'],
      ['4', '应急响应', 'Emergency response'],
      ['5', '系统集成', 'System integration'],
      ['6', '安全咨询', 'Security consulting'],
      ['7', '安全培训', 'Security training'],
      ['9', '其他', 'Other'],
    ]),
    providerType: options([
      ['1', '本行业（单位）', 'Own industry (unit)'],
      ['2', '国内其他服务商', 'Other domestic provider'],
      ['3', '国外服务商', 'Foreign provider'],
    ]),
  },
};

/** The option with this code in a list, or undefined for a code the list does not have. */
export function filingOption(set: FilingOptionSet, code: string, codes: FilingFormCodes = filingFormCodes): FilingOption | undefined {
  return codes.options[set].find((option) => option.code === code);
}
