import { useEffect, useMemo, useState } from 'react';
import type { PositionResult, PositionRowData } from '../../../../shared/contract/sam/methods';
import { api, errorMessage } from '../../api/client';
import { useT } from '../../app/settings-store';
import { DataTable, localSource, type DataColumn } from '../../components/DataTable';
import { ExportButtons } from './ExportButtons';
import { CategoryTable, DomesticTable, HistoryTable } from './CategoryTables';
import { percent, shortfallCostText, useSam } from './store';

type Translate = ReturnType<typeof useT>;

function scopeLabel(t: Translate, scope: { kind: string; name: string }): string {
  return scope.kind === 'enterprise' ? t('sam.ui.wholeEnterprise') : scope.name;
}

function positionColumns(t: Translate): DataColumn<PositionRowData>[] {
  const number = (value: number | null) => value;
  return [
    { id: 'kind', label: t('sam.field.positionKind'), value: (row) => t(`sam.positionKind.${row.kind}`), width: 110 },
    { id: 'publisher', label: t('sam.field.publisher'), value: (row) => row.publisher },
    { id: 'name', label: t('sam.field.name'), value: (row) => row.name },
    { id: 'version', label: t('sam.field.version'), value: (row) => row.version, width: 90 },
    {
      id: 'category',
      label: t('sam.field.inspectionCategory'),
      value: (row) => t(`sam.inspectionCategory.${row.category}`),
      width: 110,
      visible: false,
    },
    { id: 'edition', label: t('sam.field.edition'), value: (row) => row.edition, visible: false },
    { id: 'metric', label: t('sam.field.metric'), value: (row) => (row.metric ? t(`sam.metric.${row.metric}`) : '') },
    { id: 'scope', label: t('sam.ui.scope'), value: (row) => scopeLabel(t, row.scope) },
    {
      id: 'entitled',
      label: t('sam.field.entitled'),
      value: (row) => row.entitled ?? t('sam.position.unlimited'),
      align: 'right',
      width: 90,
    },
    { id: 'consumed', label: t('sam.field.consumed'), value: (row) => row.consumed, align: 'right', width: 90 },
    {
      id: 'shortfall',
      label: t('sam.field.shortfall'),
      value: (row) => number(row.shortfall),
      align: 'right',
      width: 80,
      render: (row) => (row.shortfall > 0 ? <strong className="sam-short">{row.shortfall}</strong> : '0'),
    },
    { id: 'surplus', label: t('sam.field.balance'), value: (row) => row.balance, align: 'right', width: 80 },
    {
      id: 'shortfallCost',
      label: t('sam.field.shortfallCost'),
      value: (row) => row.shortfallCost,
      align: 'right',
      render: (row) => (row.shortfallCost ? `${row.shortfallCost.toLocaleString('zh-CN')} ${row.currency ?? ''}` : ''),
    },
    {
      id: 'installations',
      label: t('sam.field.installations'),
      value: (row) => row.installations,
      align: 'right',
      width: 90,
      visible: false,
    },
  ];
}

/** The licence position: summary figures, then every pool, shortfalls first; expiring and reclaimable licences. */
export function PositionPage() {
  const t = useT();
  const version = useSam((state) => state.version);
  const [scope, setScope] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [position, setPosition] = useState<PositionResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api
      .call('sam.position', scope ? { scope } : {})
      .then((result) => {
        if (!current) return;
        setPosition(result);
        setError(null);
        if (!scope) setScopes([...new Set(result.byScope.map((entry) => entry.scope.name))]);
      })
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [scope, version]);

  const columns = useMemo(() => positionColumns(t), [t]);
  const source = useMemo(() => localSource(position?.rows ?? [], columns), [position, columns]);

  return (
    <section className="page page--wide" aria-labelledby="sam-position-title">
      <header className="page__header">
        <h1 id="sam-position-title">{t('sam.ui.positionTitle')}</h1>
        <p className="page__intro">{t('sam.ui.positionIntro')}</p>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="sam-toolbar">
        <label className="sam-inline">
          <span>{t('sam.ui.scope')}</span>
          <select value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value="">{t('sam.ui.wholeEnterprise')}</option>
            {scopes.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <ExportButtons what="position" {...(scope ? { scope } : {})} />
      </div>
      {position === null ? (
        <p>{t('app.loading')}</p>
      ) : position.rows.length === 0 ? (
        <p className="card">{t('sam.ui.positionEmpty')}</p>
      ) : (
        <>
          <dl className="sam-figures">
            <div className="card">
              <dt>{t('sam.ui.genuineRate')}</dt>
              <dd>{percent(position.summary.genuineRate)}</dd>
              <small>{t('sam.ui.rateDefinition')}</small>
              {position.summary.freeInstallations > 0 ? (
                <small className="sam-free">{t('sam.ui.freeApart', { count: position.summary.freeInstallations })}</small>
              ) : null}
            </div>
            <div className="card">
              <dt>{t('sam.ui.shortfallCost')}</dt>
              <dd>{shortfallCostText(t, position.summary)}</dd>
              {position.summary.unpricedShortfallRows > 0 ? (
                <small className="sam-unpriced">{t('sam.ui.unpricedRows', { count: position.summary.unpricedShortfallRows })}</small>
              ) : null}
            </div>
            <div className="card">
              <dt>{t('sam.ui.shortfallRows')}</dt>
              <dd>{position.summary.shortfallRows}</dd>
            </div>
            <div className="card">
              <dt>{t('sam.ui.expiring')}</dt>
              <dd>
                {t('sam.ui.expiringCounts', {
                  d30: position.expiring.filter((notice) => notice.within === 30).length,
                  d60: position.expiring.filter((notice) => notice.within <= 60).length,
                  d90: position.expiring.length,
                })}
              </dd>
            </div>
          </dl>
          {position.findings.map((finding, index) => (
            <div key={index} className="banner banner--warn" role="note">
              {finding.message}
            </div>
          ))}
          <CategoryTable position={position} />
          <DataTable
            id="sam-position"
            label={t('sam.ui.positionTitle')}
            columns={columns}
            source={source}
            rowKey={(row) => row.id}
            reloadToken={position}
          />
          <DomesticTable position={position} />
          {scope ? null : <HistoryTable position={position} />}
          <div className="sam-lists">
            <section className="card">
              <h2>{t('sam.ui.expiring')}</h2>
              <ul>
                {position.expiring.map((notice) => (
                  <li key={notice.entitlementKey}>
                    {t('sam.ui.expiringItem', {
                      name: `${notice.publisher} ${notice.name} ${notice.version}`.trim(),
                      scope: scopeLabel(t, notice.scope),
                      end: notice.end,
                      days: notice.daysLeft,
                    })}
                  </li>
                ))}
              </ul>
            </section>
            <section className="card">
              <h2>{t('sam.ui.reclaim')}</h2>
              <ul>
                {position.reclaim.slice(0, 50).map((candidate) => (
                  <li key={candidate.rowId}>
                    {t('sam.ui.reclaimItem', {
                      name: `${candidate.publisher} ${candidate.name} ${candidate.version}`.trim(),
                      scope: scopeLabel(t, candidate.scope),
                      unused: candidate.unused ?? t('sam.position.unlimited'),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </section>
  );
}
