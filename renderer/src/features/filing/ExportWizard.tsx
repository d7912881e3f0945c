import { useEffect, useState, type FormEvent } from 'react';
import type { ManifestPreview } from '../../../../shared/contract/filing/methods';
import { ApiError, api } from '../../api/client';
import { downloadWorkspaceFile, uploadFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useT } from '../../app/settings-store';
import { SelectField, TextField } from '../../components/Field';
import type { SentPackage } from '../../../../shared/contract/filing/receipt';
import { JobProgress } from '../../components/JobProgress';
import { FileField, PasswordField } from './FileField';
import { fileName, formatBytes, groupedFingerprint } from './format';
import { messageOf } from './store';
import { sectionName } from './ReasonList';

type Step = 'choose' | 'manifest' | 'sign' | 'done';

interface Choice {
  period: string;
  sections: string[];
  includeAttachments: boolean;
  includeAuditLog: boolean;
  includeFilings: boolean;
  reports: Array<{ name: string; path: string }>;
  /** The package id this one replaces (an amendment), or '' for a first filing. */
  amends: string;
}

interface Exported {
  path: string;
  packageId: string;
  files: number;
  packageBytes: number;
}

/** Choose what to file → see the manifest → passphrase → sign (with progress) → save. */
export function ExportWizard() {
  const t = useT();
  const job = useJob();
  const [step, setStep] = useState<Step>('choose');
  const [available, setAvailable] = useState<string[] | null>(null);
  const [choice, setChoice] = useState<Choice>({
    period: String(new Date().getFullYear()),
    sections: [],
    includeAttachments: true,
    includeAuditLog: true,
    includeFilings: false,
    reports: [],
    amends: '',
  });
  const [sent, setSent] = useState<SentPackage[]>([]);
  const [preview, setPreview] = useState<ManifestPreview | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [exported, setExported] = useState<Exported | null>(null);

  const content = () => ({
    period: choice.period,
    sections: choice.sections,
    includeAttachments: choice.includeAttachments,
    includeAuditLog: choice.includeAuditLog,
    includeFilings: choice.includeFilings,
    reports: choice.reports.map((r) => r.path),
  });

  useEffect(() => {
    api.call('filing.previewManifest', { period: choice.period }).then(
      (all) => {
        setAvailable(all.sections);
        setChoice((c) => ({ ...c, sections: all.sections }));
      },
      (error: unknown) => setBanner(messageOf(error)),
    );
    api.call('filing.sent.list', {}).then(setSent, (error: unknown) => setBanner(messageOf(error)));
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const amendable = sent.filter((p) => p.period === choice.period);

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.error.details?.issues) setFieldErrors(error.fieldErrors());
    else if (error instanceof ApiError && error.error.details?.field) setFieldErrors({ [error.error.details.field]: error.message });
    else setBanner(messageOf(error));
  };

  const showManifest = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    setBanner(null);
    try {
      setPreview(await api.call('filing.previewManifest', content()));
      setStep('manifest');
    } catch (error) {
      fail(error);
    }
  };

  const addReports = async (files: File[]) => {
    try {
      const uploaded = await Promise.all(files.map(async (file) => ({ name: file.name, path: await uploadFile(file) })));
      setChoice((c) => ({ ...c, reports: uploaded }));
    } catch (error) {
      setBanner(messageOf(error));
    }
  };

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    setBanner(null);
    try {
      const amends =
        choice.amends && sent.some((p) => p.packageId === choice.amends && p.period === choice.period) ? { amends: choice.amends } : {};
      const result = await job.run((jobId) => api.call('filing.export', { ...content(), ...amends, passphrase }, { jobId }));
      setExported(result);
      setPassphrase('');
      setStep('done');
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('filing.keys.')) setFieldErrors({ passphrase: error.message });
      else if (error instanceof ApiError && error.code.startsWith('filing.export.amends'))
        setBanner(error.message); // chosen two steps back
      else fail(error);
    }
  };

  const toggleSection = (section: string, on: boolean) =>
    setChoice((c) => ({
      ...c,
      sections: on ? available!.filter((s) => s === section || c.sections.includes(s)) : c.sections.filter((s) => s !== section),
    }));

  return (
    <div>
      <ol className="steps" aria-label={t('filing.tab.export')}>
        {(['choose', 'manifest', 'sign'] as const).map((s) => (
          <li key={s} aria-current={step === s ? 'step' : undefined} className={step === s ? 'steps__current' : ''}>
            {t(`filing.export.step.${s}`)}
          </li>
        ))}
      </ol>
      {banner ? (
        <div className="banner banner--error" role="alert">
          {banner}
        </div>
      ) : null}

      {step === 'choose' ? (
        <form onSubmit={(e) => void showManifest(e)} noValidate>
          <fieldset>
            <legend>{t('filing.export.step.choose')}</legend>
            <div className="grid">
              <TextField
                name="period"
                label={t('filing.export.period')}
                help={t('filing.export.periodHelp')}
                value={choice.period}
                onChange={(period) => setChoice((c) => ({ ...c, period }))}
                error={fieldErrors.period}
                required
              />
              {amendable.length > 0 ? (
                <SelectField
                  name="amends"
                  label={t('filing.export.amends')}
                  value={choice.amends}
                  options={[
                    { value: '', label: t('filing.export.amendsNone') },
                    ...amendable.map((p) => ({
                      value: p.packageId,
                      label: t('filing.export.amendsOption', { id: p.packageId.slice(0, 8), state: t(`filing.sent.state.${p.state}`) }),
                    })),
                  ]}
                  onChange={(amends) => setChoice((c) => ({ ...c, amends }))}
                  error={fieldErrors.amends}
                />
              ) : null}
            </div>
            <fieldset className="checkboxes">
              <legend>{t('filing.export.sections')}</legend>
              {(available ?? []).map((section) => (
                <label key={section}>
                  <input
                    type="checkbox"
                    checked={choice.sections.includes(section)}
                    onChange={(e) => toggleSection(section, e.target.checked)}
                  />{' '}
                  {sectionName(t, section)}
                </label>
              ))}
              {fieldErrors.sections ? (
                <div className="field__error" role="alert">
                  {fieldErrors.sections}
                </div>
              ) : null}
            </fieldset>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choice.includeAttachments}
                disabled={!choice.sections.includes('attachments')}
                onChange={(e) => setChoice((c) => ({ ...c, includeAttachments: e.target.checked }))}
              />{' '}
              {t('filing.export.attachments')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choice.includeAuditLog}
                onChange={(e) => setChoice((c) => ({ ...c, includeAuditLog: e.target.checked }))}
              />{' '}
              {t('filing.export.auditLog')}
            </label>
            {choice.includeAuditLog && available !== null && choice.sections.length < available.length ? (
              <p className="page__intro" role="note">
                {t('filing.export.auditLogHolds')}
              </p>
            ) : null}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choice.includeFilings}
                onChange={(e) => setChoice((c) => ({ ...c, includeFilings: e.target.checked }))}
              />{' '}
              {t('filing.export.includeFilings')}
            </label>
            <div className="grid">
              <FileField
                name="reports"
                label={t('filing.export.reports')}
                help={t('filing.export.reportsHelp')}
                accept=".pdf,application/pdf"
                multiple
                onFiles={(files) => void addReports(files)}
                error={Object.entries(fieldErrors).find(([field]) => field.startsWith('reports'))?.[1]}
              />
            </div>
          </fieldset>
          <div className="page__actions">
            <button type="submit" className="button button--primary" disabled={available === null}>
              {t('filing.export.next')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'manifest' && preview ? (
        <section aria-label={t('filing.export.step.manifest')}>
          <p>
            {t('filing.export.manifestIntro', {
              enterprise: preview.enterprise.name,
              uscc: preview.enterprise.uscc,
              period: preview.period,
              count: preview.files.length,
              size: formatBytes(preview.totalBytes),
            })}
          </p>
          {preview.omittedSections.length > 0 ? (
            <p className="page__intro">
              {t('filing.export.omitted', {
                sections: preview.omittedSections.map((section) => sectionName(t, section)).join(t('app.separator.list')),
              })}
            </p>
          ) : null}
          <table className="data">
            <thead>
              <tr>
                <th>{t('filing.file.path')}</th>
                <th>{t('filing.file.kind')}</th>
                <th>{t('filing.file.size')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.files.map((file) => (
                <tr key={file.path}>
                  <td>
                    <code>{file.path}</code>
                  </td>
                  <td>{t(`filing.kind.${file.kind}`)}</td>
                  <td>{formatBytes(file.size)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="facts facts--tight">
            <dt>{t('filing.export.catalogs')}</dt>
            <dd>{preview.catalogs.map((c) => `${c.id} ${c.version}`).join('; ')}</dd>
            <dt>{t('filing.export.signer')}</dt>
            <dd>{preview.signer ? groupedFingerprint(preview.signer.fingerprintSha256) : '—'}</dd>
          </dl>
          {preview.signer ? null : (
            <div className="banner banner--error" role="alert">
              {t('filing.export.noKeys')}
            </div>
          )}
          <div className="page__actions">
            <button type="button" className="button" onClick={() => setStep('choose')}>
              {t('filing.export.back')}
            </button>
            <button type="button" className="button button--primary" disabled={!preview.signer} onClick={() => setStep('sign')}>
              {t('filing.export.toSign')}
            </button>
          </div>
        </section>
      ) : null}

      {step === 'sign' ? (
        <form onSubmit={(e) => void sign(e)} noValidate>
          <fieldset>
            <legend>{t('filing.export.step.sign')}</legend>
            <div className="grid">
              <PasswordField
                name="passphrase"
                label={t('filing.keys.passphrase')}
                value={passphrase}
                onChange={setPassphrase}
                error={fieldErrors.passphrase}
                autoComplete="current-password"
              />
            </div>
          </fieldset>
          <JobProgress job={job} onCancel={() => void job.cancel()} label={t('filing.export.signing')} />
          <div className="page__actions">
            <button type="button" className="button" disabled={job.running} onClick={() => setStep('manifest')}>
              {t('filing.export.back')}
            </button>
            <button type="submit" className="button button--primary" disabled={job.running}>
              {t('filing.export.sign')}
            </button>
          </div>
        </form>
      ) : null}

      {step === 'done' && exported ? (
        <section>
          <div className="banner banner--ok" role="status">
            {t('filing.export.done', { files: exported.files, size: formatBytes(exported.packageBytes), packageId: exported.packageId })}
          </div>
          <div className="page__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void downloadWorkspaceFile(exported.path, fileName(exported.path)).catch((error: unknown) => setBanner(messageOf(error)))
              }
            >
              {t('filing.export.save')}
            </button>
            <button type="button" className="button" onClick={() => setStep('choose')}>
              {t('filing.export.again')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
