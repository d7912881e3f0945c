import { IMPLEMENTATION_STATUSES, type ImplementationStatus, type RosterEntry } from '../../../../shared/contract/governance/schemas';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { localize } from '../../../../shared/domain/forms';
import { departmentGaps } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';
import { CellInput, ChecklistTable, DateField, EditableRows, GapList, IntegerField, RecordPage, useRecordEditor } from './parts';
import type { KeysUnder } from '../../../../shared/i18n';

const NEW_PERSON: RosterEntry = { name: '', position: '', duties: '' };

export function DepartmentPage() {
  const t = useT();
  const locale = useLocale();
  const { view, draft: department, errors, onBlur, update } = useRecordEditor('department');
  if (!view) return <p>{t('app.loading')}</p>;

  const setPerson = (index: number, patch: Partial<RosterEntry>) =>
    update({ roster: department.roster.map((person, i) => (i === index ? { ...person, ...patch } : person)) });
  const label = (key: KeysUnder<'governance.label.department.'>) => t(`governance.label.department.${key}`);
  const deadline = view.deadlines.find((d) => d.id === 'it-department');
  const implementations = opinion2009.implementations.map(({ id, label: name }) => ({ id, name: localize(name, locale) }));

  return (
    <RecordPage record="department" onBlur={onBlur} title={t('governance.label.department')} intro={t('governance.ui.departmentIntro')}>
      <GapList gaps={departmentGaps(department)} />
      <fieldset>
        <legend>{t('governance.label.department')}</legend>
        <div className="grid">
          <TextField name="name" label={label('name')} value={department.name} onChange={(name) => update({ name })} error={errors.name} />
          <DateField
            label={label('establishedOn')}
            value={department.establishedOn}
            onChange={(establishedOn) => update({ establishedOn })}
            error={errors.establishedOn}
          />
          <IntegerField
            name="staffCount"
            label={label('staffCount')}
            value={department.staffCount}
            onChange={(staffCount) => update({ staffCount })}
            error={errors.staffCount}
          />
        </div>
        {deadline ? (
          <p className="page__intro">
            {t('app.labelled', { label: t('governance.ui.deadlines'), value: deadline.date })} ·{' '}
            {t(`governance.ui.deadline.${deadline.status}`)}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{label('implementations')}</legend>
        <ChecklistTable
          headers={[label('implementations'), label('status'), label('evidence')]}
          items={implementations}
          cells={(id, name) => {
            const implementation = department.implementations[id];
            const set = (patch: Partial<typeof implementation>) =>
              update({ implementations: { ...department.implementations, [id]: { ...implementation, ...patch } } });
            return (
              <>
                <td>
                  <select
                    aria-label={t('app.labelled', { label: name, value: label('status') })}
                    value={implementation.status}
                    onChange={(e) => set({ status: e.target.value as ImplementationStatus })}
                  >
                    {IMPLEMENTATION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`governance.implementationStatus.${status}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput
                    label={t('app.labelled', { label: name, value: label('evidence') })}
                    value={implementation.evidence}
                    onChange={(evidence) => set({ evidence })}
                    error={errors[`implementations.${id}`]}
                  />
                </td>
              </>
            );
          }}
        />
      </fieldset>
      <EditableRows
        legend={label('roster')}
        error={errors.roster}
        headers={[label('roster.name'), label('roster.position'), label('roster.duties')]}
        rows={department.roster}
        onChange={(roster) => update({ roster })}
        newRow={NEW_PERSON}
        addLabel={t('governance.ui.addRosterEntry')}
        cells={(person, index) => (
          <>
            <td>
              <CellInput
                label={`${label('roster.name')} ${index + 1}`}
                value={person.name}
                onChange={(name) => setPerson(index, { name })}
                error={errors[`roster[${index}].name`]}
              />
            </td>
            <td>
              <CellInput
                label={`${label('roster.position')} ${index + 1}`}
                value={person.position}
                onChange={(position) => setPerson(index, { position })}
              />
            </td>
            <td>
              <CellInput
                label={`${label('roster.duties')} ${index + 1}`}
                value={person.duties}
                onChange={(duties) => setPerson(index, { duties })}
              />
            </td>
          </>
        )}
      />
    </RecordPage>
  );
}
