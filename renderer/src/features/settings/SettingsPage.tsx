import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useSettings, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';

export function SettingsPage() {
  const t = useT();
  const { settings, save } = useSettings();
  const [actorName, setActorName] = useState(settings.actorName);
  const [info, setInfo] = useState<MethodOutput<'workspace.info'> | null>(null);
  useEffect(() => void api.call('workspace.info', {}).then(setInfo), []);
  return (
    <form className="page" onSubmit={(e) => { e.preventDefault(); void save({ actorName }); }}>
      <header className="page__header">
        <h1>{t('app.nav.settings')}</h1>
      </header>
      <div className="grid">
        <TextField name="actorName" label={t('app.settings.actorName')} help={t('app.settings.actorNameHelp')} value={actorName} onChange={setActorName} />
      </div>
      <footer className="page__actions">
        <button type="submit" className="button button--primary">{t('app.save')}</button>
      </footer>
      {info ? (
        <dl className="facts">
          <dt>{t('app.settings.dataDir')}</dt>
          <dd>{info.dataDir}</dd>
          <dt>{t('app.settings.schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      ) : null}
    </form>
  );
}
