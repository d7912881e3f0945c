import { useId, useRef } from 'react';
import type { Indicator } from '../../../../shared/contract/assessment/schemas';
import type { Attachment } from '../../../../shared/contract/files/schemas';
import { validateAnswer } from '../../../../shared/domain/assessment';
import { useLocale, useT } from '../../app/settings-store';
import { IndicatorInput } from './IndicatorInput';
import { localName } from './names';
import { answerOf, useAssessment } from './store';

interface IndicatorCardProps {
  indicator: Indicator;
  locked: boolean;
  evidence: Attachment[];
}

/** One question: its description, the answer control, a note, and its evidence files. */
export function IndicatorCard({ indicator, locked, evidence }: IndicatorCardProps) {
  const t = useT();
  const locale = useLocale();
  const ids = { input: useId(), label: useId(), help: useId(), error: useId(), note: useId(), file: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  // Select stable references (zustand compares snapshots by identity), then derive the answer shown.
  const edited = useAssessment((state) => state.edits[indicator.id]);
  const detail = useAssessment((state) => state.detail);
  const answer = answerOf({ detail, edits: edited ? { [indicator.id]: edited } : {} }, indicator.id);
  const savedError = useAssessment((state) => state.fieldErrors[indicator.id]);
  const { edit, attach, removeEvidence } = useAssessment.getState();

  // The rule is checked as the user types; the backend checks it again when saving.
  const finding = answer.value === null ? undefined : validateAnswer(indicator, answer.value)[0];
  const error = finding ? t.code(finding.code, finding.params) : savedError;
  const describedBy = [ids.help, error ? ids.error : ''].filter(Boolean).join(' ');
  const name = `${indicator.id} ${localName(indicator, locale)}`;

  return (
    <article className={`indicator${error ? ' indicator--invalid' : ''}`} aria-labelledby={ids.label} data-indicator={indicator.id}>
      <div className="indicator__head">
        <label id={ids.label} htmlFor={ids.input} className="indicator__name">
          {name}
        </label>
        <span className="indicator__meta">
          {t(`assessment.ruleKind.${indicator.rule.kind}`)} · {t('assessment.ui.weight', { weight: indicator.weight })}
          {indicator.evidenceRequired ? <span className="badge">{t('assessment.ui.evidenceRequired')}</span> : null}
        </span>
      </div>
      <p id={ids.help} className="indicator__description">
        {locale === 'zh-CN' ? indicator.description.zh : indicator.description.en}
      </p>
      <IndicatorInput
        indicator={indicator}
        value={answer.value}
        disabled={locked}
        labelId={ids.label}
        onChange={(value) => edit(indicator.id, { value })}
        a11y={{ id: ids.input, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy }}
      />
      {error ? (
        <div id={ids.error} className="field__error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="indicator__note field">
        <label htmlFor={ids.note}>{t('assessment.ui.note')}</label>
        <textarea
          id={ids.note}
          rows={1}
          disabled={locked}
          value={answer.note}
          onChange={(e) => edit(indicator.id, { note: e.target.value })}
        />
      </div>
      <div className="indicator__evidence">
        {evidence.length > 0 ? (
          <ul aria-label={t('assessment.ui.evidence')}>
            {evidence.map((file) => (
              <li key={file.id}>
                <span title={`SHA-256 ${file.sha256}`}>{file.name}</span>
                {locked ? null : (
                  <button type="button" className="button button--link" onClick={() => void removeEvidence(file.id)}>
                    {t('assessment.ui.removeEvidence', { name: file.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {locked ? null : (
          <>
            <label htmlFor={ids.file} className="button button--small">
              {t('assessment.ui.attach')}
            </label>
            <input
              id={ids.file}
              ref={fileInput}
              className="visually-hidden"
              type="file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void attach(indicator.id, file).then(() => fileInput.current && (fileInput.current.value = ''));
              }}
            />
          </>
        )}
      </div>
    </article>
  );
}
