import type { FormDefinition } from '../../contract/forms/schemas';
import { applicantRules, applicantSection, t } from './common';

/** Point 9: an enterprise short of money or staff has a central-enterprise provider build and run IT for yearly rent. */
export const outsourcingRequestForm: FormDefinition = {
  id: 'sasac-2009-outsourcing-request',
  version: '1.0.0',
  title: t('信息化合作外包申请表', 'Outsourcing request'),
  notes: t('依据意见第九点；栏目为本软件拟定。', 'After point 9 of the opinion; the fields are our own.'),
  sections: [
    applicantSection,
    {
      id: 'request',
      title: t('外包需求', 'Request'),
      fields: [
        {
          id: 'reasons',
          kind: 'multiselect',
          label: t('采用外包的原因', 'Why outsource'),
          required: true,
          options: [
            { value: 'funds', label: t('缺乏资金投入', 'Short of funds') },
            { value: 'staff', label: t('技术人员不够', 'Short of technical staff') },
            { value: 'schedule', label: t('需缩短建设周期', 'Need a shorter build time') },
          ],
        },
        {
          id: 'scope',
          kind: 'multiselect',
          label: t('外包范围', 'Scope'),
          required: true,
          options: [
            { value: 'network-platform', label: t('信息网络平台', 'Network platform') },
            { value: 'management-system', label: t('管理信息系统', 'Management information system') },
            { value: 'operations', label: t('日常运维', 'Day-to-day operations') },
          ],
        },
        {
          id: 'providerKinds',
          kind: 'multiselect',
          label: t('希望的承包方', 'Preferred providers'),
          options: [
            { value: 'network-operator', label: t('网络运营商', 'Network operator') },
            { value: 'system-integrator', label: t('系统集成商', 'System integrator') },
            { value: 'software-developer', label: t('软件开发商', 'Software developer') },
          ],
        },
        { id: 'needs', kind: 'textarea', label: t('具体需求', 'Needs in detail'), required: true, maxLength: 3000 },
        {
          id: 'yearlyRentBudget',
          kind: 'number',
          label: t('年租金预算', 'Yearly rent budget'),
          required: true,
          min: 0,
          unit: t('万元', '10k CNY'),
        },
        { id: 'termYears', kind: 'number', label: t('拟租用年限', 'Term'), min: 1, integer: true, unit: t('年', 'years') },
      ],
    },
  ],
  rules: applicantRules,
};
