import { create } from 'zustand';
import type { MethodOutput } from '../../../../shared/contract';
import type { AssessmentDetail, TrendPoint } from '../../../../shared/contract/assessment/methods';
import {
  evidenceOwner,
  type AnswerValue,
  type AssessmentSummary,
  type TemplateSummary,
} from '../../../../shared/contract/assessment/schemas';
import { api, ApiError } from '../../api/client';
import { saveRefusal, type SaveState } from '../../api/save-state';
import { uploadFile } from '../../api/files';

/** An answer being edited: value null means not answered. */
export interface DraftAnswer {
  value: AnswerValue | null;
  note: string;
}

type Status = SaveState;

interface AssessmentState {
  summaries: AssessmentSummary[];
  templates: TemplateSummary[];
  trend: TrendPoint[];
  detail: AssessmentDetail | null;
  /** Edits not yet saved, by indicator id. */
  edits: Record<string, DraftAnswer>;
  status: Status;
  /** Messages by indicator id (answers) or field name (year, actorName…). */
  fieldErrors: Record<string, string>;
  message: string | null;
  comparison: MethodOutput<'assessment.compare'> | null;
  loaded: boolean;
  load(): Promise<void>;
  open(id: string): Promise<void>;
  create(year: number, template: { id: string; version: string }): Promise<void>;
  edit(indicatorId: string, change: Partial<DraftAnswer>): void;
  save(): Promise<void>;
  finalize(): Promise<void>;
  revise(): Promise<void>;
  attach(indicatorId: string, file: File): Promise<void>;
  removeEvidence(attachmentId: string): Promise<void>;
  compare(beforeId: string, afterId: string): Promise<void>;
  importTemplate(file: File): Promise<void>;
  copyTemplate(template: { id: string; version: string }): Promise<void>;
}

/** Runs a call and turns a refusal into messages at the fields it names; returns whether it succeeded. */
async function attempt(set: (state: Partial<AssessmentState>) => void, work: () => Promise<void>): Promise<boolean> {
  set({ status: 'saving', message: null });
  try {
    await work();
    set({ status: 'saved', fieldErrors: {} });
    return true;
  } catch (error) {
    const refused = saveRefusal(error);
    // A refusal of one field (the year already has an assessment) is said at that field only, not twice.
    const details = error instanceof ApiError ? error.error.details : undefined;
    const saidAtField = details?.field !== undefined && !details.issues;
    set({ status: refused.state, fieldErrors: refused.fieldErrors, message: saidAtField ? null : refused.message });
    return false;
  }
}

export const useAssessment = create<AssessmentState>((set, get) => {
  async function refreshLists() {
    const [summaries, templates, trend] = await Promise.all([
      api.call('assessment.list', {}),
      api.call('assessment.templates.list', {}),
      api.call('assessment.trend', {}),
    ]);
    set({ summaries, templates, trend });
  }
  async function show(detail: AssessmentDetail) {
    set({ detail, edits: {} });
    await refreshLists();
  }
  return {
    summaries: [],
    templates: [],
    trend: [],
    detail: null,
    edits: {},
    status: 'idle',
    fieldErrors: {},
    message: null,
    comparison: null,
    loaded: false,
    async load() {
      await refreshLists();
      const { detail, summaries } = get();
      const current = detail ? summaries.find((s) => s.id === detail.assessment.id) : summaries[0];
      if (current && Object.keys(get().edits).length === 0) set({ detail: await api.call('assessment.get', { id: current.id }) });
      set({ loaded: true });
    },
    async open(id) {
      set({ detail: await api.call('assessment.get', { id }), edits: {}, fieldErrors: {}, status: 'idle', message: null });
    },
    async create(year, template) {
      await attempt(set, async () =>
        show(await api.call('assessment.create', { year, templateId: template.id, templateVersion: template.version })),
      );
    },
    edit(indicatorId, change) {
      const { detail, edits } = get();
      const stored = detail?.assessment.answers.find((answer) => answer.indicatorId === indicatorId);
      const current = edits[indicatorId] ?? { value: stored?.value ?? null, note: stored?.note ?? '' };
      set({ edits: { ...edits, [indicatorId]: { ...current, ...change } }, status: 'idle' });
    },
    async save() {
      const { detail, edits } = get();
      if (!detail || Object.keys(edits).length === 0) return;
      const answers = Object.entries(edits).map(([indicatorId, answer]) => ({ indicatorId, value: answer.value, note: answer.note }));
      await attempt(set, async () => show(await api.call('assessment.saveAnswers', { id: detail.assessment.id, answers })));
    },
    async finalize() {
      const { detail } = get();
      if (!detail) return;
      await attempt(set, async () => show(await api.call('assessment.finalize', { id: detail.assessment.id })));
    },
    async revise() {
      const { detail } = get();
      if (!detail) return;
      await attempt(set, async () => show(await api.call('assessment.revise', { id: detail.assessment.id })));
    },
    async attach(indicatorId, file) {
      const { detail } = get();
      if (!detail) return;
      await attempt(set, async () => {
        const path = await uploadFile(file);
        await api.call('attachments.add', { path, name: file.name, owner: evidenceOwner(detail.assessment.id, indicatorId) });
        set({ detail: await api.call('assessment.get', { id: detail.assessment.id }) });
      });
    },
    async removeEvidence(attachmentId) {
      const { detail } = get();
      if (!detail) return;
      await attempt(set, async () => {
        await api.call('attachments.remove', { id: attachmentId });
        set({ detail: await api.call('assessment.get', { id: detail.assessment.id }) });
      });
    },
    async compare(beforeId, afterId) {
      set({ comparison: await api.call('assessment.compare', { beforeId, afterId }) });
    },
    async importTemplate(file) {
      await attempt(set, async () => {
        await api.call('assessment.templates.import', { path: await uploadFile(file) });
        await refreshLists();
      });
    },
    async copyTemplate(template) {
      await attempt(set, async () => {
        await api.call('assessment.templates.copy', { id: template.id, version: template.version });
        await refreshLists();
      });
    },
  };
});

/** The answer shown for an indicator: the unsaved edit if there is one, else the stored answer. */
export function answerOf(state: Pick<AssessmentState, 'detail' | 'edits'>, indicatorId: string): DraftAnswer {
  const stored = state.detail?.assessment.answers.find((answer) => answer.indicatorId === indicatorId);
  return state.edits[indicatorId] ?? { value: stored?.value ?? null, note: stored?.note ?? '' };
}
