import { useState, type FormEvent } from 'react';
import { GRADES, type Grade } from '../../../../shared/contract/assessment/schemas';
import type { FilingDetail } from '../../../../shared/contract/filing/receiver';
import { GENERAL_SECTION, type ReturnReason } from '../../../../shared/contract/filing/receipt';
import { currentAssessmentScore } from '../../../../shared/domain/filing/summary';
import { ApiError, api } from '../../api/client';
import { type SaveRefusal, useSaveState } from '../../api/save-state';
import { downloadWorkspaceFile } from '../../api/files';
import { useLocale, useT } from '../../app/settings-store';
import { Field, SelectField, TextField } from '../../components/Field';
import { PasswordField } from './FileField';
import { fileName, formatDateTime } from './format';
import { ReasonList, sectionName } from './ReasonList';
import { messageOf } from './store';

/** Downloads a receipt this workspace signed (a fresh copy under exports/). */
export async function downloadReceipt(receiptId: string, accessionNumber: string): Promise<void> {
  const { path } = await api.call('filing.receipts.export', { receiptId });
  await downloadWorkspaceFile(path, `${accessionNumber}.dgrcpt`);
}

/**
 * A refused decision at the input to correct: a key-store refusal at the passphrase, a rule's at the field it
 * names (with the contract's issues); anything else on top.
 */
function refusedAtDecisionField(error: unknown): SaveRefusal {
  const message = messageOf(error);
  if (error instanceof ApiError && error.code.startsWith('filing.keys.'))
    return { state: 'invalid', fieldErrors: { passphrase: message }, message };
  if (error instanceof ApiError && error.error.details?.field)
    return { state: 'invalid', fieldErrors: { [error.error.details.field]: message, ...error.fieldErrors() }, message };
  return { state: 'failed', fieldErrors: {}, message };
}

