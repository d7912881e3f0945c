import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client';
import { downloadWorkspaceFile, uploadFile } from '../../api/files';
import { type SaveRefusal, useSaveState } from '../../api/save-state';
import { useLocale, useT } from '../../app/settings-store';
import { useProfile } from '../profile/store';
import { FileField, PasswordField } from './FileField';
import { formatDateTime, groupedFingerprint } from './format';
import { messageOf, useFiling } from './store';

/** The passphrase twice, checked here before anything is sent. */
function usePassphrasePair() {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  return { first, second, setFirst, setSecond, matches: () => first === second };
}

/** A refusal the form found itself, at one field. */
const refusedAt = (field: string, message: string): SaveRefusal => ({ state: 'invalid', fieldErrors: { [field]: message }, message });

/** Generating keys can only fail at the passphrase (too weak, the key store's own refusal). */
function refusedAtPassphrase(error: unknown): SaveRefusal {
  return refusedAt('passphrase', error instanceof ApiError ? (error.fieldErrors().passphrase ?? error.message) : messageOf(error));
}

/** A refused certificate file (or its password) at the file; anything else at the new passphrase. */
function refusedAtP12OrPassphrase(error: unknown): SaveRefusal {
  const code = error instanceof ApiError ? error.code : '';
  return refusedAt(code.startsWith('filing.keys.p12') ? 'file' : 'passphrase', messageOf(error));
}

export function KeysPanel() {
  const t = useT();
  const locale = useLocale();
  const { keys, loadKeys } = useFiling();
  const profile = useProfile();
  const [status, setStatus] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  useEffect(() => {
    void loadKeys();
    void profile.load();
  }, [loadKeys]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!keys || !profile.loaded) return <p>{t('app.loading')}</p>;
  const exportCertificate = async () => {
    try {
      const { path } = await api.call('filing.keys.exportCertificate', {});
      await downloadWorkspaceFile(path, `signer-${keys.signer?.fingerprintSha256.slice(0, 8) ?? 'cert'}.pem`);
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    }
  };

  return (
    <div>
      {status ? (
        <div className={`banner banner--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </div>
      ) : null}
      {keys.present && keys.signer ? (
        <fieldset>
          <legend>{t('filing.keys.presentTitle')}</legend>
          <dl className="facts facts--tight">
            <dt>{t('filing.keys.subject')}</dt>
            <dd>{keys.signer.subject}</dd>
            <dt>{t('filing.keys.issuer')}</dt>
            <dd>{keys.signer.issuer}</dd>
            <dt>{t('filing.keys.validity')}</dt>
            <dd>
              {formatDateTime(keys.signer.notBefore, locale)} – {formatDateTime(keys.signer.notAfter, locale)}
            </dd>
            <dt>{t('filing.keys.fingerprint')}</dt>
            <dd data-testid="certificate-fingerprint">{groupedFingerprint(keys.signer.fingerprintSha256)}</dd>
            <dt>{t('filing.keys.sm2Fingerprint')}</dt>
            <dd>{keys.signer.sm2PublicKeyFingerprint ? groupedFingerprint(keys.signer.sm2PublicKeyFingerprint) : '—'}</dd>
            <dt>{t('filing.keys.chain')}</dt>
            <dd>{keys.chainCertificates}</dd>
            <dt>{t('filing.keys.keyDir')}</dt>
            <dd>{keys.keyDir}</dd>
          </dl>
          <p className="page__intro">{t('filing.keys.fingerprintHint')}</p>
          <button type="button" className="button" onClick={() => void exportCertificate()}>
            {t('filing.keys.exportCertificate')}
          </button>
        </fieldset>
      ) : (
        <>
          <p>{t('filing.keys.none')}</p>
          {profile.saved ? (
            <GenerateForm name={profile.saved.name} uscc={profile.saved.uscc} onDone={loadKeys} />
          ) : (
            <p className="banner banner--error">
              {t('filing.keys.noProfile')} <Link to="/profile">{t('app.home.fillProfile')}</Link>
            </p>
          )}
          <ImportP12Form onDone={loadKeys} />
        </>
      )}
    </div>
  );
}

function GenerateForm({ name, uscc, onDone }: { name: string; uscc: string; onDone(): Promise<void> }) {
  const t = useT();
  const pair = usePassphrasePair();
  const generating = useSaveState(refusedAtPassphrase);
  const busy = generating.state === 'saving';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pair.matches()) return generating.refuse(refusedAt('passphrase', t('filing.keys.passphraseMismatch')));
    await generating.run(async () => {
      await api.call('filing.keys.generate', { passphrase: pair.first });
      await onDone();
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t('filing.keys.generateTitle')}</legend>
        <p className="page__intro">{t('filing.keys.generateHelp', { name, uscc })}</p>
        <div className="grid">
          <PasswordField
            name="passphrase"
            label={t('filing.keys.passphrase')}
            help={t('filing.keys.passphraseHelp')}
            value={pair.first}
            onChange={pair.setFirst}
            autoComplete="new-password"
          />
          <PasswordField
            name="passphrase2"
            label={t('filing.keys.passphraseAgain')}
            value={pair.second}
            onChange={pair.setSecond}
            error={generating.refusal?.fieldErrors.passphrase}
            autoComplete="new-password"
          />
        </div>
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('filing.keys.generating') : t('filing.keys.generate')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function ImportP12Form({ onDone }: { onDone(): Promise<void> }) {
  const t = useT();
  const pair = usePassphrasePair();
  const [file, setFile] = useState<File | null>(null);
  const [p12Password, setP12Password] = useState('');
  const importing = useSaveState(refusedAtP12OrPassphrase);
  const busy = importing.state === 'saving';
  const errors = importing.refusal?.fieldErrors;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return importing.refuse(refusedAt('file', t('validation.required')));
    if (!pair.matches()) return importing.refuse(refusedAt('passphrase', t('filing.keys.passphraseMismatch')));
    await importing.run(async () => {
      const path = await uploadFile(file);
      await api.call('filing.keys.importP12', { path, p12Password, passphrase: pair.first });
      await onDone();
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t('filing.keys.importTitle')}</legend>
        <p className="page__intro">{t('filing.keys.importHelp')}</p>
        <div className="grid">
          <FileField
            name="p12"
            label={t('filing.keys.p12File')}
            accept=".p12,.pfx"
            onFiles={(files) => setFile(files[0] ?? null)}
            error={errors?.file}
          />
          <PasswordField
            name="p12Password"
            label={t('filing.keys.p12Password')}
            value={p12Password}
            onChange={setP12Password}
            autoComplete="current-password"
          />
          <PasswordField
            name="p12Passphrase"
            label={t('filing.keys.passphrase')}
            help={t('filing.keys.passphraseHelp')}
            value={pair.first}
            onChange={pair.setFirst}
            autoComplete="new-password"
          />
          <PasswordField
            name="p12Passphrase2"
            label={t('filing.keys.passphraseAgain')}
            value={pair.second}
            onChange={pair.setSecond}
            error={errors?.passphrase}
            autoComplete="new-password"
          />
        </div>
        <div className="page__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('filing.keys.import')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
