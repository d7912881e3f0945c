import { useEffect } from 'react';
import type { CioRecord, CioTraining } from '../../../../shared/contract/governance/schemas';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { localize } from '../../../../shared/domain/forms';
import { cioGaps } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';
import { CellInput, CheckField, DateField, GapList, RecordPage } from './parts';
import { useGovernance } from './store';
import type { KeysUnder } from '../../../../shared/i18n';

const NEW_TRAINING: CioTraining = { title: '', organizer: '', attendedOn: '', hours: null };

export function CioPage() {
  const t = useT();
  const locale = useLocale();
  const { view, load, edit } = useGovernance();
  const cio = useGovernance((s) => s.drafts.cio);
  const errors = useGovernance((s) => s.pages.cio.fieldErrors);
  useEffect(() => void load(), [load]);
  if (!view) return <p>{t('app.loading')}</p>;

  const update = (patch: Partial<CioRecord>) => edit('cio', (d) => ({ ...d, ...patch }));
  const setTraining = (index: number, patch: Partial<CioTraining>) =>
    update({ trainings: cio.trainings.map((training, i) => (i === index ? { ...training, ...patch } : training)) });
  const label = (key: KeysUnder<'governance.label.cio.'>) => t(`governance.label.cio.${key}`);

  return (
    <RecordPage record="cio" title={t('governance.label.cio')} intro={t('governance.ui.cioIntro')}>
      <GapList gaps={cioGaps(cio)} />
      <fieldset>
        <legend>{t('governance.label.cio')}</legend>
        <CheckField label={label('appointed')} checked={cio.appointed} onChange={(appointed) => update({ appointed })} />
        <div className="grid">
          <TextField name="name" label={label('name')} value={cio.name} onChange={(name) => update({ name })} error={errors.name} required={cio.appointed} />
          <TextField name="position" label={label('position')} value={cio.position} onChange={(position) => update({ position })} error={errors.position} />
          <DateField label={label('appointedOn')} value={cio.appointedOn} onChange={(appointedOn) => update({ appointedOn })} error={errors.appointedOn} required={cio.appointed} />
        </div>
        <CheckField label={label('concurrent')} checked={cio.concurrent} onChange={(concurrent) => update({ concurrent })} />
      </fieldset>
      <fieldset>
        <legend>{label('duties')}</legend>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{label('duties')}</th>
              <th scope="col">{label('dutyAssigned')}</th>
              <th scope="col">{label('dutyDocument')}</th>
            </tr>
          </thead>
          <tbody>
            {opinion2009.cioDuties.map(({ id, label: dutyLabel }) => {
              const duty = cio.duties[id] ?? { assigned: false, document: '' };
              const name = localize(dutyLabel, locale);
              const setDuty = (patch: Partial<typeof duty>) => update({ duties: { ...cio.duties, [id]: { ...duty, ...patch } } });
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td>
                    <input type="checkbox" aria-label={t('app.labelled', { label: name, value: label('dutyAssigned') })} checked={duty.assigned} onChange={(e) => setDuty({ assigned: e.target.checked })} />
                  </td>
                  <td>
                    <CellInput label={t('app.labelled', { label: name, value: label('dutyDocument') })} value={duty.document} onChange={(document) => setDuty({ document })} error={errors[`duties.${id}`]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>{label('rights')}</legend>
        <CheckField label={label('rights.decision')} checked={cio.rights.decision} onChange={(decision) => update({ rights: { ...cio.rights, decision } })} />
        <CheckField label={label('rights.approval')} checked={cio.rights.approval} onChange={(approval) => update({ rights: { ...cio.rights, approval } })} />
        <CheckField
          label={label('rights.consulted')}
          checked={cio.rights.consultedOnMajorDecisions}
          onChange={(consultedOnMajorDecisions) => update({ rights: { ...cio.rights, consultedOnMajorDecisions } })}
        />
        <TextField name="rights.document" label={label('rights.document')} value={cio.rights.document} onChange={(document) => update({ rights: { ...cio.rights, document } })} />
      </fieldset>
      <fieldset>
        <legend>{label('trainings')}</legend>
        {cio.trainings.length > 0 ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{label('training.title')}</th>
                <th scope="col">{label('training.organizer')}</th>
                <th scope="col">{label('training.attendedOn')}</th>
                <th scope="col">{label('training.hours')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {cio.trainings.map((training, index) => {
                const row = (key: KeysUnder<'governance.label.cio.training.'>) => `${label(`training.${key}`)} ${index + 1}`;
                const error = (key: string) => errors[`trainings[${index}].${key}`];
                return (
                  <tr key={index}>
                    <td><CellInput label={row('title')} value={training.title} onChange={(title) => setTraining(index, { title })} error={error('title')} /></td>
                    <td><CellInput label={row('organizer')} value={training.organizer} onChange={(organizer) => setTraining(index, { organizer })} /></td>
                    <td><CellInput type="date" label={row('attendedOn')} value={training.attendedOn} onChange={(attendedOn) => setTraining(index, { attendedOn })} error={error('attendedOn')} /></td>
                    <td>
                      <CellInput
                        type="number"
                        label={row('hours')}
                        value={training.hours === null ? '' : String(training.hours)}
                        onChange={(hours) => setTraining(index, { hours: hours === '' ? null : Number(hours) })}
                        error={error('hours')}
                      />
                    </td>
                    <td>
                      <button type="button" className="button" onClick={() => update({ trainings: cio.trainings.filter((_, i) => i !== index) })}>
                        {t('governance.ui.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        <button type="button" className="button" onClick={() => update({ trainings: [...cio.trainings, NEW_TRAINING] })}>
          {t('governance.ui.addTraining')}
        </button>
      </fieldset>
    </RecordPage>
  );
}
