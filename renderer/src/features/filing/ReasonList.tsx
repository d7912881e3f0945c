import type { Receipt } from '../../../../shared/contract/filing/receipt';
import { useT } from '../../app/settings-store';

/** A receipt's reasons for return, per section, or the findings of a refusal. */
export function ReasonList({ reasons, refusal = [] }: { reasons: Receipt['reasons']; refusal?: Receipt['refusal'] }) {
  const t = useT();
  if (reasons.length === 0 && refusal.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((reason, index) => (
        <li key={`r${index}`}>
          <strong>{sectionName(t, reason.section)}</strong>：{reason.text}
        </li>
      ))}
      {refusal.map((finding, index) => (
        <li key={`f${index}`}>{finding.message}</li>
      ))}
    </ul>
  );
}

/** `general` is the whole filing; a data section shows under its own name (as the export wizard lists it). */
export function sectionName(t: (key: string) => string, section: string): string {
  return section === 'general' ? t('filing.decide.general') : section;
}
