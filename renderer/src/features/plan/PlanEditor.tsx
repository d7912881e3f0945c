import { GRADES, type Grade } from '../../../../shared/contract/assessment/schemas';
import {
  MILESTONE_STATUSES,
  planSchema,
  type Benchmark,
  type Milestone,
  type Plan,
  type PlanTask,
} from '../../../../shared/contract/plan/schemas';
import { benchmarkGap } from '../../../../shared/domain/plan';
import { useLocale, useT } from '../../app/settings-store';
import { Field, SelectField, TextField } from '../../components/Field';
import { DateInput, NumberInput } from '../../components/TypedInputs';
import { useFieldChecks } from '../../api/field-checks';
import { newId, planToSave, usePlan } from './store';

type Errors = Record<string, string>;

function NumberField({
  label,
  name,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  /** The field's path in the plan, so leaving it checks it. */
  name: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  error?: string | undefined;
  required?: boolean;
}) {
  return (
    <Field label={label} error={error} required={required ?? false}>
      {(a11y) => (
        <NumberInput
          {...a11y}
          name={name}
          value={value ?? null}
          // Text that is no number goes into the draft as typed: the plan's check says at the field what it expects.
          onValue={(typed) => onChange(typed === null ? undefined : (typed as number))}
        />
      )}
    </Field>
  );
}

function DateField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const locale = useLocale();
  return (
    <Field label={label} error={error} required>
      {(a11y) => <DateInput {...a11y} name={name} locale={locale} value={value || null} onValue={(date) => onChange(date ?? '')} />}
    </Field>
  );
}

function TextArea({
  label,
  value,
  onChange,
  error,
  help,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  help?: string;
}) {
  return (
    <Field label={label} error={error} help={help}>
      {(a11y) => <textarea {...a11y} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** Replaces item `index` of a list with a changed copy. */
function replaceAt<T>(items: readonly T[], index: number, change: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...change } : item));
}

