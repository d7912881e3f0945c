/** Pieces every declaration form shares: who declares, and how to reach them. */
import type { FormRule, FormSection, LocalizedText, SelectOption } from '../../contract/forms/schemas';

export function t(zh: string, en: string): LocalizedText {
  return { zh, en };
}

export function options(list: readonly { id: string; label: LocalizedText }[]): SelectOption[] {
  return list.map(({ id, label }) => ({ value: id, label }));
}

export const applicantSection: FormSection = {
  id: 'applicant',
  title: t('申报单位', 'Applicant'),
  fields: [
    { id: 'enterpriseName', kind: 'text', label: t('企业名称', 'Enterprise'), required: true, maxLength: 100 },
    { id: 'contactName', kind: 'text', label: t('联系人', 'Contact person'), required: true, maxLength: 40 },
    { id: 'contactPhone', kind: 'text', label: t('联系电话', 'Contact phone'), required: true, maxLength: 40 },
    { id: 'declaredOn', kind: 'date', label: t('填报日期', 'Date of declaration'), required: true },
  ],
};

export const applicantRules: FormRule[] = [{ kind: 'dateNotFuture', field: 'declaredOn' }];
