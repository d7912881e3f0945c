/**
 * Filing (备案) and the schedule of one object: the filing record with completed assessments, the due items the
 * rules compute from it, and the filing form's documents with what is still missing.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { FilingForm } from '../../../../shared/contract/mlps/records';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { CONCLUSIONS_2025 } from '../../../../shared/contract/mlps/schemas';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField, TextField } from '../../components/Field';
import { Attachments } from './Attachments';
import { ScheduleNotes, ScheduleRecords } from './ScheduleRecords';
import { useMlps } from './store';
import { DateField, ErrorBanner, Findings, NumberField, optional, optionalNumber, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

interface AssessmentDraft {
  completedOn: string;
  agency: string;
  conclusion: string;
  score: string;
}

export function SchedulePanel() {
  const t = useT();
  const view = useMlps((s) => s.view);
  if (!view) return null;
  const { schedule } = view;
  if (!view.grading) return <p className="muted">{t('mlps.ui.schedule.notGraded')}</p>;
  return (
    <section aria-label={t('mlps.ui.schedule.title')}>
      <h3>{t('mlps.ui.schedule.title')}</h3>
      {schedule.items.length === 0 ? <p className="muted">{t('mlps.ui.schedule.nothingDue')}</p> : null}
      <table className="data">
        <tbody>
          {schedule.items.map((item) => (
            <tr key={item.kind} className={`due due--${item.status}`}>
              <th scope="row">{t(`mlps.due.${item.kind}`)}</th>
              <td>{item.due}</td>
              <td>{t(`mlps.dueStatus.${item.status}`)}</td>
              <td>
                {item.status === 'done'
                  ? ''
                  : item.daysLeft < 0
                    ? t('mlps.ui.schedule.daysLate', { days: -item.daysLeft })
                    : t('mlps.ui.schedule.daysLeft', { days: item.daysLeft })}
                {item.opensOn && item.status !== 'done'
                  ? `${t('app.separator.semicolon')}${t('mlps.ui.schedule.renewalOpens', { date: item.opensOn })}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {schedule.certificateValidUntil ? (
        <p>{t('mlps.ui.schedule.validity', { from: schedule.certificateValidFrom ?? '', until: schedule.certificateValidUntil })}</p>
      ) : null}
      <Findings findings={schedule.findings} />
      <ScheduleNotes view={view} />
      <ScheduleRecords view={view} />
    </section>
  );
}

export function FilingPanel({ objectId }: { objectId: string }) {
  const t = useT();
  const view = useMlps((s) => s.view);
  const filing = view?.filing ?? null;
  const [draft, setDraft] = useState({
    certificateNumber: filing?.certificateNumber ?? '',
    authority: filing?.authority ?? '',
    filedOn: filing?.filedOn ?? '',
    certificateOn: filing?.certificateOn ?? '',
  });
  const [assessments, setAssessments] = useState<AssessmentDraft[]>(
    (filing?.assessments ?? []).map((entry) => ({
      completedOn: entry.completedOn,
      agency: entry.agency,
      conclusion: entry.conclusion ?? '',
      score: entry.score?.toString() ?? '',
    })),
  );
  const saving = useSaveState();
  const error = saveErrorOf(saving.refusal);
  const status = saving.state;
  const [form, setForm] = useState<FilingForm | null>(null);
  const loadForm = useCallback(async () => setForm(await api.call('mlps.filingForm', { objectId })), [objectId]);
  useEffect(() => void loadForm(), [loadForm, view]);

  const input: MethodInput<'mlps.saveFiling'> = {
    objectId,
    certificateNumber: optional(draft.certificateNumber),
    // The 备案表编号 this system was filed under, kept where it differs from the unit's (see the unit record).
    ...(filing?.formNumber ? { formNumber: filing.formNumber } : {}),
    authority: draft.authority,
    filedOn: draft.filedOn,
    certificateOn: optional(draft.certificateOn),
    assessments: assessments.map((entry) => ({
      completedOn: entry.completedOn,
      agency: entry.agency,
      ...(entry.conclusion ? { conclusion: entry.conclusion as (typeof CONCLUSIONS_2025)[number] } : {}),
      score: optionalNumber(entry.score),
    })),
  };
  const checks = useRecordChecks(mlpsMethods['mlps.saveFiling'].input, input, error);

  const save = async () => {
    await saving.run(async () => {
      useMlps.getState().setView(await api.call('mlps.saveFiling', input));
      void useMlps.getState().loadObjects();
    });
  };
  useSaveShortcut(() => void save());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  if (!view) return null;
  if (!view.grading) return <p className="muted">{t('mlps.ui.filing.gradeFirst')}</p>;
  const edit = (patch: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    saving.touch();
  };
  const setAssessment = (index: number, patch: Partial<AssessmentDraft>) =>
    setAssessments((list) => list.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));

  return (
    <div className="columns">
      <form onSubmit={onSubmit} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.filing.title')}>
        <fieldset>
          <legend>{t('mlps.ui.filing.title')}</legend>
          <ErrorBanner error={error} />
          <div className="grid">
            <TextField
              name="certificateNumber"
              label={t('mlps.ui.filing.number')}
              help={t('mlps.ui.filing.numberHelp')}
              value={draft.certificateNumber}
              onChange={(certificateNumber) => edit({ certificateNumber })}
              error={checks.errors.certificateNumber}
            />
            <TextField
              name="authority"
              label={t('mlps.ui.filing.authority')}
              required
              value={draft.authority}
              onChange={(authority) => edit({ authority })}
              error={checks.errors.authority}
            />
            <DateField
              name="filedOn"
              label={t('mlps.ui.filing.filedOn')}
              required
              value={draft.filedOn}
              onChange={(filedOn) => edit({ filedOn })}
              error={checks.errors.filedOn}
            />
            <DateField
              name="certificateOn"
              label={t('mlps.ui.filing.certificateOn')}
              value={draft.certificateOn}
              onChange={(certificateOn) => edit({ certificateOn })}
              error={checks.errors.certificateOn}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('mlps.ui.filing.assessments')}</legend>
          {assessments.map((entry, index) => (
            <div className="grid" key={index}>
              <DateField
                name={`assessments.${index}.completedOn`}
                label={t('mlps.ui.filing.completedOn')}
                required
                value={entry.completedOn}
                onChange={(completedOn) => setAssessment(index, { completedOn })}
                error={checks.errors[`assessments[${index}].completedOn`]}
              />
              <TextField
                name={`assessments.${index}.agency`}
                label={t('mlps.ui.filing.agency')}
                value={entry.agency}
                onChange={(agency) => setAssessment(index, { agency })}
              />
              <SelectField
                name={`assessments.${index}.conclusion`}
                label={t('mlps.ui.filing.conclusion')}
                value={entry.conclusion}
                options={[
                  { value: '', label: '—' },
                  ...CONCLUSIONS_2025.map((value) => ({ value, label: t(`mlps.conclusion2025.${value}`) })),
                ]}
                onChange={(conclusion) => setAssessment(index, { conclusion })}
              />
              <NumberField
                name={`assessments.${index}.score`}
                label={t('mlps.ui.filing.score')}
                value={entry.score}
                onChange={(score) => setAssessment(index, { score })}
                error={checks.errors[`assessments[${index}].score`]}
              />
              <div>
                <button type="button" className="button" onClick={() => setAssessments((list) => list.filter((_, i) => i !== index))}>
                  {t('mlps.ui.remove')}
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => setAssessments((list) => [...list, { completedOn: '', agency: '', conclusion: '', score: '' }])}
          >
            {t('mlps.ui.filing.addAssessment')}
          </button>
        </fieldset>
        <div className="page__actions">
          <button type="submit" className="button button--primary" disabled={status === 'saving'}>
            {status === 'saving' ? t('app.saving') : t('app.save')}
          </button>
          <span className="page__status" role="status" aria-live="polite">
            {status === 'saved' ? t('app.saved') : ''}
          </span>
        </div>
      </form>
      <div>
        <SchedulePanel />
        {form ? (
          <section aria-label={t('mlps.ui.filing.documents')}>
            <h3>{t('mlps.ui.filing.documents')}</h3>
            <Attachments
              entityId={`filing-doc:${objectId}:gradingReport`}
              label={t('mlps.ui.document.gradingReport')}
              onChange={() => void loadForm()}
            />
            {form.documents?.map((document) => (
              <Attachments
                key={document.document}
                entityId={`filing-doc:${objectId}:${document.document}`}
                label={`${t(`mlps.ui.document.${document.document}`)}${document.provided ? ` ✓` : ''}`}
                onChange={() => void loadForm()}
              />
            ))}
            <Findings findings={form.findings} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
