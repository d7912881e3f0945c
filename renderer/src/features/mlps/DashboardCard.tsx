/** The dashboard card: objects per level, overdue and upcoming filing/certificate/assessment, open remediation, lowest scores. */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../shared/contract/mlps/records';
import { api, errorMessage } from '../../api/client';
import { useT } from '../../app/settings-store';
import { Score } from './ui';

export function MlpsDashboardCard() {
  const t = useT();
  const [summary, setSummary] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('mlps.dashboard', {}).then(setSummary, (caught: unknown) => setError(errorMessage(caught)));
  }, []);
  const title = t('mlps.ui.dashboard.title');
  if (error)
    return (
      <section className="card" aria-label={title}>
        <h2>{title}</h2>
        <p role="alert">{error}</p>
      </section>
    );
  if (!summary) return null;
  const due = (entries: Dashboard['overdue']) => (
    <ul>
      {entries.map((entry) => (
        <li key={`${entry.objectId}-${entry.kind}`}>
          <Link to={`/mlps?object=${entry.objectId}&tab=filing`}>{entry.objectName}</Link> · {t(`mlps.due.${entry.kind}`)} {entry.due}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card mlps-card" aria-label={title}>
      <h2>
        <Link to="/mlps">{title}</Link>
      </h2>
      {summary.objectCount === 0 ? (
        <p>
          {t('mlps.ui.dashboard.empty')} <Link to="/mlps?object=new">{t('mlps.ui.register.add')}</Link>
        </p>
      ) : (
        <>
          <p>
            {t('mlps.ui.dashboard.objects', { count: summary.objectCount })}
            {summary.perLevel.map((count, index) => (count ? ` · ${t.code(`mlps.levelShort.${index + 1}`)} ${count}` : '')).join('')}
            {summary.ungraded ? ` · ${t('mlps.ui.notGraded')} ${summary.ungraded}` : ''}
          </p>
          <h3 className={summary.dueCounts.overdue ? 'due--overdue' : ''}>
            {t('mlps.ui.dashboard.overdue', { count: summary.dueCounts.overdue })}
          </h3>
          {due(summary.overdue)}
          <h3>{t('mlps.ui.dashboard.upcoming', { count: summary.dueCounts.upcoming })}</h3>
          {due(summary.upcoming)}
          <h3>{t('mlps.ui.dashboard.remediation', { open: summary.remediation.open, overdue: summary.remediation.overdue })}</h3>
          <ul>
            {summary.remediation.next.map((task) => (
              <li key={task.id}>
                {task.title} · {task.objectName}
                {task.itemId ? ` · ${task.itemId}` : ''} · {task.dueOn ?? '—'}
              </li>
            ))}
          </ul>
          <h3>{t('mlps.ui.dashboard.scores', { count: summary.assessedCount })}</h3>
          <ul>
            {summary.lowestScores.map((entry) => (
              <li key={entry.objectId}>
                <Link to={`/mlps?object=${entry.objectId}&tab=assessment`}>{entry.objectName}</Link> · <Score value={entry.score} />
                {entry.conclusion2025 ? ` · ${entry.ratePercent}% ${t(`mlps.conclusion2025.${entry.conclusion2025}`)}` : ''}
                {entry.provisional ? <span className="badge badge--provisional">{t('mlps.provisional')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
