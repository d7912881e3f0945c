import { Link } from 'react-router';
import { useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { importedNothing } from './import-wizard';
import type { ImportWizard } from './use-import-wizard';

/**
 * Step 5: all or nothing, or the valid rows with the rejected ones downloaded; the import with progress and
 * cancel; what it did, and where to go next.
 */
export function ImportResultStep({ wizard }: { wizard: ImportWizard }) {
  const t = useT();
  const { state, dispatch, job, blocked } = wizard;
  const { mode, jobKind, result, rejectsName } = state;
  const nothingImported = importedNothing(result);
  return (
    <fieldset>
      <legend>{t('sam.ui.step.commit')}</legend>
      <div role="radiogroup" className="sam-modes">
        {(['all', 'valid'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="import-mode"
              value={value}
              checked={mode === value}
              onChange={() => dispatch({ type: 'mode', mode: value })}
            />
            {t(`sam.ui.mode.${value}`)}
          </label>
        ))}
      </div>
      <div className="page__actions">
        <button type="button" className="button button--primary" disabled={job.running || blocked} onClick={() => void wizard.commit()}>
          {t('sam.ui.commit')}
        </button>
      </div>
      {jobKind === 'commit' ? <JobProgress job={job} onCancel={() => void job.cancel()} label={t('sam.ui.committing')} /> : null}
      {result ? (
        <div className={`banner ${result.committed && !nothingImported ? 'banner--ok' : 'banner--error'}`} role="status">
          {nothingImported
            ? t('sam.ui.importedNothing', { count: result.rejectedRows })
            : result.committed
              ? t('sam.ui.committed', { added: result.added, updated: result.updated, unchanged: result.unchanged })
              : t('sam.ui.notCommitted', { count: result.rejectedRows })}
          {result.committed && result.productsAdded > 0 ? <div>{t('sam.ui.productsAdded', { count: result.productsAdded })}</div> : null}
          {rejectsName ? <div>{t('sam.ui.rejectsDownloaded', { file: rejectsName })}</div> : null}
        </div>
      ) : null}
      {result?.committed && !nothingImported ? (
        <p className="page__actions">
          <Link to="/sam-position">{t('sam.ui.viewPosition')}</Link>
          <button type="button" className="button" onClick={() => dispatch({ type: 'startOver' })}>
            {t('sam.ui.startOver')}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