/** The receiver's decision on a filing — accept, or return with reasons per section — in a signed receipt; and its receipts. */
export function DecisionPanel({ detail, onChanged }: { detail: FilingDetail; onChanged(): void }) {
  const t = useT();
  const locale = useLocale();
  const { filing } = detail;
  const sections = [GENERAL_SECTION, ...detail.summary.sections];
  const [result, setResult] = useState<'accepted' | 'returned'>('returned');
  const [reasons, setReasons] = useState<ReturnReason[]>([{ section: sections[1] ?? GENERAL_SECTION, text: '' }]);
  const [passphrase, setPassphrase] = useState('');
  const decision = useSaveState(refusedAtDecisionField);
  const errors = decision.refusal?.fieldErrors ?? {};
  /** A receipt's download that failed, shown where a failed decision is, the later one on top (a decision clears it). */
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const banner = downloadFailure ?? (decision.refusal?.state === 'failed' ? decision.refusal.message : null);
  const [signed, setSigned] = useState<{ receiptId: string; accessionNumber: string; path: string } | null>(null);

  const setReason = (index: number, change: Partial<ReturnReason>) =>
    setReasons((all) => all.map((reason, i) => (i === index ? { ...reason, ...change } : reason)));

  const decide = async (event: FormEvent) => {
    event.preventDefault();
    setDownloadFailure(null);
    await decision.run(async () => {
      const issued = await api.call('filing.filings.decide', {
        id: filing.id,
        result,
        reasons: result === 'returned' ? reasons : [],
        passphrase,
      });
      setPassphrase('');
      setSigned(issued);
      onChanged();
    });
  };

  return (
    <section aria-labelledby="decision-title" className="card">
      <h3 id="decision-title">{t('filing.decide.title')}</h3>
      <p data-testid="filing-status">
        {t(`filing.status.${filing.status}`)}
        {filing.accessionNumber ? ` · ${t('filing.receipt.accession', { number: filing.accessionNumber })}` : ''}
        {filing.amends ? ` · ${t('filing.sent.amends', { packageId: filing.amends.slice(0, 8) })}` : ''}
      </p>
      {detail.receipts.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th>{t('filing.receipt.accessionTitle')}</th>
              <th>{t('filing.filings.status')}</th>
              <th>{t('filing.receipt.issuedAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {detail.receipts.map((receipt) => (
              <tr key={receipt.receiptId}>
                <td>
                  <code>{receipt.accessionNumber}</code>
                </td>
                <td>
                  {t(`filing.sent.state.${receipt.result}`)}
                  <ReasonList reasons={receipt.reasons} />
                </td>
                <td>{formatDateTime(receipt.issuedAt, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void downloadReceipt(receipt.receiptId, receipt.accessionNumber).catch((error: unknown) =>
                        setDownloadFailure(messageOf(error)),
                      )
                    }
                  >
                    {t('filing.receipt.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {banner ? (
        <div className="banner banner--error" role="alert">
          {banner}
        </div>
      ) : null}
      {signed ? (
        <div className="banner banner--ok" role="status">
          {t('filing.decide.signed', { number: signed.accessionNumber })}{' '}
          <button
            type="button"
            className="button"
            onClick={() =>
              void downloadWorkspaceFile(signed.path, fileName(signed.path)).catch((error: unknown) => setDownloadFailure(messageOf(error)))
            }
          >
            {t('filing.receipt.download')}
          </button>
        </div>
      ) : null}
      {filing.status === 'returned' ? null : (
        <form onSubmit={(e) => void decide(e)} noValidate>
          <fieldset>
            <legend>{t('filing.decide.legend')}</legend>
            <fieldset className="checkboxes">
              <legend>{t('filing.decide.result')}</legend>
              {(['returned', 'accepted'] as const).map((choice) => (
                <label key={choice}>
                  <input type="radio" name="result" checked={result === choice} onChange={() => setResult(choice)} />{' '}
                  {t(`filing.decide.${choice}`)}
                </label>
              ))}
            </fieldset>
            {result === 'returned'
              ? reasons.map((reason, index) => (
                  <div className="grid" key={index} role="group" aria-label={t('filing.decide.reasonN', { n: index + 1 })}>
                    <SelectField
                      name={`section-${index}`}
                      label={t('filing.decide.section')}
                      value={reason.section}
                      options={sections.map((section) => ({ value: section, label: sectionName(t, section) }))}
                      onChange={(section) => setReason(index, { section })}
                      error={errors[`reasons[${index}].section`]}
                    />
                    <Field
                      label={t('filing.decide.reasonText')}
                      error={errors[`reasons[${index}].text`] ?? (index === 0 ? errors.reasons : undefined)}
                    >
                      {(a11y) => (
                        <textarea
                          {...a11y}
                          name={`reason-${index}`}
                          value={reason.text}
                          onChange={(e) => setReason(index, { text: e.target.value })}
                        />
                      )}
                    </Field>
                  </div>
                ))
              : null}
            {result === 'returned' ? (
              <button
                type="button"
                className="button"
                onClick={() => setReasons((all) => [...all, { section: GENERAL_SECTION, text: '' }])}
              >
                {t('filing.decide.addReason')}
              </button>
            ) : null}
            <div className="grid">
              <PasswordField
                name="receipt-passphrase"
                label={t('filing.decide.passphrase')}
                value={passphrase}
                onChange={setPassphrase}
                error={errors.passphrase}
                autoComplete="current-password"
              />
            </div>
          </fieldset>
          <div className="page__actions">
            <button type="submit" className="button button--primary">
              {t(result === 'returned' ? 'filing.decide.returnSubmit' : 'filing.decide.acceptSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A refused review at the field the backend names, else on top of the form. */
function refusedAtReviewField(error: unknown): SaveRefusal {
  const field = error instanceof ApiError ? error.error.details?.field : undefined;
  const message = messageOf(error);
  return field
    ? { state: 'invalid', fieldErrors: { [field]: message }, message }
    : { state: 'failed', fieldErrors: { form: message }, message };
}

/** The review (复评): a reviewed grade beside the self-assessed one, notes, and per-indicator adjustments. */
export function ReviewPanel({ detail, onChanged }: { detail: FilingDetail; onChanged(): void }) {
  const t = useT();
  const self = detail.summary.assessment;
  const indicators = scoreIndicators(detail.data);
  const [grade, setGrade] = useState<Grade>(detail.review?.reviewedGrade ?? self?.grade ?? 'C');
  const [notes, setNotes] = useState(detail.review?.notes ?? '');
  const [adjustments, setAdjustments] = useState(
    detail.review?.adjustments.map(({ indicatorId, reviewedPoints, note }) => ({ indicatorId, points: String(reviewedPoints), note })) ??
      [],
  );
  const review = useSaveState(refusedAtReviewField);
  const errors = review.refusal?.fieldErrors ?? {};
  const status = review.state === 'saved' ? t('filing.review.saved') : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await review.run(async () => {
      await api.call('filing.review.save', {
        filingId: detail.filing.id,
        reviewedGrade: grade,
        notes,
        adjustments: adjustments.map((a) => ({ indicatorId: a.indicatorId, reviewedPoints: Number(a.points), note: a.note })),
      });
      onChanged();
    });
  };

  return (
    <section aria-labelledby="review-title" className="card">
      <h3 id="review-title">{t('filing.review.title')}</h3>
      <p>{t('filing.review.self', { grade: self?.grade ?? t('filing.consolidated.none') })}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="grid">
          <SelectField<Grade>
            name="reviewed-grade"
            label={t('filing.review.grade')}
            value={grade}
            options={GRADES.map((g) => ({ value: g, label: g }))}
            onChange={setGrade}
          />
          <TextField name="review-notes" label={t('filing.review.notes')} value={notes} onChange={setNotes} error={errors.notes} />
        </div>
        {adjustments.map((adjustment, index) => (
          <div className="grid" key={index} role="group" aria-label={t('filing.review.adjustmentN', { n: index + 1 })}>
            <SelectField
              name={`indicator-${index}`}
              label={t('filing.review.indicator')}
              value={adjustment.indicatorId}
              options={indicators.map((i) => ({
                value: i.indicatorId,
                label: t('filing.review.indicatorOption', { id: i.indicatorId, points: i.points, max: i.maxPoints }),
              }))}
              onChange={(indicatorId) => setAdjustments((all) => all.map((a, i) => (i === index ? { ...a, indicatorId } : a)))}
              error={errors[`adjustments[${index}].indicatorId`]}
            />
            <TextField
              name={`points-${index}`}
              label={t('filing.review.points')}
              value={adjustment.points}
              onChange={(points) => setAdjustments((all) => all.map((a, i) => (i === index ? { ...a, points } : a)))}
              error={errors[`adjustments[${index}].reviewedPoints`]}
            />
            <TextField
              name={`note-${index}`}
              label={t('filing.review.note')}
              value={adjustment.note}
              onChange={(note) => setAdjustments((all) => all.map((a, i) => (i === index ? { ...a, note } : a)))}
            />
          </div>
        ))}
        {indicators.length > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              setAdjustments((all) => [
                ...all,
                { indicatorId: indicators[0]!.indicatorId, points: String(indicators[0]!.points), note: '' },
              ])
            }
          >
            {t('filing.review.addAdjustment')}
          </button>
        ) : null}
        {errors.form ? (
          <div className="banner banner--error" role="alert">
            {errors.form}
          </div>
        ) : null}
        {status ? (
          <div className="banner banner--ok" role="status">
            {status}
          </div>
        ) : null}
        <div className="page__actions">
          <button type="submit" className="button button--primary">
            {t('filing.review.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The indicators of the assessment the backend reviews against: the filing's current finalized one (one rule). */
function scoreIndicators(data: Record<string, unknown>): Array<{ indicatorId: string; points: number; maxPoints: number }> {
  return currentAssessmentScore(data)?.indicators ?? [];
}
