/**
 * 等级保护: the register of protected objects, and one object's page (`?object=ID&tab=…`) with its register
 * form, grading wizard, filing and schedule, gap assessment and disaster recovery.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { MethodOutput } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { uploadFile } from '../../api/files';
import { useT } from '../../app/settings-store';
import { AssessmentPanel } from './AssessmentPanel';
import { FilingFormPanel } from './FilingFormPanel';
import { FilingPanel } from './FilingPanel';
import { GradingWizard } from './GradingWizard';
import { ObjectForm, draftOf, emptyObject } from './ObjectForm';
import { RecoveryPanel } from './RecoveryPanel';
import { useMlps } from './store';
import { Findings, LevelBadge, Score, findingText } from './ui';

const TABS = ['register', 'grading', 'filing', 'form', 'assessment', 'recovery'] as const;
type Tab = (typeof TABS)[number];

export function MlpsPage() {
  const [params] = useSearchParams();
  const objectId = params.get('object');
  const loadObjects = useMlps((s) => s.loadObjects);
  useEffect(() => void loadObjects(), [loadObjects]);
  if (objectId === 'new') return <NewObjectPage />;
  if (objectId) return <ObjectPage key={objectId} objectId={objectId} tab={(params.get('tab') as Tab | null) ?? 'register'} />;
  return <RegisterPage />;
}

function RegisterPage() {
  const t = useT();
  const { objects, objectsLoaded } = useMlps();
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('mlps.ui.register.title')}</h1>
        <p className="page__intro">{t('mlps.ui.register.intro')}</p>
      </header>
      <div className="page__actions">
        <Link className="button button--primary" to="/mlps?object=new">
          {t('mlps.ui.register.add')}
        </Link>
      </div>
      {objectsLoaded ? (
        <table className="data">
          <thead>
            <tr>
              <th>{t('mlps.ui.object.name')}</th>
              <th>{t('mlps.ui.object.number')}</th>
              <th>{t('mlps.ui.object.kind')}</th>
              <th>{t('mlps.ui.grading.level')}</th>
              <th>{t('mlps.ui.register.nextDue')}</th>
              <th>{t('mlps.ui.score.overall')}</th>
            </tr>
          </thead>
          <tbody>
            {objects.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('mlps.ui.register.empty')}
                </td>
              </tr>
            ) : null}
            {objects.map((object) => (
              <tr key={object.id}>
                <td>
                  <Link to={`/mlps?object=${object.id}`}>{object.name}</Link>
                </td>
                <td>{object.number}</td>
                <td>{t(`mlps.objectKind.${object.kind}`)}</td>
                <td>
                  <LevelBadge level={object.level} />
                </td>
                <td className={object.nextDue ? `due--${object.nextDue.status}` : ''}>
                  {object.nextDue
                    ? `${t(`mlps.due.${object.nextDue.kind}`)} ${object.nextDue.due} · ${t(`mlps.dueStatus.${object.nextDue.status}`)}`
                    : ''}
                </td>
                <td>
                  <Score value={object.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('app.loading')}</p>
      )}
      <RegisterChecks />
      <CatalogSection />
    </section>
  );
}

/** The grading checks across the whole register. */
function RegisterChecks() {
  const t = useT();
  const objects = useMlps((s) => s.objects);
  const [findings, setFindings] = useState<MethodOutput<'mlps.checkGrading'>>([]);
  useEffect(() => void api.call('mlps.checkGrading', {}).then(setFindings), [objects]);
  if (findings.length === 0) return null;
  return (
    <section className="card checks-card" aria-label={t('mlps.ui.register.checks')}>
      <h2>{t('mlps.ui.register.checks')}</h2>
      <Findings findings={findings} />
    </section>
  );
}

