import { useEffect, useState } from 'react';
import type { FilingDetail as Detail } from '../../../../shared/contract/filing/receiver';
import { api } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';
import { formatBytes, formatDateTime, groupedFingerprint } from './format';
import { messageOf, useFiling } from './store';
import { SummaryView } from './SummaryView';
import { DecisionPanel, ReviewPanel } from './DecisionPanel';
import { sectionName } from './ReasonList';

/** Every received filing by enterprise and period; history rows are the older filings of a period. */
export function FilingsPanel({ onOpen }: { onOpen(id: string): void }) {
  const t = useT();
  const locale = useLocale();
  const { filings, loadFilings } = useFiling();
  useEffect(() => void loadFilings(), [loadFilings]);
  if (filings.length === 0) return <p>{t('filing.filings.empty')}</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th>{t('filing.filings.enterprise')}</th>
          <th>{t('filing.filings.uscc')}</th>
          <th>{t('filing.filings.period')}</th>
          <th>{t('filing.filings.signedAt')}</th>
          <th>{t('filing.filings.importedAt')}</th>
          <th>{t('filing.filings.status')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {filings.map((filing) => (
          <tr key={filing.id} className={filing.current ? '' : 'row--history'}>
            <td>{filing.enterprise.name}</td>
            <td>
              <code>{filing.enterprise.uscc}</code>
            </td>
            <td>{filing.period}</td>
            <td>{formatDateTime(filing.createdAt, locale)}</td>
            <td>{formatDateTime(filing.importedAt, locale)}</td>
            <td>
              {t(filing.current ? 'filing.filings.current' : 'filing.filings.history')} · {t(`filing.status.${filing.status}`)}
              {filing.accessionNumber ? (
                <div>
                  <code>{filing.accessionNumber}</code>
                </div>
              ) : null}
            </td>
            <td>
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
  );
}

/** One filing: its figures, its files, its history, and the data JSON as filed. */
export function FilingDetail({ id, onOpen, onBack }: { id: string; onOpen(id: string): void; onBack(): void }) {
  const t = useT();
  const locale = useLocale();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api.call('filing.filings.get', { id }).then(setDetail, (failure: unknown) => setError(messageOf(failure)));
  }, [id, version]);
  const reload = () => setVersion((v) => v + 1);
  if (error)
    return (
      <div className="banner banner--error" role="alert">
        {error}
      </div>
    );
  if (!detail || detail.filing.id !== id) return <p>{t('app.loading')}</p>;
  const { filing, manifest } = detail;
  return (
    <section aria-labelledby="filing-detail-title">
      <button type="button" className="button" onClick={onBack}>
        {t('filing.detail.back')}
      </button>
      <h2 id="filing-detail-title">{t('filing.detail.title', { enterprise: filing.enterprise.name, period: filing.period })}</h2>
      <dl className="facts facts--tight">
        <dt>{t('filing.filings.uscc')}</dt>
        <dd>{filing.enterprise.uscc}</dd>
        <dt>{t('filing.verify.packageId')}</dt>
        <dd>{filing.packageId}</dd>
        <dt>{t('filing.filings.signedAt')}</dt>
        <dd>{formatDateTime(filing.createdAt, locale)}</dd>
        <dt>{t('filing.detail.signer')}</dt>
        <dd>{groupedFingerprint(filing.signerFingerprint)}</dd>
        <dt>{t('filing.detail.sections')}</dt>
        <dd>{detail.summary.sections.map((section) => sectionName(t, section)).join(t('app.separator.list'))}</dd>
      </dl>
      <SummaryView summary={detail.summary} />
      <DecisionPanel detail={detail} onChanged={reload} />
      <ReviewPanel detail={detail} onChanged={reload} />
      {detail.history.length > 0 ? (
        <>
          <h3>{t('filing.detail.history')}</h3>
          <ul>
            {detail.history.map((other) => (
              <li key={other.id}>
                <button type="button" className="link" onClick={() => onOpen(other.id)}>
                  {formatDateTime(other.createdAt, locale)} · {t(other.current ? 'filing.filings.current' : 'filing.filings.history')} ·{' '}
                  {t(`filing.status.${other.status}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>
          {t('filing.detail.files')} ({manifest.files.length})
        </summary>
        <table className="data">
          <tbody>
            {manifest.files.map((file) => (
              <tr key={file.path}>
                <td>
                  <code>{file.path}</code>
                </td>
                <td>{formatBytes(file.size)}</td>
                <td>
                  <code title={`SM3 ${file.sm3}`}>{file.sha256.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details>
        <summary>{t('filing.detail.data')}</summary>
        <pre className="json">{JSON.stringify(detail.data, null, 2).slice(0, 200_000)}</pre>
      </details>
    </section>
  );
}