function TaskEditor({
  task,
  index,
  errors,
  edit,
}: {
  task: PlanTask;
  index: number;
  errors: Errors;
  edit(change: Partial<PlanTask> | null): void;
}) {
  const t = useT();
  const at = (field: string) => errors[`tasks[${index}].${field}`];
  return (
    <fieldset className="item">
      <legend>{t('plan.ui.taskN', { n: index + 1 })}</legend>
      <div className="grid">
        <TextField
          name={`tasks[${index}].title`}
          label={t('plan.ui.taskTitle')}
          value={task.title}
          onChange={(title) => edit({ title })}
          error={at('title')}
          required
        />
        <TextField
          name={`tasks[${index}].ownerDepartment`}
          label={t('plan.ui.ownerDepartment')}
          value={task.ownerDepartment}
          onChange={(ownerDepartment) => edit({ ownerDepartment })}
        />
        <TextField
          name={`tasks[${index}].ownerPerson`}
          label={t('plan.ui.ownerPerson')}
          value={task.ownerPerson}
          onChange={(ownerPerson) => edit({ ownerPerson })}
        />
        <NumberField
          name={`tasks[${index}].budget`}
          label={t('plan.ui.budget')}
          value={task.budget}
          onChange={(budget) => edit({ budget })}
          error={at('budget')}
        />
        <TextArea label={t('plan.ui.description')} value={task.description} onChange={(description) => edit({ description })} />
        <TextArea
          label={t('plan.ui.measures')}
          help={t('plan.ui.measuresHelp')}
          value={task.measures.join('\n')}
          onChange={(text) => edit({ measures: text.split('\n') })}
          error={at('measures')}
        />
        <TextField
          name={`task-${index}-indicators`}
          label={t('plan.ui.indicatorIds')}
          help={t('plan.ui.indicatorIdsHelp')}
          value={task.indicatorIds.join(',')}
          onChange={(text) => edit({ indicatorIds: text.split(/[,，]/) })}
          error={Object.entries(errors).find(([key]) => key.startsWith(`tasks[${index}].indicatorIds`))?.[1]}
        />
      </div>
      <button type="button" className="button button--small" onClick={() => edit(null)}>
        {t('plan.ui.removeTask', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

function MilestoneEditor({
  milestone,
  index,
  tasks,
  errors,
  edit,
}: {
  milestone: Milestone;
  index: number;
  tasks: PlanTask[];
  errors: Errors;
  edit(change: Partial<Milestone> | null): void;
}) {
  const t = useT();
  const at = (field: string) => errors[`milestones[${index}].${field}`];
  return (
    <fieldset className="item">
      <legend>{t('plan.ui.milestoneN', { n: index + 1 })}</legend>
      <div className="grid">
        <TextField
          name={`milestones[${index}].title`}
          label={t('plan.ui.milestoneTitle')}
          value={milestone.title}
          onChange={(title) => edit({ title })}
          error={at('title')}
          required
        />
        <DateField
          name={`milestones[${index}].dueDate`}
          label={t('plan.ui.dueDate')}
          value={milestone.dueDate}
          onChange={(dueDate) => edit({ dueDate })}
          error={at('dueDate')}
        />
        <SelectField
          name={`milestones[${index}].taskId`}
          label={t('plan.ui.milestoneTask')}
          value={milestone.taskId ?? ''}
          options={[
            { value: '', label: t('plan.ui.wholePlan') },
            ...tasks.map((task, i) => ({ value: task.id, label: task.title || t('plan.ui.taskN', { n: i + 1 }) })),
          ]}
          onChange={(taskId) => edit({ taskId: taskId || undefined })}
          error={at('taskId')}
        />
      </div>
      <button type="button" className="button button--small" onClick={() => edit(null)}>
        {t('plan.ui.removeMilestone', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

function BenchmarkEditor({
  benchmark,
  index,
  errors,
  edit,
}: {
  benchmark: Benchmark;
  index: number;
  errors: Errors;
  edit(change: Partial<Benchmark> | null): void;
}) {
  const t = useT();
  const at = (field: string) => errors[`benchmarks[${index}].${field}`];
  return (
    <fieldset className="item">
      <legend>{t('plan.ui.benchmarkN', { n: index + 1 })}</legend>
      <div className="grid">
        <TextField
          name={`benchmarks[${index}].peer`}
          label={t('plan.ui.peer')}
          value={benchmark.peer}
          onChange={(peer) => edit({ peer })}
          error={at('peer')}
          required
        />
        <TextField
          name={`benchmarks[${index}].metric`}
          label={t('plan.ui.metric')}
          value={benchmark.metric}
          onChange={(metric) => edit({ metric })}
          error={at('metric')}
          required
        />
        <NumberField
          name={`benchmarks[${index}].ourValue`}
          label={t('plan.ui.ourValue')}
          value={benchmark.ourValue}
          onChange={(ourValue) => edit({ ourValue: ourValue as number })}
          error={at('ourValue')}
          required
        />
        <NumberField
          name={`benchmarks[${index}].theirValue`}
          label={t('plan.ui.theirValue')}
          value={benchmark.theirValue}
          onChange={(theirValue) => edit({ theirValue: theirValue as number })}
          error={at('theirValue')}
          required
        />
        <TextField
          name={`benchmarks[${index}].unit`}
          label={t('plan.ui.unit')}
          value={benchmark.unit}
          onChange={(unit) => edit({ unit })}
        />
      </div>
      <p className="muted">{t('plan.benchmark.gap', { gap: benchmarkGap(benchmark), unit: benchmark.unit })}</p>
      <button type="button" className="button button--small" onClick={() => edit(null)}>
        {t('plan.ui.removeBenchmark', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

/** A list editor: change or (null) remove item `index`. */
function listEdit<T>(plan: Plan, key: 'tasks' | 'milestones' | 'benchmarks', index: number, change: Partial<T> | null): Plan {
  const items = plan[key] as unknown as T[];
  const next = change === null ? items.filter((_, i) => i !== index) : replaceAt(items, index, change);
  return { ...plan, [key]: next };
}

/** Target, tasks with measures and owners, milestones with dates, international benchmarks. */
export function PlanEditor({ plan }: { plan: Plan }) {
  const t = useT();
  const { fieldErrors, edit, policies } = usePlan();
  const locale = useLocale();
  const { errors, onBlur } = useFieldChecks(planSchema, planToSave(plan), fieldErrors, locale);
  const cycles = policies.map(({ policy }) => ({ value: policy.id, label: locale === 'zh-CN' ? policy.nameZh : policy.nameEn }));
  return (
    <div className="plan-editor" onBlur={onBlur}>
      <fieldset>
        <legend>{t('plan.ui.target')}</legend>
        <div className="grid">
          <SelectField<string>
            name="cycleId"
            label={t('plan.ui.cycle')}
            value={plan.cycleId}
            options={cycles}
            onChange={(cycleId) => edit((p) => ({ ...p, cycleId }))}
            error={errors.cycleId}
          />
          <NumberField
            name="year"
            label={t('plan.ui.year')}
            value={plan.year}
            // A blank year stays blank (the check says 必填 at the field), rather than silently keeping the old one.
            onChange={(year) => edit((p) => ({ ...p, year: year as number }))}
            error={errors.year}
            required
          />
          <SelectField<Grade>
            name="targetGrade"
            label={t('plan.ui.targetGrade')}
            value={plan.targetGrade}
            options={GRADES.map((grade) => ({ value: grade, label: t(`assessment.grade.${grade}`) }))}
            onChange={(targetGrade) => edit((p) => ({ ...p, targetGrade }))}
            error={errors.targetGrade}
          />
          <DateField
            name="targetDate"
            label={t('plan.ui.targetDate')}
            value={plan.targetDate}
            onChange={(targetDate) => edit((p) => ({ ...p, targetDate }))}
            error={errors.targetDate}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('plan.ui.tasks')}</legend>
        {errors.tasks ? (
          <div className="field__error" role="alert">
            {errors.tasks}
          </div>
        ) : null}
        {plan.tasks.map((task, index) => (
          <TaskEditor
            key={task.id}
            task={task}
            index={index}
            errors={errors}
            edit={(change) => edit((p) => listEdit(p, 'tasks', index, change))}
          />
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            edit((p) => ({
              ...p,
              tasks: [
                ...p.tasks,
                { id: newId(), title: '', description: '', measures: [], ownerDepartment: '', ownerPerson: '', indicatorIds: [] },
              ],
            }))
          }
        >
          {t('plan.ui.addTask')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('plan.ui.milestones')}</legend>
        {plan.milestones.map((milestone, index) => (
          <MilestoneEditor
            key={milestone.id}
            milestone={milestone}
            index={index}
            tasks={plan.tasks}
            errors={errors}
            edit={(change) => edit((p) => listEdit(p, 'milestones', index, change))}
          />
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            edit((p) => ({
              ...p,
              milestones: [
                ...p.milestones,
                { id: newId(), title: '', dueDate: p.targetDate, status: MILESTONE_STATUSES[0], percentComplete: 0 },
              ],
            }))
          }
        >
          {t('plan.ui.addMilestone')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('plan.ui.benchmarks')}</legend>
        <p className="field__help">{t('plan.ui.benchmarksHelp')}</p>
        {plan.benchmarks.map((benchmark, index) => (
          <BenchmarkEditor
            key={benchmark.id}
            benchmark={benchmark}
            index={index}
            errors={errors}
            edit={(change) => edit((p) => listEdit(p, 'benchmarks', index, change))}
          />
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            edit((p) => ({
              ...p,
              benchmarks: [...p.benchmarks, { id: newId(), peer: '', metric: '', ourValue: 0, theirValue: 0, unit: '' }],
            }))
          }
        >
          {t('plan.ui.addBenchmark')}
        </button>
      </fieldset>
    </div>
  );
}
