/** Disaster recovery of one object (GB/T 20988): level, target and tested RTO/RPO, last drill, with the checks. */
import { useEffect, useState, type FormEvent } from 'react';
import type { Finding } from '../../../../shared/contract/core';
import { DR_LEVELS, type DrLevel } from '../../../../shared/contract/mlps/schemas';
import { drLevels } from '../../../../shared/catalogs/mlps/disaster-recovery';
import { formatRange } from '../../../../shared/domain/mlps';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField } from '../../components/Field';
import { DateField, ErrorBanner, Findings, NumberField, TextAreaField, optional, optionalNumber, toSaveError, type SaveError } from './ui';

const MINUTE_FIELDS = ['targetRtoMinutes', 'targetRpoMinutes', 'testedRtoMinutes', 'testedRpoMinutes'] as const;
type Draft = { level: string; lastDrillOn: string; notes: string } & Record<(typeof MINUTE_FIELDS)[number], string>;
const EMPTY: Draft = { level: '', lastDrillOn: '', notes: '', targetRtoMinutes: '', targetRpoMinutes: '', testedRtoMinutes: '', testedRpoMinutes: '' };

export function RecoveryPanel({ objectId }: { objectId: string }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<SaveError | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
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
      setFindings(record.findings);
    });
  }, [objectId]);

  const save = async () => {
    if (!draft.level) {
      setError({ fields: { level: t('validation.required') }, message: t('app.errorsBelow') });
      return;
    }
    setStatus('saving');
    try {
      const saved = await api.call('mlps.saveRecovery', {
        objectId,
        level: Number(draft.level) as DrLevel,
        lastDrillOn: optional(draft.lastDrillOn),
        notes: draft.notes,
        ...Object.fromEntries(MINUTE_FIELDS.map((field) => [field, optionalNumber(draft[field])])),
      });
      setFindings(saved.findings);
      setError(null);
      setStatus('saved');
    } catch (caught) {
      setError(toSaveError(caught));
      setStatus('idle');
    }
  };
  useSaveShortcut(() => void save());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const level = drLevels.levels.find((entry) => String(entry.level) === draft.level);
  const edit = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setStatus('idle');
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('mlps.ui.recovery.title')}>
      <fieldset>
        <legend>{t('mlps.ui.recovery.title')}</legend>
        <ErrorBanner error={error} />
        <div className="grid">
          <SelectField
            name="level"
            label={t('mlps.ui.recovery.level')}
            value={draft.level}
            options={[{ value: '', label: '—' }, ...DR_LEVELS.map((value) => ({ value: String(value), label: t(`mlps.drLevel.${value}`) }))]}
            onChange={(value) => edit({ level: value })}
            error={error?.fields.level}
          />
          {MINUTE_FIELDS.map((field) => (
            <NumberField key={field} name={field} label={t(`mlps.ui.recovery.${field}`)} value={draft[field]} onChange={(value) => edit({ [field]: value })} error={error?.fields[field]} />
          ))}
          <DateField name="lastDrillOn" label={t('mlps.ui.recovery.lastDrillOn')} value={draft.lastDrillOn} onChange={(lastDrillOn) => edit({ lastDrillOn })} />
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
          <button type="submit" className="button button--primary" disabled={status === 'saving'}>{status === 'saving' ? t('app.saving') : t('app.save')}</button>
          <span className="page__status" role="status" aria-live="polite">{status === 'saved' ? t('app.saved') : ''}</span>
        </div>
      </fieldset>
    </form>
  );
}
