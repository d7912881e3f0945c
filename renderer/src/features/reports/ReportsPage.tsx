import { useEffect, type FormEvent } from 'react';
import { CLASSIFICATION_MARKS } from '../../../../shared/contract/reports/frame';
import { missingDataMessageKey, REPORT_KINDS, type ReportKind } from '../../../../shared/contract/reports/schemas';
import { api } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useLocale, useT } from '../../app/settings-store';
import { Field, SelectField, TextField } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { DateInput } from '../../components/TypedInputs';
import { useReports, type Signer } from './store';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function ReportsPage() {
  const t = useT();
  const locale = useLocale();
  const { catalog, choice, generated, error, notice, fieldErrors, load, choose, request, finished, failed } = useReports();
  const job = useJob();
  useEffect(() => void load(), [load]);

  if (!catalog) return <p>{t('app.loading')}</p>;

  const info = catalog.kinds.find((entry) => entry.kind === choice.kind)!;
  const missing = info.missing.map((need) => t(missingDataMessageKey(choice.kind, need))).join(t('app.separator.semicolon'));
  const objects = choice.kind === 'gaps' ? catalog.objects.filter((object) => object.assessed) : catalog.objects;

  const generate = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await job.run((jobId) => api.call('reports.render', request(), { jobId }));
      await finished(result);
    } catch (caught) {
      failed(caught);
    }
  };
  const fileName = (kind: ReportKind) => `${t(`reports.kind.${kind}`)}.pdf`;
  const signer = (role: 'reviewer' | 'approver', index: number, value: Signer) => (
    <>
      <TextField
        name={`${role}Name`}
        label={t(`reports.ui.${role}Name`)}
        help={t('reports.ui.approversHelp')}
        value={value.name}
        error={fieldErrors[`approvals[${index}].name`]}
        onChange={(name) => choose({ [role]: { ...value, name } })}
      />
      <Field label={t(`reports.ui.${role}Date`)} error={fieldErrors[`approvals[${index}].date`]}>
        {(a11y) => (
          <DateInput
            {...a11y}
            name={`${role}Date`}
            locale={locale}
            value={value.date || null}
            onValue={(date) => choose({ [role]: { ...value, date: date ?? '' } })}
          />
        )}
      </Field>
    </>
  );

  return (
    <form className="page" onSubmit={(event) => void generate(event)} aria-labelledby="reports-title">
      <header className="page__header">
        <h1 id="reports-title">{t('reports.ui.title')}</h1>
        <p className="page__intro">{t('reports.ui.intro')}</p>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <fieldset>
        <div className="grid">
          <Field
            label={t('reports.ui.kind')}
            help={info.available ? undefined : t('reports.ui.unavailable', { what: missing })}
            error={fieldErrors.kind}
          >
            {(a11y) => (
              <select
                {...a11y}
                name="kind"
                value={choice.kind}
                onChange={(e) => choose({ kind: e.target.value as ReportKind, objectId: '' })}
              >
                {REPORT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`reports.kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {info.scoped ? (
            <SelectField
              name="objectId"
              label={t('reports.ui.object')}
              value={choice.objectId}
              options={[
                { value: '', label: t('reports.ui.allObjects') },
                ...objects.map((object) => ({ value: object.id, label: object.name })),
              ]}
              onChange={(objectId) => choose({ objectId })}
              error={fieldErrors.objectId}
            />
          ) : null}
          <SelectField
            name="classification"
            label={t('reports.ui.classification')}
            value={choice.classification}
            options={CLASSIFICATION_MARKS.map((mark) => ({ value: mark, label: t(`reports.classification.${mark}`) }))}
            onChange={(classification) => choose({ classification })}
            error={fieldErrors.classification}
          />
        </div>
        <div className="grid reports__signers">
          {signer('reviewer', 0, choice.reviewer)}
          {signer('approver', 1, choice.approver)}
        </div>
      </fieldset>
      <footer className="page__actions">
        <button type="submit" className="button button--primary" disabled={job.running || !info.available}>
          {t('reports.ui.generate')}
        </button>
        {generated && !job.running ? (
          <>
            <span className="page__status" role="status">
              {t('reports.ui.done', { pages: generated.pages, size: formatSize(generated.bytes) })}
            </span>
            <button type="button" className="button" onClick={() => void downloadWorkspaceFile(generated.path, fileName(generated.kind))}>
              {t('reports.ui.save')}
            </button>
          </>
        ) : notice ? (
          <span className="page__status" role="status">
            {notice}
          </span>
        ) : null}
      </footer>
      <JobProgress
        job={job}
        onCancel={() => void job.cancel()}
        label={job.progress ? t.code(`reports.ui.phase.${job.progress.phase}`) : t('reports.ui.generating')}
      />
      {generated && !job.running ? (
        <iframe className="reports__preview" title={t('reports.ui.preview')} src={generated.previewUrl} />
      ) : null}
    </form>
  );
}
