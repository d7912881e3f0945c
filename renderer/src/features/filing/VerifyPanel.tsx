import { useState, type FormEvent } from 'react';
import type { VerifyResult } from '../../../../shared/contract/filing/schemas';
import { api } from '../../api/client';
import { uploadFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { FileField } from './FileField';
import { messageOf } from './store';
import { VerifyReport } from './VerifyReport';

/** Pick a package → every check with pass or fail, the codes and the files named. */
export function VerifyPanel() {
  const t = useT();
  const job = useJob();
  const [file, setFile] = useState<File | null>(null);
  const [useTrustList, setUseTrustList] = useState(true);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | undefined>();

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setError(undefined);
    if (!file) return setError(t('validation.required'));
    try {
      const path = await uploadFile(file);
      setResult(await job.run((jobId) => api.call('filing.verify', { path, useTrustList }, { jobId })));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <div>
      <form onSubmit={(e) => void verify(e)} noValidate>
        <div className="grid">
          <FileField
            name="package"
            label={t('filing.verify.pick')}
            accept=".dgpkg,.zip"
            onFiles={(files) => setFile(files[0] ?? null)}
            error={error}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={useTrustList} onChange={(e) => setUseTrustList(e.target.checked)} />{' '}
          {t('filing.verify.useTrustList')}
        </label>
        <JobProgress job={job} onCancel={() => void job.cancel()} label={t('filing.verify.running')} />
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={job.running}>
            {t('filing.verify.run')}
          </button>
        </div>
      </form>
      {result ? <VerifyReport errors={result.errors} manifest={result.manifest} signer={result.signer} inner={result.inner} /> : null}
    </div>
  );
}
