/**
 * The grading wizard: business information and system service are judged separately (object harmed × degree),
 * each choice explained; the matrix's levels are shown live, and the grading checks are explained before saving.
 */
import { useState, type ReactNode } from 'react';
import {
  HARM_DEGREES,
  HARMED_OBJECTS,
  type GradedObject,
  type Harm,
  type HarmDegree,
  type HarmedObject,
} from '../../../../shared/contract/mlps/schemas';
import { checkGrading, gradedObjectOf, gradeObject } from '../../../../shared/domain/mlps';
import { mlpsPolicy } from '../../../../shared/catalogs/mlps/policy';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { SelectField, TextField } from '../../components/Field';
import { useMlps } from './store';
import { DateField, ErrorBanner, Findings, LevelBadge, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';
import { localToday } from '../../../../shared/domain/forms/input-text';

type Aspect = 'business' | 'service';
const STEPS = ['business', 'service', 'confirm'] as const;

interface SignOffDraft {
  date: string;
  by: string;
}

function RadioGroup<V extends string>({
  legend,
  name,
  values,
  value,
  label,
  guide,
  onChange,
}: {
  legend: string;
  name: string;
  values: readonly V[];
  value: V | null;
  label(value: V): string;
  guide(value: V): string;
  onChange(value: V): void;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {values.map((option) => (
        <label key={option} className={`choice${value === option ? ' choice--chosen' : ''}`}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span className="choice__label">{label(option)}</span>
          <span className="choice__guide">{guide(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function GradingWizard({ objectId }: { objectId: string }) {
  const t = useT();
  const view = useMlps((s) => s.view);
  const register = useMlps((s) => s.objects);
  const saved = view?.grading ?? null;
  const [step, setStep] = useState<(typeof STEPS)[number]>('business');
  const [harm, setHarm] = useState<Record<Aspect, { object: HarmedObject | null; degree: HarmDegree | null }>>({
    business: { object: saved?.business.object ?? null, degree: saved?.business.degree ?? null },
    service: { object: saved?.service.object ?? null, degree: saved?.service.degree ?? null },
  });
  // A grading is usually recorded the day it is decided: today, until the user says otherwise.
  const [gradedOn, setGradedOn] = useState(saved?.gradedOn ?? localToday());
  const [expertReview, setExpertReview] = useState<SignOffDraft>({
    date: saved?.expertReview?.date ?? '',
    by: saved?.expertReview?.by ?? '',
  });
  const [approval, setApproval] = useState<SignOffDraft>({ date: saved?.approval?.date ?? '', by: saved?.approval?.by ?? '' });
  const [competentDepartment, setCompetentDepartment] = useState<'' | 'yes' | 'no'>(
    saved?.hasCompetentDepartment === undefined ? '' : saved.hasCompetentDepartment ? 'yes' : 'no',
  );
  const saveState = useSaveState();
  const error = saveErrorOf(saveState.refusal);
  const saving = saveState.state === 'saving';
  const complete = (aspect: Aspect): Harm | null => {
    const { object, degree } = harm[aspect];
    return object && degree ? { object, degree } : null;
  };
  const business = complete('business');
  const service = complete('service');
  const levels = business && service ? gradeObject({ business, service }) : null;
  const signOff = (draft: SignOffDraft) => (draft.date || draft.by ? { date: draft.date, by: draft.by } : undefined);

  const hasCompetentDepartment = competentDepartment === '' ? undefined : competentDepartment === 'yes';
  const signOffs = {
    ...(signOff(expertReview) ? { expertReview: signOff(expertReview)! } : {}),
    ...(hasCompetentDepartment !== undefined ? { hasCompetentDepartment } : {}),
    ...(signOff(approval) ? { approval: signOff(approval)! } : {}),
  };
  // Checked as the user leaves each field, as mlps.saveGrading checks it on save.
  const input = { objectId, ...(business ? { business } : {}), ...(service ? { service } : {}), gradedOn, ...signOffs };
  const fieldChecks = useRecordChecks(mlpsMethods['mlps.saveGrading'].input, input, error);
  if (!view) return null;
  // The checks as they would stand with this grading, for this object only (a public platform below level 3 is
  // flagged here, before saving).
  const current: GradedObject = gradedObjectOf(
    view.object,
    business && service && levels ? { business, service, gradedOn, ...signOffs, level: levels.level } : null,
    view.materialChange,
  );
  const others: GradedObject[] = register
    .filter((entry) => entry.id !== objectId)
    .map((entry) => ({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      processesMuchPersonalInfo: false,
      servesPublic: false,
      ...(entry.level ? { level: entry.level } : {}),
      ...(entry.hostedOn ? { hostedOn: entry.hostedOn } : {}),
    }));
  const checks = checkGrading([...others, current]).filter(
    (finding) => finding.params?.objectId === objectId || finding.params?.platformId === objectId,
  );

  const save = async () => {
    if (!business || !service) return;
    await saveState.run(async () => {
      const next = await api.call('mlps.saveGrading', {
        objectId,
        business,
        service,
        gradedOn,
        ...signOffs,
      });
      useMlps.getState().setView(next);
      void useMlps.getState().loadObjects();
    });
  };

  const aspectStep = (aspect: Aspect): ReactNode => (
    <>
      <p className="page__intro">{t(`mlps.ui.grading.${aspect}Intro`)}</p>
      <RadioGroup
        legend={t('mlps.ui.grading.objectHarmed')}
        name={`${aspect}-object`}
        values={HARMED_OBJECTS}
        value={harm[aspect].object}
        label={(value) => t(`mlps.harmedObject.${value}`)}
        guide={(value) => t(`mlps.ui.guide.object.${value}`)}
        onChange={(object) => setHarm((current) => ({ ...current, [aspect]: { ...current[aspect], object } }))}
      />
      <RadioGroup
        legend={t('mlps.ui.grading.degree')}
        name={`${aspect}-degree`}
        values={HARM_DEGREES}
        value={harm[aspect].degree}
        label={(value) => t(`mlps.degree.${value}`)}
        guide={(value) => t(`mlps.ui.guide.degree.${value}`)}
        onChange={(degree) => setHarm((current) => ({ ...current, [aspect]: { ...current[aspect], degree } }))}
      />
    </>
  );

  const index = STEPS.indexOf(step);
  const canGoOn = step === 'business' ? business !== null : step === 'service' ? service !== null : false;
  return (
    <section className="wizard" aria-label={t('mlps.ui.grading.title')} onBlur={fieldChecks.onBlur}>
      <ol className="wizard__steps">
        {STEPS.map((name, i) => (
          <li key={name} aria-current={name === step ? 'step' : undefined} className={i < index ? 'done' : ''}>
            {t(`mlps.ui.grading.step.${name}`)}
          </li>
        ))}
      </ol>
      <div className="wizard__body">
        <div className="wizard__main">
          {step === 'business' ? aspectStep('business') : null}
          {step === 'service' ? aspectStep('service') : null}
          {step === 'confirm' ? (
            <>
              <ErrorBanner error={error} />
              <div className="grid">
                <DateField
                  name="gradedOn"
                  label={t('mlps.ui.grading.gradedOn')}
                  required
                  value={gradedOn}
                  onChange={setGradedOn}
                  error={fieldChecks.errors.gradedOn}
                />
              </div>
              {levels && levels.level >= mlpsPolicy.reviewFromLevel ? (
                <p className="field__help">{t('mlps.ui.grading.signOffsHelp', { level: mlpsPolicy.reviewFromLevel })}</p>
              ) : null}
              <div className="grid">
                <DateField
                  name="expertReview.date"
                  label={t('mlps.ui.grading.expertReviewDate')}
                  value={expertReview.date}
                  onChange={(date) => setExpertReview((d) => ({ ...d, date }))}
                  error={fieldChecks.errors['expertReview.date']}
                />
                <TextField
                  name="expertReview.by"
                  label={t('mlps.ui.grading.expertReviewBy')}
                  value={expertReview.by}
                  onChange={(by) => setExpertReview((d) => ({ ...d, by }))}
                  error={fieldChecks.errors['expertReview.by']}
                />
                <SelectField
                  name="hasCompetentDepartment"
                  label={t('mlps.ui.grading.hasCompetentDepartment')}
                  value={competentDepartment}
                  options={(['', 'yes', 'no'] as const).map((value) => ({
                    value,
                    label: t(`mlps.ui.grading.competentDepartment.${value || 'unanswered'}`),
                  }))}
                  onChange={(value) => setCompetentDepartment(value as '' | 'yes' | 'no')}
                />
                <DateField
                  name="approval.date"
                  label={t('mlps.ui.grading.approvalDate')}
                  value={approval.date}
                  onChange={(date) => setApproval((d) => ({ ...d, date }))}
                  error={fieldChecks.errors['approval.date']}
                />
                <TextField
                  name="approval.by"
                  label={t('mlps.ui.grading.approvalBy')}
                  value={approval.by}
                  onChange={(by) => setApproval((d) => ({ ...d, by }))}
                  error={fieldChecks.errors['approval.by']}
                />
              </div>
              <h3>{t('mlps.ui.grading.checks')}</h3>
              <p className="field__help">{t('mlps.ui.grading.checksHelp')}</p>
              {checks.length === 0 ? <p className="ok">{t('mlps.ui.grading.checksPass')}</p> : <Findings findings={checks} />}
            </>
          ) : null}
          <div className="page__actions">
            {index > 0 ? (
              <button type="button" className="button" onClick={() => setStep(STEPS[index - 1]!)}>
                {t('mlps.ui.grading.back')}
              </button>
            ) : null}
            {step !== 'confirm' ? (
              <button type="button" className="button button--primary" disabled={!canGoOn} onClick={() => setStep(STEPS[index + 1]!)}>
                {t('mlps.ui.grading.next')}
              </button>
            ) : (
              <button type="button" className="button button--primary" disabled={!levels || saving} onClick={() => void save()}>
                {saving ? t('app.saving') : t('mlps.ui.grading.save')}
              </button>
            )}
            <span className="page__status" role="status" aria-live="polite">
              {saved && !saving && !error ? t('mlps.ui.grading.savedAs', { level: t(`mlps.level.${saved.level}`) }) : ''}
            </span>
          </div>
        </div>
        <aside className="wizard__result card" aria-label={t('mlps.ui.grading.result')} aria-live="polite">
          <h3>{t('mlps.ui.grading.result')}</h3>
          <dl>
            <dt>{t('mlps.gradingAspect.business')}</dt>
            <dd>{business ? <LevelBadge level={gradeObject({ business, service: business }).business} /> : '—'}</dd>
            <dt>{t('mlps.gradingAspect.service')}</dt>
            <dd>{service ? <LevelBadge level={gradeObject({ business: service, service }).service} /> : '—'}</dd>
            <dt>{t('mlps.ui.grading.level')}</dt>
            <dd data-testid="grading-level">{levels ? <LevelBadge level={levels.level} /> : '—'}</dd>
          </dl>
          <p className="field__help">{t('mlps.ui.grading.matrixNote')}</p>
        </aside>
      </div>
    </section>
  );
}