function CatalogSection() {
  const t = useT();
  const [catalogs, setCatalogs] = useState<MethodOutput<'mlps.listCatalogs'>>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'warning' | 'ok'; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => setCatalogs(await api.call('mlps.listCatalogs', {})), []);
  useEffect(() => void load(), [load]);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await api.call('mlps.importCatalog', { path: await uploadFile(file) });
      setMessage(
        result.warnings.length > 0
          ? {
              kind: 'warning',
              lines: [
                t('mlps.ui.catalog.importedWithWarnings', { name: result.catalog.name }),
                ...result.warnings.map((warning) => findingText(t, warning)),
              ],
            }
          : { kind: 'ok', lines: [t('mlps.ui.catalog.imported', { name: result.catalog.name })] },
      );
      await load();
    } catch (caught) {
      const error = caught as { message: string; error?: { details?: { issues?: { message: string }[] } } };
      setMessage({
        kind: 'error',
        lines: [error.message, ...(error.error?.details?.issues ?? []).slice(0, 10).map((issue) => issue.message)],
      });
    } finally {
      setBusy(false);
    }
  };
  const activate = async (id: string, version: string) => {
    await api.call('mlps.activateCatalog', { id, version });
    await load();
  };
  return (
    <section className="card catalogs" aria-label={t('mlps.ui.catalog.title')}>
      <h2>{t('mlps.ui.catalog.title')}</h2>
      <p className="muted">{t('mlps.ui.catalog.intro')}</p>
      <p className="muted">{t('mlps.ui.catalog.builtInUnverified')}</p>
      <table className="data">
        <tbody>
          {catalogs.map((catalog) => (
            <tr key={`${catalog.id}@${catalog.version}`}>
              <td>{catalog.name}</td>
              <td>
                <code>
                  {catalog.id} {catalog.version}
                </code>
              </td>
              <td>{t('mlps.ui.catalog.items', { count: catalog.itemCount })}</td>
              <td>
                {catalog.active ? (
                  <strong>{t('mlps.ui.catalog.active')}</strong>
                ) : (
                  <button type="button" className="button button--small" onClick={() => void activate(catalog.id, catalog.version)}>
                    {t('mlps.ui.catalog.activate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="file-input">
        {t('mlps.ui.catalog.import')}{' '}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void importFile(e.target.files?.[0])} />
      </label>
      {message ? (
        <div
          className={`banner${message.kind === 'error' ? ' banner--error' : message.kind === 'warning' ? ' banner--warning' : ''}`}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      ) : null}
    </section>
  );
}

function NewObjectPage() {
  const t = useT();
  const [, setParams] = useSearchParams();
  return (
    <section className="page">
      <header className="page__header">
        <h1>{t('mlps.ui.register.add')}</h1>
        <p className="page__intro">
          <Link to="/mlps">← {t('mlps.ui.register.back')}</Link>
        </p>
      </header>
      <ObjectForm initial={emptyObject()} onSaved={(id) => setParams({ object: id, tab: 'grading' })} />
    </section>
  );
}

function ObjectPage({ objectId, tab }: { objectId: string; tab: Tab }) {
  const t = useT();
  const { view, loadView } = useMlps();
  const [, setParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadView(objectId).catch((caught: unknown) => setError(errorMessage(caught)));
  }, [objectId, loadView]);
  if (error)
    return (
      <div className="banner banner--error" role="alert">
        {error}
      </div>
    );
  if (!view || view.object.id !== objectId) return <p>{t('app.loading')}</p>;
  const remove = async () => {
    if (!window.confirm(t('mlps.ui.object.confirmRemove', { name: view.object.name }))) return;
    try {
      await api.call('mlps.removeObject', { id: objectId });
      await useMlps.getState().loadObjects();
      setParams({});
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="page page--wide">
      <header className="page__header">
        <p className="page__intro">
          <Link to="/mlps">← {t('mlps.ui.register.back')}</Link>
        </p>
        <h1>
          {view.object.name} <LevelBadge level={view.grading?.level} />
        </h1>
      </header>
      <Findings findings={view.findings} />
      <div role="tablist" className="tabs" aria-label={view.object.name}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={`tab${tab === name ? ' tab--active' : ''}`}
            onClick={() => setParams({ object: objectId, tab: name })}
          >
            {t(`mlps.ui.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tabpanel">
        {tab === 'register' ? (
          <>
            <ObjectForm initial={draftOf(view.object)} onSaved={() => undefined} />
            <div className="page__actions">
              <button type="button" className="button" onClick={() => void remove()}>
                {t('mlps.ui.object.remove')}
              </button>
            </div>
          </>
        ) : null}
        {tab === 'grading' ? <GradingWizard objectId={objectId} /> : null}
        {tab === 'filing' ? <FilingPanel objectId={objectId} /> : null}
        {tab === 'form' ? <FilingFormPanel objectId={objectId} /> : null}
        {tab === 'assessment' ? <AssessmentPanel objectId={objectId} /> : null}
        {tab === 'recovery' ? <RecoveryPanel objectId={objectId} /> : null}
      </div>
    </section>
  );
}
