import type { FormDefinition } from '../../contract/forms/schemas';
import { opinion2009 } from '../governance/opinion-2009';
import { applicantRules, applicantSection, options, t } from './common';

/** Point 6: an enterprise applies for one of the ten demonstration projects with a system that shows results. */
export const demonstrationApplicationForm: FormDefinition = {
  id: 'sasac-2009-demonstration-application',
  version: '1.0.0',
  title: t('信息化示范工程申报表', 'Demonstration project application'),
  notes: t('依据意见第六点；栏目为本软件拟定。', 'After point 6 of the opinion; the fields are our own.'),
  sections: [
    applicantSection,
    {
      id: 'project',
      title: t('申报项目', 'Project'),
      fields: [
        {
          id: 'category',
          kind: 'select',
          label: t('示范工程类别', 'Category'),
          required: true,
          options: options(opinion2009.demonstrationCategories),
        },
        { id: 'systemName', kind: 'text', label: t('应用系统名称', 'System name'), required: true, maxLength: 100 },
        { id: 'description', kind: 'textarea', label: t('系统概况', 'What the system does'), required: true, maxLength: 2000 },
        { id: 'liveOn', kind: 'date', label: t('上线运行日期', 'In operation since'), required: true },
        { id: 'investment', kind: 'number', label: t('总投资', 'Total investment'), min: 0, unit: t('万元', '10k CNY') },
        { id: 'users', kind: 'number', label: t('用户数', 'Users'), min: 0, integer: true },
      ],
    },
    {
      id: 'results',
      title: t('应用成果', 'Results'),
      fields: [
        { id: 'results', kind: 'textarea', label: t('应用成效', 'Results achieved'), required: true, maxLength: 3000 },
        {
          id: 'figures',
          kind: 'table',
          label: t('成效指标', 'Figures that show the results'),
          help: t('用应用前后的数据说明成效。', 'Show the effect with figures before and after.'),
          required: true,
          columns: [
            { id: 'indicator', kind: 'text', label: t('指标', 'Indicator'), required: true, maxLength: 60 },
            { id: 'before', kind: 'text', label: t('应用前', 'Before'), required: true, maxLength: 40 },
            { id: 'after', kind: 'text', label: t('应用后', 'After'), required: true, maxLength: 40 },
            { id: 'unit', kind: 'text', label: t('单位', 'Unit'), maxLength: 20 },
          ],
        },
        { id: 'replicable', kind: 'textarea', label: t('推广价值', 'Value to other enterprises'), maxLength: 1000 },
      ],
    },
  ],
  rules: [...applicantRules, { kind: 'dateNotFuture', field: 'liveOn' }],
};
