/**
 * The import wizard's work beside its reducer: reading the chosen file, the dry run and the import, each
 * dispatching what happened; and what blocks the dry run, derived from the state. The steps' components
 * take the one object this hook returns.
 */
import { useReducer } from 'react';
import { api } from '../../api/client';
import { downloadWorkspaceFile, uploadFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { unmappedValues } from './ImportLearning';
import { type Encoding, INITIAL_WIZARD, missingRequired, wizardReducer } from './import-wizard';

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

export type ImportWizard = ReturnType<typeof useImportWizard>;

export function useImportWizard() {
  const t = useT();
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD);
  const { upload, encoding, prepared, kind, columns, values, constants, mode } = state;
  const job = useJob();

  const prepare = async (path: string, chosen: Encoding) => {
    dispatch({ type: 'preparing' });
    try {
      dispatch({ type: 'prepared', prepared: await api.call('sam.import.prepare', { path, encoding: chosen }) });
    } catch (failure) {
      dispatch({ type: 'prepareFailed', error: message(failure) });
    }
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    dispatch({ type: 'uploading', label: t('sam.ui.uploading') });
    try {
      const path = await uploadFile(file);
      dispatch({ type: 'uploaded', upload: { path, name: file.name } });
      await prepare(path, encoding);
    } catch (failure) {
      dispatch({ type: 'failed', error: message(failure) });
    } finally {
      dispatch({ type: 'idle' });
    }
  };

  /** Another encoding reads the file already chosen again. */
  const chooseEncoding = (chosen: Encoding) => {
    dispatch({ type: 'encoding', encoding: chosen });
    if (upload) void prepare(upload.path, chosen);
  };

  const spec = () => ({ path: upload!.path, kind: kind!, encoding, columns, values, constants });

  const dryRun = async () => {
    dispatch({ type: 'jobStarted', jobKind: 'dryRun' });
    try {
      dispatch({ type: 'dryRunDone', report: await job.run((jobId) => api.call('sam.import.dryRun', spec(), { jobId })) });
    } catch (failure) {
      dispatch({ type: 'failed', error: message(failure) });
    }
  };

  const commit = async () => {
    dispatch({ type: 'jobStarted', jobKind: 'commit' });
    try {
      const name = `${upload!.name.replace(/\.[^.]+$/, '')}-${t('sam.import.reasonColumn')}.csv`;
      const rejectsPath = mode === 'valid' ? (await api.call('files.exportPath', { name })).path : undefined;
      const committed = await job.run((jobId) =>
        api.call('sam.import.commit', { ...spec(), skipInvalid: mode === 'valid', ...(rejectsPath ? { rejectsPath } : {}) }, { jobId }),
      );
      const downloadsRejects = committed.rejectsFile !== null && mode === 'valid';
      dispatch({ type: 'committed', result: committed, rejectsName: null });
      if (downloadsRejects) {
        await downloadWorkspaceFile(committed.rejectsFile as string, name);
        dispatch({ type: 'committed', result: committed, rejectsName: name });
      }
    } catch (failure) {
      dispatch({ type: 'failed', error: message(failure) });
    }
  };

  const missing = prepared && kind ? missingRequired(prepared, kind, columns, constants) : [];
  const openValues = prepared && kind ? unmappedValues(t, prepared, kind, columns, values) : [];
  return {
    state,
    dispatch,
    job,
    chooseFile,
    chooseEncoding,
    dryRun,
    commit,
    /** Required fields nothing fills, each group one message. */
    missing,
    /** A message for each choice column with words nothing maps yet. */
    openValues,
    /** The dry run and the import wait until both lists are empty. */
    blocked: missing.length > 0 || openValues.length > 0,
  };
}
