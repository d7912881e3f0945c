/**
 * Disaster recovery of one object (GB/T 20988): the level chosen, the level each of the seven elements meets
 * against the level's checklist (the level reached is the lowest), and the RTO/RPO of the informative appendix.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import type { Finding } from '../../../../shared/contract/core';
import {
  DR_ELEMENT_LEVELS,
  DR_ELEMENTS,
  DR_LEVELS,
  type DrElement,
  type DrElementLevel,
  type DrElementLevels,
  type DrLevel,
} from '../../../../shared/contract/mlps/schemas';
import { drLevels } from '../../../../shared/catalogs/mlps/disaster-recovery';
import { achievedDrLevel, formatRange } from '../../../../shared/domain/mlps';
import { api } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField } from '../../components/Field';
import { DateField, ErrorBanner, Findings, NumberField, TextAreaField, optional, optionalNumber, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

const MINUTE_FIELDS = ['targetRtoMinutes', 'targetRpoMinutes', 'testedRtoMinutes', 'testedRpoMinutes'] as const;
type Draft = { level: string; lastDrillOn: string; notes: string } & Record<(typeof MINUTE_FIELDS)[number], string>;
const EMPTY: Draft = {
  level: '',
  lastDrillOn: '',
  notes: '',
  targetRtoMinutes: '',
  targetRpoMinutes: '',
  testedRtoMinutes: '',
  testedRpoMinutes: '',
};

export function RecoveryPanel({ objectId }: { objectId: string }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [elements, setElements] = useState<DrElementLevels>({});
  const [findings, setFindings] = useState<Finding[]>([]);
  const saving = useSaveState();
  const error = saveErrorOf(saving.refusal);
  const status = saving.state;
  useEffect(() => {
    void api.call('mlps.listRecovery', {}).then((records) => {
      const record = records.find((entry) => entry.objectId === objectId);
      if (!record) return;
      const text = (value: number | undefined) => (value === undefined ? '' : String(value));
      setDraft({
        level: String(record.level),
        lastDrillOn: record.lastDrillOn ?? '',
        notes: record.notes,
        targetRtoMinutes: text(record.targetRtoMinutes),
        targetRpoMinutes: text(record.targetRpoMinutes),
        testedRtoMinutes: text(record.testedRtoMinutes),
        testedRpoMinutes: text(record.testedRpoMinutes),
      });
      setElements(record.elements);
      setFindings(record.findings);
    });
  }, [objectId]);

  const input = {
    objectId,
    // No level yet is left out, so the check says 必填 at the field rather than refusing a level 0.
    level: (draft.level ? Number(draft.level) : undefined) as DrLevel,
    lastDrillOn: optional(draft.lastDrillOn),
    notes: draft.notes,
    elements,
    ...Object.fromEntries(MINUTE_FIELDS.map((field) => [field, optionalNumber(draft[field])])),
  };
  const checks = useRecordChecks(mlpsMethods['mlps.saveRecovery'].input, input, error);
  const save = async () => {
    if (!draft.level) {
      saving.refuse({ state: 'invalid', fieldErrors: { level: t('validation.required') }, message: t('app.errorsBelow') });
      return;
    }
    await saving.run(async () => {
      const saved = await api.call('mlps.saveRecovery', input);
      setFindings(saved.findings);
    });
  };
  useSaveShortcut(() => void save());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const level = drLevels.levels.find((entry) => String(entry.level) === draft.level);
  const edit = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    saving.touch();
  };

  return (
    <form onSubmit={onSubmit} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.recovery.title')}>
      <fieldset>
        <legend>{t('mlps.ui.recovery.title')}</legend>
        <ErrorBanner error={error} />
        <div className="grid">
          <SelectField
            name="level"
            label={t('mlps.ui.recovery.level')}
            value={draft.level}
            options={[
              { value: '', label: '—' },
              ...DR_LEVELS.map((value) => ({ value: String(value), label: t(`mlps.drLevel.${value}`) })),
            ]}
            onChange={(value) => edit({ level: value })}
            error={checks.errors.level}
          />
        </div>
        <ElementChecklist
          level={level?.level ?? null}
          elements={elements}
          onChange={(next) => {
            setElements(next);
            saving.touch();
          }}
        />
        <h4>{t('mlps.ui.recovery.appendix')}</h4>
        <div className="grid">
          {MINUTE_FIELDS.map((field) => (
            <NumberField
              key={field}
              name={field}
              label={t(`mlps.ui.recovery.${field}`)}
              value={draft[field]}
              onChange={(value) => edit({ [field]: value })}
              error={checks.errors[field]}
            />
          ))}
          <DateField
            name="lastDrillOn"
            label={t('mlps.ui.recovery.lastDrillOn')}
            value={draft.lastDrillOn}
            onChange={(lastDrillOn) => edit({ lastDrillOn })}
          />
        </div>
        {level ? (
          <p className="field__help">
            {t('mlps.ui.recovery.typical', { rto: formatRange(level.rto), rpo: formatRange(level.rpo) })}
            {drLevels.rangesVerified ? '' : ` ${t('mlps.ui.recovery.unverified')}`}
          </p>
        ) : null}
        <TextAreaField name="notes" label={t('mlps.ui.recovery.notes')} value={draft.notes} onChange={(notes) => edit({ notes })} />
        <Findings findings={findings} />
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={status === 'saving'}>
            {status === 'saving' ? t('app.saving') : t('app.save')}
          </button>
          <span className="page__status" role="status" aria-live="polite">
            {status === 'saved' ? t('app.saved') : ''}
          </span>
        </div>
      </fieldset>
    </form>
  );
}

/** Per element: what the chosen level asks of it, and the level the user judges it meets. */
function ElementChecklist({
  level,
  elements,
  onChange,
}: {
  level: DrLevel | null;
  elements: DrElementLevels;
  onChange(next: DrElementLevels): void;
}) {
  const t = useT();
  const english = useLocale() === 'en-US';
  const achieved = achievedDrLevel(elements);
  const requirements = drLevels.levels.find((entry) => entry.level === level)?.requirements;
  const set = (element: DrElement, value: string) => {
    const next = { ...elements };
    if (value === '') delete next[element];
    else next[element] = Number(value) as DrElementLevel;
    onChange(next);
  };
  return (
    <fieldset aria-label={t('mlps.ui.recovery.elements')}>
      <legend>{t('mlps.ui.recovery.elements')}</legend>
      <p data-testid="dr-achieved">
        {achieved === null
          ? t('mlps.ui.recovery.achievedPending')
          : t('mlps.ui.recovery.achieved', { level: achieved === 0 ? t('mlps.ui.recovery.achievedNone') : t(`mlps.drLevel.${achieved}`) })}
      </p>
      <table className="data">
        <tbody>
          {DR_ELEMENTS.map((element) => {
            const lines = requirements ? (english ? requirements[element].en : requirements[element].zh) : [];
            return (
              <tr key={element}>
                <th scope="row">{t(`mlps.drElement.${element}`)}</th>
                <td>
                  {requirements ? (
                    lines.length > 0 ? (
                      <ul>
                        {lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">{t('mlps.ui.recovery.notRequired')}</span>
                    )
                  ) : null}
                </td>
                <td>
                  <SelectField
                    name={`elements.${element}`}
                    label={`${t(`mlps.drElement.${element}`)} · ${t('mlps.ui.recovery.elementLevel')}`}
                    value={elements[element] === undefined ? '' : String(elements[element])}
                    options={[
                      { value: '', label: '—' },
                      ...DR_ELEMENT_LEVELS.map((value) => ({
                        value: String(value),
                        label: value === 0 ? t('mlps.ui.recovery.elementNone') : t(`mlps.drLevel.${value}`),
                      })),
                    ]}
                    onChange={(value) => set(element, value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {drLevels.requirementsVerified ? null : <p className="field__help">{t('mlps.ui.recovery.checklistUnverified')}</p>}
    </fieldset>
  );
}
