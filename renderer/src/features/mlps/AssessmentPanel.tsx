/**
 * The gap assessment of one object: its items grouped by family and control point, a status per item, 不适用
 * per control point, a risk for each gap, notes, evidence and remediation; the scores with their formulas.
 * Families render collapsed and only an open family renders its rows, so 211+ items stay responsive.
 */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogItemView, RemediationTask, ScoreReportData } from '../../../../shared/contract/mlps/records';
import { ITEM_STATUSES, RISK_RATINGS, type FamilyCode, type ItemAssessment } from '../../../../shared/contract/mlps/schemas';
import { api, errorMessage } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useJob } from '../../api/jobs';
import { useLocale, useT } from '../../app/settings-store';
import { JobProgress } from '../../components/JobProgress';
import { DateInput, NumberInput } from '../../components/TypedInputs';
import { Attachments } from './Attachments';
import { MajorHiddenRisksPanel } from './MajorHiddenRisksPanel';
import { useMlps } from './store';
import { Findings, Score, optional, optionalNumber } from './ui';

type Filter = 'all' | 'unassessed' | 'gaps';

export function ScoreSummary({ score }: { score: ScoreReportData }) {
  const t = useT();
  return (
    <section className="score card" aria-label={t('mlps.ui.score.title')}>
      <div className="score__headline">
        <div>
          <div className="muted">{t('mlps.ui.score.overall')}</div>
          <div className="score__value" data-testid="overall-score">
            <Score value={score.overall.score} />
          </div>
        </div>
        <div>
          <div className="muted">{t('mlps.ui.score.compliance2025')}</div>
          <div className="score__value" data-testid="conclusion-2025">
            {score.compliance2025
              ? `${score.compliance2025.ratePercent}% ${t(`mlps.conclusion2025.${score.compliance2025.conclusion}`)}`
              : '—'}
            {score.compliance2025 && score.provisional ? <span className="badge badge--provisional">{t('mlps.provisional')}</span> : null}
          </div>
          {score.provisional ? (
            <div className="muted">{t('mlps.provisionalNote', { unassessed: score.overall.counts.unassessed })}</div>
          ) : null}
        </div>
        <div>
          <div className="muted">{t('mlps.ui.score.majorHiddenRisks')}</div>
          <div className="score__value" data-testid="major-hidden-risks">
            {t('mlps.majorHiddenRisk.tally', score.majorHiddenRisks)}
          </div>
        </div>
        <div>
          <div className="muted">{t('mlps.ui.score.result2021')}</div>
          <div>{score.result2021 ? t(`mlps.result2021.${score.result2021}`) : '—'}</div>
        </div>
        <div>
          <div className="muted">{t('mlps.ui.score.counts')}</div>
          <div>
            {t('mlps.ui.score.countsText', {
              compliant: score.overall.counts.compliant,
              partial: score.overall.counts.partial,
              noncompliant: score.overall.counts.noncompliant,
              unassessed: score.overall.counts.unassessed,
              na: score.overall.counts.notApplicable,
            })}
          </div>
          <div>{t('mlps.ui.score.risks', { high: score.risks.high, medium: score.risks.medium, low: score.risks.low })}</div>
        </div>
      </div>
      <table className="data score__groups">
        <tbody>
          {score.layers.map((layer) => (
            <tr key={layer.layer} className="score__layer">
              <th scope="row">{t(`mlps.layer.${layer.layer}`)}</th>
              <td>
                <Score value={layer.score} />
              </td>
            </tr>
          ))}
          {score.families.map((family) => (
            <tr key={family.family}>
              <th scope="row">{t(`mlps.family.${family.family}`)}</th>
              <td>
                <Score value={family.score} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="formulas">
        <summary>{t('mlps.ui.score.formulas')}</summary>
        <ul>
          <li>{t.code(`mlps.formula.${score.formulas.score}`)}</li>
          <li>{t.code(`mlps.formula.${score.formulas.result2021}`)}</li>
          <li>{t.code(`mlps.formula.${score.formulas.compliance2025}`)}</li>
          <li className="muted">
            {t('mlps.ui.score.rulesVersion', {
              id: score.formulas.rulesId,
              version: score.formulas.rulesVersion,
              catalog: `${score.catalog.id} ${score.catalog.version}`,
            })}
          </li>
        </ul>
      </details>
      <Findings findings={score.findings.filter((finding) => finding.code !== 'mlps.assessment.incomplete')} />
    </section>
  );
}

interface RowProps {
  objectId: string;
  item: CatalogItemView;
  status: ItemAssessment | undefined;
  tasks: readonly RemediationTask[];
  english: boolean;
  onError(message: string): void;
  onTaskCreated(): void;
}

const ItemRow = memo(function ItemRow({ objectId, item, status, tasks, english, onError, onTaskCreated }: RowProps) {
  const t = useT();
  const [note, setNote] = useState(status?.note ?? '');
  const [open, setOpen] = useState<'evidence' | 'task' | null>(null);
  useEffect(() => setNote(status?.note ?? ''), [status?.note]);
  const save = (patch: Omit<Parameters<ReturnType<typeof useMlps.getState>['saveStatuses']>[0][number], 'itemId'>) =>
    useMlps
      .getState()
      .saveStatuses([{ itemId: item.id, ...patch }])
      .catch((error: unknown) => onError(errorMessage(error)));
  const gap = status !== undefined && status.status !== 'compliant';
  const summary = (english && item.summaryEn) || item.summary;

  return (
    <li className={`item item--${status?.status ?? 'unassessed'}`}>
      <div className="item__main">
        <code className="item__id">{item.id}</code>
        <span className="item__summary" title={item.text}>
          {summary}
        </span>
        <select
          aria-label={t('mlps.ui.assessment.statusOf', { id: item.id })}
          value={status?.status ?? ''}
          onChange={(e) =>
            void save({
              status: (e.target.value || null) as ItemAssessment['status'] | null,
              ...(e.target.value === 'compliant' ? { risk: null } : {}),
            })
          }
        >
          <option value="">{t('mlps.ui.assessment.unassessed')}</option>
          {ITEM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`mlps.itemStatus.${value}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('mlps.ui.assessment.riskOf', { id: item.id })}
          value={status?.risk ?? ''}
          disabled={!gap}
          onChange={(e) => status && void save({ status: status.status, risk: (e.target.value || null) as ItemAssessment['risk'] | null })}
        >
          <option value="">{t('mlps.ui.assessment.noRisk')}</option>
          {RISK_RATINGS.map((value) => (
            <option key={value} value={value}>
              {t(`mlps.risk.${value}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('mlps.ui.assessment.noteOf', { id: item.id })}
          placeholder={t('mlps.ui.assessment.notePlaceholder')}
          value={note}
          disabled={!status}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => status && note !== (status.note ?? '') && void save({ status: status.status, note })}
        />
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'evidence'}
          onClick={() => setOpen(open === 'evidence' ? null : 'evidence')}
        >
          {t('mlps.ui.assessment.evidence')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === 'task'}
          onClick={() => setOpen(open === 'task' ? null : 'task')}
        >
          {t('mlps.ui.assessment.remediation')}
          {tasks.length ? ` (${tasks.length})` : ''}
        </button>
      </div>
      {open === 'evidence' ? (
        <Attachments entityId={`item:${objectId}:${item.id}`} label={t('mlps.ui.assessment.evidenceFiles', { id: item.id })} />
      ) : null}
      {open === 'task' ? <TaskForm objectId={objectId} item={item} tasks={tasks} onCreated={onTaskCreated} /> : null}
    </li>
  );
});

function TaskForm({
  objectId,
  item,
  tasks,
  onCreated,
}: {
  objectId: string;
  item: CatalogItemView;
  tasks: readonly RemediationTask[];
  onCreated(): void;
}) {
  const t = useT();
  const locale = useLocale();
  const [draft, setDraft] = useState({
    title: t('mlps.ui.assessment.taskTitle', { summary: item.summary }),
    owner: '',
    dueOn: '',
    cost: '',
  });
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    try {
      await api.call('mlps.saveRemediation', {
        objectId,
        itemId: item.id,
        title: draft.title,
        owner: draft.owner,
        dueOn: optional(draft.dueOn),
        cost: optionalNumber(draft.cost),
      });
      setError(null);
      onCreated();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <div className="item__task">
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            {task.title} · {task.owner || '—'} · {task.dueOn ?? '—'} · {t(`mlps.remediationStatus.${task.status}`)}
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <input
          aria-label={t('mlps.ui.remediation.title')}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <input
          aria-label={t('mlps.ui.remediation.owner')}
          placeholder={t('mlps.ui.remediation.owner')}
          value={draft.owner}
          onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
        />
        <DateInput
          aria-label={t('mlps.ui.remediation.dueOn')}
          locale={locale}
          value={optional(draft.dueOn) ?? null}
          onValue={(dueOn) => setDraft({ ...draft, dueOn: dueOn ?? '' })}
        />
        <NumberInput
          aria-label={t('mlps.ui.remediation.cost')}
          placeholder={t('mlps.ui.remediation.cost')}
          value={optional(draft.cost) ?? null}
          onValue={(cost) => setDraft({ ...draft, cost: cost === null ? '' : String(cost) })}
        />
        <button type="button" className="button" onClick={() => void create()}>
          {t('mlps.ui.assessment.addTask')}
        </button>
      </div>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

interface PointGroup {
  id: string;
  name: string;
  items: CatalogItemView[];
}

function groupItems(
  items: readonly CatalogItemView[],
  english: boolean,
): Array<{ family: FamilyCode; points: PointGroup[]; items: CatalogItemView[] }> {
  const families = new Map<FamilyCode, Map<string, PointGroup>>();
  for (const item of items) {
    const points = families.get(item.family) ?? new Map<string, PointGroup>();
    families.set(item.family, points);
    const point = points.get(item.controlPoint) ?? {
      id: item.controlPoint,
      name: english ? item.controlPointNameEn : item.controlPointName,
      items: [],
    };
    points.set(item.controlPoint, point);
    point.items.push(item);
  }
  return [...families].map(([family, points]) => ({
    family,
    points: [...points.values()],
    items: [...points.values()].flatMap((point) => point.items),
  }));
}

export function AssessmentPanel({ objectId }: { objectId: string }) {
  const t = useT();
  const english = useLocale() === 'en-US';
  const { assessment, assessmentError, loadAssessment, saveControlPoint, refreshScore } = useMlps();
  const objects = useMlps((s) => s.objects);
  const [openFamilies, setOpenFamilies] = useState<Set<FamilyCode>>(new Set());
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tasks, setTasks] = useState<RemediationTask[]>([]);
  const [copyFrom, setCopyFrom] = useState('');
  const job = useJob();

  const loadTasks = useCallback(async () => setTasks(await api.call('mlps.listRemediation', { objectId })), [objectId]);
  useEffect(() => {
    void loadAssessment(objectId);
    void loadTasks();
  }, [objectId, loadAssessment, loadTasks]);

  const items = assessment?.items;
  const groups = useMemo(() => (items ? groupItems(items, english) : []), [items, english]);
  const statuses = useMemo(() => new Map((assessment?.statuses ?? []).map((status) => [status.itemId, status])), [assessment?.statuses]);
  const points = useMemo(
    () => new Map((assessment?.controlPoints ?? []).map((point) => [point.controlPointId, point])),
    [assessment?.controlPoints],
  );
  const tasksByItem = useMemo(() => {
    const map = new Map<string, RemediationTask[]>();
    for (const task of tasks) if (task.itemId) map.set(task.itemId, [...(map.get(task.itemId) ?? []), task]);
    return map;
  }, [tasks]);
  const onError = useCallback((message: string) => setError(message), []);
  const onTaskCreated = useCallback(() => {
    void loadTasks();
    setNotice(t('mlps.ui.assessment.taskCreated'));
  }, [loadTasks, t]);

  if (assessmentError)
    return (
      <div className="banner banner--error" role="alert">
        {assessmentError}
      </div>
    );
  if (!assessment) return <p>{t('app.loading')}</p>;

  const shown = (item: CatalogItemView): boolean => {
    const status = statuses.get(item.id);
    if (filter === 'unassessed') return !status && points.get(item.controlPoint)?.status !== 'na';
    if (filter === 'gaps') return status !== undefined && status.status !== 'compliant';
    return true;
  };
  const toggle = (family: FamilyCode) =>
    setOpenFamilies((current) => {
      const next = new Set(current);
      if (next.has(family)) next.delete(family);
      else next.add(family);
      return next;
    });
  const exportPlan = async () => {
    const name = t('mlps.ui.assessment.actionPlanFile');
    await job.run(async (jobId) => {
      const { path } = await api.call('files.exportPath', { name });
      await api.call('mlps.exportActionPlan', { path, objectId }, { jobId });
      await downloadWorkspaceFile(path, name);
    });
  };
  const copy = async () => {
    if (!copyFrom || !window.confirm(t('mlps.ui.assessment.copyConfirm'))) return;
    try {
      const result = await api.call('mlps.copyAssessment', { fromObjectId: copyFrom, toObjectId: objectId });
      setNotice(
        t('mlps.ui.assessment.copied', { items: result.copiedItems, points: result.copiedControlPoints, skipped: result.skippedItems }),
      );
      await loadAssessment(objectId);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const setPoint = (point: PointGroup, na: boolean) =>
    void saveControlPoint(point.id, na ? 'na' : 'applicable').catch((caught: unknown) => setError(errorMessage(caught)));
  const familyScore = (family: FamilyCode) => assessment.score.families.find((entry) => entry.family === family);

  return (
    <div className="assessment">
      <p className="muted">
        {t('mlps.ui.assessment.scope', {
          level: t(`mlps.level.${assessment.level}`),
          count: assessment.items.length,
          catalog: `${assessment.catalog.name} ${assessment.catalog.version}`,
        })}
      </p>
      <ScoreSummary score={assessment.score} />
      <MajorHiddenRisksPanel
        objectId={objectId}
        items={assessment.items}
        statuses={assessment.statuses}
        onChanged={() => void refreshScore(objectId)}
      />
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <div className="banner" role="status">
          {notice}
        </div>
      ) : null}
      <div className="toolbar">
        <label>
          {t('mlps.ui.assessment.filter')}{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {(['all', 'unassessed', 'gaps'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`mlps.ui.assessment.filter.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setOpenFamilies(new Set(groups.map((group) => group.family)))}>
          {t('mlps.ui.assessment.expandAll')}
        </button>
        <button type="button" className="button" onClick={() => setOpenFamilies(new Set())}>
          {t('mlps.ui.assessment.collapseAll')}
        </button>
        <label>
          {t('mlps.ui.assessment.copyFrom')}{' '}
          <select value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
            <option value="">—</option>
            {objects
              .filter((object) => object.id !== objectId && object.level !== null)
              .map((object) => (
                <option key={object.id} value={object.id}>
                  {object.name}
                </option>
              ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!copyFrom} onClick={() => void copy()}>
          {t('mlps.ui.assessment.copy')}
        </button>
        <button type="button" className="button" disabled={job.running} onClick={() => void exportPlan()}>
          {t('mlps.ui.assessment.exportPlan')}
        </button>
      </div>
      <JobProgress job={job} onCancel={() => void job.cancel()} label={t('mlps.ui.assessment.exportPlan')} />
      {groups.map((group) => {
        const open = openFamilies.has(group.family);
        const score = familyScore(group.family);
        const assessed = group.items.filter((item) => statuses.has(item.id)).length;
        return (
          <section key={group.family} className="family">
            <h3>
              <button type="button" className="family__toggle" aria-expanded={open} onClick={() => toggle(group.family)}>
                <span>
                  {open ? '▾' : '▸'} {t(`mlps.family.${group.family}`)}
                </span>
                <span className="muted">{t('mlps.ui.assessment.familyProgress', { assessed, total: group.items.length })}</span>
                <span>
                  {t('mlps.ui.assessment.familyScore')} <Score value={score?.score} />
                </span>
              </button>
            </h3>
            {open
              ? group.points.map((point) => {
                  const na = points.get(point.id)?.status === 'na';
                  const visible = point.items.filter(shown);
                  if (visible.length === 0 && filter !== 'all') return null;
                  return (
                    <div key={point.id} className={`point${na ? ' point--na' : ''}`}>
                      <div className="point__header">
                        <h4>{point.name}</h4>
                        <label>
                          <input type="checkbox" checked={na} onChange={(e) => setPoint(point, e.target.checked)} />{' '}
                          {t('mlps.ui.assessment.notApplicable', { point: point.name })}
                        </label>
                      </div>
                      {na ? null : (
                        <ul className="items">
                          {visible.map((item) => (
                            <ItemRow
                              key={item.id}
                              objectId={objectId}
                              item={item}
                              status={statuses.get(item.id)}
                              tasks={tasksByItem.get(item.id) ?? NO_TASKS}
                              english={english}
                              onError={onError}
                              onTaskCreated={onTaskCreated}
                            />
                          ))}
                        </ul>
                      )}
                    </div>
                  );
                })
              : null}
          </section>
        );
      })}
    </div>
  );
}

const NO_TASKS: RemediationTask[] = [];
