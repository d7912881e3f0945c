import { useEffect, useMemo, useState } from 'react';
import { finalizeBlockers, indicatorOfEvidence, indicatorsWithEvidence, scoreAssessment } from '../../../../shared/domain/assessment';
import { useLocale, useSettings, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, SelectField } from '../../components/Field';
import { NumberInput } from '../../components/TypedInputs';
import { FinalizeChecklist } from './FinalizeChecklist';
import { IndicatorCard } from './IndicatorCard';
import { localName } from './names';
import { ScorePanel } from './ScorePanel';
import { answerOf, useAssessment } from './store';
import { TemplateTools } from './TemplateTools';
import { Compare, Trend, useSummaryLabel } from './TrendAndCompare';

/** Pick or start a year's assessment. */
function YearPicker() {
  const t = useT();
  const locale = useLocale();
  const label = useSummaryLabel();
  const { summaries, templates, detail, fieldErrors, open, create } = useAssessment();
  const [year, setYear] = useState<number | string | null>(new Date().getFullYear());
  const [templateKey, setTemplateKey] = useState('');
  // Until the user picks one, the built-in template is offered.
  const chosen =
    templates.find((template) => `${template.id}@${template.version}` === templateKey) ??
    templates.find((template) => template.builtin) ??
    templates[0];

  return (
    <div className="toolbar card">
      {summaries.length > 0 ? (
        <SelectField
          name="assessment"
          label={t('assessment.ui.pick')}
          value={detail?.assessment.id ?? ''}
          options={summaries.map((summary) => ({ value: summary.id, label: label(summary) }))}
          onChange={(id) => void open(id)}
        />
      ) : null}
      <Field label={t('assessment.ui.newYear')} error={fieldErrors.year}>
        {(a11y) => <NumberInput {...a11y} name="year" integer value={year} onValue={setYear} />}
      </Field>
      <SelectField
        name="template"
        label={t('assessment.ui.template')}
        value={chosen ? `${chosen.id}@${chosen.version}` : ''}
        options={templates.map((template) => ({
          value: `${template.id}@${template.version}`,
          label: `${localName(template, locale)} (${template.version})`,
        }))}
        onChange={setTemplateKey}
      />
      <button
        type="button"
        className="button"
        disabled={!chosen} // A year the box could not read goes to the backend as typed, which says at the field what it expects.
        onClick={() => chosen && void create(year as number, chosen)}
      >
        {t('assessment.ui.create')}
      </button>
    </div>
  );
}

export function AssessmentPage() {
  const t = useT();
  const locale = useLocale();
  const state = useAssessment();
  const { detail, edits, status, message, loaded, load, save, finalize, revise, trend } = state;
  const [confirming, setConfirming] = useState(false);
  const actorMissing = useSettings((s) => s.settings.actorName.trim() === '');
  useEffect(() => void load(), [load]);
  useSaveShortcut(() => void save());

  const locked = detail?.assessment.status === 'finalized';
  // A draft's score follows the answers as they are typed; a finalized one is the score recorded then.
  const score = useMemo(() => {
    if (!detail || locked) return detail?.score;
    const answers = detail.template.elements.flatMap((element) =>
      element.indicators.flatMap((indicator) => {
        const { value } = answerOf({ detail, edits }, indicator.id);
        return value === null ? [] : [{ indicatorId: indicator.id, value }];
      }),
    );
    return { ...scoreAssessment(detail.template, answers), answers };
  }, [detail, edits, locked]);
  // What finalizing would refuse, from the same rule the backend applies, so the page can say it first.
  const blockers = useMemo(() => {
    if (!detail || locked || !score || !('answers' in score)) return [];
    return finalizeBlockers(detail.template, score.answers, indicatorsWithEvidence(detail.evidence));
  }, [detail, locked, score]);

  if (!loaded) return <p>{t('app.loading')}</p>;
  const dirty = Object.keys(edits).length > 0;
  const assessment = detail?.assessment;
  const previous = assessment && [...trend].reverse().find((point) => point.year < assessment.year);
  const evidenceFor = (indicatorId: string) =>
    detail?.evidence.filter((file) => indicatorOfEvidence(file.owner.entityId) === indicatorId) ?? [];

  return (
    <section className="page page--wide" aria-labelledby="assessment-title">
      <header className="page__header">
        <h1 id="assessment-title">{t('assessment.ui.title')}</h1>
        <p className="page__intro">{t('assessment.ui.intro')}</p>
      </header>
      <YearPicker />
      <TemplateTools />
      {message && (status === 'invalid' || status === 'failed') ? (
        <div className="banner banner--error" role="alert">
          {message}
        </div>
      ) : null}

      {detail && assessment && score ? (
        <>
          <p className="assessment__state">
            {t('assessment.ui.heading', {
              year: assessment.year,
              revision: assessment.revision,
              template: localName(detail.template, locale),
              version: detail.template.version,
            })}{' '}
            <span className={`badge badge--${assessment.status}`}>{t(`assessment.status.${assessment.status}`)}</span>
            {assessment.finalization ? (
              <span className="muted">
                {' '}
                {t('assessment.ui.finalizedBy', {
                  by: assessment.finalization.by,
                  at: assessment.finalization.at.slice(0, 10),
                  hash: assessment.finalization.contentHash.slice(0, 16),
                })}
              </span>
            ) : null}
            {assessment.supersededBy ? <span className="muted"> {t('assessment.ui.superseded')}</span> : null}
          </p>
          <ScorePanel
            template={detail.template}
            score={score}
            previous={previous && { label: String(previous.year), elements: previous.elements }}
          />

          {detail.template.elements.map((element) => {
            const completion = score.elements.find((e) => e.elementId === element.id)?.completion;
            return (
              <section key={element.id} className="element" aria-labelledby={`element-${element.id}`}>
                <h2 id={`element-${element.id}`}>
                  {localName(element, locale)}
                  {completion ? <span className="element__completion">{t('assessment.completion', completion)}</span> : null}
                </h2>
                {element.indicators.map((indicator) => (
                  <IndicatorCard key={indicator.id} indicator={indicator} locked={locked} evidence={evidenceFor(indicator.id)} />
                ))}
              </section>
            );
          })}

          {locked ? null : (
            <FinalizeChecklist id="finalize-checklist" template={detail.template} blockers={blockers} actorMissing={actorMissing} />
          )}
          <footer className="page__actions page__actions--sticky">
            {locked ? (
              assessment.supersededBy === null ? (
                <button type="button" className="button" onClick={() => void revise()}>
                  {t('assessment.ui.revise')}
                </button>
              ) : null
            ) : (
              <>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!dirty || status === 'saving'}
                  onClick={() => void save()}
                >
                  {status === 'saving' ? t('app.saving') : t('app.save')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={dirty || blockers.length > 0 || actorMissing}
                  aria-describedby={blockers.length > 0 || actorMissing ? 'finalize-checklist' : undefined}
                  onClick={() => setConfirming(true)}
                >
                  {t('assessment.ui.finalize')}
                </button>
              </>
            )}
            <span className="page__status" role="status" aria-live="polite">
              {dirty ? t('app.unsavedChanges') : status === 'saved' ? t('app.saved') : ''}
            </span>
          </footer>
          <ConfirmDialog
            open={confirming}
            title={t('assessment.ui.finalizeTitle')}
            message={t('assessment.ui.finalizeMessage', { year: assessment.year })}
            confirmLabel={t('assessment.ui.finalize')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void finalize();
            }}
          />
        </>
      ) : (
        <p className="card">{t('assessment.ui.empty')}</p>
      )}
      <Trend />
      <Compare template={detail?.template} />
    </section>
  );
}
