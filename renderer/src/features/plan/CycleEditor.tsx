import { useState, type ChangeEvent } from 'react';
import { planMethods, type CyclePolicy } from '../../../../shared/contract/plan/methods';
import type { PlanPolicy } from '../../../../shared/contract/plan/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/TypedInputs';
import { usePlan } from './store';
import { errorMessage } from '../../api/client';
import { useFieldChecks } from '../../api/field-checks';

const LOAD_POLICY = planMethods['plan.loadPolicy'];

/** The dates a user may set on a cycle: its span, the filing deadline, and the low grades' target deadline. */
interface CycleDates {
  start: string;
  end: string;
  filingDeadline: string;
  lowGradesBy: string;
}

/** The target rule whose date the form edits: the one for the lowest grades (E and D in the opinion). */
const lowGradeRule = (policy: PlanPolicy) =>
  policy.targetRules.findIndex((rule) => rule.fromGrades.includes('E') || rule.fromGrades.includes('D'));

function datesOf(policy: PlanPolicy): CycleDates {
  return {
    start: policy.cycle.start,
    end: policy.cycle.end,
    filingDeadline: policy.filingDeadline,
    lowGradesBy: policy.targetRules[lowGradeRule(policy)]?.by ?? '',
  };
}

/** A new version of the policy with the user's dates; the version names when it was edited. */
function withDates(policy: PlanPolicy, dates: CycleDates): PlanPolicy {
  const index = lowGradeRule(policy);
  const targetRules = policy.targetRules.map((rule, i) => (i === index && dates.lowGradesBy ? { ...rule, by: dates.lowGradesBy } : rule));
  return {
    ...policy,
    version: `user-${new Date().toISOString()}`,
    cycle: { start: dates.start, end: dates.end },
    filingDeadline: dates.filingDeadline,
    targetRules,
  };
}

function CycleDateField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  /** The date's path in the policy the form loads, so leaving it checks it. */
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

/**
 * The plan's cycle when it is not a verified one (the shipped "current cycle"): its dates are ours, so the
 * page says so and lets the user set the receiver's, or load the receiver's policy file.
 */
export function CycleEditor({ cycle }: { cycle: CyclePolicy }) {
  const t = useT();
  const locale = useLocale();
  const { loadPolicy, fieldErrors } = usePlan();
  const [dates, setDates] = useState(() => datesOf(cycle.policy));
  const [note, setNote] = useState<string | null>(null);
  const set = (change: Partial<CycleDates>) => setDates((current) => ({ ...current, ...change }));
  const lowGradesPath = `policy.targetRules[${lowGradeRule(cycle.policy)}].by`;
  const { errors, onBlur } = useFieldChecks(LOAD_POLICY.input, { policy: withDates(cycle.policy, dates) }, fieldErrors, locale);
  const error = (field: string) => errors[`policy.${field}`];
  const announce = (policy: PlanPolicy) =>
    setNote(t('plan.ui.policyLoaded', { name: locale === 'zh-CN' ? policy.nameZh : policy.nameEn, version: policy.version }));

  async function save() {
    const policy = withDates(cycle.policy, dates);
    setNote(null);
    if (await loadPolicy(policy)) announce(policy);
  }
  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNote(null);
    let policy: PlanPolicy;
    try {
      policy = JSON.parse(await file.text()) as PlanPolicy;
    } catch (failure) {
      setNote(t('plan.ui.policyUnreadable', { detail: errorMessage(failure) }));
      return;
    }
    if (await loadPolicy(policy)) announce(policy);
  }

  return (
    <section className="card" aria-labelledby="cycle-editor-title" onBlur={onBlur}>
      <h2 id="cycle-editor-title">{t('plan.ui.cycleEditor')}</h2>
      <p className="muted">{t('plan.ui.cycleEditorIntro')}</p>
      <div className="grid">
        <CycleDateField
          name="policy.cycle.start"
          label={t('plan.ui.cycleStart')}
          value={dates.start}
          onChange={(start) => set({ start })}
          error={error('cycle.start')}
        />
        <CycleDateField
          name="policy.cycle.end"
          label={t('plan.ui.cycleEnd')}
          value={dates.end}
          onChange={(end) => set({ end })}
          error={error('cycle.end')}
        />
        <CycleDateField
          name="policy.filingDeadline"
          label={t('plan.ui.filingDeadline')}
          value={dates.filingDeadline}
          onChange={(filingDeadline) => set({ filingDeadline })}
          error={error('filingDeadline')}
        />
        <CycleDateField
          name={lowGradesPath}
          label={t('plan.ui.lowGradeBy')}
          value={dates.lowGradesBy}
          onChange={(lowGradesBy) => set({ lowGradesBy })}
          error={errors[lowGradesPath] ?? Object.entries(errors).find(([key]) => key.startsWith('policy.targetRules'))?.[1]}
        />
      </div>
      <p className="page__actions">
        <button type="button" className="button" onClick={() => void save()}>
          {t('plan.ui.saveCycle')}
        </button>
        <label className="button">
          {t('plan.ui.loadPolicy')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(event) => void loadFile(event)} />
        </label>
      </p>
      {/* Announced without a second status role: the page keeps one save status. */}
      <p className="muted" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
