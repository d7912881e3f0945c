/**
 * The object's register of 重大风险隐患 (major hidden risks), under its score: each is judged on its own and names
 * the findings it stems from, so the form offers the object's gaps (partial or non-compliant items) to choose
 * from. Saving or removing one re-reads the assessment, since the 2025 conclusion reads the register.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  MAJOR_HIDDEN_RISK_PRINCIPLES,
  type CatalogItemView,
  type MajorHiddenRisk,
  type MajorHiddenRiskPrinciple,
} from '../../../../shared/contract/mlps/records';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import type { ItemAssessment } from '../../../../shared/contract/mlps/schemas';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { Field, TextField } from '../../components/Field';
import { CheckboxField, DateField, ErrorBanner, TextAreaField, optional, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

interface Draft {
  id?: string;
  title: string;
  itemIds: string[];
  principles: MajorHiddenRiskPrinciple[];
  identifiedOn: string;
  remediated: boolean;
  remediatedOn: string;
  note: string;
}

const EMPTY: Draft = { title: '', itemIds: [], principles: [], identifiedOn: '', remediated: false, remediatedOn: '', note: '' };
const draftOf = (risk: MajorHiddenRisk): Draft => ({
  ...risk,
  identifiedOn: risk.identifiedOn ?? '',
  remediatedOn: risk.remediatedOn ?? '',
});

/** The first message among the fields `itemIds`, `itemIds[0]`, … (the backend names the offending entry). */
const itemsError = (fields: Record<string, string>): string | undefined =>
  Object.entries(fields).find(([field]) => field === 'itemIds' || field.startsWith('itemIds['))?.[1];

interface Props {
  objectId: string;
  items: readonly CatalogItemView[];
  statuses: readonly ItemAssessment[];
  /** Called after a change, so the score above is read again. */
  onChanged(): void;
}

