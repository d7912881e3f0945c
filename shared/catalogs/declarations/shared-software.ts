import type { FormDefinition } from '../../contract/forms/schemas';
import { applicantRules, applicantSection, t } from './common';

/** Point 8: software the enterprise owns the IP of, registered with SASAC for paid sharing. */
export const sharedSoftwareForm: FormDefinition = {
  id: 'sasac-2009-shared-software',
  version: '1.0.0',
  title: t('自主知识产权应用软件备案表', 'Shared software registration'),
  notes: t('依据意见第八点；栏目为本软件拟定。', 'After point 8 of the opinion; the fields are our own.'),
  sections: [
    applicantSection,
    {
      id: 'software',
      title: t('软件', 'Software'),
      fields: [
        { id: 'softwareName', kind: 'text', label: t('软件名称', 'Software name'), required: true, maxLength: 100 },
        { id: 'softwareVersion', kind: 'text', label: t('版本号', 'Version'), maxLength: 40 },
        {
          id: 'copyrightNumber',
          kind: 'text',
          label: t('软件著作权登记号', 'Copyright registration number'),
          required: true,
          maxLength: 40,
        },
        { id: 'registeredOn', kind: 'date', label: t('登记日期', 'Registered on') },
        { id: 'functions', kind: 'textarea', label: t('主要功能', 'Main functions'), required: true, maxLength: 3000 },
        { id: 'environment', kind: 'textarea', label: t('运行环境', 'Operating environment'), maxLength: 1000 },
        { id: 'deployments', kind: 'number', label: t('已应用单位数', 'Units already using it'), min: 0, integer: true },
      ],
    },
    {
      id: 'terms',
      title: t('有偿使用', 'Terms of use'),
      fields: [
        { id: 'paidUseTerms', kind: 'textarea', label: t('有偿使用条件', 'Terms of paid use'), required: true, maxLength: 2000 },
        { id: 'supportOffered', kind: 'textarea', label: t('实施与技术支持', 'Implementation and support offered'), maxLength: 1000 },
      ],
    },
  ],
  rules: [...applicantRules, { kind: 'dateNotFuture', field: 'registeredOn' }],
};
