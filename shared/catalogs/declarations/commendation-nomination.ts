import type { FormDefinition } from '../../contract/forms/schemas';
import { applicantRules, applicantSection, t } from './common';

/** Point 12: nominate an advanced collective or an advanced individual, with their deeds. */
export const commendationNominationForm: FormDefinition = {
  id: 'sasac-2009-commendation-nomination',
  version: '1.0.0',
  title: t('信息化工作先进集体和先进个人推荐表', 'Commendation nomination'),
  notes: t(
    '依据意见第十二点；评选办法未收录，栏目为本软件拟定。',
    'After point 12; the selection rules are not in our sources, the fields are our own.',
  ),
  sections: [
    applicantSection,
    {
      id: 'nominee',
      title: t('推荐对象', 'Nominee'),
      fields: [
        {
          id: 'nomineeKind',
          kind: 'select',
          label: t('推荐类别', 'Kind'),
          required: true,
          options: [
            { value: 'collective', label: t('先进集体', 'Advanced collective') },
            { value: 'individual', label: t('先进个人', 'Advanced individual') },
          ],
        },
        {
          id: 'collectiveName',
          kind: 'text',
          label: t('集体名称', 'Collective'),
          required: true,
          maxLength: 100,
          visibleWhen: { field: 'nomineeKind', equals: 'collective' },
        },
        {
          id: 'memberCount',
          kind: 'number',
          label: t('人数', 'Members'),
          required: true,
          min: 1,
          integer: true,
          visibleWhen: { field: 'nomineeKind', equals: 'collective' },
        },
        {
          id: 'personName',
          kind: 'text',
          label: t('姓名', 'Name'),
          required: true,
          maxLength: 40,
          visibleWhen: { field: 'nomineeKind', equals: 'individual' },
        },
        {
          id: 'personPosition',
          kind: 'text',
          label: t('职务', 'Position'),
          required: true,
          maxLength: 60,
          visibleWhen: { field: 'nomineeKind', equals: 'individual' },
        },
        {
          id: 'personUnit',
          kind: 'text',
          label: t('所在单位', 'Unit'),
          required: true,
          maxLength: 100,
          visibleWhen: { field: 'nomineeKind', equals: 'individual' },
        },
      ],
    },
    {
      id: 'deeds',
      title: t('主要事迹', 'Deeds'),
      fields: [
        { id: 'deeds', kind: 'textarea', label: t('主要事迹', 'Deeds'), required: true, maxLength: 5000 },
        {
          id: 'achievements',
          kind: 'table',
          label: t('主要成果', 'Achievements'),
          columns: [
            { id: 'title', kind: 'text', label: t('成果', 'Achievement'), required: true, maxLength: 100 },
            { id: 'achievedOn', kind: 'date', label: t('时间', 'Date') },
          ],
        },
      ],
    },
  ],
  rules: [...applicantRules, { kind: 'dateNotFuture', table: 'achievements', field: 'achievedOn' }],
};
