import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/backup/schemas';
import { formatBytes } from '../../../../shared/contract/limits';
import { api, errorMessage } from '../../api/client';
import { useLocale, useSettings, useT } from '../../app/settings-store';

/** Backups on the Settings page: the list, "back up now", and restore after an explicit confirmation. */
export function BackupsSection() {
  const t = useT();
  const locale = useLocale();
  const reloadSettings = useSettings((s) => s.load);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const when = (b: BackupInfo) => new Date(b.createdAt).toLocaleString(locale);

  const refresh = useCallback(() => api.call('backup.list', {}).then(setBackups), []);
  useEffect(() => void refresh(), [refresh]);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setStatus(await work());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      void refresh();
    }
  }

  const backUpNow = () => run(async () => t('app.settings.backupCreated', { name: (await api.call('backup.create', {})).name }));
  const restore = (backup: BackupInfo) =>
    run(async () => {
      setConfirming(null);
      const result = await api.call('backup.restore', { path: backup.path });
      await reloadSettings();
      return t('app.settings.restored', { time: when(backup), safety: result.safetyBackup.name });
    });

  return (
    <section className="page-section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('app.settings.backups')}</h2>
      <p className="page__intro">{t('app.settings.backupsIntro')}</p>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="page__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
          {t('app.settings.backupNow')}
        </button>
        <span className="page__status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="restore-confirm-text">
          <p id="restore-confirm-text">{t('app.settings.restoreConfirm', { time: when(confirming) })}</p>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void restore(confirming)}>
            {t('app.settings.restoreConfirmButton')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)} autoFocus>
            {t('app.cancel')}
          </button>
        </div>
      ) : null}
      {backups && backups.length === 0 ? <p>{t('app.settings.noBackups')}</p> : null}
      {backups && backups.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('app.settings.backupTime')}</th>
              <th scope="col">{t('app.settings.backupKind')}</th>
              <th scope="col">{t('app.settings.backupSize')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('app.settings.backupRestore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.path}>
                <td>{when(b)}</td>
                <td>{t(`backup.kind.${b.kind}`)}</td>
                <td>{formatBytes(b.size)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    aria-label={`${t('app.settings.backupRestore')} ${when(b)}`}
                    onClick={() => setConfirming(b)}
                  >
                    {t('app.settings.backupRestore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The audit log's chain, checked on demand. */
export function AuditSection() {
  const t = useT();
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  const verify = async () => {
    const v = await api.call('audit.verify', {});
    const contradicted = v.backupAnchors.contradicted[0];
    setResult(
      v.firstBroken
        ? { ok: false, text: t('app.settings.auditBroken', { seq: v.firstBroken.seq, reason: t(`audit.broken.${v.firstBroken.reason}`) }) }
        : contradicted
          ? { ok: false, text: t('app.settings.auditAnchorContradicted', { seq: contradicted.seq, backup: contradicted.backup }) }
          : { ok: true, text: t('app.settings.auditOk', { entries: v.entries }) },
    );
  };
  return (
    <section className="page-section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('app.settings.audit')}</h2>
      <div className="page__actions">
        <button type="button" className="button" onClick={() => void verify()}>
          {t('app.settings.auditVerify')}
        </button>
        {result ? (
          <span className={result.ok ? 'page__status' : 'field__error'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </span>
        ) : null}
      </div>
    </section>
  );
}
