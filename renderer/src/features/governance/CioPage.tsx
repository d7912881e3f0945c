import type { CioTraining } from '../../../../shared/contract/governance/schemas';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { localize } from '../../../../shared/domain/forms';
import { cioGaps } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';
import { readNumber } from '../../components/TypedInputs';
import type { KeysUnder } from '../../../../shared/i18n';
import { CellInput, CheckField, ChecklistTable, DateField, EditableRows, GapList, RecordPage, useRecordEditor } from './parts';

const NEW_TRAINING: CioTraining = { title: '', organizer: '', attendedOn: '', hours: null };

export function CioPage() {
  const t = useT();
  const locale = useLocale();
  const { view, draft: cio, errors, onBlur, update } = useRecordEditor('cio');
  if (!view) return <p>{t('app.loading')}</p>;

  const setTraining = (index: number, patch: Partial<CioTraining>) =>
    update({ trainings: cio.trainings.map((training, i) => (i === index ? { ...training, ...patch } : training)) });
  const label = (key: KeysUnder<'governance.label.cio.'>) => t(`governance.label.cio.${key}`);
  const duties = opinion2009.cioDuties.map(({ id, label: name }) => ({ id, name: localize(name, locale) }));

  return (
    <RecordPage record="cio" onBlur={onBlur} title={t('governance.label.cio')} intro={t('governance.ui.cioIntro')}>
      <GapList gaps={cioGaps(cio)} />
      <fieldset>
        <legend>{t('governance.label.cio')}</legend>
        <CheckField label={label('appointed')} checked={cio.appointed} onChange={(appointed) => update({ appointed })} />
        <div className="grid">
          <TextField
            name="name"
            label={label('name')}
            value={cio.name}
            onChange={(name) => update({ name })}
            error={errors.name}
            required={cio.appointed}
          />
          <TextField
            name="position"
            label={label('position')}
            value={cio.position}
            onChange={(position) => update({ position })}
            error={errors.position}
          />
          <DateField
            label={label('appointedOn')}
            value={cio.appointedOn}
            onChange={(appointedOn) => update({ appointedOn })}
            error={errors.appointedOn}
            required={cio.appointed}
          />
        </div>
        <CheckField label={label('concurrent')} checked={cio.concurrent} onChange={(concurrent) => update({ concurrent })} />
      </fieldset>
      <fieldset>
        <legend>{label('duties')}</legend>
        <ChecklistTable
          headers={[label('duties'), label('dutyAssigned'), label('dutyDocument')]}
          items={duties}
          cells={(id, name) => {
            const duty = cio.duties[id] ?? { assigned: false, document: '' };
            const setDuty = (patch: Partial<typeof duty>) => update({ duties: { ...cio.duties, [id]: { ...duty, ...patch } } });
            return (
              <>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('app.labelled', { label: name, value: label('dutyAssigned') })}
                    checked={duty.assigned}
                    onChange={(e) => setDuty({ assigned: e.target.checked })}
                  />
                </td>
                <td>
                  <CellInput
                    label={t('app.labelled', { label: name, value: label('dutyDocument') })}
                    value={duty.document}
                    onChange={(document) => setDuty({ document })}
                    error={errors[`duties.${id}`]}
                  />
                </td>
              </>
            );
          }}
        />
      </fieldset>
      <fieldset>
        <legend>{label('rights')}</legend>
        <CheckField
          label={label('rights.decision')}
          checked={cio.rights.decision}
          onChange={(decision) => update({ rights: { ...cio.rights, decision } })}
        />
        <CheckField
          label={label('rights.approval')}
          checked={cio.rights.approval}
          onChange={(approval) => update({ rights: { ...cio.rights, approval } })}
        />
        <CheckField
          label={label('rights.consulted')}
          checked={cio.rights.consultedOnMajorDecisions}
          onChange={(consultedOnMajorDecisions) => update({ rights: { ...cio.rights, consultedOnMajorDecisions } })}
        />
        <TextField
          name="rights.document"
          label={label('rights.document')}
          value={cio.rights.document}
          onChange={(document) => update({ rights: { ...cio.rights, document } })}
        />
      </fieldset>
      <EditableRows
        legend={label('trainings')}
        headers={[label('training.title'), label('training.organizer'), label('training.attendedOn'), label('training.hours')]}
        rows={cio.trainings}
        onChange={(trainings) => update({ trainings })}
        newRow={NEW_TRAINING}
        addLabel={t('governance.ui.addTraining')}
        cells={(training, index) => {
          const row = (key: KeysUnder<'governance.label.cio.training.'>) => `${label(`training.${key}`)} ${index + 1}`;
          const error = (key: string) => errors[`trainings[${index}].${key}`];
          return (
            <>
              <td>
                <CellInput
                  label={row('title')}
                  value={training.title}
                  onChange={(title) => setTraining(index, { title })}
                  error={error('title')}
                />
              </td>
              <td>
                <CellInput
                  label={row('organizer')}
                  value={training.organizer}
                  onChange={(organizer) => setTraining(index, { organizer })}
                />
              </td>
              <td>
                <CellInput
                  kind="date"
                  label={row('attendedOn')}
                  value={training.attendedOn}
                  onChange={(attendedOn) => setTraining(index, { attendedOn })}
                  error={error('attendedOn')}
                />
              </td>
              <td>
                <CellInput
                  kind="number"
                  label={row('hours')}
                  value={training.hours === null ? '' : String(training.hours)}
                  // Text that is no number goes to the backend as typed, which refuses it at this cell.
                  onChange={(hours) => setTraining(index, { hours: readNumber(hours) as number | null })}
                  error={error('hours')}
                />
              </td>
            </>
          );
        }}
      />
    </RecordPage>
  );
}
