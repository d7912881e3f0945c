import type { FormDefinition } from '../../contract/forms/schemas';
import { applicantRules, applicantSection, t } from './common';

/** Point 10: expert consulting on request, and training. */
export const consultingTrainingRequestForm: FormDefinition = {
  id: 'sasac-2009-consulting-training-request',
  version: '1.0.0',
  title: t('专家咨询和培训申请表', 'Consulting or training request'),
  notes: t('依据意见第十点；栏目为本软件拟定。', 'After point 10 of the opinion; the fields are our own.'),
  sections: [
    applicantSection,
    {
      id: 'request',
      title: t('申请内容', 'Request'),
      fields: [
        {
          id: 'requestKind',
          kind: 'select',
          label: t('申请类型', 'Kind'),
          required: true,
          options: [
            { value: 'consulting', label: t('专家咨询', 'Expert consulting') },
            { value: 'training', label: t('培训', 'Training') },
          ],
        },
        { id: 'topic', kind: 'text', label: t('主题', 'Topic'), required: true, maxLength: 100 },
        { id: 'needs', kind: 'textarea', label: t('具体需求', 'What is needed'), required: true, maxLength: 2000 },
        {
          id: 'expertise',
          kind: 'text',
          label: t('所需专家领域', 'Expertise wanted'),
          required: true,
          maxLength: 100,
          visibleWhen: { field: 'requestKind', equals: 'consulting' },
        },
        {
          id: 'participants',
          kind: 'number',
          label: t('拟参训人数', 'Participants'),
          required: true,
          min: 1,
          integer: true,
          visibleWhen: { field: 'requestKind', equals: 'training' },
        },
        { id: 'preferredPeriod', kind: 'text', label: t('期望时间', 'Preferred time'), maxLength: 60 },
      ],
    },
  ],
  rules: applicantRules,
};

/** Point 10: who attended SASAC's CIO training classes. */
export const cioTrainingAttendanceForm: FormDefinition = {
  id: 'sasac-2009-cio-training-attendance',
  version: '1.0.0',
  title: t('首席信息官培训班参训记录', 'CIO training class attendance'),
  notes: t('依据意见第十点：国资委定期举办首席信息官业务培训班。', 'After point 10: SASAC holds CIO training classes periodically.'),
  sections: [
    applicantSection,
    {
      id: 'class',
      title: t('培训班', 'Class'),
      fields: [
        { id: 'className', kind: 'text', label: t('培训班名称', 'Class'), required: true, maxLength: 100 },
        { id: 'organizer', kind: 'text', label: t('主办单位', 'Organiser'), required: true, maxLength: 100 },
        { id: 'startOn', kind: 'date', label: t('开始日期', 'Start'), required: true },
        { id: 'endOn', kind: 'date', label: t('结束日期', 'End'), required: true },
        { id: 'location', kind: 'text', label: t('地点', 'Location'), maxLength: 60 },
        {
          id: 'attendees',
          kind: 'table',
          label: t('参训人员', 'Attendees'),
          required: true,
          columns: [
            { id: 'name', kind: 'text', label: t('姓名', 'Name'), required: true, maxLength: 40 },
            { id: 'position', kind: 'text', label: t('职务', 'Position'), required: true, maxLength: 60 },
            { id: 'isCio', kind: 'boolean', label: t('首席信息官', 'CIO') },
            { id: 'hours', kind: 'number', label: t('学时', 'Hours'), min: 0 },
            { id: 'certificate', kind: 'text', label: t('结业证书编号', 'Certificate number'), maxLength: 40 },
          ],
        },
      ],
    },
  ],
  rules: [...applicantRules, { kind: 'dateNotFuture', field: 'endOn' }, { kind: 'dateOrder', start: 'startOn', end: 'endOn' }],
};
