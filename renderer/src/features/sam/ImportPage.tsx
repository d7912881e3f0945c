import { useEffect, useMemo, useReducer, useState } from 'react';
import { Link } from 'react-router';
import type { ImportReport, MappingProfileRecord, PrepareResult, Rejection } from '../../../../shared/contract/sam/methods';
import { SAM_KINDS, type SamKind } from '../../../../shared/contract/sam/schemas';
import { api } from '../../api/client';
import { downloadWorkspaceFile, uploadFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { DataTable, localSource, type DataColumn } from '../../components/DataTable';
import { Field, SelectField } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { ConstantsStep, reasonText, unmappedValues, ValueMappingStep, type ValueMaps } from './ImportLearning';
import { type Encoding, INITIAL_WIZARD, importedNothing, mappingFrom, missingRequired, wizardReducer } from './import-wizard';

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * The import wizard: choose a file → its encoding and kind are detected → correct the column mapping
 * (or apply a saved one) → dry run, with every rejected row's number, column and reason → import, all or
 * nothing or the valid rows with the rejected ones downloaded. Reading and importing show progress and
 * can be cancelled; a cancel changes nothing. Its state moves through one reducer (import-wizard.ts).
 */
export function ImportPage() {
  const t = useT();
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD);
  const { upload, encoding, prepared, kind, columns, values, constants, report, mode, result, rejectsName, error, busy, jobKind } = state;
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
  const blocked = missing.length > 0 || openValues.length > 0;
  const nothingImported = importedNothing(result);

  return (
    <section className="page" aria-labelledby="sam-import-title">
      <header className="page__header">
        <h1 id="sam-import-title">{t('sam.ui.importTitle')}</h1>
        <p className="page__intro">{t('sam.ui.importIntro')}</p>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}

      <fieldset>
        <legend>{t('sam.ui.step.file')}</legend>
        <div className="grid">
          <Field label={t('sam.ui.chooseFile')}>
            {(a11y) => (
              <input {...a11y} type="file" accept=".csv,.txt,.xlsx" onChange={(event) => void chooseFile(event.target.files?.[0])} />
            )}
          </Field>
          <SelectField
            name="encoding"
            label={t('sam.ui.encoding')}
            value={encoding}
            options={(['auto', 'utf8', 'gbk'] as const).map((value) => ({ value, label: t(`sam.ui.encoding.${value}`) }))}
            onChange={(value) => {
              dispatch({ type: 'encoding', encoding: value });
              if (upload) void prepare(upload.path, value);
            }}
          />
        </div>
        {busy ? <p role="status">{busy}…</p> : null}
        {prepared ? (
          <p className="sam-fileinfo" role="status">
            {t('sam.ui.fileInfo', { file: prepared.file, format: prepared.format.toUpperCase(), encoding: prepared.encoding ?? '—' })}
          </p>
        ) : null}
      </fieldset>

      {prepared ? (
        <MappingStep
          prepared={prepared}
          kind={kind}
          columns={columns}
          values={values}
          constants={constants}
          missing={missing}
          onKind={(next) => dispatch({ type: 'kind', kind: next })}
          onColumns={(next) => dispatch({ type: 'columns', columns: next })}
          onProfile={(profile) => dispatch({ type: 'profile', ...profile })}
        />
      ) : null}

      {prepared && kind ? (
        <ValueMappingStep
          prepared={prepared}
          kind={kind}
          columns={columns}
          values={values}
          onValues={(next) => dispatch({ type: 'values', values: next })}
        />
      ) : null}
      {prepared && kind ? (
        <ConstantsStep
          prepared={prepared}
          kind={kind}
          columns={columns}
          constants={constants}
          onConstants={(next) => dispatch({ type: 'constants', constants: next })}
        />
      ) : null}

      {prepared && kind ? (
        <fieldset>
          <legend>{t('sam.ui.step.dryRun')}</legend>
          {missing.length > 0 ? (
            <p className="field__error" role="alert">
              {t('sam.ui.missingRequired', {
                fields: missing.map((group) => group.map((field) => t.code(`sam.field.${field}`)).join(t('sam.ui.or'))).join('、'),
              })}
            </p>
          ) : null}
          {openValues.map((text) => (
            <p key={text} className="field__error" role="alert">
              {text}
            </p>
          ))}
          <button type="button" className="button" disabled={blocked || job.running} onClick={() => void dryRun()}>
            {t('sam.ui.dryRun')}
          </button>
          {jobKind === 'dryRun' ? <JobProgress job={job} onCancel={() => void job.cancel()} label={t('sam.ui.dryRunning')} /> : null}
          {report ? <ReportView report={report} /> : null}
        </fieldset>
      ) : null}

      {report && kind ? (
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
            <button type="button" className="button button--primary" disabled={job.running || blocked} onClick={() => void commit()}>
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
              {result.committed && result.productsAdded > 0 ? (
                <div>{t('sam.ui.productsAdded', { count: result.productsAdded })}</div>
              ) : null}
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
      ) : null}
    </section>
  );
}

