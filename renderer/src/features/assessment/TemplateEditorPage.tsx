import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Template, TemplateSummary } from '../../../../shared/contract/assessment/schemas';
import { api, ApiError, errorMessage } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { localName } from './names';
import { TemplateForm } from './TemplateForm';
import type { SaveState } from '../../api/save-state';

/** Where a template opens in the editor. */
export function templateEditorPath(template: { id: string; version: string }): string {
  return `/assessment/templates/${encodeURIComponent(template.id)}/${encodeURIComponent(template.version)}`;
}

/**
 * One indicator template: an editable copy is changed and saved through `assessment.templates.save`; a
 * built-in template, or one a finalized assessment uses, opens read-only with a button to copy it. A refused
 * save keeps every edit on screen and puts each refusal at its field.
 */
export function TemplateEditorPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const { id = '', version = '' } = useParams();
  const [summary, setSummary] = useState<TemplateSummary | null>(null);
  const [saved, setSaved] = useState<Template | null>(null);
  const [draft, setDraft] = useState<Template | null>(null);
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [template, list] = await Promise.all([
          api.call('assessment.templates.get', { id, version }),
          api.call('assessment.templates.list', {}),
        ]);
        setSaved(template);
        setDraft(template);
        setSummary(list.find((s) => s.id === template.id && s.version === template.version) ?? null);
        setStatus('idle');
        setMessage(null);
        setRefusals({});
      } catch (error) {
        setMessage(errorMessage(error));
      }
    })();
  }, [id, version]);

  const readOnly = !summary || summary.builtin || summary.locked;
  const dirty = draft !== null && saved !== null && JSON.stringify(draft) !== JSON.stringify(saved);

  const edit = useCallback((next: Template) => {
    setDraft(next);
    setStatus('idle');
    // Live validation reproduces what the backend would say about the new draft.
    setRefusals({});
  }, []);

  async function save() {
    if (!draft || readOnly || status === 'saving') return;
    setStatus('saving');
    try {
      setSummary(await api.call('assessment.templates.save', draft));
      setSaved(draft);
      setRefusals({});
      setMessage(null);
      setStatus('saved');
    } catch (error) {
      // The draft stays as it is: nothing typed is lost, only the refusals are added beside their fields.
      if (error instanceof ApiError) setRefusals(error.messagesByField());
      setMessage(errorMessage(error));
      setStatus('invalid');
    }
  }
  useSaveShortcut(() => void save());

  async function copyToEdit() {
    if (!saved) return;
    try {
      const copy = await api.call('assessment.templates.copy', { id: saved.id, version: saved.version });
      void navigate(templateEditorPath(copy));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }

  if (!draft) {
    return (
      <section className="page">
        {message ? (
          <div className="banner banner--error" role="alert">
            {message}
          </div>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </section>
    );
  }
  return (
    <section className="page page--wide" aria-labelledby="template-editor-title">
      <header className="page__header">
        <p>
          <Link to="/assessment">{t('assessment.editor.back')}</Link>
        </p>
        <h1 id="template-editor-title">
          {t('app.labelled', {
            label: t(readOnly ? 'assessment.editor.viewTitle' : 'assessment.editor.title'),
            value: localName(draft, locale),
          })}
        </h1>
        <p className="notice" role="note">
          {t('assessment.notice.templateDefaults')}
        </p>
      </header>
      {readOnly ? (
        <div className="banner banner--warning toolbar">
          <span>{t(summary?.builtin ? 'assessment.editor.readOnlyBuiltin' : 'assessment.editor.readOnlyLocked')}</span>
          <button type="button" className="button button--primary" onClick={() => void copyToEdit()}>
            {t('assessment.editor.copyToEdit')}
          </button>
        </div>
      ) : null}
      {message && status !== 'saved' ? (
        <div className="banner banner--error" role="alert">
          {message}
        </div>
      ) : null}

      <TemplateForm draft={draft} onChange={edit} readOnly={readOnly} refusals={refusals} />

      {readOnly ? null : (
        <footer className="page__actions page__actions--sticky">
          <button type="button" className="button button--primary" disabled={!dirty || status === 'saving'} onClick={() => void save()}>
            {status === 'saving' ? t('app.saving') : t('app.save')}
          </button>
          <span className="page__status" role="status" aria-live="polite">
            {dirty ? t('app.unsavedChanges') : status === 'saved' ? t('app.saved') : ''}
          </span>
        </footer>
      )}
      <UnsavedChangesGuard dirty={dirty} />
    </section>
  );
}
