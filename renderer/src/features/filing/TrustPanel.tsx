import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/client';
import { type SaveRefusal, useSaveState } from '../../api/save-state';
import { uploadFile } from '../../api/files';
import { useLocale, useT } from '../../app/settings-store';
import { Field, TextField } from '../../components/Field';
import { FileField } from './FileField';
import { formatDateTime, groupedFingerprint } from './format';
import { messageOf, useFiling } from './store';

/** A refused certificate is shown at the input it came from: the file chosen, else the pasted PEM. */
function refusedAtSource(error: unknown): SaveRefusal {
  const field = error instanceof ApiError ? (error.error.details?.field ?? 'pem') : 'pem';
  const message = error instanceof ApiError ? (error.fieldErrors()[field] ?? error.message) : messageOf(error);
  return { state: 'invalid', fieldErrors: { [field === 'path' ? 'file' : 'pem']: message }, message };
}

/** The receiver's trust list: signer certificates pinned by fingerprint, and CA certificates. */
export function TrustPanel() {
  const t = useT();
  const locale = useLocale();
  const { trust, loadTrust } = useFiling();
  const [file, setFile] = useState<File | null>(null);
  const [pem, setPem] = useState('');
  const [label, setLabel] = useState('');
  const adding = useSaveState(refusedAtSource);
  const errors = adding.refusal?.fieldErrors ?? {};
  const [added, setAdded] = useState<string | null>(null);
  const status = adding.state === 'saved' ? added : null;
  useEffect(() => void loadTrust(), [loadTrust]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    await adding.run(async () => {
      const source = file ? { path: await uploadFile(file) } : pem.trim() ? { pem } : {};
      const entry = await api.call('filing.trust.add', { ...source, label });
      setAdded(t('filing.trust.added', { subject: entry.subject }));
      setFile(null);
      setPem('');
      setLabel('');
      (event.target as HTMLFormElement).reset();
      await loadTrust();
    });
  };

  const remove = async (id: string, subject: string) => {
    if (!window.confirm(t('filing.trust.confirmRemove', { subject }))) return;
    await api.call('filing.trust.remove', { id });
    await loadTrust();
  };

  return (
    <div>
      <h2>{t('filing.trust.title')}</h2>
      {trust.length === 0 ? (
        <p>{t('filing.trust.empty')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('filing.trust.label')}</th>
              <th>{t('filing.keys.subject')}</th>
              <th>{t('filing.trust.kind')}</th>
              <th>{t('filing.keys.fingerprint')}</th>
              <th>{t('filing.keys.validity')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {trust.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.label}</td>
                <td>{entry.subject}</td>
                <td>{t(entry.isCa ? 'filing.trust.kind.ca' : 'filing.trust.kind.signer')}</td>
                <td>
                  <code>{groupedFingerprint(entry.fingerprintSha256)}</code>
                </td>
                <td>{formatDateTime(entry.notAfter, locale)}</td>
                <td>
                  <button type="button" className="button" onClick={() => void remove(entry.id, entry.subject)}>
                    {t('filing.trust.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status ? (
        <div className="banner banner--ok" role="status">
          {status}
        </div>
      ) : null}
      <form onSubmit={(e) => void add(e)} noValidate>
        <fieldset>
          <legend>{t('filing.trust.addTitle')}</legend>
          <div className="grid">
            <FileField
              name="certificate"
              label={t('filing.trust.file')}
              accept=".pem,.crt,.cer,.der"
              onFiles={(files) => setFile(files[0] ?? null)}
              error={errors.file}
            />
            <TextField name="label" label={t('filing.trust.label')} value={label} onChange={setLabel} />
          </div>
          <Field label={t('filing.trust.pem')} error={errors.pem}>
            {(a11y) => (
              <textarea
                {...a11y}
                name="pem"
                rows={4}
                value={pem}
                onChange={(e) => setPem(e.target.value)}
                placeholder="-----BEGIN CERTIFICATE-----"
              />
            )}
          </Field>
          <div className="page__actions">
            <button type="submit" className="button button--primary">
              {t('filing.trust.add')}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