function MappingStep({
  prepared,
  kind,
  columns,
  values,
  constants,
  missing,
  onKind,
  onColumns,
  onProfile,
}: {
  prepared: PrepareResult;
  kind: SamKind | null;
  columns: Record<string, string>;
  values: ValueMaps;
  constants: Record<string, string>;
  missing: string[][];
  onKind(kind: SamKind): void;
  onColumns(columns: Record<string, string>): void;
  onProfile(profile: { columns: Record<string, string>; values: ValueMaps; constants: Record<string, string> }): void;
}) {
  const t = useT();
  const [profiles, setProfiles] = useState<MappingProfileRecord[]>([]);
  const [chosenProfile, setChosenProfile] = useState('');
  const [profileName, setProfileName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!kind) return;
    void api.call('sam.profiles.list', { kind }).then(setProfiles);
  }, [kind, saved]);

  const required = new Set(kind ? prepared.kinds[kind].required.filter((group) => group.length === 1).flat() : []);
  const options = [
    { value: '', label: t('sam.ui.notImported') },
    ...prepared.header.filter((header) => header !== '').map((header) => ({ value: header, label: header })),
  ];
  const kindOptions = useMemo(() => SAM_KINDS.map((value) => ({ value, label: t(`sam.kind.${value}`) })), [t]);

  const saveProfile = async () => {
    if (!kind || !profileName.trim()) return;
    const columnsToKeep = Object.fromEntries(Object.entries(columns).filter(([, header]) => header !== ''));
    await api.call('sam.profiles.save', { name: profileName.trim(), kind, columns: columnsToKeep, values, constants });
    setSaved(profileName.trim());
  };
  const applyProfile = () => {
    const profile = profiles.find((candidate) => candidate.name === chosenProfile);
    if (profile && kind)
      onProfile({ columns: mappingFrom(prepared, kind, profile.columns), values: profile.values, constants: profile.constants });
  };

  return (
    <fieldset>
      <legend>{t('sam.ui.step.mapping')}</legend>
      {kind === null ? (
        <p className="field__error" role="alert">
          {t('sam.ui.kindUnknown')}
        </p>
      ) : null}
      <div className="grid">
        <Field label={t('sam.ui.kind')}>
          {(a11y) => (
            <select {...a11y} value={kind ?? ''} onChange={(event) => onKind(event.target.value as SamKind)}>
              {kind === null ? <option value="">—</option> : null}
              {kindOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {kind ? (
        <>
          <p className="page__intro">{t('sam.ui.mappingIntro')}</p>
          <div className="grid sam-mapping">
            {prepared.kinds[kind].fields.map(({ field }) => (
              <Field
                key={field}
                label={t.code(`sam.field.${field}`)}
                required={required.has(field)}
                help={
                  constants[field] !== undefined ? t('sam.ui.reason.constant') : reasonText(t, prepared, kind, field, columns[field] ?? '')
                }
                error={missing.some((group) => group.includes(field)) ? t('validation.required') : undefined}
              >
                {(a11y) => (
                  <select
                    {...a11y}
                    value={columns[field] ?? ''}
                    onChange={(event) => onColumns({ ...columns, [field]: event.target.value })}
                  >
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          <div className="grid sam-profiles">
            <Field label={t('sam.ui.profile')}>
              {(a11y) => (
                <span className="sam-inline">
                  <select {...a11y} value={chosenProfile} onChange={(event) => setChosenProfile(event.target.value)}>
                    <option value="">—</option>
                    {profiles.map((profile) => (
                      <option key={profile.name} value={profile.name}>
                        {profile.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="button" disabled={!chosenProfile} onClick={applyProfile}>
                    {t('sam.ui.profileApply')}
                  </button>
                </span>
              )}
            </Field>
            <Field label={t('sam.ui.profileName')}>
              {(a11y) => (
                <span className="sam-inline">
                  <input {...a11y} type="text" value={profileName} onChange={(event) => setProfileName(event.target.value)} />
                  <button type="button" className="button" disabled={!profileName.trim()} onClick={() => void saveProfile()}>
                    {t('sam.ui.profileSave')}
                  </button>
                </span>
              )}
            </Field>
          </div>
          {saved ? <p role="status">{t('sam.ui.profileSaved', { name: saved })}</p> : null}
          {prepared.sample.length > 0 ? <SampleTable header={prepared.header} rows={prepared.sample} /> : null}
        </>
      ) : null}
    </fieldset>
  );
}

function SampleTable({ header, rows }: { header: string[]; rows: string[][] }) {
  return (
    <div className="sam-sample">
      <table className="data">
        <thead>
          <tr>
            {header.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {header.map((_, column) => (
                <td key={column}>{row[column] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const columns = useMemo<DataColumn<Rejection>[]>(
    () => [
      {
        id: 'row',
        label: t('sam.ui.col.row'),
        value: (rejection) =>
          rejection.serial === undefined ? String(rejection.row) : t('sam.rowWithSerial', { row: rejection.row, serial: rejection.serial }),
        width: 130,
        align: 'right',
      },
      { id: 'column', label: t('sam.ui.col.column'), value: (rejection) => rejection.column, width: 180 },
      { id: 'reason', label: t('sam.ui.col.reason'), value: (rejection) => rejection.reason },
    ],
    [t],
  );
  const source = useMemo(() => localSource(report.rejected, columns), [report, columns]);
  const warnings = useMemo(() => localSource(report.warnings, columns), [report, columns]);
  return (
    <div className="sam-report">
      <p role="status" className="sam-report__counts">
        {t('sam.ui.result', { added: report.added, updated: report.updated, unchanged: report.unchanged, rejected: report.rejectedRows })}
      </p>
      {report.productsAdded > 0 ? <p>{t('sam.ui.productsToAdd', { count: report.productsAdded })}</p> : null}
      {report.rejected.length > 0 ? (
        <>
          <h3>{t('sam.ui.rejectedTitle')}</h3>
          {report.truncated ? <p className="page__intro">{t('sam.ui.rejectedTruncated', { count: report.rejected.length })}</p> : null}
          <DataTable
            id="sam-rejected"
            label={t('sam.ui.rejectedTitle')}
            columns={columns}
            source={source}
            rowKey={(rejection) => `${rejection.row}-${rejection.field}-${rejection.code}`}
            height={240}
          />
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t('sam.ui.warningsTitle')}</h3>
          {report.moreWarnings > 0 ? <p className="page__intro">{t('sam.ui.moreWarnings', { count: report.moreWarnings })}</p> : null}
          <DataTable
            id="sam-warnings"
            label={t('sam.ui.warningsTitle')}
            columns={columns}
            source={warnings}
            rowKey={(warning) => `${warning.row}-${warning.field}-${warning.code}`}
            height={160}
          />
        </>
      ) : null}
    </div>
  );
}
