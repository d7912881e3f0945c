import { useEffect, useState, type FormEvent } from 'react';
import type { SentPackage } from '../../../../shared/contract/filing/receipt';
import { ApiError, api } from '../../api/client';
import { uploadFile } from '../../api/files';
import { useLocale, useT } from '../../app/settings-store';
import { FileField } from './FileField';
import { formatDateTime } from './format';
import { ReasonList } from './ReasonList';
import { messageOf } from './store';
import { VerifyReport } from './VerifyReport';

/** The packages this workspace signed, each with its state from the newest receipt, and the receipt import. */
export function SentPanel() {
  const t = useT();
  const locale = useLocale();
  const [sent, setSent] = useState<SentPackage[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: Array<{ code: string; message: string; file?: string }> } | null>(
    null,
  );
  const load = () =>
    api.call('filing.sent.list', {}).then(setSent, (error: unknown) => setRefusal({ message: messageOf(error), problems: [] }));
  useEffect(() => void load(), []);

  const importReceipt = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setRefusal(null);
    if (!file) return setRefusal({ message: t('validation.required'), problems: [] });
    try {
      const state = await api.call('filing.receipt.import', { path: await uploadFile(file) });
      setStatus(t('filing.sent.receiptImported', { state: t(`filing.sent.state.${state.state}`), period: state.period }));
      (event.target as HTMLFormElement).reset();
      setFile(null);
      await load();
    } catch (error) {
      const issues = error instanceof ApiError ? (error.error.details?.issues ?? []) : [];
      setRefusal({
        message: messageOf(error),
        problems: issues.map((issue) => ({ code: issue.code, message: issue.message, ...(issue.file ? { file: issue.file } : {}) })),
      });
    }
  };

  return (
    <div>
      <form onSubmit={(e) => void importReceipt(e)} noValidate>
        <fieldset>
          <legend>{t('filing.sent.importTitle')}</legend>
          <p className="page__intro">{t('filing.sent.importHelp')}</p>
          <div className="grid">
            <FileField name="receipt" label={t('filing.sent.pick')} accept=".dgrcpt,.zip" onFiles={(files) => setFile(files[0] ?? null)} />
          </div>
          <div className="page__actions">
            <button type="submit" className="button button--primary">
              {t('filing.sent.import')}
            </button>
          </div>
        </fieldset>
      </form>
      {status ? (
        <div className="banner banner--ok" role="status">
          {status}
        </div>
      ) : null}
      {refusal ? (
        <>
          <div className="banner banner--error" role="alert">
            {refusal.message}
          </div>
          {refusal.problems.length > 0 ? <VerifyReport errors={refusal.problems} /> : null}
        </>
      ) : null}
      <h2>{t('filing.sent.title')}</h2>
      {sent === null ? (
        <p>{t('app.loading')}</p>
      ) : sent.length === 0 ? (
        <p>{t('filing.sent.empty')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('filing.filings.period')}</th>
              <th>{t('filing.verify.packageId')}</th>
              <th>{t('filing.filings.signedAt')}</th>
              <th>{t('filing.filings.status')}</th>
              <th>{t('filing.sent.receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {sent.map((row) => (
              <tr key={row.packageId} data-state={row.state}>
                <td>{row.period}</td>
                <td>
                  <code title={row.packageId}>{row.packageId.slice(0, 8)}</code>
                  {row.amends ? <div className="muted">{t('filing.sent.amends', { packageId: row.amends.slice(0, 8) })}</div> : null}
                </td>
                <td>{formatDateTime(row.createdAt, locale)}</td>
                <td>
                  {t(`filing.sent.state.${row.state}`)}
                  {row.receipt && row.receipt.result !== 'refused' ? (
                    <div>{t('filing.receipt.accession', { number: row.receipt.accessionNumber })}</div>
                  ) : null}
                  {row.receipt ? <ReasonList reasons={row.receipt.reasons} refusal={row.receipt.refusal} /> : null}
                </td>
                <td>
                  {row.receipt
                    ? t('filing.sent.receiptBy', { receiver: row.receipt.receiver.name, at: formatDateTime(row.receipt.issuedAt, locale) })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
