/**
 * The position by inspection category (the three general categories first, each with its definition), the
 * domestic (信创) share of each category across devices, and both over time (snapshots). Definitions come
 * from the inspection catalog (shared/catalogs/sam/inspection.ts); the page says when they are unverified.
 */
import { type ReactNode, useEffect, useState } from 'react';
import type { CategoryPositionData, PositionResult } from '../../../../shared/contract/sam/methods';
import type { PositionSnapshot } from '../../../../shared/contract/sam/schemas';
import { snapshotRates } from '../../../../shared/domain/sam/snapshot';
import { api } from '../../api/client';
import { useSaveState } from '../../api/save-state';
import { definitionText } from '../../../../shared/catalogs/sam/inspection';
import { inspectedCategories } from '../../../../shared/domain/sam/position';
import { useLocale, useT } from '../../app/settings-store';
import { percent, useSam } from './store';

interface CategoryColumn {
  label: string;
  cell(entry: CategoryPositionData): ReactNode;
  className?: string;
}

/** A card with a table of one row per inspected category: the name first, then the given columns. */
function CategorySection({
  id,
  title,
  intro,
  position,
  columns,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  position: PositionResult;
  columns: CategoryColumn[];
  children?: ReactNode;
}) {
  const t = useT();
  const titleId = `${id}-title`;
  return (
    <section className={`card ${id}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="page__intro">{intro}</p>
      <table className="data" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('sam.ui.col.category')}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inspectedCategories(position.byCategory).map((entry) => (
            <tr key={entry.category || 'unclassified'}>
              <th scope="row">{t(`sam.inspectionCategory.${entry.category}`)}</th>
              {columns.map((column) => (
                <td key={column.label} className={column.className}>
                  {column.cell(entry)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </section>
  );
}

export function CategoryTable({ position }: { position: PositionResult }) {
  const t = useT();
  const locale = useLocale();
  const columns: CategoryColumn[] = [
    { label: t('sam.ui.col.group'), cell: (entry) => t(`sam.inspectionGroup.${entry.group}`) },
    { label: t('sam.ui.col.rate'), cell: (entry) => percent(entry.genuineRate) },
    { label: t('sam.ui.col.needing'), cell: (entry) => entry.installations },
    { label: t('sam.ui.col.covered'), cell: (entry) => entry.coveredInstallations },
    { label: t('sam.ui.col.free'), cell: (entry) => entry.freeInstallations },
    { label: t('sam.ui.col.definition'), cell: (entry) => definitionText(entry.category, locale), className: 'sam-definition' },
  ];
  return (
    <CategorySection
      id="sam-categories"
      title={t('sam.ui.byCategoryTitle')}
      intro={t('sam.ui.byCategoryIntro')}
      position={position}
      columns={columns}
    >
      {position.catalog.verified ? null : (
        <p className="sam-note" role="note">
          {t('sam.ui.catalogUnverified', { id: position.catalog.id, version: position.catalog.version })}
        </p>
      )}
    </CategorySection>
  );
}

export function DomesticTable({ position }: { position: PositionResult }) {
  const t = useT();
  const columns: CategoryColumn[] = [
    { label: t('sam.ui.col.devices'), cell: (entry) => entry.devices },
    { label: t('sam.ui.col.domesticDevices'), cell: (entry) => entry.domesticDevices },
    { label: t('sam.ui.col.domesticShare'), cell: (entry) => percent(entry.domesticShare) },
    { label: t('sam.ui.col.domesticInstallations'), cell: (entry) => entry.domesticInstallations },
  ];
  return (
    <CategorySection
      id="sam-domestic"
      title={t('sam.ui.domesticTitle')}
      intro={t('sam.ui.domesticIntro')}
      position={position}
      columns={columns}
    />
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
  const snapshot = useSaveState();
  const error = snapshot.refusal?.message;
  useEffect(() => {
    let current = true;
    void api.call('sam.snapshots.list', {}).then((list) => current && setHistory(list));
    return () => {
      current = false;
    };
  }, [version]);
  const take = () =>
    snapshot.run(async () => {
      await api.call('sam.snapshots.take', note.trim() ? { note } : {});
      setNote('');
    });
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
        <button type="button" className="button" onClick={() => void take()}>
          {t('sam.ui.takeSnapshot')}
        </button>
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
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
                <th key={entry.category} scope="col">
                  {t('sam.ui.col.domesticShareOf', { category: t(`sam.inspectionCategory.${entry.category}`) })}
                </th>
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
