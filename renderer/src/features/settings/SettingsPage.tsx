import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { workspaceMethods } from '../../../../shared/contract/workspace/methods';
import { api, ApiError } from '../../api/client';
import { useFieldChecks } from '../../api/field-checks';
import { useLocale, useSettings, useT } from '../../app/settings-store';
import { Field, TextField } from '../../components/Field';
import { NumberInput } from '../../components/TypedInputs';

const SAVE_SETTINGS = workspaceMethods['workspace.saveSettings'];
import { AuditSection, BackupsSection } from './BackupsSection';

function NumberField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: number;
  onChange(value: number): void;
  error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(a11y) => (
        // Text that is no whole number, or a blank, goes into the draft as typed: the check says at the field what it expects.
        <NumberInput {...a11y} name={name} integer value={value} onValue={(typed) => onChange(typed as number)} />
      )}
    </Field>
  );
}

export function SettingsPage() {
  const t = useT();
  const { settings, save } = useSettings();
  const [draft, setDraft] = useState(settings);
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [info, setInfo] = useState<MethodOutput<'workspace.info'> | null>(null);
  useEffect(() => void api.call('workspace.info', {}).then(setInfo), []);
  useEffect(() => setDraft(settings), [settings]);
  const changes = { actorName: draft.actorName, backupKeepCount: draft.backupKeepCount, backupKeepDays: draft.backupKeepDays };
  const { errors, onBlur } = useFieldChecks(SAVE_SETTINGS.input, changes, refused, useLocale());

  const submit = async () => {
    setSaved(false);
    try {
      await save(changes);
      setRefused({});
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError) setRefused(e.fieldErrors());
      else throw e;
    }
  };

  return (
    <div className="page">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onBlur={onBlur}
        noValidate
      >
        <header className="page__header">
          <h1>{t('app.nav.settings')}</h1>
        </header>
        <div className="grid">
          <TextField
            name="actorName"
            label={t('app.settings.actorName')}
            help={t('app.settings.actorNameHelp')}
            value={draft.actorName}
            onChange={(actorName) => setDraft({ ...draft, actorName })}
            error={errors.actorName}
          />
          <NumberField
            name="backupKeepCount"
            label={t('app.settings.backupKeepCount')}
            value={draft.backupKeepCount}
            onChange={(backupKeepCount) => setDraft({ ...draft, backupKeepCount })}
            error={errors.backupKeepCount}
          />
          <NumberField
            name="backupKeepDays"
            label={t('app.settings.backupKeepDays')}
            value={draft.backupKeepDays}
            onChange={(backupKeepDays) => setDraft({ ...draft, backupKeepDays })}
            error={errors.backupKeepDays}
          />
        </div>
        <footer className="page__actions">
          <button type="submit" className="button button--primary">
            {t('app.save')}
          </button>
          <span className="page__status" role="status" aria-live="polite">
            {saved ? t('app.saved') : ''}
          </span>
        </footer>
      </form>
      <BackupsSection />
      <AuditSection />
      {info ? (
        <dl className="facts">
          <dt>{t('app.settings.dataDir')}</dt>
          <dd>{info.dataDir}</dd>
          <dt>{t('app.settings.schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      ) : null}
    </div>
  );
}
