import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Finding } from '../../../../shared/contract/core';
import type { DeclarationDetail } from '../../../../shared/contract/declarations/schemas';
import type { FormDefinition, FormValues } from '../../../../shared/contract/forms/schemas';
import { formsFindingText, localToday, validateValues, type DeclarationAction } from '../../../../shared/domain/forms';
import { api } from '../../api/client';
import { useSaveState } from '../../api/save-state';
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
  const saving = useSaveState();
  const busy = saving.state === 'saving';
  /** What the last save or action did ("已保存", "状态：已提交"), shown while nothing has changed since. */
  const [doneText, setDoneText] = useState('');

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
    const saved = await saving.run(async () => {
      const next = await work();
      setDeclaration(next);
      setValues(next.values);
      setDoneText(done(next));
      return next;
    });
    // A refused save or action shows every check, not only those of the fields the user has left.
    if (!saved) setShowChecks(true);
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
      {saving.refusal ? (
        <div className="banner banner--error" role="alert">
          {saving.refusal.message}
        </div>
      ) : null}
      <FormView
        definition={definition}
        values={values}
        onChange={(next) => {
          setValues(next);
          saving.reset();
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
          {dirty ? t('app.unsavedChanges') : saving.state === 'saved' ? doneText : ''}
        </span>
      </footer>
      <UnsavedChangesGuard dirty={Boolean(editable) && dirty} />
    </section>
  );
}
