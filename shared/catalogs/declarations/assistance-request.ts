import type { FormDefinition } from '../../contract/forms/schemas';
import { opinion2009 } from '../governance/opinion-2009';
import { applicantRules, applicantSection, t } from './common';

/**
 * Point 7: a lagging enterprise asks SASAC for help — staff seconded from advanced enterprises ("一帮一" or
 * "多帮一", no longer than six months each) or help project by project.
 */
export const assistanceRequestForm: FormDefinition = {
  id: 'sasac-2009-assistance-request',
  version: '1.0.0',
  title: t('信息化建设帮扶申请表', 'Request for IT assistance'),
  notes: t('依据意见第七点：挂职时间不超过半年。', 'After point 7 of the opinion: a secondment lasts at most six months.'),
  sections: [
    applicantSection,
    {
      id: 'help',
      title: t('帮扶方式', 'Kind of help'),
      fields: [
        {
          id: 'helpKind',
          kind: 'select',
          label: t('帮扶方式', 'Kind of help'),
          required: true,
          options: [
            { value: 'secondment', label: t('借调人才挂职', 'Secondment of staff') },
            { value: 'project', label: t('按项目帮扶', 'Project-by-project help') },
          ],
        },
        {
          id: 'secondmentMode',
          kind: 'select',
          label: t('挂职方式', 'Secondment mode'),
          required: true,
          visibleWhen: { field: 'helpKind', equals: 'secondment' },
          options: [
            { value: 'one-to-one', label: t('一帮一', 'One to one (一帮一)') },
            { value: 'many-to-one', label: t('多帮一', 'Many to one (多帮一)') },
          ],
        },
        {
          id: 'secondments',
          kind: 'table',
          label: t('挂职需求', 'Secondments needed'),
          help: t('每人挂职时间不超过六个月。', 'Each secondment lasts at most six months.'),
          required: true,
          visibleWhen: { field: 'helpKind', equals: 'secondment' },
          columns: [
            { id: 'expertise', kind: 'text', label: t('所需专业', 'Expertise'), required: true, maxLength: 60 },
            { id: 'post', kind: 'text', label: t('挂职岗位', 'Post'), required: true, maxLength: 60 },
            { id: 'start', kind: 'date', label: t('开始日期', 'Start'), required: true },
            { id: 'end', kind: 'date', label: t('结束日期', 'End'), required: true },
          ],
        },
        {
          id: 'projects',
          kind: 'table',
          label: t('帮扶项目', 'Projects'),
          required: true,
          visibleWhen: { field: 'helpKind', equals: 'project' },
          columns: [
            { id: 'name', kind: 'text', label: t('项目名称', 'Project'), required: true, maxLength: 100 },
            { id: 'goal', kind: 'textarea', label: t('帮扶内容与目标', 'Help wanted and goal'), required: true, maxLength: 1000 },
          ],
        },
      ],
    },
    {
      id: 'needs',
      title: t('帮扶需求', 'What is needed'),
      fields: [
        {
          id: 'currentState',
          kind: 'textarea',
          label: t('信息化现状与主要差距', 'Current state and main gaps'),
          required: true,
          maxLength: 2000,
        },
        { id: 'needs', kind: 'textarea', label: t('具体帮扶需求', 'What is needed'), required: true, maxLength: 2000 },
      ],
    },
  ],
  rules: [
    ...applicantRules,
    { kind: 'maxMonthsBetween', table: 'secondments', start: 'start', end: 'end', months: opinion2009.secondmentMaxMonths },
  ],
};
