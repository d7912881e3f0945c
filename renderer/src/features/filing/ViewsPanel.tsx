import { ChangesTable } from './ChangesTable';
import { PeriodSelect } from './PeriodSelect';
import { useEffect, useMemo, useState } from 'react';
import { GRADES } from '../../../../shared/contract/assessment/schemas';
import { MLPS_LEVEL_KEYS } from '../../../../shared/contract/filing/receiver';
import {
  BREAKDOWNS,
  RANKING_KEYS,
  type Breakdown,
  type ConsolidationView,
  type PeriodComparison,
  type RankingKey,
  type ViewFilter,
} from '../../../../shared/contract/filing/views';
import { percentOfRate } from '../../../../shared/domain/filing/summary';
import { dimensionLabel } from '../../../../shared/domain/filing/views';
import { hasMessage } from '../../../../shared/i18n';
import { formatPercent } from '../../../../shared/i18n/formats';
import { api } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useT } from '../../app/settings-store';
import { BarChart } from '../../components/BarChart';
import { messageOf } from './store';

const PAGE = 20;
const GRADE_KEYS = [...GRADES, 'none'] as const;

/** Charts that filter, filters by tier, region, industry and group, a ranking, two periods, and the exports. */
export function ViewsPanel({ onOpen }: { onOpen(id: string): void }) {
  const t = useT();
  const [period, setPeriod] = useState('');
  const [filter, setFilter] = useState<ViewFilter>({});
  const [by, setBy] = useState<Breakdown>('group');
  const [sort, setSort] = useState<RankingKey>('assessmentTotal');
  const [offset, setOffset] = useState(0);
  const [view, setView] = useState<ConsolidationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .call('filing.views.consolidation', {
        ...(period ? { period } : {}),
        filter,
        breakdown: by,
        sort: { by: sort, descending: sort !== 'name' },
        limit: PAGE,
        offset,
      })
      .then(
        (next) => {
          setView(next);
          setError(null);
        },
        (failure: unknown) => setError(messageOf(failure)),
      );
  }, [period, filter, by, sort, offset]);
  const narrow = (change: Partial<ViewFilter>) => {
    setOffset(0);
    setFilter(
      (current) =>
        Object.fromEntries(
          Object.entries({ ...current, ...change }).filter(([, value]) => value !== undefined && value !== ''),
        ) as ViewFilter,
    );
  };
  const label = (dimension: Breakdown, key: string, name = '') => dimensionLabel(t.code, hasMessage, dimension, key, name);
  const gradeName = (grade: string) => (grade === 'none' ? t('filing.views.grade.none') : grade);
  const charts = useMemo(() => (view ? chartData(view, t, gradeName) : null), [view]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!view || !charts)
    return error ? (
      <div className="banner banner--error" role="alert">
        {error}
      </div>
    ) : (
      <p>{t('app.loading')}</p>
    );
  const { totals } = view;

  return (
    <div className="views">
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="toolbar" role="group" aria-label={t('filing.views.title')}>
        <PeriodSelect
          label={t('filing.views.period')}
          periods={view.periods}
          value={period}
          onChange={(next) => {
            setOffset(0);
            setPeriod(next);
          }}
          anyLabel={t('filing.views.allPeriods')}
        />
        <FilterSelect
          name={t('filing.views.filter.tier')}
          value={filter.tier ?? ''}
          options={view.options.tiers.map((o) => ({ key: o.key, text: `${label('tier', o.key)} (${o.count})` }))}
          onChange={(tier) => narrow({ tier: (tier || undefined) as ViewFilter['tier'] })}
        />
        <FilterSelect
          name={t('filing.views.filter.province')}
          value={filter.province ?? ''}
          options={view.options.provinces.map((o) => ({ key: o.key, text: `${label('province', o.key)} (${o.count})` }))}
          onChange={(province) => narrow({ province: province || undefined })}
        />
        <FilterSelect
          name={t('filing.views.filter.industry')}
          value={filter.industry ?? ''}
          options={view.options.industries.map((o) => ({ key: o.key, text: `${label('industry', o.key)} (${o.count})` }))}
          onChange={(industry) => narrow({ industry: industry || undefined })}
        />
        <FilterSelect
          name={t('filing.views.filter.group')}
          value={filter.groupUscc ?? ''}
          options={view.options.groups.map((o) => ({ key: o.key, text: `${label('group', o.key, o.label)} (${o.count})` }))}
          onChange={(groupUscc) => narrow({ groupUscc: groupUscc || undefined })}
        />
        {Object.keys(filter).length > 0 ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setOffset(0);
              setFilter({});
            }}
          >
            {t('filing.views.filter.clear')}
          </button>
        ) : null}
      </div>
      <p className="hint">{t('filing.views.regionNote')}</p>
      <p role="status" data-testid="views-summary">
        {t('filing.views.summaryLine', {
          enterprises: totals.enterprises,
          mean: totals.meanTotal ?? '—',
          rate: formatPercent(totals.licences.genuineRate),
          percent: totals.plan.percentComplete === null ? '—' : `${totals.plan.percentComplete}%`,
        })}
      </p>
      <div className="dashboard">
        <BarChart
          title={t('filing.views.chart.grades')}
          categories={charts.grades}
          series={charts.gradeSeries}
          selected={filter.grade ? GRADE_KEYS.indexOf(filter.grade) : null}
          onSelect={(index) => narrow({ grade: filter.grade === GRADE_KEYS[index] ? undefined : GRADE_KEYS[index] })}
        />
        <BarChart title={t('filing.views.chart.plan')} categories={charts.plan} series={charts.planSeries} />
        <BarChart
          title={t('filing.views.chart.objects')}
          categories={charts.levels}
          series={charts.levelSeries}
          stacked
          selected={filter.level ? filter.level - 1 : null}
          onSelect={(index) => narrow({ level: filter.level === MLPS_LEVEL_KEYS[index] ? undefined : MLPS_LEVEL_KEYS[index] })}
        />
        <BarChart
          title={t('filing.views.chart.overdue')}
          categories={charts.overdue}
          series={charts.overdueSeries}
          selected={filter.overdue ? 2 : null}
          onSelect={() => narrow({ overdue: filter.overdue ? undefined : true })}
        />
        <BarChart
          title={t('filing.views.chart.genuineRate', { by: t(`filing.views.breakdown.${by}`) })}
          categories={view.breakdown.rows.slice(0, 12).map((row) => label(by, row.key, row.label))}
          series={[
            {
              name: t('filing.views.column.genuineRate'),
              values: view.breakdown.rows.slice(0, 12).map((row) => percentOfRate(row.genuineRate) ?? 0),
            },
          ]}
        />
      </div>

      <section aria-labelledby="views-breakdown">
        <h3 id="views-breakdown">{t('filing.views.breakdown', { by: t(`filing.views.breakdown.${by}`) })}</h3>
        <div className="toolbar">
          {BREAKDOWNS.map((dimension) => (
            <button
              key={dimension}
              type="button"
              className={`button button--small${dimension === by ? ' button--primary' : ''}`}
              aria-pressed={dimension === by}
              onClick={() => setBy(dimension)}
            >
              {t(`filing.views.breakdown.${dimension}`)}
            </button>
          ))}
        </div>
        <table className="data" data-testid="views-breakdown">
          <thead>
            <tr>
              <th>{t('filing.views.column.key')}</th>
              <th>{t('filing.views.column.enterprises')}</th>
              <th>{t('filing.views.column.total')}</th>
              <th>{t('filing.views.column.planPercent')}</th>
              <th>{t('filing.views.column.genuineRate')}</th>
              <th>{t('filing.views.column.overdue')}</th>
              <th>{t('filing.views.column.notFiled')}</th>
            </tr>
          </thead>
          <tbody>
            {view.breakdown.rows.map((row) => (
              <tr key={row.key}>
                <td>{label(by, row.key, row.label)}</td>
                <td>{row.enterprises}</td>
                <td>{row.meanTotal ?? '—'}</td>
                <td>{row.planPercent ?? '—'}</td>
                <td>{formatPercent(row.genuineRate)}</td>
                <td>{row.overdue}</td>
                <td>{row.notFiled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="views-ranking">
        <h3 id="views-ranking">{t('filing.views.ranking')}</h3>
        <label className="inline-field">
          {t('filing.views.rankingBy')}{' '}
          <select
            value={sort}
            onChange={(e) => {
              setOffset(0);
              setSort(e.target.value as RankingKey);
            }}
          >
            {RANKING_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`filing.views.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        {view.ranking.total === 0 ? (
          <p>{t('filing.views.empty')}</p>
        ) : (
          <>
            <p>{t('filing.views.rankingCount', { count: view.ranking.total, from: offset + 1, to: offset + view.ranking.rows.length })}</p>
            <table className="data" data-testid="views-ranking">
              <thead>
                <tr>
                  <th>{t('filing.views.column.rank')}</th>
                  <th>{t('filing.views.column.name')}</th>
                  <th>{t('filing.views.column.tier')}</th>
                  <th>{t('filing.views.column.province')}</th>
                  <th>{t('filing.views.column.industry')}</th>
                  <th>{t('filing.views.column.grade')}</th>
                  <th>{t('filing.views.column.total')}</th>
                  <th>{t('filing.views.column.genuineRate')}</th>
                  <th>{t('filing.views.column.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {view.ranking.rows.map((row, index) => (
                  <tr key={row.filingId}>
                    <td>{offset + index + 1}</td>
                    <td>
                      <button type="button" className="link" onClick={() => onOpen(row.filingId)}>
                        {row.name}
                      </button>
                    </td>
                    <td>{label('tier', row.tier ?? '')}</td>
                    <td>{label('province', row.province)}</td>
                    <td>{label('industry', row.industry)}</td>
                    <td>{gradeName(row.grade)}</td>
                    <td>{row.assessmentTotal ?? '—'}</td>
                    <td>{formatPercent(row.genuineRate)}</td>
                    <td>{row.overdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="toolbar">
              <button
                type="button"
                className="button button--small"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('filing.views.previous')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={offset + PAGE >= view.ranking.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('filing.views.more')}
              </button>
            </div>
          </>
        )}
      </section>
      <ComparePanel periods={view.periods} filter={filter} />
      <ExportPanel period={period} filter={filter} />
    </div>
  );
}

function FilterSelect({
  name,
  value,
  options,
  onChange,
}: {
  name: string;
  value: string;
  options: Array<{ key: string; text: string }>;
  onChange(value: string): void;
}) {
  const t = useT();
  return (
    <label className="inline-field">
      {name}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filing.views.filter.all')}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
}

type Translate = ReturnType<typeof useT>;

function chartData(view: ConsolidationView, t: Translate, gradeName: (grade: string) => string) {
  const { totals } = view;
  const targets = GRADE_KEYS.map((grade) =>
    totals.gradeTargets.filter((pair) => pair.target === grade).reduce((sum, pair) => sum + pair.count, 0),
  );
  return {
    grades: GRADE_KEYS.map(gradeName),
    gradeSeries: [
      { name: t('filing.views.chart.gradeSeries'), values: totals.byGrade.map((row) => row.count) },
      { name: t('filing.views.chart.targetSeries'), values: targets },
    ],
    plan: [t('filing.views.chart.planDone'), t('filing.views.chart.planOpen'), t('filing.views.chart.planOverdue')],
    planSeries: [
      { name: t('filing.views.chart.plan'), values: [totals.plan.done, totals.plan.milestones - totals.plan.done, totals.plan.overdue] },
    ],
    levels: MLPS_LEVEL_KEYS.map((level) => t('filing.views.levelName', { level })),
    levelSeries: [
      { name: t('filing.views.chart.filed'), values: totals.objects.levels.map((level) => level.filed) },
      { name: t('filing.views.chart.notFiled'), values: totals.objects.levels.map((level) => level.notFiled) },
      {
        name: t('filing.views.chart.otherObjects'),
        values: totals.objects.levels.map((level) => level.objects - level.filed - level.notFiled),
      },
    ],
    overdue: [
      t('filing.views.chart.overdueMilestones'),
      t('filing.views.chart.overdueObjects'),
      t('filing.views.chart.overdueEnterprises'),
    ],
    overdueSeries: [
      {
        name: t('filing.views.chart.overdue'),
        values: [totals.overdue.milestones, totals.overdue.objectsNotFiled, totals.overdue.enterprises],
      },
    ],
  };
}

function ComparePanel({ periods, filter }: { periods: string[]; filter: ViewFilter }) {
  const t = useT();
  const [before, setBefore] = useState(periods[1] ?? '');
  const [after, setAfter] = useState(periods[0] ?? '');
  const [comparison, setComparison] = useState<PeriodComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const compare = () =>
    api.call('filing.views.compare', { before, after, filter }).then(
      (result) => {
        setComparison(result);
        setError(null);
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  return (
    <section aria-labelledby="views-compare">
      <h3 id="views-compare">{t('filing.views.compare')}</h3>
      <div className="toolbar">
        <PeriodSelect label={t('filing.views.compare.before')} periods={periods} value={before} onChange={setBefore} />
        <PeriodSelect label={t('filing.views.compare.after')} periods={periods} value={after} onChange={setAfter} />
        <button type="button" className="button" onClick={() => void compare()} disabled={!before || !after}>
          {t('filing.views.compare.run')}
        </button>
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {comparison ? (
        <ChangesTable
          changes={comparison.changes}
          before={comparison.before.period}
          after={comparison.after.period}
          metricHeader={t('filing.views.column.metric')}
          deltaHeader={t('filing.views.column.delta')}
          testId="views-compare"
        />
      ) : null}
    </section>
  );
}

function ExportPanel({ period, filter }: { period: string; filter: ViewFilter }) {
  const t = useT();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'xlsx' | 'pdf') => {
    try {
      setError(null);
      const input = { ...(period ? { period } : {}), filter };
      const { path } = kind === 'xlsx' ? await api.call('filing.views.exportXlsx', input) : await api.call('filing.views.report', input);
      setDone(path);
      await downloadWorkspaceFile(path, path.split(/[\\/]/).pop() ?? `consolidated.${kind}`);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <div className="toolbar">
      <button type="button" className="button" onClick={() => void run('xlsx')}>
        {t('filing.views.export.xlsx')}
      </button>
      <button type="button" className="button" onClick={() => void run('pdf')}>
        {t('filing.views.export.pdf')}
      </button>
      {done ? <span role="status">{t('filing.views.export.done', { path: done.split(/[\\/]/).pop() ?? done })}</span> : null}
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
