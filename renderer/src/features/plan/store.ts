import { create } from 'zustand';
import { CURRENT_CYCLE_DEFAULT } from '../../../../shared/catalogs/plan/policies';
import type { CyclePolicy, PlanCheck, PlanDue } from '../../../../shared/contract/plan/methods';
import type { MilestoneStatus, Plan, PlanPolicy, PlanRecord } from '../../../../shared/contract/plan/schemas';
import { nextGradeUp } from '../../../../shared/domain/assessment';
import { api } from '../../api/client';
import { saveRefusal, type SaveState } from '../../api/save-state';

type Status = SaveState;

interface PlanState {
  record: PlanRecord | null;
  /** The plan being edited; null until one is loaded or started. */
  draft: Plan | null;
  check: PlanCheck | null;
  due: PlanDue | null;
  /** Every known cycle, for the plan's cycle field and the cycle editor. */
  policies: CyclePolicy[];
  loaded: boolean;
  status: Status;
  fieldErrors: Record<string, string>;
  message: string | null;
  load(): Promise<void>;
  start(year: number): void;
  edit(update: (plan: Plan) => Plan): void;
  save(): Promise<void>;
  markReady(): Promise<void>;
  updateMilestone(milestoneId: string, status: MilestoneStatus, percentComplete: number): Promise<void>;
  addSnapshot(date: string, text: string): Promise<boolean>;
  /** Loads a cycle's policy (edited dates or a file); true when it was stored. */
  loadPolicy(policy: PlanPolicy): Promise<boolean>;
}

export const newId = () => crypto.randomUUID();

/** Lists typed one item per line (measures) or separated by commas (indicator ids) lose their blanks on save. */
export function planToSave(plan: Plan): Plan {
  const clean = (items: string[]) => items.map((item) => item.trim()).filter(Boolean);
  return {
    ...plan,
    tasks: plan.tasks.map((task) => ({ ...task, measures: clean(task.measures), indicatorIds: clean(task.indicatorIds) })),
  };
}

export const usePlan = create<PlanState>((set, get) => {
  /** Reloads what the page shows; a new draft is set in the same update, so the page never sees them disagree. */
  async function refresh(record: PlanRecord | null, draft?: Plan) {
    const [check, due, policies] = await Promise.all([
      record ? api.call('plan.check', { id: record.plan.id }) : Promise.resolve(null),
      api.call('plan.due', {}),
      api.call('plan.policies', {}),
    ]);
    set({ record, check, due, policies, ...(draft ? { draft } : {}) });
  }
  async function attempt(work: () => Promise<void>): Promise<boolean> {
    set({ status: 'saving', message: null });
    try {
      await work();
      set({ status: 'saved', fieldErrors: {} });
      return true;
    } catch (error) {
      const refused = saveRefusal(error);
      set({ status: refused.state, fieldErrors: refused.fieldErrors, message: refused.message });
      return false;
    }
  }
  return {
    record: null,
    draft: null,
    check: null,
    due: null,
    policies: [],
    loaded: false,
    status: 'idle',
    fieldErrors: {},
    message: null,
    async load() {
      const record = await api.call('plan.get', {});
      await refresh(record);
      // Unsaved edits survive leaving the page and coming back.
      if (!get().draft || !isDirty(get())) set({ draft: record?.plan ?? null });
      set({ loaded: true });
    },
    start(year) {
      const current = get().due?.currentGrade ?? null;
      set({
        draft: {
          id: newId(),
          year,
          targetGrade: (current && nextGradeUp(current)) ?? current ?? 'C',
          targetDate: `${year + 1}-12-31`,
          // A plan written today answers to the current cycle, not to the 2009 round's one-off dates.
          cycleId: CURRENT_CYCLE_DEFAULT.id,
          tasks: [],
          milestones: [],
          benchmarks: [],
        },
        status: 'idle',
        fieldErrors: {},
      });
    },
    edit(update) {
      const draft = get().draft;
      if (draft) set({ draft: update(draft), status: 'idle' });
    },
    async save() {
      const draft = get().draft;
      if (!draft) return;
      await attempt(async () => {
        const record = await api.call('plan.save', planToSave(draft));
        set({ draft: record.plan });
        await refresh(record);
      });
    },
    async markReady() {
      const record = get().record;
      if (!record) return;
      await attempt(async () => refresh(await api.call('plan.markReady', { id: record.plan.id })));
    },
    async updateMilestone(milestoneId, status, percentComplete) {
      const record = get().record;
      if (!record) return;
      await attempt(async () => {
        const updated = await api.call('plan.updateMilestone', { planId: record.plan.id, milestoneId, status, percentComplete });
        // The form follows the tracked figures unless it holds other unsaved edits; set with the record, or the
        // page would briefly read as unsaved and drop the tracking panel (and what is being typed in it).
        await refresh(updated, isDirty(get()) ? undefined : updated.plan);
      });
    },
    async addSnapshot(date, text) {
      const record = get().record;
      if (!record) return false;
      return attempt(async () => refresh(await api.call('plan.addSnapshot', { planId: record.plan.id, date, text })));
    },
    async loadPolicy(policy) {
      return attempt(async () => {
        await api.call('plan.loadPolicy', { policy });
        await refresh(get().record);
      });
    },
  };
});

/** JSON with sorted keys, so two equal plans compare equal whatever order their keys were written in. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

export function isDirty(state: Pick<PlanState, 'record' | 'draft'>): boolean {
  if (!state.draft) return false;
  return !state.record || sortedJson(planToSave(state.draft)) !== sortedJson(state.record.plan);
}
