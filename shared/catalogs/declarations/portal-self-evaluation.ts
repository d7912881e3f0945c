import type { FormDefinition, FormField, LocalizedText } from '../../contract/forms/schemas';
import { applicantRules, applicantSection, t } from './common';

/**
 * Our own checklist items and points: SASAC's portal evaluation method (point 11) was to be issued later
 * and is not in our sources. Editable data; the notes say so.
 */
const checklist: { id: string; label: LocalizedText; points: number }[] = [
  {
    id: 'disclosure',
    label: t('信息公开：企业概况、新闻、公告及时完整', 'Disclosure: profile, news and notices complete and current'),
    points: 20,
  },
  { id: 'services', label: t('网上服务：业务办理、查询、下载等服务', 'Online services: transactions, queries, downloads'), points: 20 },
  { id: 'updates', label: t('内容更新：栏目按期更新，无过期内容', 'Updates: sections refreshed on schedule, nothing stale'), points: 15 },
  { id: 'usability', label: t('栏目与导航：结构清晰、检索方便', 'Structure and navigation: clear, searchable'), points: 15 },
  { id: 'interaction', label: t('互动交流：咨询、留言及时回复', 'Interaction: enquiries answered promptly'), points: 10 },
  {
    id: 'security',
    label: t('安全与稳定：可用性、防篡改、备案', 'Security and availability: uptime, tamper protection, registration'),
    points: 10,
  },
  { id: 'image', label: t('网上形象：设计规范、体现企业文化', 'Online image: consistent design that reflects the enterprise'), points: 10 },
];

function checklistFields(): FormField[] {
  return checklist.flatMap(({ id, label, points }): FormField[] => [
    {
      id: `${id}Score`,
      kind: 'number',
      label,
      required: true,
      min: 0,
      max: points,
      unit: t(`分（满分 ${points}）`, `points (of ${points})`),
    },
    { id: `${id}Remark`, kind: 'text', label: t('说明', 'Remark'), maxLength: 200 },
  ]);
}

/** Point 11: the enterprise's self-evaluation of its portal website, item by item. */
export const portalSelfEvaluationForm: FormDefinition = {
  id: 'sasac-2009-portal-self-evaluation',
  version: '1.0.0',
  title: t('企业门户网站绩效自评表', 'Portal website self-evaluation'),
  notes: t(
    '依据意见第十一点。国资委的评估办法未收录，评分项目和分值为本软件拟定，可修改。',
    'After point 11. SASAC’s evaluation method is not in our sources: the items and points are our own and editable.',
  ),
  sections: [
    applicantSection,
    {
      id: 'site',
      title: t('网站', 'Website'),
      fields: [
        { id: 'siteName', kind: 'text', label: t('网站名称', 'Site name'), required: true, maxLength: 100 },
        { id: 'siteUrl', kind: 'text', label: t('网址', 'Address (URL)'), required: true, maxLength: 200 },
        { id: 'evaluatedOn', kind: 'date', label: t('自评日期', 'Evaluated on'), required: true },
      ],
    },
    { id: 'checklist', title: t('自评项目', 'Checklist'), fields: checklistFields() },
    {
      id: 'summary',
      title: t('总体评价', 'Summary'),
      fields: [{ id: 'improvements', kind: 'textarea', label: t('存在问题与改进措施', 'Problems and improvements'), maxLength: 2000 }],
    },
  ],
  rules: [...applicantRules, { kind: 'dateNotFuture', field: 'evaluatedOn' }],
};
