/**
 * The position by inspection category (the three general categories first, each with its definition) and
 * the domestic (信创) share of each category across devices, and both over time (snapshots). Definitions come from the inspection catalog
 * (shared/catalogs/sam/inspection.ts); the page says they are unverified when the catalog is.
 */
import { useEffect, useState } from 'react';
import type { PositionResult } from '../../../../shared/contract/sam/methods';
import type { PositionSnapshot } from '../../../../shared/contract/sam/schemas';
import { snapshotRates } from '../../../../shared/domain/sam/snapshot';
import { api } from '../../api/client';
import { definitionText } from '../../../../shared/catalogs/sam/inspection';
import { inspectedCategories } from '../../../../shared/domain/sam/position';
import { useLocale, useT } from '../../app/settings-store';
import { percent, useSam } from './store';

export function CategoryTable({ position }: { position: PositionResult }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card sam-categories" aria-labelledby="sam-categories-title">
      <h2 id="sam-categories-title">{t('sam.ui.byCategoryTitle')}</h2>
      <p className="page__intro">{t('sam.ui.byCategoryIntro')}</p>
      <table className="data" aria-labelledby="sam-categories-title">
        <thead>
          <tr>
            <th scope="col">{t('sam.ui.col.category')}</th>
            <th scope="col">{t('sam.ui.col.group')}</th>
            <th scope="col">{t('sam.ui.col.rate')}</th>
            <th scope="col">{t('sam.ui.col.needing')}</th>
            <th scope="col">{t('sam.ui.col.covered')}</th>
            <th scope="col">{t('sam.ui.col.free')}</th>
            <th scope="col">{t('sam.ui.col.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {inspectedCategories(position.byCategory).map((entry) => (
            <tr key={entry.category || 'unclassified'}>
              <th scope="row">{t(`sam.inspectionCategory.${entry.category}`)}</th>
              <td>{t(`sam.inspectionGroup.${entry.group}`)}</td>
              <td>{percent(entry.genuineRate)}</td>
              <td>{entry.installations}</td>
              <td>{entry.coveredInstallations}</td>
              <td>{entry.freeInstallations}</td>
              <td className="sam-definition">{definitionText(entry.category, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {position.catalog.verified ? null : <p className="sam-note" role="note">{t('sam.ui.catalogUnverified', { id: position.catalog.id, version: position.catalog.version })}</p>}
    </section>
  );
}

export function DomesticTable({ position }: { position: PositionResult }) {
  const t = useT();
  return (
    <section className="card sam-domestic" aria-labelledby="sam-domestic-title">
      <h2 id="sam-domestic-title">{t('sam.ui.domesticTitle')}</h2>
      <p className="page__intro">{t('sam.ui.domesticIntro')}</p>
      <table className="data" aria-labelledby="sam-domestic-title">
        <thead>
          <tr>
            <th scope="col">{t('sam.ui.col.category')}</th>
            <th scope="col">{t('sam.ui.col.devices')}</th>
            <th scope="col">{t('sam.ui.col.domesticDevices')}</th>
            <th scope="col">{t('sam.ui.col.domesticShare')}</th>
            <th scope="col">{t('sam.ui.col.domesticInstallations')}</th>
          </tr>
        </thead>
        <tbody>
          {inspectedCategories(position.byCategory).map((entry) => (
            <tr key={entry.category || 'unclassified'}>
              <th scope="row">{t(`sam.inspectionCategory.${entry.category}`)}</th>
              <td>{entry.devices}</td>
              <td>{entry.domesticDevices}</td>
              <td>{percent(entry.domesticShare)}</td>
              <td>{entry.domesticInstallations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The position over time: one row per snapshot with its rate and the domestic share of each category the
 * current position lists; "记录快照" keeps today's figures.
 */
export function HistoryTable({ position }: { position: PositionResult }) {
  const t = useT();
  const version = useSam((state) => state.version);
  const [history, setHistory] = useState<PositionSnapshot[] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('sam.snapshots.list', {}).then((list) => current && setHistory(list));
    return () => {
      current = false;
    };
  }, [version]);
  const take = async () => {
    try {
      await api.call('sam.snapshots.take', note.trim() ? { note } : {});
      setNote('');
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const categories = inspectedCategories(position.byCategory).filter((entry) => entry.category !== '');
  return (
    <section className="card sam-history" aria-labelledby="sam-history-title">
      <h2 id="sam-history-title">{t('sam.ui.historyTitle')}</h2>
      <p className="page__intro">{t('sam.ui.historyIntro')}</p>
      <div className="sam-toolbar">
        <label className="sam-inline">
          <span>{t('sam.ui.snapshotNote')}</span>
          <input type="text" value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => void take()}>{t('sam.ui.takeSnapshot')}</button>
      </div>
      {error ? <div className="banner banner--error" role="alert">{error}</div> : null}
      {history === null || history.length === 0 ? (
        <p>{t('sam.ui.historyEmpty')}</p>
      ) : (
        <table className="data" aria-labelledby="sam-history-title">
          <thead>
            <tr>
              <th scope="col">{t('sam.ui.col.day')}</th>
              <th scope="col">{t('sam.ui.snapshotNote')}</th>
              <th scope="col">{t('sam.ui.col.rate')}</th>
              {categories.map((entry) => (
                <th key={entry.category} scope="col">{t('sam.ui.col.domesticShareOf', { category: t(`sam.inspectionCategory.${entry.category}`) })}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((snapshot, index) => {
              const rates = snapshotRates(snapshot);
              return (
                <tr key={`${snapshot.takenAt}-${index}`}>
                  <th scope="row">{snapshot.day}</th>
                  <td>{snapshot.note}</td>
                  <td>{percent(rates.genuineRate)}</td>
                  {categories.map((entry) => (
                    <td key={entry.category}>{percent(rates.byCategory.get(entry.category)?.domesticShare ?? null)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
