/** 整改: every remediation task, filtered by object and status, editable, and the action plan (POA&M) export. */
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { REMEDIATION_STATUSES } from '../../../../shared/contract/mlps/records';
import { isGapStatus } from '../../../../shared/domain/mlps';
import { api } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useLocale, useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { RecordEditor, type Draft, type FieldSpec } from './RecordEditor';
import { useMlps } from './store';

type Task = MethodOutput<'mlps.listRemediation'>[number];
type Suggestion = { value: string; label: string };

/**
 * The requirement items each graded object must meet, as picker suggestions: id, control point and summary
 * (all three searchable as the user types), items found wanting first, with their status.
 */
function useApplicableItems(objectIdsKey: string): Record<string, Suggestion[]> {
  const t = useT();
  const locale = useLocale();
  const [items, setItems] = useState<Record<string, Suggestion[]>>({});
  useEffect(() => {
    let current = true;
    void Promise.all(
      objectIdsKey
        .split(',')
        .filter(Boolean)
        .map(async (objectId) => {
          const view = await api.call('mlps.getAssessment', { objectId }).catch(() => null); // an ungraded object has no items
          if (!view) return [objectId, []] as const;
          const statusOf = new Map(view.statuses.map((entry) => [entry.itemId, entry.status]));
          const wanting = (id: string) => (isGapStatus(statusOf.get(id)) ? 0 : 1);
          const suggestions = [...view.items]
            .sort((a, b) => wanting(a.id) - wanting(b.id))
            .map((item) => {
              const status = statusOf.get(item.id);
              const point = locale === 'zh-CN' ? item.controlPointName : item.controlPointNameEn;
              const summary = locale === 'zh-CN' ? item.summary : (item.summaryEn ?? item.summary);
              const label = t('app.labelled', { label: point, value: summary });
              return { value: item.id, label: status ? t('app.withNote', { text: label, note: t(`mlps.itemStatus.${status}`) }) : label };
            });
          return [objectId, suggestions] as const;
        }),
    ).then((entries) => current && setItems(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
  }, [objectIdsKey, t, locale]);
  return items;
}

export function RemediationPage() {
  const t = useT();
  const { objects, loadObjects } = useMlps();
  const [tasks, setTasks] = useState<Task[]>([]);
  const [objectId, setObjectId] = useState('');
  const applicable = useApplicableItems(objects.flatMap((object) => (object.level === null ? [] : [object.id])).join());
  const [status, setStatus] = useState('');
  const job = useJob();
  const load = useCallback(
    async () =>
      setTasks(
        await api.call('mlps.listRemediation', {
          ...(objectId ? { objectId } : {}),
          ...(status ? { status: status as Task['status'] } : {}),
        }),
      ),
    [objectId, status],
  );
  useEffect(() => void loadObjects(), [loadObjects]);
  useEffect(() => void load(), [load]);

  const statusOptions = REMEDIATION_STATUSES.map((value) => ({ value, label: t(`mlps.remediationStatus.${value}`) }));
  const fields: FieldSpec[] = [
    {
      key: 'objectId',
      label: t('mlps.ui.remediation.object'),
      kind: 'select',
      required: true,
      options: [{ value: '', label: '—' }, ...objects.map((o) => ({ value: o.id, label: o.name }))],
    },
    {
      key: 'itemId',
      label: t('mlps.ui.remediation.itemId'),
      kind: 'suggest',
      help: t('mlps.ui.remediation.itemIdHelp'),
      suggestions: (draft: Draft) => applicable[String(draft.objectId)] ?? [],
    },
    { key: 'title', label: t('mlps.ui.remediation.title'), kind: 'text', required: true },
    { key: 'owner', label: t('mlps.ui.remediation.owner'), kind: 'text' },
    { key: 'dueOn', label: t('mlps.ui.remediation.dueOn'), kind: 'date' },
    { key: 'status', label: t('mlps.ui.remediation.status'), kind: 'select', options: statusOptions },
    { key: 'cost', label: t('mlps.ui.remediation.cost'), kind: 'number' },
    { key: 'notes', label: t('mlps.ui.remediation.notes'), kind: 'textarea' },
  ];
  const exportPlan = async () => {
    const name = t('mlps.ui.assessment.actionPlanFile');
    await job.run(async (jobId) => {
      const { path } = await api.call('files.exportPath', { name });
      await api.call('mlps.exportActionPlan', { path, ...(objectId ? { objectId } : {}) }, { jobId });
      await downloadWorkspaceFile(path, name);
    });
  };

  return (
    <section className="page page--wide">
      <header className="page__header">
        <h1>{t('mlps.ui.remediation.pageTitle')}</h1>
        <p className="page__intro">{t('mlps.ui.remediation.intro')}</p>
      </header>
      <div className="toolbar">
        <label>
          {t('mlps.ui.remediation.object')}{' '}
          <select value={objectId} onChange={(e) => setObjectId(e.target.value)}>
            <option value="">{t('mlps.ui.all')}</option>
            {objects.map((object) => (
              <option key={object.id} value={object.id}>
                {object.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('mlps.ui.remediation.status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('mlps.ui.all')}</option>
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={job.running} onClick={() => void exportPlan()}>
          {t('mlps.ui.assessment.exportPlan')}
        </button>
      </div>
      <JobProgress job={job} onCancel={() => void job.cancel()} label={t('mlps.ui.assessment.exportPlan')} />
      <RecordEditor<Task>
        title={t('mlps.ui.remediation.pageTitle')}
        records={tasks}
        idOf={(task) => task.id}
        fields={fields}
        blank={{ objectId, status: 'open' }}
        schema={mlpsMethods['mlps.saveRemediation'].input}
        addLabel={t('mlps.ui.remediation.add')}
        columns={[
          { label: t('mlps.ui.remediation.title'), render: (task) => task.title },
          { label: t('mlps.ui.remediation.object'), render: (task) => task.objectName },
          { label: t('mlps.ui.remediation.itemId'), render: (task) => task.itemId ?? '' },
          { label: t('mlps.ui.remediation.owner'), render: (task) => task.owner },
          { label: t('mlps.ui.remediation.dueOn'), render: (task) => task.dueOn ?? '' },
          { label: t('mlps.ui.remediation.status'), render: (task) => t(`mlps.remediationStatus.${task.status}`) },
          { label: t('mlps.ui.remediation.cost'), render: (task) => (task.cost === undefined ? '' : String(task.cost)) },
        ]}
        save={async (record) => {
          await api.call('mlps.saveRemediation', record as MethodInput<'mlps.saveRemediation'>);
          await load();
        }}
        remove={async (task) => {
          await api.call('mlps.removeRemediation', { id: task.id });
          await load();
        }}
      />
    </section>
  );
}