export function MajorHiddenRisksPanel({ objectId, items, statuses, onChanged }: Props) {
  const t = useT();
  const [risks, setRisks] = useState<MajorHiddenRisk[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const saving = useSaveState();
  const error = saveErrorOf(saving.refusal);
  const load = useCallback(async () => setRisks(await api.call('mlps.listMajorHiddenRisks', { objectId })), [objectId]);
  useEffect(() => void load(), [load]);

  const gapIds = new Set(statuses.filter((status) => status.status !== 'compliant').map((status) => status.itemId));
  const gaps = items.filter((item) => gapIds.has(item.id));
  const summaryOf = new Map(items.map((item) => [item.id, item.summary]));

  const input = draft && {
    ...(draft.id ? { id: draft.id } : {}),
    objectId,
    title: draft.title,
    itemIds: draft.itemIds,
    principles: draft.principles,
    identifiedOn: optional(draft.identifiedOn),
    remediated: draft.remediated,
    remediatedOn: draft.remediated ? optional(draft.remediatedOn) : undefined,
    note: draft.note,
  };
  const checks = useRecordChecks(mlpsMethods['mlps.saveMajorHiddenRisk'].input, input, error);
  const save = async () => {
    if (!input) return;
    await saving.run(async () => {
      await api.call('mlps.saveMajorHiddenRisk', input);
      setDraft(null);
      await load();
      onChanged();
    });
  };
  const remove = async (risk: MajorHiddenRisk) => {
    if (!window.confirm(t('mlps.ui.majorRisks.confirmRemove'))) return;
    await api.call('mlps.removeMajorHiddenRisk', { id: risk.id });
    await load();
    onChanged();
  };
  const toggle = <V extends string>(list: readonly V[], value: V, on: boolean): V[] =>
    on ? [...list, value] : list.filter((entry) => entry !== value);

  return (
    <section className="card major-risks" aria-label={t('mlps.ui.majorRisks.title')}>
      <h3>{t('mlps.ui.majorRisks.title')}</h3>
      <p className="muted">{t('mlps.ui.majorRisks.intro')}</p>
      {risks.length === 0 ? <p>{t('mlps.ui.majorRisks.none')}</p> : null}
      <ul className="major-risks__list">
        {risks.map((risk) => (
          <li key={risk.id}>
            <strong>{risk.title}</strong>{' '}
            <span className={`badge badge--${risk.remediated ? 'done' : 'not-started'}`}>
              {risk.remediated
                ? `${t('mlps.ui.majorRisks.remediated')}${risk.remediatedOn ? ` ${risk.remediatedOn}` : ''}`
                : t('mlps.ui.majorRisks.open')}
            </span>
            <div className="muted">
              {risk.principles.map((principle) => t(`mlps.majorHiddenRisk.principle.${principle}`)).join(t('app.separator.list'))} ·{' '}
              {risk.itemIds.map((itemId) => `${itemId} ${summaryOf.get(itemId) ?? ''}`).join(t('app.separator.semicolon'))}
            </div>
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(draftOf(risk));
                saving.reset();
              }}
            >
              {t('mlps.ui.majorRisks.edit')}
            </button>{' '}
            <button type="button" className="button" onClick={() => void remove(risk)}>
              {t('mlps.ui.majorRisks.remove')}
            </button>
          </li>
        ))}
      </ul>
      {draft === null ? (
        gaps.length === 0 ? (
          <p className="muted">{t('mlps.ui.majorRisks.noGaps')}</p>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(EMPTY);
              saving.reset();
            }}
          >
            {t('mlps.ui.majorRisks.add')}
          </button>
        )
      ) : (
        <form
          className="form"
          onBlur={checks.onBlur}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <ErrorBanner error={error} />
          <TextField
            name="title"
            label={t('mlps.ui.majorRisks.titleField')}
            required
            value={draft.title}
            onChange={(title) => setDraft({ ...draft, title })}
            error={checks.errors.title}
          />
          <Field
            label={t('mlps.ui.majorRisks.items')}
            help={t('mlps.ui.majorRisks.itemsHelp')}
            required
            error={error ? itemsError(error.fields) : undefined}
          >
            {(a11y) => (
              <div {...a11y} role="group" className="major-risks__items">
                {gaps.map((item) => (
                  <label key={item.id}>
                    <input
                      type="checkbox"
                      checked={draft.itemIds.includes(item.id)}
                      onChange={(e) => setDraft({ ...draft, itemIds: toggle(draft.itemIds, item.id, e.target.checked) })}
                    />{' '}
                    {item.id} {item.summary}
                  </label>
                ))}
              </div>
            )}
          </Field>
          <Field label={t('mlps.ui.majorRisks.principles')} required error={checks.errors.principles}>
            {(a11y) => (
              <div {...a11y} role="group">
                {MAJOR_HIDDEN_RISK_PRINCIPLES.map((principle) => (
                  <label key={principle}>
                    <input
                      type="checkbox"
                      checked={draft.principles.includes(principle)}
                      onChange={(e) => setDraft({ ...draft, principles: toggle(draft.principles, principle, e.target.checked) })}
                    />{' '}
                    {t(`mlps.majorHiddenRisk.principle.${principle}`)}
                  </label>
                ))}
              </div>
            )}
          </Field>
          <DateField
            name="identifiedOn"
            label={t('mlps.ui.majorRisks.identifiedOn')}
            value={draft.identifiedOn}
            onChange={(identifiedOn) => setDraft({ ...draft, identifiedOn })}
            error={checks.errors.identifiedOn}
          />
          <CheckboxField
            name="remediated"
            label={t('mlps.ui.majorRisks.remediatedField')}
            checked={draft.remediated}
            onChange={(remediated) => setDraft({ ...draft, remediated })}
          />
          {draft.remediated ? (
            <DateField
              name="remediatedOn"
              label={t('mlps.ui.majorRisks.remediatedOn')}
              value={draft.remediatedOn}
              onChange={(remediatedOn) => setDraft({ ...draft, remediatedOn })}
              error={checks.errors.remediatedOn}
            />
          ) : null}
          <TextAreaField
            name="note"
            label={t('mlps.ui.majorRisks.note')}
            value={draft.note}
            onChange={(note) => setDraft({ ...draft, note })}
            error={checks.errors.note}
          />
          <div className="toolbar">
            <button type="submit" className="button button--primary">
              {t('mlps.ui.majorRisks.save')}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('mlps.ui.majorRisks.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
