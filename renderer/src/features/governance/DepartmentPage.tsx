import { useEffect } from 'react';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus, type ItDepartment, type RosterEntry } from '../../../../shared/contract/governance/schemas';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { localize } from '../../../../shared/domain/forms';
import { departmentGaps } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';
import { CellInput, DateField, GapList, IntegerField, RecordPage } from './parts';
import { useGovernance } from './store';
import type { KeysUnder } from '../../../../shared/i18n';

const NEW_PERSON: RosterEntry = { name: '', position: '', duties: '' };

export function DepartmentPage() {
  const t = useT();
  const locale = useLocale();
  const { view, load, edit } = useGovernance();
  const department = useGovernance((s) => s.drafts.department);
  const errors = useGovernance((s) => s.pages.department.fieldErrors);
  useEffect(() => void load(), [load]);
  if (!view) return <p>{t('app.loading')}</p>;

  const update = (patch: Partial<ItDepartment>) => edit('department', (d) => ({ ...d, ...patch }));
  const setPerson = (index: number, patch: Partial<RosterEntry>) =>
    update({ roster: department.roster.map((person, i) => (i === index ? { ...person, ...patch } : person)) });
  const label = (key: KeysUnder<'governance.label.department.'>) => t(`governance.label.department.${key}`);
  const deadline = view.deadlines.find((d) => d.id === 'it-department');

  return (
    <RecordPage record="department" title={t('governance.label.department')} intro={t('governance.ui.departmentIntro')}>
      <GapList gaps={departmentGaps(department)} />
      <fieldset>
        <legend>{t('governance.label.department')}</legend>
        <div className="grid">
          <TextField name="name" label={label('name')} value={department.name} onChange={(name) => update({ name })} error={errors.name} />
          <DateField label={label('establishedOn')} value={department.establishedOn} onChange={(establishedOn) => update({ establishedOn })} error={errors.establishedOn} />
          <IntegerField label={label('staffCount')} value={department.staffCount} onChange={(staffCount) => update({ staffCount })} error={errors.staffCount} />
        </div>
        {deadline ? (
          <p className="page__intro">
            {t('app.labelled', { label: t('governance.ui.deadlines'), value: deadline.date })} · {t(`governance.ui.deadline.${deadline.status}`)}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{label('implementations')}</legend>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{label('implementations')}</th>
              <th scope="col">{label('status')}</th>
              <th scope="col">{label('evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {opinion2009.implementations.map(({ id, label: implementationLabel }) => {
              const implementation = department.implementations[id];
              const name = localize(implementationLabel, locale);
              const set = (patch: Partial<typeof implementation>) => update({ implementations: { ...department.implementations, [id]: { ...implementation, ...patch } } });
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td>
                    <select aria-label={t('app.labelled', { label: name, value: label('status') })} value={implementation.status} onChange={(e) => set({ status: e.target.value as ImplementationStatus })}>
                      {IMPLEMENTATION_STATUSES.map((status) => (
                        <option key={status} value={status}>{t(`governance.implementationStatus.${status}`)}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <CellInput label={t('app.labelled', { label: name, value: label('evidence') })} value={implementation.evidence} onChange={(evidence) => set({ evidence })} error={errors[`implementations.${id}`]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>{label('roster')}</legend>
        {errors.roster ? <div className="field__error" role="alert">{errors.roster}</div> : null}
        {department.roster.length > 0 ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{label('roster.name')}</th>
                <th scope="col">{label('roster.position')}</th>
                <th scope="col">{label('roster.duties')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {department.roster.map((person, index) => (
                <tr key={index}>
                  <td><CellInput label={`${label('roster.name')} ${index + 1}`} value={person.name} onChange={(name) => setPerson(index, { name })} error={errors[`roster[${index}].name`]} /></td>
                  <td><CellInput label={`${label('roster.position')} ${index + 1}`} value={person.position} onChange={(position) => setPerson(index, { position })} /></td>
                  <td><CellInput label={`${label('roster.duties')} ${index + 1}`} value={person.duties} onChange={(duties) => setPerson(index, { duties })} /></td>
                  <td>
                    <button type="button" className="button" onClick={() => update({ roster: department.roster.filter((_, i) => i !== index) })}>
                      {t('governance.ui.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <button type="button" className="button" onClick={() => update({ roster: [...department.roster, NEW_PERSON] })}>
          {t('governance.ui.addRosterEntry')}
        </button>
      </fieldset>
    </RecordPage>
  );
}
