import { useEffect, useMemo, useState } from 'react';
import type { MappingProfileRecord, PrepareResult } from '../../../../shared/contract/sam/methods';
import { SAM_KINDS, type SamKind } from '../../../../shared/contract/sam/schemas';
import { api } from '../../api/client';
import { useSaveState } from '../../api/save-state';
import { useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { reasonText, type ValueMaps } from './ImportLearning';
import { mappingFrom } from './import-wizard';
import type { ImportWizard } from './use-import-wizard';

export function ImportMappingStep({ wizard }: { wizard: ImportWizard }) {
  const { state, dispatch, missing } = wizard;
  if (!state.prepared) return null;
  return (
    <MappingStep
      prepared={state.prepared}
      kind={state.kind}
      columns={state.columns}
      values={state.values}
      constants={state.constants}
      missing={missing}
      onKind={(next) => dispatch({ type: 'kind', kind: next })}
      onColumns={(next) => dispatch({ type: 'columns', columns: next })}
      onProfile={(profile) => dispatch({ type: 'profile', ...profile })}
    />
  );
}

/** Step 2: the file's kind, a column for each field (or a saved mapping), and a sample of the rows. */
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
  const profileSave = useSaveState();
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
    await profileSave.run(async () => {
      await api.call('sam.profiles.save', { name: profileName.trim(), kind, columns: columnsToKeep, values, constants });
      setSaved(profileName.trim());
    });
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
            <Field label={t('sam.ui.profileName')} error={profileSave.refusal?.fieldErrors.name ?? profileSave.refusal?.message}>
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
