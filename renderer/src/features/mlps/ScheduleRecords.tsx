/**
 * What the schedule asks for beyond the filing: the self-inspections (自查) and 保护工作方案 an object records as
 * done, which move their due items on; and the rules' notes the user should know (an assumed deadline, a material
 * change that asks for expert review again).
 */
import { useState, type FormEvent } from 'react';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { SCHEDULE_RECORD_KINDS, type ObjectView, type ScheduleRecordKind } from '../../../../shared/contract/mlps/records';
import { mlpsSchedule } from '../../../../shared/catalogs/mlps/schedule';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { SelectField, TextField } from '../../components/Field';
import { useMlps } from './store';
import { DateField, ErrorBanner, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

type Translate = ReturnType<typeof useT>;

/** Register fields have their form labels; the level and the data categories are named here. */
const changedFieldLabel = (t: Translate, field: string) =>
  t.code(field === 'level' || field === 'dataCategories' ? `mlps.ui.schedule.field.${field}` : `mlps.ui.object.${field}`);

export function ScheduleNotes({ view }: { view: ObjectView }) {
  const t = useT();
  const plan = view.schedule.items.some((item) => item.kind === 'protectionPlan');
  return (
    <>
      {view.materialChange ? (
        <p className="banner banner--warning" role="note">
          {t('mlps.ui.schedule.materialChange', {
            date: view.materialChange.on,
            fields: view.materialChange.fields.map((field) => changedFieldLabel(t, field)).join(t('app.separator.list')),
          })}
        </p>
      ) : null}
      {plan && !mlpsSchedule.protectionPlan.deadlineVerified ? (
        <p className="field__help">{t('mlps.ui.schedule.planUnverified', { days: mlpsSchedule.protectionPlan.dueDaysAfterAssessment })}</p>
      ) : null}
      <p className="field__help">{t('mlps.ui.schedule.basis', { id: mlpsSchedule.id, version: mlpsSchedule.version })}</p>
    </>
  );
}

export function ScheduleRecords({ view }: { view: ObjectView }) {
  const t = useT();
  const [draft, setDraft] = useState<{ kind: ScheduleRecordKind; doneOn: string; note: string }>({
    kind: 'selfInspection',
    doneOn: '',
    note: '',
  });
  const saving = useSaveState();
  const error = saveErrorOf(saving.refusal);
  const objectId = view.object.id;

  const checks = useRecordChecks(mlpsMethods['mlps.saveScheduleRecord'].input, { objectId, ...draft }, error);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    await saving.run(async () => {
      useMlps.getState().setView(await api.call('mlps.saveScheduleRecord', { objectId, ...draft }));
      void useMlps.getState().loadObjects();
      setDraft((current) => ({ ...current, doneOn: '', note: '' }));
    });
  };
  const remove = async (id: string) => {
    useMlps.getState().setView(await api.call('mlps.removeScheduleRecord', { id }));
    void useMlps.getState().loadObjects();
  };

  return (
    <section aria-label={t('mlps.ui.schedule.records')}>
      <h3>{t('mlps.ui.schedule.records')}</h3>
      {view.scheduleRecords.length === 0 ? <p className="muted">{t('mlps.ui.schedule.noRecords')}</p> : null}
      <table className="data">
        <tbody>
          {view.scheduleRecords.map((record) => (
            <tr key={record.id}>
              <th scope="row">{t(`mlps.due.${record.kind}`)}</th>
              <td>{record.doneOn}</td>
              <td>{record.note}</td>
              <td>
                <button type="button" className="button" onClick={() => void remove(record.id)}>
                  {t('mlps.ui.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={(event) => void save(event)} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.schedule.addRecord')}>
        <ErrorBanner error={error} />
        <div className="grid">
          <SelectField
            name="kind"
            label={t('mlps.ui.schedule.recordKind')}
            value={draft.kind}
            options={SCHEDULE_RECORD_KINDS.map((kind) => ({ value: kind, label: t(`mlps.due.${kind}`) }))}
            onChange={(kind) => setDraft((current) => ({ ...current, kind }))}
            error={checks.errors.kind}
          />
          <DateField
            name="doneOn"
            label={t('mlps.ui.schedule.doneOn')}
            required
            value={draft.doneOn}
            onChange={(doneOn) => setDraft((current) => ({ ...current, doneOn }))}
            error={checks.errors.doneOn}
          />
          <TextField
            name="note"
            label={t('mlps.ui.schedule.note')}
            value={draft.note}
            onChange={(note) => setDraft((current) => ({ ...current, note }))}
            error={checks.errors.note}
          />
        </div>
        <button type="submit" className="button">
          {t('mlps.ui.schedule.addRecord')}
        </button>
      </form>
    </section>
  );
}
