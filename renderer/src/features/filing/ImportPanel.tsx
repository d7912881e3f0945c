import { useState, type FormEvent } from 'react';
import type { ReceivedFiling } from '../../../../shared/contract/filing/receiver';
import type { VerifyError } from '../../../../shared/contract/filing/schemas';
import { ApiError, api } from '../../api/client';
import { downloadWorkspaceFile, uploadFile } from '../../api/files';
import type { IssuedReceipt } from '../../../../shared/contract/filing/receipt';
import { FileField, PasswordField } from './FileField';
import { fileName } from './format';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { messageOf, useFiling } from './store';
import { VerifyReport } from './VerifyReport';

/** Verify and import: a package that fails any check, or was imported before, is refused with the reason. */
export function ImportPanel({ onOpen }: { onOpen(filing: ReceivedFiling): void }) {
  const t = useT();
  const job = useJob();
  const loadFilings = useFiling((s) => s.loadFilings);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<ReceivedFiling | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: VerifyError[] } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  // Accept on import with a signed receipt (回执): the receiver's passphrase signs it.
  const [withReceipt, setWithReceipt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | undefined>();
  const [receipt, setReceipt] = useState<IssuedReceipt | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    setRefusal(null);
    setFileError(undefined);
    setPassphraseError(undefined);
    setReceipt(null);
    if (!file) return setFileError(t('validation.required'));
    try {
      const path = await uploadFile(file);
      const result = await job.run((jobId) =>
        api.call('filing.import', { path, ...(withReceipt ? { receipt: { passphrase } } : {}) }, { jobId }),
      );
      setImported(result.filing);
      setReceipt(result.receipt);
      setPassphrase('');
      await loadFilings();
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('filing.keys.')) return setPassphraseError(error.message);
      // A refusal names every finding, and the refusal receipt when one was signed.
      const issues = error instanceof ApiError ? (error.error.details?.issues ?? []) : [];
      setRefusal({
        message: messageOf(error),
        problems: issues.map((issue) => ({ code: issue.code, message: issue.message, ...(issue.file ? { file: issue.file } : {}) })),
      });
    }
  };

  return (
    <div>
      <form onSubmit={(e) => void run(e)} noValidate>
        <div className="grid">
          <FileField
            name="package"
            label={t('filing.import.pick')}
            accept=".dgpkg,.zip"
            onFiles={(files) => setFile(files[0] ?? null)}
            error={fileError}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={withReceipt} onChange={(e) => setWithReceipt(e.target.checked)} />{' '}
          {t('filing.import.withReceipt')}
        </label>
        {withReceipt ? (
          <div className="grid">
            <PasswordField
              name="receipt-passphrase"
              label={t('filing.decide.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              error={passphraseError}
              autoComplete="current-password"
            />
          </div>
        ) : null}
        <JobProgress job={job} onCancel={() => void job.cancel()} label={t('filing.import.running')} />
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={job.running}>
            {t('filing.import.run')}
          </button>
        </div>
      </form>
      {imported ? (
        <div className="banner banner--ok" role="status">
          {t('filing.import.done', { enterprise: imported.enterprise.name, period: imported.period })}{' '}
          {receipt ? (
            <>
              {t('filing.decide.signed', { number: receipt.accessionNumber })}{' '}
              <button type="button" className="button" onClick={() => void downloadWorkspaceFile(receipt.path, fileName(receipt.path))}>
                {t('filing.receipt.download')}
              </button>{' '}
            </>
          ) : null}
          <button type="button" className="button" onClick={() => onOpen(imported)}>
            {t('filing.import.view')}
          </button>
        </div>
      ) : null}
      {refusal ? (
        <>
          <div className="banner banner--error" role="alert">
            {t('filing.import.refused')} {refusal.message}
          </div>
          {refusal.problems.length > 0 ? <VerifyReport errors={refusal.problems} /> : null}
        </>
      ) : null}
    </div>
  );
}
