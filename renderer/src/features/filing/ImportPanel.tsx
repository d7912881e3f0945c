import { useState, type FormEvent } from 'react';
import type { ReceivedFiling } from '../../../../shared/contract/filing/receiver';
import type { VerifyError } from '../../../../shared/contract/filing/schemas';
import { ApiError, api } from '../../api/client';
import { uploadFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { FileField } from './FileField';
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

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    setRefusal(null);
    setFileError(undefined);
    if (!file) return setFileError(t('validation.required'));
    try {
      const path = await uploadFile(file);
      const result = await job.run((jobId) => api.call('filing.import', { path }, { jobId }));
      setImported(result.filing);
      await loadFilings();
    } catch (error) {
      const issues = error instanceof ApiError && error.code === 'filing.import.notVerified' ? (error.error.details?.issues ?? []) : [];
      setRefusal({ message: messageOf(error), problems: issues.map((issue) => ({ code: issue.code, message: issue.message, ...(issue.file ? { file: issue.file } : {}) })) });
    }
  };

  return (
    <div>
      <form onSubmit={(e) => void run(e)} noValidate>
        <div className="grid">
          <FileField name="package" label={t('filing.import.pick')} accept=".dgpkg,.zip" onFiles={(files) => setFile(files[0] ?? null)} error={fileError} />
        </div>
        <JobProgress job={job} onCancel={() => void job.cancel()} label={t('filing.import.running')} />
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={job.running}>{t('filing.import.run')}</button>
        </div>
      </form>
      {imported ? (
        <div className="banner banner--ok" role="status">
          {t('filing.import.done', { enterprise: imported.enterprise.name, period: imported.period })}{' '}
          <button type="button" className="button" onClick={() => onOpen(imported)}>{t('filing.import.view')}</button>
        </div>
      ) : null}
      {refusal ? (
        <>
          <div className="banner banner--error" role="alert">{t('filing.import.refused')} {refusal.message}</div>
          {refusal.problems.length > 0 ? <VerifyReport errors={refusal.problems} /> : null}
        </>
      ) : null}
    </div>
  );
}
