import { Link } from 'react-router';
import type { Finding } from '../../../../shared/contract/core';
import type { Template } from '../../../../shared/contract/assessment/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { localName } from './names';

/**
 * What still stands between a draft and its finalisation, shown before the user presses 定稿: the same
 * rule the backend applies (finalizeBlockers), plus the operator's name the record needs. Each item leads
 * to where it is fixed.
 */
export function FinalizeChecklist({
  id,
  template,
  blockers,
  actorMissing,
}: {
  id: string;
  template: Template;
  blockers: readonly Finding[];
  actorMissing: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const count = blockers.length + (actorMissing ? 1 : 0);
  if (count === 0) return null;
  const names = new Map(
    template.elements.flatMap((element) =>
      element.indicators.map((indicator) => [indicator.id, `${indicator.id} ${localName(indicator, locale)}`] as const),
    ),
  );
  const goTo = (indicatorId: string) => {
    const card = document.querySelector<HTMLElement>(`article[data-indicator="${CSS.escape(indicatorId)}"]`);
    card?.scrollIntoView({ block: 'center' });
    card?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  };
  return (
    <section id={id} className="checklist" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('assessment.ui.checklist.title', { count })}</h2>
      <ul>
        {actorMissing ? (
          <li>
            {t('assessment.ui.checklist.actor')} <Link to="/settings">{t('assessment.ui.checklist.toSettings')}</Link>
          </li>
        ) : null}
        {blockers.map((blocker) => (
          <li key={`${blocker.code}-${blocker.field}`}>
            <button type="button" className="button--link" onClick={() => goTo(blocker.field ?? '')}>
              {t(
                blocker.code === 'assessment.finalize.evidenceMissing'
                  ? 'assessment.ui.checklist.evidence'
                  : 'assessment.ui.checklist.unanswered',
                { name: names.get(blocker.field ?? '') ?? '' },
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
