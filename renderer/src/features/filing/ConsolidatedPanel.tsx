import { ChangesTable } from './ChangesTable';
import { PeriodSelect } from './PeriodSelect';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { Consolidated } from '../../../../shared/contract/filing/receiver';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { formatPercent } from './format';
import { messageOf, useFiling } from './store';

type Comparison = MethodOutput<'filing.compare'>;

/** Enterprises by grade and target, plan progress, protected objects, gaps, licences; drill-down and compare. */
export function ConsolidatedPanel({ onOpen }: { onOpen(id: string): void }) {
  const t = useT();
  const [period, setPeriod] = useState('');
  // The roll-up filing drilled into (group → second tier → unit); empty at the top.
  const [parentId, setParentId] = useState('');
  const [view, setView] = useState<Consolidated | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('filing.consolidated', { ...(period ? { period } : {}), ...(parentId ? { parentId } : {}) })
      .then(setView, (failure: unknown) => setError(messageOf(failure)));
  }, [period, parentId]);
  if (error)
    return (
      <div className="banner banner--error" role="alert">
        {error}
      </div>
    );
  if (!view) return <p>{t('app.loading')}</p>;
  const grade = (g: string) => (g === 'none' ? t('filing.consolidated.none') : g);

  return (
    <div>
      <PeriodSelect
        label={t('filing.consolidated.period')}
        periods={view.periods}
        value={period}
        onChange={setPeriod}
        anyLabel={t('filing.consolidated.newest')}
      />
      <nav className="inline-field" aria-label={t('filing.consolidated.trail')}>
        <button type="button" className="button" aria-current={parentId ? undefined : 'page'} onClick={() => setParentId('')}>
          {t('filing.consolidated.trailTop')}
        </button>
        {(view.trail ?? []).map((filing) => (
          <span key={filing.id}>
            {' → '}
            <button
              type="button"
              className="button"
              aria-current={filing.id === parentId ? 'page' : undefined}
              onClick={() => setParentId(filing.id)}
            >
              {filing.enterprise.name}
            </button>
          </span>
        ))}
      </nav>
      {view.enterprises.length === 0 ? (
        <p>{t('filing.consolidated.empty')}</p>
      ) : (
        <>
          <div className="dashboard">
            <section className="card" aria-labelledby="c-grades">
              <h3 id="c-grades">{t('filing.consolidated.gradeTarget')}</h3>
              <table className="data">
                <thead>
                  <tr>
                    <th>{t('filing.consolidated.grade')}</th>
                    <th>{t('filing.consolidated.target')}</th>
                    <th>{t('filing.consolidated.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.gradeTargets.map((row) => (
                    <tr key={`${row.grade}-${row.target}`}>
                      <td>{grade(row.grade)}</td>
                      <td>{grade(row.target)}</td>
                      <td>{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="card" aria-labelledby="c-plan">
              <h3 id="c-plan">{t('filing.consolidated.plan')}</h3>
              <p>
                {t('filing.consolidated.planLine', {
                  enterprises: view.planProgress.enterprises,
                  done: view.planProgress.done,
                  milestones: view.planProgress.milestones,
                  overdue: view.planProgress.overdue,
                  percent: view.planProgress.percentComplete === null ? '—' : `${view.planProgress.percentComplete}%`,
                })}
              </p>
            </section>
            <section className="card" aria-labelledby="c-objects">
              <h3 id="c-objects">{t('filing.consolidated.objects')}</h3>
              <table className="data">
                <thead>
                  <tr>
                    <th>{t('filing.consolidated.level')}</th>
                    <th>{t('filing.consolidated.objectsCount')}</th>
                    <th>{t('filing.consolidated.filed')}</th>
                    <th>{t('filing.consolidated.notFiled')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.protectedObjects.levels.map((row) => (
                    <tr key={row.level}>
                      <td>{t('filing.level', { level: row.level })}</td>
                      <td>{row.objects}</td>
                      <td>{row.filed}</td>
                      <td>{row.notFiled}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>{t('filing.consolidated.ungraded', { count: view.protectedObjects.ungraded })}</p>
            </section>
            <section className="card" aria-labelledby="c-gap">
              <h3 id="c-gap">{t('filing.consolidated.gap')}</h3>
              <p>
                {t('filing.summary.gapLine', {
                  compliant: view.gap.compliant,
                  basic: view.gap.basicallyCompliant,
                  non: view.gap.noncompliant,
                  provisional: view.gap.provisional,
                  major: view.gap.majorHiddenRisks,
                  majorFixed: view.gap.majorHiddenRisksRemediated,
                  high: view.gap.highRisks,
                })}
              </p>
            </section>
            <section className="card" aria-labelledby="c-licences">
              <h3 id="c-licences">{t('filing.consolidated.licences')}</h3>
              <p>
                {t('filing.consolidated.licencesLine', {
                  enterprises: view.licences.enterprises,
                  installations: view.licences.installations,
                  covered: view.licences.covered,
                  rate: formatPercent(view.licences.genuineRate),
                  shortfall: view.licences.shortfallUnits,
                  short: view.licences.enterprisesWithShortfall,
                })}
              </p>
            </section>
          </div>
          <h3>{t('filing.consolidated.list')}</h3>
          <table className="data">
            <thead>
              <tr>
                <th>{t('filing.filings.enterprise')}</th>
                <th>{t('filing.filings.period')}</th>
                <th>{t('filing.consolidated.grade')}</th>
                <th>{t('filing.consolidated.reviewedGrade')}</th>
                <th>{t('filing.consolidated.target')}</th>
                <th>{t('filing.consolidated.genuineRate')}</th>
                <th>{t('filing.consolidated.package')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {view.enterprises.map(({ filing, summary, review }) => (
                <tr key={filing.id}>
                  <td>{filing.enterprise.name}</td>
                  <td>{filing.period}</td>
                  <td>{summary.assessment?.grade ?? '—'}</td>
                  <td>{review?.reviewedGrade ?? '—'}</td>
                  <td>{summary.plan?.targetGrade ?? '—'}</td>
                  <td>{summary.licences ? formatPercent(summary.licences.genuineRate) : '—'}</td>
                  <td>
                    <code>{filing.packageId}</code>
                  </td>
                  <td>
                    {filing.children > 0 ? (
                      <button
                        type="button"
                        className="button"
                        aria-label={`${t('filing.consolidated.drillDown', { count: filing.children })} ${filing.enterprise.name}`}
                        onClick={() => setParentId(filing.id)}
                      >
                        {t('filing.consolidated.drillDown', { count: filing.children })}
                      </button>
                    ) : null}{' '}
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('filing.filings.open')} ${filing.enterprise.name} ${filing.period}`}
                      onClick={() => onOpen(filing.id)}
                    >
                      {t('filing.filings.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ComparePanel />
    </div>
  );
}

/** Two periods of one enterprise side by side. */
function ComparePanel() {
  const t = useT();
  const { filings, loadFilings } = useFiling();
  useEffect(() => void loadFilings(), [loadFilings]);
  const enterprises = useMemo(() => [...new Map(filings.map((f) => [f.enterprise.uscc, f.enterprise])).values()], [filings]);
  const [uscc, setUscc] = useState('');
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [result, setResult] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = uscc || enterprises[0]?.uscc || '';
  const periods = [...new Set(filings.filter((f) => f.enterprise.uscc === chosen).map((f) => f.period))].sort();
  if (periods.length < 2) return null;
  const from = before || periods[periods.length - 2]!;
  const to = after || periods[periods.length - 1]!;

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setResult(await api.call('filing.compare', { uscc: chosen, before: from, after: to }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <form onSubmit={(e) => void compare(e)} aria-labelledby="compare-title">
      <fieldset>
        <legend id="compare-title">{t('filing.consolidated.compare')}</legend>
        <div className="grid">
          <label className="field">
            {t('filing.compare.enterprise')}
            <select
              value={chosen}
              onChange={(e) => {
                setUscc(e.target.value);
                setResult(null);
              }}
            >
              {enterprises.map((e) => (
                <option key={e.uscc} value={e.uscc}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <PeriodSelect layout="field" label={t('filing.compare.before')} periods={periods} value={from} onChange={setBefore} />
          <PeriodSelect layout="field" label={t('filing.compare.after')} periods={periods} value={to} onChange={setAfter} />
        </div>
        <div className="page__actions">
          <button type="submit" className="button button--primary">
            {t('filing.compare.run')}
          </button>
        </div>
        {error ? (
          <div className="banner banner--error" role="alert">
            {error}
          </div>
        ) : null}
        {result ? (
          <ChangesTable
            changes={result.changes}
            before={result.before.period}
            after={result.after.period}
            metricHeader={t('filing.compare.metric')}
            deltaHeader={t('filing.compare.delta')}
            label={t('filing.consolidated.compare')}
          />
        ) : null}
      </fieldset>
    </form>
  );
}
