import { useState } from 'react';
import type { ExportTarget } from '../../../../shared/contract/sam/methods';
import { api, errorMessage } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';

/** "Export XLSX" and "Export CSV" for a register or the position: written in the workspace, then downloaded. */
export function ExportButtons({ what, scope }: { what: ExportTarget; scope?: string }) {
  const t = useT();
  const job = useJob();
  const [error, setError] = useState<string | null>(null);
  const name = what === 'position' ? t('sam.position.title') : t(`sam.kind.${what}`);

  const run = async (extension: 'xlsx' | 'csv') => {
    setError(null);
    try {
      const fileName = `${name}.${extension}`;
      const { path } = await api.call('files.exportPath', { name: fileName });
      await job.run((jobId) => api.call('sam.export', { what, path, ...(scope ? { scope } : {}) }, { jobId }));
      await downloadWorkspaceFile(path, fileName);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <span className="sam-export">
      <button type="button" className="button" disabled={job.running} onClick={() => void run('xlsx')}>
        {t('sam.ui.exportXlsx')}
      </button>
      <button type="button" className="button" disabled={job.running} onClick={() => void run('csv')}>
        {t('sam.ui.exportCsv')}
      </button>
      <JobProgress job={job} onCancel={() => void job.cancel()} label={t('sam.ui.exporting')} />
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
