import { useEffect, useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { DeclarationFormEntry, DeclarationSummary } from '../../../../shared/contract/declarations/schemas';
import { localize } from '../../../../shared/domain/forms';
import { parseJsonInput } from '../../../../shared/domain/json-input';
import { api, ApiError } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';

/** The forms one can declare on, the declarations made, and the import of a new form definition. */
export function DeclarationsPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const [forms, setForms] = useState<DeclarationFormEntry[] | null>(null);
  const [list, setList] = useState<DeclarationSummary[]>([]);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  const [notice, setNotice] = useState('');

  const reload = async () => {
    const [nextForms, nextList] = await Promise.all([api.call('declarations.forms', {}), api.call('declarations.list', {})]);
    setForms(nextForms);
    setList(nextList);
  };
  useEffect(() => void reload(), []);

  const fail = (e: unknown) =>
    setError(
      e instanceof ApiError
        ? { message: e.message, issues: (e.error.details?.issues ?? []).map((i) => (i.field ? `${i.field}：${i.message}` : i.message)) }
        : { message: String(e), issues: [] },
    );

  const create = async (entry: DeclarationFormEntry) => {
    try {
      const created = await api.call('declarations.create', { formId: entry.definition.id, formVersion: entry.definition.version });
      navigate(`/declarations/${created.id}`);
    } catch (e) {
      fail(e);
    }
  };
  const remove = async (declaration: DeclarationSummary) => {
    if (!window.confirm(t('declarations.ui.confirmDelete', { title: localize(declaration.title, locale) }))) return;
    try {
      await api.call('declarations.delete', { id: declaration.id });
      setNotice(t('declarations.ui.deleted'));
      await reload();
    } catch (e) {
      fail(e);
    }
  };
  const importForm = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    // Read as bytes, not file.text(): that would turn a GBK file's names into U+FFFD without a word.
    const parsed = parseJsonInput(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) {
      const message =
        parsed.code === 'error.file.notJson'
          ? t('declarations.ui.notJson', { file: file.name })
          : t(parsed.code, { file: file.name, ...parsed.params });
      setError({ message, issues: [] });
      return;
    }
    const definition = parsed.value;
    try {
      const entry = await api.call('declarations.importForm', { definition });
      setNotice(t('declarations.ui.imported', { title: localize(entry.definition.title, locale) }));
      await reload();
    } catch (e) {
      fail(e);
    }
  };

  if (!forms) return <p>{t('app.loading')}</p>;
  return (
    <section className="page" aria-labelledby="declarations-title">
      <header className="page__header">
        <h1 id="declarations-title">{t('declarations.title')}</h1>
        <p className="page__intro">{t('declarations.intro')}</p>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error.message}
          {error.issues.length > 0 ? (
            <ul>
              {error.issues.map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="page__status">
        {notice}
      </p>

      <h2>{t('declarations.ui.mine')}</h2>
      {list.length === 0 ? (
        <p>{t('declarations.ui.none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('declarations.ui.form')}</th>
              <th scope="col">{t('declarations.ui.status')}</th>
              <th scope="col">{t('declarations.ui.updatedAt')}</th>
              <th scope="col">{t('declarations.ui.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((declaration) => {
              const title = localize(declaration.title, locale);
              return (
                <tr key={declaration.id}>
                  <th scope="row">
                    <Link to={`/declarations/${declaration.id}`}>{title}</Link>
                  </th>
                  <td>
                    <span className={`badge badge--${declaration.status}`}>{t(`forms.status.${declaration.status}`)}</span>
                  </td>
                  <td>{new Date(declaration.updatedAt).toLocaleString(locale)}</td>
                  <td className="actions">
                    <Link
                      to={`/declarations/${declaration.id}/print`}
                      aria-label={t('app.labelled', { label: t('declarations.ui.print'), value: title })}
                    >
                      {t('declarations.ui.print')}
                    </Link>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('app.labelled', { label: t('declarations.ui.delete'), value: title })}
                      onClick={() => void remove(declaration)}
                    >
                      {t('declarations.ui.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2>{t('declarations.ui.forms')}</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('declarations.ui.form')}</th>
            <th scope="col">{t('governance.label.readiness.point')}</th>
            <th scope="col">{t('declarations.ui.version')}</th>
            <th scope="col">{t('declarations.ui.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((entry) => {
            const title = localize(entry.definition.title, locale);
            return (
              <tr key={`${entry.definition.id}@${entry.definition.version}`}>
                <th scope="row">{title}</th>
                <td>{entry.point === null ? '—' : t('declarations.ui.point', { point: entry.point })}</td>
                <td>
                  {entry.definition.version} · {t(`declarations.ui.source.${entry.source}`)}
                </td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('declarations.ui.newOf', { title })}
                    onClick={() => void create(entry)}
                  >
                    {t('declarations.ui.new')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="page__actions">
        <label className="button">
          {t('declarations.ui.importForm')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importForm(e)} />
        </label>
      </p>
    </section>
  );
}
