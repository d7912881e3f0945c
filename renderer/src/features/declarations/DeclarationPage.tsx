import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Finding } from '../../../../shared/contract/core';
import type { DeclarationDetail } from '../../../../shared/contract/declarations/schemas';
import type { FormDefinition, FormValues } from '../../../../shared/contract/forms/schemas';
import { formsFindingText, localToday, validateValues, type DeclarationAction } from '../../../../shared/domain/forms';
import { api, errorMessage } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { FormView } from '../../components/forms/FormView';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';

/**
 * One declaration, rendered by FormView from its form's definition. A draft is edited and saved; once
 * completed or ready it is read-only until reopened, so nothing is filed that was not checked as it stands.
 */
export function DeclarationPage() {
  const t = useT();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [declaration, setDeclaration] = useState<DeclarationDetail | null>(null);
  const [definition, setDefinition] = useState<FormDefinition | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [showChecks, setShowChecks] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const [detail, forms] = await Promise.all([api.call('declarations.get', { id }), api.call('declarations.forms', {})]);
      setDeclaration(detail);
      setValues(detail.values);
      setDefinition(
        forms.find((f) => f.definition.id === detail.formId && f.definition.version === detail.formVersion)?.definition ?? null,
      );
    })();
  }, [id]);

  const dirty = declaration !== null && JSON.stringify(values) !== JSON.stringify(declaration.values);
  const editable = declaration?.status === 'draft';

  const run = async (work: () => Promise<DeclarationDetail>, done: (next: DeclarationDetail) => string) => {
    setBusy(true);
    try {
      const next = await work();
      setDeclaration(next);
      setValues(next.values);
      setMessage({ kind: 'status', text: done(next) });
    } catch (error) {
      setShowChecks(true);
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const saveDraft = () =>
    run(
      () => api.call('declarations.save', { id, values }),
      () => t('app.saved'),
    );
  const act = (action: DeclarationAction) =>
    run(
      async () => {
        if (dirty) await api.call('declarations.save', { id, values });
        return api.call('declarations.act', { id, action });
      },
      (next) => t('declarations.ui.statusNow', { status: t(`forms.status.${next.status}`) }),
    );
  useSaveShortcut(() => {
    if (editable) void saveDraft();
  });

  if (!declaration || !definition) return <p>{t('app.loading')}</p>;
  // The backend's own check of the values: each problem shows as its field is left, all of them once the
  // user has tried to save or complete.
  const findings: Finding[] = editable ? validateValues(definition, values, { today: localToday() }) : [];

  return (
    <section className="page declaration">
      <p>
        <Link to="/declarations">{t('declarations.ui.back')}</Link>
      </p>
      <p className="page__intro">
        {t('declarations.ui.formVersion', { version: declaration.formVersion })} ·{' '}
        <span className={`badge badge--${declaration.status}`}>
          {t('declarations.ui.statusNow', { status: t(`forms.status.${declaration.status}`) })}
        </span>
      </p>
      {message?.kind === 'error' ? (
        <div className="banner banner--error" role="alert">
          {message.text}
        </div>
      ) : null}
      <FormView
        definition={definition}
        values={values}
        onChange={(next) => {
          setValues(next);
          setMessage(null);
        }}
        findings={findings}
        showAllFindings={showChecks}
        locale={locale}
        readOnly={!editable}
        describeFinding={formsFindingText}
      />
      <footer className="page__actions">
        {editable ? (
          <button type="button" className="button" disabled={busy} onClick={() => void saveDraft()}>
            {t('declarations.ui.saveDraft')}
          </button>
        ) : null}
        {declaration.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button${action === 'reopen' ? '' : ' button--primary'}`}
            disabled={busy}
            onClick={() => void act(action)}
          >
            {t(`forms.action.${action}`)}
          </button>
        ))}
        <Link to={`/declarations/${id}/print`}>{t('declarations.ui.print')}</Link>
        <span className="page__status" role="status" aria-live="polite">
          {dirty ? t('app.unsavedChanges') : message?.kind === 'status' ? message.text : ''}
        </span>
      </footer>
      <UnsavedChangesGuard dirty={Boolean(editable) && dirty} />
    </section>
  );
}
