import type { DataSectionName } from '../../../../shared/contract/data';
import type { GENERAL_SECTION, Receipt } from '../../../../shared/contract/filing/receipt';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../app/settings-store';

/** A receipt's reasons for return, per section, or the findings of a refusal. */
export function ReasonList({ reasons, refusal = [] }: { reasons: Receipt['reasons']; refusal?: Receipt['refusal'] }) {
  const t = useT();
  if (reasons.length === 0 && refusal.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((reason, index) => (
        <li key={`r${index}`}>{t('app.labelled', { label: sectionName(t, reason.section), value: reason.text })}</li>
      ))}
      {refusal.map((finding, index) => (
        <li key={`f${index}`}>{finding.message}</li>
      ))}
    </ul>
  );
}

const SECTION_LABELS: Record<DataSectionName | typeof GENERAL_SECTION, MessageKey> = {
  general: 'filing.decide.general',
  profile: 'filing.section.profile',
  attachments: 'filing.section.attachments',
  governance: 'filing.section.governance',
  declarations: 'filing.section.declarations',
  assessmentTemplates: 'filing.section.assessmentTemplates',
  assessments: 'filing.section.assessments',
  planPolicies: 'filing.section.planPolicies',
  plans: 'filing.section.plans',
  mlps: 'filing.section.mlps',
  sam: 'filing.section.sam',
};

/**
 * A data section (or `general`, the whole filing) by its name in the user's language. A package from a newer
 * program may carry a section this one has no name for: it shows as the package names it, not as nothing.
 */
export function sectionName(t: (key: MessageKey) => string, section: string): string {
  return Object.hasOwn(SECTION_LABELS, section) ? t(SECTION_LABELS[section as keyof typeof SECTION_LABELS]) : section;
}
