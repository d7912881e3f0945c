import { useState, type ChangeEvent } from 'react';
import type { CyclePolicy } from '../../../../shared/contract/plan/methods';
import type { PlanPolicy } from '../../../../shared/contract/plan/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { usePlan } from './store';
import { errorMessage } from '../../api/client';

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

function DateInput({
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
  return (
    <Field label={label} error={error} required>
      {(a11y) => <input {...a11y} name={name} type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
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
  const error = (field: string) => fieldErrors[`policy.${field}`];
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
    <section className="card" aria-labelledby="cycle-editor-title">
      <h2 id="cycle-editor-title">{t('plan.ui.cycleEditor')}</h2>
      <p className="muted">{t('plan.ui.cycleEditorIntro')}</p>
      <div className="grid">
        <DateInput
          name="cycleStart"
          label={t('plan.ui.cycleStart')}
          value={dates.start}
          onChange={(start) => set({ start })}
          error={error('cycle.start')}
        />
        <DateInput
          name="cycleEnd"
          label={t('plan.ui.cycleEnd')}
          value={dates.end}
          onChange={(end) => set({ end })}
          error={error('cycle.end')}
        />
        <DateInput
          name="filingDeadline"
          label={t('plan.ui.filingDeadline')}
          value={dates.filingDeadline}
          onChange={(filingDeadline) => set({ filingDeadline })}
          error={error('filingDeadline')}
        />
        <DateInput
          name="lowGradesBy"
          label={t('plan.ui.lowGradeBy')}
          value={dates.lowGradesBy}
          onChange={(lowGradesBy) => set({ lowGradesBy })}
          error={Object.entries(fieldErrors).find(([key]) => key.startsWith('policy.targetRules'))?.[1]}
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
